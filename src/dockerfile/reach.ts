/**
 * "Would a change to this one file select that entry?", asked of the rules
 * many thousand times. It answers what `selectByFiles(entries, rules, [file])`
 * answers (the audit test checks the two agree on every file of its
 * fixtures), with the per-file work compiled once: the sources index, the
 * Dockerfile map and what each shared rule rebuilds.
 */
import type { Entry } from '../core/entry.js';
import { isMultiArch } from '../core/entry.js';
import { GlobIndex, normalizePath, PatternList } from '../core/globs.js';
import { rebuildSelects, type Rules } from '../core/rules.js';
import { assignSources, relevantFiles, sharedRuleFor } from '../core/select.js';
import { pushTo } from '../core/collections.js';

const NO_RULES: Rules = {
  ignore: undefined,
  sources: [],
  shared: [],
  build: undefined,
  mergeFields: [],
};

export class Reach {
  private readonly index = new GlobIndex<{ list: PatternList; entries: Entry[] }>();
  private readonly dockerfiles = new Map<string, Entry[]>();
  private readonly sharedEntries = new Map<number, ReadonlySet<Entry>>();
  private readonly legs = new Map<string, Entry[]>();
  private readonly cache = new Map<string, Selected>();
  private readonly rules: Rules;

  constructor(
    private readonly entries: readonly Entry[],
    rules: Rules | undefined,
  ) {
    this.rules = rules ?? NO_RULES;
    const groups = new Map<string, { list: PatternList; entries: Entry[] }>();
    for (const [entry, { rule, patterns }] of assignSources(entries, this.rules)) {
      const key = `${rule.index}\u0000${patterns.join('\u0000')}`;
      const group = groups.get(key);
      if (group) group.entries.push(entry);
      else {
        const created = { list: new PatternList(patterns), entries: [entry] };
        groups.set(key, created);
        for (const g of created.list.positives) this.index.add(g, created);
      }
    }
    for (const e of entries) {
      const df = e.fields.dockerfile;
      if (typeof df === 'string' && df) pushTo(this.dockerfiles, normalizePath(df), e);
      if (isMultiArch(e)) pushTo(this.legs, e.tagSuffix, e);
    }
  }

  /** The entries a change to `file` alone selects (multi-arch legs closed over). */
  selects(file: string): Selected {
    let hit = this.cache.get(file);
    if (!hit) this.cache.set(file, (hit = this.compute(file)));
    return hit;
  }

  private compute(raw: string): Selected {
    const own = new Set<Entry>();
    const [file] = relevantFiles([raw], this.rules.ignore);
    if (file === undefined) return new Selected(own, undefined);
    this.index.query(file, (g) => {
      if (!g.list.excludes(file)) for (const e of g.entries) own.add(e);
    });
    for (const e of this.dockerfiles.get(file) ?? []) own.add(e);
    // Without the file's revisions an `unless: additive-proto` rule counts as firing, as in a plan.
    const rule = sharedRuleFor(this.rules, file);
    let shared: ReadonlySet<Entry> | undefined;
    if (rule) {
      shared = this.sharedEntries.get(rule.index);
      if (!shared) {
        const picked = this.entries.filter((e) =>
          rebuildSelects(e.os === 'linux' ? rule.linux : rule.darwin, e),
        );
        this.sharedEntries.set(rule.index, (shared = this.close(picked)));
      }
    }
    // Closing over legs distributes over union, so each part is closed on its own.
    return new Selected(this.close(own), shared);
  }

  private close(entries: Iterable<Entry>): Set<Entry> {
    const out = new Set(entries);
    for (const e of [...out]) {
      if (isMultiArch(e)) for (const leg of this.legs.get(e.tagSuffix) ?? []) out.add(leg);
    }
    return out;
  }
}

/** What one file selects: its own hits and its shared rule's entries, kept apart (no copying). */
export class Selected {
  constructor(
    private readonly own: ReadonlySet<Entry>,
    private readonly shared: ReadonlySet<Entry> | undefined,
  ) {}

  has(e: Entry): boolean {
    return this.own.has(e) || (this.shared?.has(e) ?? false);
  }

  entries(): Entry[] {
    return [...new Set([...this.own, ...(this.shared ?? [])])];
  }
}
