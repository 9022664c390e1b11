import { escapeGlob, glob, isNegation, normalizePath, PatternList } from './globs.js';
import { fieldText, isMapping, type Entry } from './entry.js';
import type { NodePath } from './yaml-source.js';

/** A selector: every field test must pass. No tests matches every entry. */
export type Selector = readonly FieldTest[];
interface FieldTest {
  field: string;
  /** The pattern allows an absent or empty field (`null`). */
  allowsNull: boolean;
  /** Globs for a present value; undefined when the pattern was only `null`. */
  globs: PatternList | undefined;
}

export type Rebuild = 'all' | 'none' | Selector;

export interface SourceRule {
  index: number;
  when: Selector;
  paths: readonly Template[];
}

/**
 * Conditions under which a shared rule does not fire for a changed file
 * (docs/rules.md, `unless: additive-proto`).
 */
export const UNLESS_VALUES = ['additive-proto'] as const;
export type Unless = (typeof UNLESS_VALUES)[number];

export interface SharedRule {
  index: number;
  paths: PatternList;
  linux: Rebuild;
  darwin: Rebuild;
  unless: Unless | undefined;
}

/** How entries are built (`rules.build`): read by the Dockerfile audit, `init` and image lineage. */
export interface BuildSettings {
  /** The build context, relative to the repository root; may use `{field}` templates. */
  context: Template;
  /** Build-arg name → template over the entry's fields. */
  args: ReadonlyMap<string, Template>;
  /** The image an entry publishes (`quay.io/org/{backend}`, maybe with a tag): image lineage matches FROM lines against it. */
  image?: Template;
}

export interface Rules {
  ignore: PatternList | undefined;
  sources: SourceRule[];
  shared: SharedRule[];
  build: BuildSettings | undefined;
  /** Fields copied from an image's first leg into its merge-matrix entry. */
  mergeFields: readonly string[];
}

export const RULES_KEYS = ['ignore', 'sources', 'shared', 'build', 'merge-fields'];

/** A path pattern with `{field}` placeholders. */
export interface Template {
  readonly text: string;
  readonly fields: readonly string[];
}

type Fail = (path: NodePath, message: string, which?: 'key') => void;

const TEMPLATE = /\{([^{},]*)\}/g;

export function selectorMatches(selector: Selector, entry: Entry): boolean {
  for (const t of selector) {
    const raw = t.field === 'os' ? entry.os : fieldText(entry.fields[t.field]);
    const value = normalizePath(raw);
    if (value === '' ? !t.allowsNull : !t.globs?.test(value)) return false;
  }
  return true;
}

export const rebuildSelects = (rebuild: Rebuild, entry: Entry): boolean =>
  rebuild === 'all' || (rebuild !== 'none' && selectorMatches(rebuild, entry));

/**
 * Expands a template for one entry: the entry's field values, with glob
 * characters escaped so they match literally. undefined when a named field is
 * absent or empty (the rule then does not apply to this entry).
 */
export const expandTemplate = (t: Template, entry: Entry): string | undefined =>
  fillTemplate(t, entry, (v) => escapeGlob(normalizePath(v)));

/**
 * The same with the values as written: build args and contexts are not globs,
 * and a context of `./` is the repository root, not an empty value.
 * undefined when a named field is absent or empty.
 */
export function fillTemplate(
  t: Template,
  entry: Entry,
  quote: (value: string) => string = (v) => v,
): string | undefined {
  if (!t.fields.length) return t.text;
  let missing = false;
  const out = t.text.replace(TEMPLATE, (_, field: string) => {
    const value = quote(fieldText(entry.fields[field]));
    if (!value) missing = true;
    return value;
  });
  return missing ? undefined : out;
}

/** Rules with nothing in them: no change selects anything by them. */
export const emptyRules = (): Rules => ({
  ignore: undefined,
  sources: [],
  shared: [],
  build: undefined,
  mergeFields: [],
});

/** Parses the `rules` section, reporting every problem through `fail`. */
export function parseRules(raw: unknown, fail: Fail): Rules {
  const rules = emptyRules();
  if (!isMapping(raw)) {
    fail([], `\`rules\` must be a mapping with ${RULES_KEYS.join(', ')}`);
    return rules;
  }
  checkKeys(raw, RULES_KEYS, [], fail);
  if (raw.ignore !== undefined) rules.ignore = parsePaths(raw.ignore, ['ignore'], fail, false);
  list(raw.sources, ['sources'], fail, (item, path, index) => {
    if (!checkKeys(item, ['if', 'paths'], path, fail)) return;
    if (item.paths === undefined) return fail(path, 'a sources rule needs `paths`');
    const when = item.if === undefined ? [] : parseSelector(item.if, [...path, 'if'], fail);
    const paths = parsePathStrings(item.paths, [...path, 'paths'], fail, true);
    if (when && paths) rules.sources.push({ index, when, paths: paths.map(toTemplate) });
  });
  list(raw.shared, ['shared'], fail, (item, path, index) => {
    if (!checkKeys(item, ['paths', 'rebuild', 'unless'], path, fail)) return;
    if (item.paths === undefined) return fail(path, 'a shared rule needs `paths`');
    if (item.rebuild === undefined)
      return fail(path, 'a shared rule needs `rebuild`: all, none, or a selector');
    const paths = parsePaths(item.paths, [...path, 'paths'], fail, false);
    const rebuild = parseRebuild(item.rebuild, [...path, 'rebuild'], fail);
    let unless: Unless | undefined;
    if (item.unless !== undefined) {
      if ((UNLESS_VALUES as readonly unknown[]).includes(item.unless))
        unless = item.unless as Unless;
      else
        return fail(
          [...path, 'unless'],
          `\`unless\` must be ${UNLESS_VALUES.join(' or ')}, not ${JSON.stringify(item.unless)}`,
        );
    }
    if (paths && rebuild) rules.shared.push({ index, paths, ...rebuild, unless });
  });
  if (raw.build !== undefined && raw.build !== null) rules.build = parseBuild(raw.build, fail);
  if (raw['merge-fields'] !== undefined && raw['merge-fields'] !== null) {
    const names = raw['merge-fields'];
    if (
      !Array.isArray(names) ||
      !names.every((n) => typeof n === 'string' && n !== '' && !RESERVED_MERGE_FIELDS.has(n))
    ) {
      fail(
        ['merge-fields'],
        '`merge-fields` must be a list of entry field names (other than tag-suffix and tag-latest)',
      );
    } else rules.mergeFields = [...new Set(names as string[])];
  }
  return rules;
}

/** Always in a merge entry: `merge-fields` adds to them. */
const RESERVED_MERGE_FIELDS = new Set(['tag-suffix', 'tag-latest']);

function parseBuild(raw: unknown, fail: Fail): BuildSettings | undefined {
  const path = ['build'];
  if (!isMapping(raw)) {
    fail(path, '`rules.build` must be a mapping with `context`, `args` and/or `image`');
    return undefined;
  }
  if (!checkKeys(raw, ['context', 'args', 'image'], path, fail)) return undefined;
  let ok = true;
  const template = (value: unknown, at: NodePath, what: string): Template | undefined => {
    if (typeof value === 'string' || typeof value === 'number') return toTemplate(String(value));
    ok = false;
    fail(at, `${what} must be a string (a {field} template is allowed)`);
    return undefined;
  };
  const context =
    raw.context === undefined
      ? toTemplate('.')
      : template(raw.context, [...path, 'context'], '`build.context`');
  const args = new Map<string, Template>();
  if (raw.args !== undefined) {
    if (!isMapping(raw.args)) {
      fail([...path, 'args'], '`build.args` must be a mapping of build-arg name: template');
      return undefined;
    }
    for (const [name, value] of Object.entries(raw.args)) {
      const t = template(value, [...path, 'args', name], `build arg ${name}`);
      if (t) args.set(name, t);
    }
  }
  const image =
    raw.image === undefined ? undefined : template(raw.image, [...path, 'image'], '`build.image`');
  return ok && context ? { context, args, ...(image ? { image } : {}) } : undefined;
}

function list(
  raw: unknown,
  path: NodePath,
  fail: Fail,
  each: (item: Record<string, unknown>, path: NodePath, index: number) => void,
): void {
  if (raw === undefined || raw === null) return;
  if (!Array.isArray(raw)) return fail(path, `\`rules.${path[0]}\` must be a list of rules`);
  raw.forEach((item, i) => {
    if (isMapping(item)) each(item, [...path, i], i);
    else fail([...path, i], `rules.${path[0]}[${i}] must be a mapping`);
  });
}

function checkKeys(
  obj: Record<string, unknown>,
  allowed: string[],
  path: NodePath,
  fail: Fail,
): boolean {
  let ok = true;
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      ok = false;
      fail([...path, key], `unknown key "${key}" (expected ${allowed.join(', ')})`, 'key');
    }
  }
  return ok;
}

function parseRebuild(
  raw: unknown,
  path: NodePath,
  fail: Fail,
): { linux: Rebuild; darwin: Rebuild } | undefined {
  if (raw === 'all' || raw === 'none') return { linux: raw, darwin: raw };
  if (!isMapping(raw) || Object.keys(raw).length === 0) {
    fail(path, '`rebuild` must be all, none, a selector, or { linux: …, darwin: … }');
    return undefined;
  }
  const keys = Object.keys(raw);
  if (!keys.every((k) => k === 'linux' || k === 'darwin')) {
    const selector = parseSelector(raw, path, fail);
    return selector && { linux: selector, darwin: selector };
  }
  const side = (os: 'linux' | 'darwin'): Rebuild | undefined => {
    const v = raw[os];
    if (v === undefined || v === 'none') return 'none';
    if (v === 'all') return 'all';
    if (!isMapping(v)) {
      fail([...path, os], `\`rebuild.${os}\` must be all, none, or a selector`);
      return undefined;
    }
    return parseSelector(v, [...path, os], fail);
  };
  const linux = side('linux');
  const darwin = side('darwin');
  return linux && darwin ? { linux, darwin } : undefined;
}

function parseSelector(raw: unknown, path: NodePath, fail: Fail): Selector | undefined {
  if (!isMapping(raw)) {
    fail(path, 'a selector must be a mapping of field: pattern');
    return undefined;
  }
  const tests: FieldTest[] = [];
  let ok = true;
  for (const [field, pattern] of Object.entries(raw)) {
    const where = [...path, field];
    const items = Array.isArray(pattern) ? pattern : [pattern];
    if (items.length === 0) {
      ok = false;
      fail(where, `empty pattern list for "${field}"; use null to match an absent field`);
      continue;
    }
    let allowsNull = false;
    const globs: string[] = [];
    items.forEach((item, i) => {
      const at = Array.isArray(pattern) ? [...where, i] : where;
      if (item === null) allowsNull = true;
      else if (
        ['string', 'number', 'boolean'].includes(typeof item) &&
        checkGlob(String(item), at, fail)
      )
        globs.push(String(item));
      else ok = false;
      if (typeof item === 'object' && item !== null)
        fail(at, `pattern for "${field}" must be a glob string, a list of them, or null`);
    });
    tests.push({ field, allowsNull, globs: globs.length ? new PatternList(globs) : undefined });
  }
  return ok ? tests : undefined;
}

function parsePaths(
  raw: unknown,
  path: NodePath,
  fail: Fail,
  templates: boolean,
): PatternList | undefined {
  const strings = parsePathStrings(raw, path, fail, templates);
  return strings && new PatternList(strings);
}

function parsePathStrings(
  raw: unknown,
  path: NodePath,
  fail: Fail,
  templates: boolean,
): string[] | undefined {
  const items = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(items) || items.length === 0) {
    fail(
      path,
      `\`${path.at(-1) === 'ignore' ? 'ignore' : 'paths'}\` must be a non-empty list of glob patterns`,
    );
    return undefined;
  }
  let ok = true;
  items.forEach((p, i) => {
    const at = typeof raw === 'string' ? path : [...path, i];
    if (typeof p !== 'string') {
      ok = false;
      return fail(at, 'a path pattern must be a string');
    }
    const bare = isNegation(p) ? p.slice(1) : p;
    if (bare.startsWith('/')) {
      ok = false;
      return fail(
        at,
        `path pattern "${p}" is absolute; patterns are relative to the repository root`,
      );
    }
    const fields = [...bare.matchAll(TEMPLATE)].map((m) => m[1]);
    if (fields.length && !templates) {
      ok = false;
      return fail(
        at,
        `path pattern "${p}" uses {${fields[0]}}: field templates only work in sources rules`,
      );
    }
    const blank = fields.find((f) => !/^\S+$/.test(f));
    if (blank !== undefined) {
      ok = false;
      return fail(at, `path pattern "${p}" has a template {${blank}} that names no field`);
    }
    if (!checkGlob(bare.replace(TEMPLATE, 'x'), at, fail)) ok = false;
  });
  if (ok && items.every((p) => isNegation(p as string))) {
    fail(path, '`paths` needs at least one pattern that is not a `!` exclusion');
    return undefined;
  }
  return ok ? (items as string[]) : undefined;
}

function checkGlob(pattern: string, path: NodePath, fail: Fail): boolean {
  if (pattern === '' || pattern === '!') {
    fail(path, 'empty pattern');
    return false;
  }
  const problem = glob(pattern).problem();
  if (problem) fail(path, `invalid glob "${pattern}": ${problem}`);
  return !problem;
}

export function toTemplate(text: string): Template {
  return { text, fields: [...text.matchAll(TEMPLATE)].map((m) => m[1]) };
}
