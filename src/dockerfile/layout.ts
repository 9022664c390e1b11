/**
 * Where each entry's own code lives, read off the directory layout, and the
 * fewest `sources` rules that map every entry to it. An entry's candidates
 * are the existing directories named by one of its field values (usually
 * `backend`), written as `{field}` templates (`backend/{lang}/{backend}`);
 * each group of entries (one Dockerfile, or one list without a Dockerfile)
 * takes the templates that describe most of it, and the entries the main one
 * does not fit get rules of their own, narrowed by a field (`backend: [...]`,
 * `lang: null`). The rules are then checked against the planning core's own
 * assignment: every entry with a directory must be mapped to exactly it.
 */
import { fieldText, type Entry } from '../core/entry.js';
import { escapeGlob, normalizePath } from '../core/globs.js';
import { parseRules } from '../core/rules.js';
import { assignSources } from '../core/select.js';
import { pushTo } from '../core/collections.js';

export interface LayoutGroup {
  entries: readonly Entry[];
  /** A selector that picks exactly this group's entries. */
  selector: Record<string, unknown>;
  /** Who the group is, for comments: "Entries built by backend/Dockerfile.python". */
  label: string;
}

export interface SourceRuleDraft {
  value: { if: Record<string, unknown>; paths: string[] };
  comment: string;
}

export interface Layout {
  /** Each mapped entry's own directory, as a literal path. */
  own: Map<Entry, string>;
  /** Each mapped entry's directory template (`backend/python/{backend}`). */
  template: Map<Entry, string>;
  sources: SourceRuleDraft[];
}

/** A template must name an existing directory for this share of the entries that have its fields. */
const NEARLY_ALL = 0.8;
/** The field that names an entry: a template ending in it names the entry's own directory. */
const NAME_FIELD = 'backend';

export interface LayoutInput {
  groups: readonly LayoutGroup[];
  /** Every directory of the repository (less documentation), without a trailing slash. */
  dirs: ReadonlySet<string>;
  /** Whether the entry's Dockerfile reads (copies) this directory, inside or around it. */
  reads: (e: Entry, dir: string) => boolean;
  /** Further `paths` for a rule (`!` patterns its .dockerignore proves), given its entries. */
  extraPaths: (template: string, entries: readonly Entry[]) => string[];
}

export function inferLayout({ groups, dirs, reads, extraPaths }: LayoutInput): Layout {
  const byName = new Map<string, string[]>();
  for (const d of dirs) pushTo(byName, d.slice(d.lastIndexOf('/') + 1), d);
  const candidates = new Map<Entry, Map<string, string>>();
  for (const g of groups) {
    for (const e of g.entries) {
      // A directory named after the entry is its own; others only when there is none.
      const all = candidatesOf(e, byName);
      const named = new Map([...all].filter(([t]) => endsInName(t)));
      candidates.set(e, named.size ? named : all);
    }
  }

  // A template qualifies for a group when it names a directory for nearly all
  // of the group's entries that have its fields; then it may serve any group.
  const qualified = new Set<string>();
  for (const g of groups) {
    const seen = new Set<string>();
    for (const e of g.entries) for (const t of candidates.get(e)!.keys()) seen.add(t);
    for (const t of seen) {
      const having = g.entries.filter((e) => expand(t, e) !== undefined);
      const covered = having.filter((e) => candidates.get(e)!.has(t));
      if (covered.length && covered.length >= Math.ceil(having.length * NEARLY_ALL))
        qualified.add(t);
    }
  }
  const globalCount = new Map<string, number>();
  for (const c of candidates.values())
    for (const t of c.keys()) globalCount.set(t, (globalCount.get(t) ?? 0) + 1);

  const template = new Map<Entry, string>();
  const own = new Map<Entry, string>();
  for (const g of groups) {
    let left = g.entries.filter((e) => candidates.get(e)!.size);
    while (left.length) {
      const counts = new Map<string, Entry[]>();
      for (const e of left)
        for (const t of candidates.get(e)!.keys())
          if (qualified.has(t) || endsInName(t)) pushTo(counts, t, e);
      if (!counts.size) break;
      const best = [...counts]
        .map(([t, es]) => ({
          t,
          es,
          read: es.some((e) => reads(e, candidates.get(e)!.get(t)!)),
          qualified: qualified.has(t),
          name: endsInName(t),
          fields: fieldsOf(t).length,
          depth: t.split('/').length,
          global: globalCount.get(t) ?? 0,
        }))
        .sort(
          (a, b) =>
            Number(b.read) - Number(a.read) ||
            Number(b.qualified) - Number(a.qualified) ||
            b.es.length - a.es.length ||
            Number(b.name) - Number(a.name) ||
            b.fields - a.fields ||
            b.depth - a.depth ||
            b.global - a.global ||
            (a.t < b.t ? -1 : 1),
        )[0];
      for (const e of best.es) {
        template.set(e, best.t);
        own.set(e, candidates.get(e)!.get(best.t)!);
      }
      const done = new Set(best.es);
      left = left.filter((e) => !done.has(e));
    }
  }

  const drafts = groups.flatMap((g) => draftGroup(g, template, extraPaths));
  const merged = mergeDrafts(drafts);
  const all = groups.flatMap((g) => g.entries);
  let sources = mismatches(merged, all, template).length ? drafts : merged;
  const wrong = mismatches(sources, all, template);
  // Never seen, but never leave an entry mapped elsewhere: a rule of its own, by identity, first.
  if (wrong.length) sources = [...wrong.map((e) => ruleFor(e, template.get(e)!)), ...sources];
  return { own, template, sources };
}

/** A group's rules: one per template, the rarer ones first, narrowed so only their entries take them. */
function draftGroup(
  g: LayoutGroup,
  template: ReadonlyMap<Entry, string>,
  extraPaths: LayoutInput['extraPaths'],
): SourceRuleDraft[] {
  const byTemplate = new Map<string, Entry[]>();
  for (const e of g.entries) {
    const t = template.get(e);
    if (t) pushTo(byTemplate, t, e);
  }
  if (!byTemplate.size) return [];
  const order = [...byTemplate].sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
  const main = order.pop()!;
  const unmapped = g.entries.filter((e) => !template.has(e));
  const out: SourceRuleDraft[] = [];
  const taken = new Set<Entry>();
  for (const [t, wanted] of order) {
    const pool = g.entries.filter((e) => !taken.has(e) && expand(t, e) !== undefined);
    const narrow = exactSelector(pool, new Set(wanted), template);
    for (const e of pool) if (picks(narrow, e)) taken.add(e);
    out.push({
      value: { if: { ...g.selector, ...narrow }, paths: [`${t}/**`, ...extraPaths(t, wanted)] },
      comment: `${g.label} with ${describe(narrow)} keep their code in ${t}`,
    });
  }
  const [t, wanted] = main;
  const missing = unmapped.map((e) => e.backend);
  out.push({
    value: { if: { ...g.selector }, paths: [`${t}/**`, ...extraPaths(t, wanted)] },
    comment: `${g.label}${order.length ? ' (the others)' : ''} keep their code in ${t}${
      missing.length ? `; no such directory for ${[...new Set(missing)].join(', ')}` : ''
    }`,
  });
  return out;
}

function ruleFor(e: Entry, t: string): SourceRuleDraft {
  return {
    value: {
      if: {
        os: e.os,
        'tag-suffix': escapeGlob(e.tagSuffix),
        'platform-tag': e.platformTag ? escapeGlob(e.platformTag) : null,
      },
      paths: [`${t}/**`],
    },
    comment: `${e.backend} (${e.tagSuffix}) keeps its code in ${t}`,
  };
}

/** Rules with the same paths whose `if` names only a Dockerfile become one rule with a list. */
function mergeDrafts(drafts: readonly SourceRuleDraft[]): SourceRuleDraft[] {
  const out: SourceRuleDraft[] = [];
  const byPaths = new Map<string, { rule: SourceRuleDraft; labels: string[] }>();
  for (const d of drafts) {
    const keys = Object.keys(d.value.if);
    const df = d.value.if.dockerfile;
    const key = JSON.stringify(d.value.paths);
    const into = byPaths.get(key);
    if (keys.length !== 1 || typeof df !== 'string') {
      out.push(d);
      continue;
    }
    if (!into) {
      const rule = { value: { if: { dockerfile: df }, paths: d.value.paths }, comment: d.comment };
      byPaths.set(key, { rule, labels: [df] });
      out.push(rule);
      continue;
    }
    const list = into.rule.value.if.dockerfile;
    into.rule.value.if.dockerfile = [...(Array.isArray(list) ? list : [list]), df];
    into.labels.push(df);
    into.rule.comment = `Entries built by ${into.labels.map(unescape).join(', ')} keep their code in ${d.value.paths[0].replace(/\/\*\*$/, '')}`;
  }
  return out;
}

/** Entries the rules map to a directory other than their own (through the planning core). */
function mismatches(
  drafts: readonly SourceRuleDraft[],
  entries: readonly Entry[],
  template: ReadonlyMap<Entry, string>,
): Entry[] {
  const problems: string[] = [];
  const rules = parseRules({ sources: drafts.map((d) => d.value) }, (_, m) => problems.push(m));
  if (problems.length) return [...template.keys()];
  const assigned = assignSources(entries, rules);
  return entries.filter((e) => {
    const t = template.get(e);
    return t !== undefined && assigned.get(e)?.rule.paths[0].text !== `${t}/**`;
  });
}

/**
 * The smallest `{field: values}` that picks every wanted entry out of the
 * pool and no entry that has a directory elsewhere (entries without one may
 * be picked: they select nothing either way).
 */
function exactSelector(
  pool: readonly Entry[],
  wanted: ReadonlySet<Entry>,
  template: ReadonlyMap<Entry, string>,
): Record<string, unknown> {
  const valueOf = (f: string, e: Entry): string => normalizePath(fieldText(e.fields[f]));
  const fields = new Set<string>();
  for (const e of wanted) for (const k of Object.keys(e.fields)) fields.add(k);
  fields.add(NAME_FIELD);
  fields.delete('dockerfile');
  const spread = (f: string): number => new Set([...wanted].map((e) => valueOf(f, e))).size;
  const order = [...fields].sort((a, b) => spread(a) - spread(b) || (a < b ? -1 : 1));
  for (const f of order) {
    const values = new Set([...wanted].map((e) => valueOf(f, e)));
    const ok = pool.every((e) => wanted.has(e) || !template.has(e) || !values.has(valueOf(f, e)));
    if (!ok) continue;
    const list = [...values].sort().map((v) => (v === '' ? null : escapeGlob(v)));
    return { [f]: list.length === 1 ? list[0] : list };
  }
  // Identities are unique within a list: the entries by name, leg by leg.
  return {
    'tag-suffix': [...new Set([...wanted].map((e) => escapeGlob(e.tagSuffix)))].sort(),
    'platform-tag': [...new Set([...wanted].map((e) => e.platformTag))]
      .sort()
      .map((v) => (v === '' ? null : escapeGlob(v))),
  };
}

/** Whether a `{field: values}` selector of `exactSelector`'s making picks the entry. */
function picks(selector: Record<string, unknown>, e: Entry): boolean {
  return Object.entries(selector).every(([f, want]) => {
    const v = normalizePath(fieldText(e.fields[f]));
    const list = Array.isArray(want) ? want : [want];
    return list.some((w) => (w === null ? v === '' : unescape(String(w)) === v));
  });
}

function describe(selector: Record<string, unknown>): string {
  return Object.entries(selector)
    .map(([f, v]) => {
      const list = (Array.isArray(v) ? v : [v]).map((x) =>
        x === null ? 'none' : unescape(String(x)),
      );
      return list.length === 1 && list[0] === 'none' ? `no ${f}` : `${f} ${list.join(', ')}`;
    })
    .join(' and ');
}

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/**
 * Candidates: directories whose last segment is one of the entry's field
 * values, that segment (and any earlier one equal to another field) replaced
 * by `{field}`; each with the literal directory it names for this entry.
 */
function candidatesOf(e: Entry, byName: ReadonlyMap<string, string[]>): Map<string, string> {
  const fields = segmentFields(e);
  const out = new Map<string, string>();
  for (const [field, value] of fields) {
    for (const dir of byName.get(value) ?? []) {
      const segs = dir.split('/');
      const base = segs.slice(0, -1);
      const variants: string[][] = [[...base.map(escapeGlob), `{${field}}`]];
      base.forEach((s, i) => {
        for (const [f2, v2] of fields) {
          if (f2 === field || v2 !== s) continue;
          for (const v of [...variants]) {
            const copy = [...v];
            copy[i] = `{${f2}}`;
            variants.push(copy);
          }
        }
      });
      for (const v of variants) out.set(v.join('/'), dir);
    }
  }
  return out;
}

/** Field values that can name a directory: single path segments. */
function segmentFields(e: Entry): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(e.fields)) {
    const text = normalizePath(fieldText(v));
    if (text && !text.includes('/') && text !== '.' && text !== '..') out.push([k, text]);
  }
  return out;
}

const fieldsOf = (t: string): string[] => [...t.matchAll(/\{([^{},]*)\}/g)].map((m) => m[1]);
const endsInName = (t: string): boolean => t.endsWith(`{${NAME_FIELD}}`);

/** A layout template for one entry (the literal directory), or undefined when a field is empty. */
export function expand(template: string, e: Entry): string | undefined {
  let missing = false;
  const out = template.replace(/\{([^{},]*)\}/g, (_, f: string) => {
    const v = normalizePath(fieldText(e.fields[f]));
    if (!v) missing = true;
    return v;
  });
  return missing ? undefined : out.replace(/\\(.)/g, '$1');
}
