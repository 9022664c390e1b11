/**
 * Warnings that need the rules and the entries together: entries no sources
 * rule maps, rules that match nothing, path patterns an exclusion kills, and
 * merge fields the legs of an image cannot agree on. Each says how to fix it.
 */
import { fieldText, isMapping, isMultiArch, type Entry } from './entry.js';
import { glob, isNegation, normalizePath, shadows, type Glob } from './globs.js';
import type { Problem } from './problems.js';
import { selectorMatches, type Rebuild, type Rules, type Selector } from './rules.js';
import type { SourceAssignment } from './select.js';
import type { NodePath } from './yaml-source.js';
import { pushTo } from './collections.js';
import { distanceShare } from './edit-distance.js';

export type Report = (
  level: Problem['level'],
  path: NodePath,
  message: string,
  which?: 'key',
) => void;

export interface RuleCheckInput {
  linux: readonly Entry[];
  darwin: readonly Entry[];
  rules: Rules;
  sources: ReadonlyMap<Entry, SourceAssignment>;
  /** The `rules` mapping as written, for the patterns' own text and positions. */
  raw: unknown;
  /** False when an entry or a rule was refused: checks over all of them would then mislead. */
  complete: boolean;
}

type LineOf = (path: NodePath) => number;

export function checkRules(input: RuleCheckInput, report: Report, lineOf: LineOf): void {
  const { rules } = input;
  const raw = isMapping(input.raw) ? input.raw : {};
  const entries = [...input.linux, ...input.darwin];
  const { sources } = input;
  checkDeadPaths(rules, raw, sources, report, lineOf);
  if (!input.complete || entries.length === 0) return;
  // A rule's own mistake first: it is often the cause of the entries' warnings after it.
  checkSourcesMatch(entries, rules, raw, report);
  checkSharedMatch(input, rules, raw, report);
  checkMergeFieldNames(input, rules, raw, report);
  checkUnmapped(entries, rules, raw, sources, report, lineOf);
  checkMergeFieldLegs(input.linux, rules, report, lineOf);
}

// ---- Entries no sources rule maps: one warning per image, naming the closest rule.

function checkUnmapped(
  entries: readonly Entry[],
  rules: Rules,
  raw: Record<string, unknown>,
  sources: ReadonlyMap<Entry, SourceAssignment>,
  report: Report,
  lineOf: LineOf,
): void {
  const images = new Map<string, Entry[]>();
  for (const e of entries) if (!sources.has(e)) pushTo(images, `${e.os}\u0000${e.tagSuffix}`, e);
  for (const legs of images.values()) {
    const first = legs[0];
    const tags = legs.map((e) => e.platformTag).filter(Boolean);
    const who = `${first.backend} (${[first.tagSuffix, ...(tags.length ? [andList(tags)] : [])].join(', ')})`;
    report(
      'warning',
      first.path,
      `no rules.sources rule applies to ${who}, so a change to its code can never select it; ${closestRule(first, rules, raw, lineOf)}`,
    );
  }
}

/**
 * The rule whose `if` matches but lacks a templated field; else the rule the
 * entry misses by the fewest keys, and among those the one whose wanted
 * values are nearest the entry's (a one-letter typo beats another name
 * altogether); rule order only breaks exact ties.
 */
function closestRule(e: Entry, rules: Rules, raw: Record<string, unknown>, lineOf: LineOf): string {
  const near = rules.sources.find((r) => selectorMatches(r.when, e));
  if (near) {
    const lacking = near.paths.flatMap((t) => t.fields).filter((f) => !fieldText(e.fields[f]));
    return `rules.sources[${near.index}] matches its \`if\` but needs ${[...new Set(lacking)].map((f) => `{${f}}`).join(', ')}, which this entry lacks: add the field, or a rule before it that fits`;
  }
  const candidates = rules.sources.map((r) => ({
    index: r.index,
    misses: r.when.filter((t) => !selectorMatches([t], e)),
  }));
  const fewest = Math.min(...candidates.map((c) => c.misses.length));
  let best: { index: number; misses: Selector; distance: number } | undefined;
  for (const c of candidates) {
    if (c.misses.length !== fewest) continue;
    const distance = c.misses.reduce((sum, t) => sum + missDistance(e, t), 0);
    if (!best || distance < best.distance) best = { ...c, distance };
  }
  if (!best) return 'rules.sources is empty: add a rule whose `paths` name its code';
  const written = rawAt(raw, ['sources', best.index, 'if']);
  const wants = best.misses.map((t) => {
    const has = valueOf(e, t.field);
    return `${t.field}: ${JSON.stringify(rawAt(written, [t.field]))} where this entry has ${has ? JSON.stringify(has) : `no ${t.field}`}`;
  });
  return `the closest is rules.sources[${best.index}] (line ${lineOf(['rules', 'sources', best.index])}), whose \`if\` wants ${andList(wants)}: fix the pattern, or add a rule that fits`;
}

/**
 * How far the entry's value is from what one selector key wants: the nearest
 * of its patterns by share of edits (a pattern is compared as written, its
 * wildcards as characters); 1 when there is nothing to compare with.
 */
function missDistance(e: Entry, test: Selector[number]): number {
  const value = normalizePath(valueOf(e, test.field));
  const wanted = test.globs?.positives.map((g) => g.pattern) ?? [];
  if (!value || !wanted.length) return 1;
  return Math.min(...wanted.map((w) => distanceShare(value, w)));
}

// ---- Rules that match nothing: a typo in a selector silently selects nothing.

function checkSourcesMatch(
  entries: readonly Entry[],
  rules: Rules,
  raw: Record<string, unknown>,
  report: Report,
): void {
  for (const r of rules.sources) {
    if (entries.some((e) => selectorMatches(r.when, e))) continue;
    const written = rawAt(raw, ['sources', r.index, 'if']);
    report(
      'warning',
      ['rules', 'sources', r.index],
      `rules.sources[${r.index}] applies to no entry: ${whyNoMatch(r.when, entries, written)}; fix the \`if\`, or remove the rule`,
    );
  }
}

function checkSharedMatch(
  input: RuleCheckInput,
  rules: Rules,
  raw: Record<string, unknown>,
  report: Report,
): void {
  for (const r of rules.shared) {
    const at = ['rules', 'shared', r.index];
    const written = rawAt(raw, ['shared', r.index, 'rebuild']);
    if (r.linux === r.darwin) {
      // One selector for both lists: it must select something in one of them.
      const all = [...input.linux, ...input.darwin];
      if (isSelector(r.linux) && !all.some((e) => selectorMatches(r.linux as Selector, e)))
        report(
          'warning',
          at,
          `rules.shared[${r.index}] rebuilds nothing: its \`rebuild\` selector matches no entry (${whyNoMatch(r.linux, all, written)}); fix the selector, or use rebuild: none`,
        );
      continue;
    }
    for (const [side, list, name] of [
      ['linux', input.linux, 'Linux'],
      ['darwin', input.darwin, 'macOS'],
    ] as const) {
      const sel = r[side];
      if (!isSelector(sel) || list.length === 0 || list.some((e) => selectorMatches(sel, e)))
        continue;
      report(
        'warning',
        at,
        `rules.shared[${r.index}] rebuilds no ${name} entry: \`rebuild.${side}\` matches none (${whyNoMatch(sel, list, rawAt(written, [side]))}); fix the selector, or use ${side}: none`,
      );
    }
  }
}

const isSelector = (r: Rebuild): r is Selector => r !== 'all' && r !== 'none';

/** Which of the selector's keys no entry satisfies, with values the entries do have. */
function whyNoMatch(selector: Selector, entries: readonly Entry[], written: unknown): string {
  const unmet = selector.filter((t) => !entries.some((e) => selectorMatches([t], e)));
  if (!unmet.length)
    return `no entry matches all of ${andList(selector.map((t) => t.field))} at once`;
  return unmet
    .map((t) => {
      const values = [...new Set(entries.map((e) => valueOf(e, t.field)).filter(Boolean))];
      const shown = values.length
        ? `entries have ${values
            .slice(0, 3)
            .map((v) => JSON.stringify(v))
            .join(', ')}${values.length > 3 ? ', …' : ''}`
        : `no entry has ${t.field}`;
      return `no entry has ${t.field} matching ${JSON.stringify(rawAt(written, [t.field]))} (${shown})`;
    })
    .join('; ');
}

// ---- Dead path patterns: an exclusion wins whatever its position.

function checkDeadPaths(
  rules: Rules,
  raw: Record<string, unknown>,
  sources: ReadonlyMap<Entry, SourceAssignment>,
  report: Report,
  lineOf: LineOf,
): void {
  const check = (path: NodePath, expansions?: readonly (readonly string[])[]): void => {
    const texts = rawAt(raw, path);
    if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) return;
    deadPatterns(texts, expansions ?? [texts], ['rules', ...path], report, lineOf);
  };
  if (rules.ignore) check(['ignore']);
  for (const r of rules.shared) check(['shared', r.index, 'paths']);
  // A templated pattern is dead when it is dead for every entry the rule maps.
  const expansions = new Map<number, Map<string, readonly string[]>>();
  for (const { rule, patterns } of sources.values()) {
    const seen = expansions.get(rule.index) ?? new Map<string, readonly string[]>();
    expansions.set(rule.index, seen.set(patterns.join('\u0000'), patterns));
  }
  for (const r of rules.sources) {
    const mapped = expansions.get(r.index);
    if (mapped) check(['sources', r.index, 'paths'], [...mapped.values()]);
    else if (r.paths.every((t) => !t.fields.length)) check(['sources', r.index, 'paths']);
  }
}

function deadPatterns(
  texts: readonly string[],
  expansions: readonly (readonly string[])[],
  at: NodePath,
  report: Report,
  lineOf: LineOf,
): void {
  const exclusions = texts.flatMap((t, i) => (isNegation(t) ? [i] : []));
  if (!exclusions.length) return;
  const globOf = (p: string): Glob => glob(normalizePath(isNegation(p) ? p.slice(1) : p));
  texts.forEach((text, i) => {
    if (isNegation(text)) return;
    let killer: number | undefined;
    let direct = true;
    for (const patterns of expansions) {
      const pos = globOf(patterns[i]);
      const k = exclusions.find((j) => shadows(globOf(patterns[j]), pos));
      if (k === undefined) return;
      killer ??= k;
      direct &&= k === killer && isDirectChild(globOf(patterns[k]), pos);
    }
    if (killer === undefined) return;
    const exclusion = texts[killer];
    report(
      'warning',
      [...at, i],
      `"${text}" can never match: the exclusion "${exclusion}" (line ${lineOf([...at, killer])}) removes every path it matches, and an exclusion wins whatever its position in the list (unlike GitHub's on.paths, where the last matching pattern wins); ${(direct && narrowing(text, exclusion)) || 'narrow the exclusion so it leaves these paths out, or remove this pattern'}`,
    );
  });
}

/** A literal file directly inside the directory that `dir/**` or `dir/*` excludes. */
function isDirectChild(negative: Glob, positive: Glob): boolean {
  const dir = negative.base;
  const whole = negative.kind === 'tree' || negative.pattern === `${dir}/*`;
  return (
    whole &&
    dir !== '' &&
    positive.kind === 'exact' &&
    positive.pattern.startsWith(`${dir}/`) &&
    !positive.pattern.slice(dir.length + 1).includes('/')
  );
}

/** The exclusion rewritten to spare one file: `!d/!(name)` for `d/*`, plus `!d/*\/**` for `d/**`. */
function narrowing(positive: string, exclusion: string): string | undefined {
  const tree = exclusion.endsWith('/**');
  const dir = normalizePath(exclusion.slice(1, exclusion.length - (tree ? 3 : 2)));
  const file = normalizePath(positive);
  if (!file.startsWith(`${dir}/`)) return undefined;
  const name = file.slice(dir.length + 1);
  if (name.includes('/')) return undefined;
  const spare = [`"!${dir}/!(${name})"`, ...(tree ? [`"!${dir}/*/**"`] : [])];
  return `to exclude everything in ${dir}/ but ${name}, write the exclusion as ${spare.join(' and ')}`;
}

// ---- merge-fields: what every merge entry is meant to carry.

function checkMergeFieldNames(
  input: RuleCheckInput,
  rules: Rules,
  raw: Record<string, unknown>,
  report: Report,
): void {
  if (!rules.mergeFields.length || !input.linux.length) return;
  const written = rawAt(raw, ['merge-fields']);
  for (const name of rules.mergeFields) {
    if (input.linux.some((e) => name in e.fields)) continue;
    const onlyDarwin = input.darwin.some((e) => name in e.fields);
    report(
      'warning',
      ['rules', 'merge-fields', Array.isArray(written) ? written.indexOf(name) : 0],
      `merge field "${name}" is a field of no \`include\` entry, so no merge entry gets it${onlyDarwin ? ' (only includeDarwin entries have it, and they have no merge matrix)' : ''}; check the spelling`,
    );
  }
}

function checkMergeFieldLegs(
  linux: readonly Entry[],
  rules: Rules,
  report: Report,
  lineOf: LineOf,
): void {
  const images = new Map<string, Entry[]>();
  for (const e of linux) if (isMultiArch(e)) pushTo(images, e.tagSuffix, e);
  for (const [suffix, legs] of images) {
    const [first, ...rest] = legs;
    for (const name of rules.mergeFields) {
      const expected = valueText(first, name);
      for (const leg of rest) {
        if (valueText(leg, name) === expected) continue;
        report(
          'warning',
          [...leg.path, name],
          `legs of "${suffix}" disagree on merge field ${name} (${expected ?? 'absent'} at line ${lineOf(first.path)}, ${valueText(leg, name) ?? 'absent'} here); the merge entry takes the first leg's value`,
        );
      }
    }
  }
}

/** A field as the merge entry would carry it; undefined when absent. */
const valueText = (e: Entry, field: string): string | undefined =>
  field in e.fields ? JSON.stringify(e.fields[field]) : undefined;

// ---- Helpers.

/** A field's value as written, with `os` the entry's list as selectors see it. */
const valueOf = (e: Entry, field: string): string =>
  field === 'os' ? e.os : fieldText(e.fields[field]);

function rawAt(value: unknown, path: NodePath): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
