/**
 * Why an entry is rebuilt: changed files → selected entries, each with its reasons.
 */
import { isMultiArch, type Entry } from './entry.js';
import { GlobIndex, normalizePath, PatternList } from './globs.js';
import {
  expandTemplate,
  rebuildSelects,
  selectorMatches,
  type Rules,
  type SharedRule,
  type SourceRule,
} from './rules.js';
import { pushTo } from './collections.js';

export type Reason =
  | { kind: 'run-all'; cause: string }
  | { kind: 'sources'; rule: number; file: string }
  | { kind: 'dockerfile'; file: string }
  | { kind: 'shared'; rule: number; file: string; note?: string }
  | { kind: 'matrix'; change: 'added' | 'changed'; fields: readonly string[] }
  | { kind: 'closure'; tagSuffix: string }
  | { kind: 'lineage'; parent: string; unknown?: boolean }
  /** With `base: published`: the image's published state alone decides (absent, unknown, …). */
  | { kind: 'published'; cause: string }
  /** With `base: published`: a reason found in the changes since the image's published revision. */
  | { kind: 'since'; revision: string; reason: Reason };

const shortRevision = (r: string): string => (/^[0-9a-f]{40,64}$/.test(r) ? r.slice(0, 12) : r);

export function formatReason(r: Reason): string {
  switch (r.kind) {
    case 'run-all':
      return `run-all: ${r.cause}`;
    case 'sources':
      return `rules.sources[${r.rule}]: ${r.file}`;
    case 'dockerfile':
      return `dockerfile: ${r.file}`;
    case 'shared':
      return `rules.shared[${r.rule}]: ${r.file}${r.note ? ` (${r.note})` : ''}`;
    case 'matrix':
      return r.change === 'added' ? 'matrix: new entry' : `matrix: changed ${r.fields.join(', ')}`;
    case 'closure':
      return `multi-arch: another leg of ${r.tagSuffix} is rebuilt`;
    case 'lineage':
      return `parent ${r.parent} rebuilt${r.unknown ? ' (its own Dockerfile could not be read, so it may build on any image)' : ''}`;
    case 'published':
      return `published: ${r.cause}`;
    case 'since':
      return `since published ${shortRevision(r.revision)}: ${formatReason(r.reason)}`;
  }
}

/**
 * The verdict on one changed schema file for `unless: additive-proto`:
 * `summary` says what the edit added ("only adds field M.foo = 42"), or why it
 * counts as breaking ("field M.seed renumbered 5 → 6", "added by this change").
 */
export interface SchemaVerdict {
  additive: boolean;
  summary: string;
  /** No comparison was possible (a revision unreadable or not a schema): the rule fires, and the run warns. */
  fallback?: boolean;
}

/** A shared rule that did not fire for a file, and why. */
export interface Skip {
  rule: number;
  file: string;
  summary: string;
}

export const formatSkip = (s: Skip): string =>
  `rules.shared[${s.rule}] skipped: ${s.file} ${s.summary}`;

/** The first shared rule matching `file` decides what it rebuilds (docs/rules.md, Order). */
export const sharedRuleFor = (rules: Rules, file: string): SharedRule | undefined =>
  rules.shared.find((r) => r.paths.test(file));

/**
 * The changed files whose first matching shared rule has `unless: additive-proto`:
 * the only files whose revisions a run must read and compare.
 */
export function schemaFiles(rules: Rules, files: readonly string[]): string[] {
  return files.filter((f) => sharedRuleFor(rules, f)?.unless === 'additive-proto');
}

/** Used when no revisions of a schema file were read (a plain list of changed files). */
export const UNCHECKED_SCHEMA: SchemaVerdict = {
  additive: false,
  summary: 'its revisions were not read, so the edit counts as breaking',
};

/** Each entry's sources: the first rule whose `if` matches and whose templates it can fill. */
export interface SourceAssignment {
  rule: SourceRule;
  patterns: readonly string[];
}

export function assignSources(
  entries: readonly Entry[],
  rules: Rules,
): Map<Entry, SourceAssignment> {
  const assigned = new Map<Entry, SourceAssignment>();
  for (const entry of entries) {
    for (const rule of rules.sources) {
      if (!selectorMatches(rule.when, entry)) continue;
      const patterns: string[] = [];
      for (const t of rule.paths) {
        const p = expandTemplate(t, entry);
        if (p === undefined) break;
        patterns.push(p);
      }
      if (patterns.length === rule.paths.length) {
        assigned.set(entry, { rule, patterns });
        break;
      }
    }
  }
  return assigned;
}

/** Normalised, de-duplicated changed files, minus those `rules.ignore` drops. */
export function relevantFiles(files: readonly string[], ignore: PatternList | undefined): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const file = normalizePath(f.trim());
    if (file && !ignore?.test(file)) out.add(file);
  }
  return [...out];
}

export class Selection {
  readonly reasons = new Map<Entry, Reason[]>();
  /** Shared rules skipped for a file by `unless`. */
  readonly skipped: Skip[] = [];

  add(entry: Entry, reason: Reason): void {
    const list = this.reasons.get(entry);
    if (!list) this.reasons.set(entry, [reason]);
    // One reason of each kind and rule is enough to explain the choice.
    else if (!list.some((r) => sameCause(r, reason))) list.push(reason);
  }

  has(entry: Entry): boolean {
    return this.reasons.has(entry);
  }
}

const sameCause = (a: Reason, b: Reason): boolean =>
  a.kind === 'since' && b.kind === 'since'
    ? a.revision === b.revision && sameCause(a.reason, b.reason)
    : a.kind === b.kind && (!('rule' in a) || !('rule' in b) || a.rule === b.rule);

/** An entry with the reasons it is rebuilt. */
export interface Selected {
  entry: Entry;
  reasons: Reason[];
}

/** The selected entries with their reasons, in the order of `entries` (file order). */
export function inOrder(selection: Selection, entries: readonly Entry[]): Selected[] {
  const out: Selected[] = [];
  for (const entry of entries) {
    const reasons = selection.reasons.get(entry);
    if (reasons) out.push({ entry, reasons });
  }
  return out;
}

interface SourceGroup {
  list: PatternList;
  rule: number;
  entries: Entry[];
}

/**
 * The rules compiled against one list of entries, once: the sources globs
 * indexed by directory (entries of one rule with identical expanded patterns
 * share one check), entries by Dockerfile, multi-arch legs by image, and what
 * each shared rule rebuilds. A plan uses it once; the audit and `replay` ask
 * it about many files and commits.
 */
export class RuleIndex {
  private readonly index = new GlobIndex<SourceGroup>();
  private readonly dockerfiles = new Map<string, Entry[]>();
  private readonly legs = new Map<string, Entry[]>();
  private readonly rebuilt = new Map<number, readonly Entry[]>();

  constructor(
    readonly entries: readonly Entry[],
    readonly rules: Rules,
    sources: ReadonlyMap<Entry, SourceAssignment> = assignSources(entries, rules),
  ) {
    const groups = new Map<string, SourceGroup>();
    for (const [entry, { rule, patterns }] of sources) {
      const key = `${rule.index}\u0000${patterns.join('\u0000')}`;
      const group = groups.get(key);
      if (group) {
        group.entries.push(entry);
        continue;
      }
      const created = { list: new PatternList(patterns), rule: rule.index, entries: [entry] };
      groups.set(key, created);
      for (const g of created.list.positives) this.index.add(g, created);
    }
    for (const entry of entries) {
      const df = entry.fields.dockerfile;
      if (typeof df === 'string' && df) pushTo(this.dockerfiles, normalizePath(df), entry);
      if (isMultiArch(entry)) pushTo(this.legs, entry.tagSuffix, entry);
    }
  }

  /**
   * The entries a change to `file` selects by their sources or their own
   * Dockerfile (docs/rules.md, The four triggers, 1–2).
   */
  direct(file: string, visit: (entry: Entry, reason: Reason) => void): void {
    this.index.query(file, (group) => {
      if (group.list.excludes(file)) return;
      for (const e of group.entries) visit(e, { kind: 'sources', rule: group.rule, file });
    });
    for (const e of this.dockerfiles.get(file) ?? []) visit(e, { kind: 'dockerfile', file });
  }

  /** The entries a shared rule's `rebuild` selects, on their own side. */
  rebuiltBy(rule: SharedRule): readonly Entry[] {
    let list = this.rebuilt.get(rule.index);
    if (!list) {
      list = this.entries.filter((e) =>
        rebuildSelects(e.os === 'linux' ? rule.linux : rule.darwin, e),
      );
      this.rebuilt.set(rule.index, list);
    }
    return list;
  }

  /** Every leg of the multi-arch image `tagSuffix` (none for a single-arch one). */
  legsOf(tagSuffix: string): readonly Entry[] {
    return this.legs.get(tagSuffix) ?? [];
  }

  /**
   * Selects the entries a change touches (docs/rules.md, The four triggers,
   * 1–3; trigger 4, matrix edits, arrives in `edits`), then closes over
   * multi-arch legs.
   */
  select(
    files: readonly string[],
    edits: ReadonlyMap<Entry, Reason> = new Map(),
    schemas: ReadonlyMap<string, SchemaVerdict> = new Map(),
  ): Selection {
    const selection = new Selection();
    const sharedHits = new Map<number, { file: string; note?: string }>();
    for (const file of files) {
      this.direct(file, (e, reason) => selection.add(e, reason));
      // 3. Shared rules: the first rule matching the file decides what it rebuilds;
      // a file its `unless` lets off does not fall through to later rules.
      const rule = sharedRuleFor(this.rules, file);
      if (!rule) continue;
      let note: string | undefined;
      if (rule.unless === 'additive-proto') {
        const verdict = schemas.get(file) ?? UNCHECKED_SCHEMA;
        if (verdict.additive) {
          selection.skipped.push({ rule: rule.index, file, summary: verdict.summary });
          continue;
        }
        note = verdict.summary;
      }
      if (!sharedHits.has(rule.index)) sharedHits.set(rule.index, { file, note });
    }
    for (const rule of this.rules.shared) {
      const hit = sharedHits.get(rule.index);
      if (hit === undefined) continue;
      for (const e of this.rebuiltBy(rule))
        selection.add(e, { kind: 'shared', rule: rule.index, ...hit });
    }
    // 4. Matrix edits.
    for (const [e, reason] of edits) selection.add(e, reason);
    this.closeMultiArch(selection);
    return selection;
  }

  /**
   * The merge publishes a multi-arch tag from the digests built in this run, so
   * rebuilding one leg alone would drop the other platforms from the image.
   */
  private closeMultiArch(selection: Selection): void {
    const touched = new Set<string>();
    for (const e of selection.reasons.keys()) if (isMultiArch(e)) touched.add(e.tagSuffix);
    for (const tagSuffix of touched) {
      for (const leg of this.legsOf(tagSuffix)) {
        if (!selection.has(leg)) selection.add(leg, { kind: 'closure', tagSuffix });
      }
    }
  }
}

/** One selection, compiling the rules for it (see RuleIndex for repeated questions). */
export function selectByFiles(
  entries: readonly Entry[],
  rules: Rules,
  files: readonly string[],
  sources: ReadonlyMap<Entry, SourceAssignment>,
  edits?: ReadonlyMap<Entry, Reason>,
  schemas?: ReadonlyMap<string, SchemaVerdict>,
): Selection {
  return new RuleIndex(entries, rules, sources).select(files, edits, schemas);
}
