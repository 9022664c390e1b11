import { fieldText, identity, isMapping, isMultiArch, type Entry, type Os } from './entry.js';
import type { Problem } from './problems.js';
import { isBuiltinOutput } from './outputs.js';
import { parseRules, type Rules } from './rules.js';
import { YamlSource, YamlSyntaxError, type NodePath } from './yaml-source.js';
import { numberWarnings } from './number-warnings.js';
import { pushTo } from './collections.js';
import { checkRules, type Report } from './rule-checks.js';
import { assignSources, type SourceAssignment } from './select.js';

export interface MatrixFile {
  file: string;
  source: YamlSource | undefined;
  linux: Entry[];
  darwin: Entry[];
  /** undefined when the file has no `rules` section. */
  rules: Rules | undefined;
  /** Each entry's sources rule and expanded globs (none without `rules`), worked out once. */
  sources: ReadonlyMap<Entry, SourceAssignment>;
  problems: Problem[];
}

const LISTS = { include: 'linux', includeDarwin: 'darwin' } as const;
const TOP_KEYS = new Set(['include', 'includeDarwin', 'rules']);
const BACKEND_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const TAG_CHARS = /^[A-Za-z0-9_.-]+$/;
/** The output names a GitHub expression can read as `outputs.name`. */
const EXPRESSION_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Parses and validates a matrix file. Never throws for bad content: see `problems`. */
export function loadMatrixFile(text: string, file: string): MatrixFile {
  const result: MatrixFile = {
    file,
    source: undefined,
    linux: [],
    darwin: [],
    rules: undefined,
    sources: new Map(),
    problems: [],
  };
  const problems = result.problems;
  let source: YamlSource;
  try {
    source = YamlSource.parse(text);
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    problems.push({
      level: 'error',
      message: `invalid YAML: ${err.message}`,
      file,
      ...err.position,
    });
    return result;
  }
  result.source = source;
  for (const w of source.warnings)
    problems.push({ level: 'warning', message: w.message, file, ...w.position });
  const report = (
    level: Problem['level'],
    path: NodePath,
    message: string,
    which?: 'key',
  ): void => {
    problems.push({ level, message, file, ...source.locate(path, which) });
  };

  const root = source.value;
  if (root === undefined || root === null) {
    report('error', [], 'the matrix file is empty; it needs an `include` list');
    return result;
  }
  if (!isMapping(root)) {
    report('error', [], 'the matrix file must be a mapping with an `include` list');
    return result;
  }
  for (const key of Object.keys(root)) {
    // `x-` keys are a home for anchors (`x-defaults: &cpu`), read by nothing else.
    if (!TOP_KEYS.has(key) && !key.startsWith('x-')) {
      report(
        'warning',
        [key],
        `unknown top-level key "${key}" is ignored (expected include, includeDarwin, rules)`,
        'key',
      );
    }
  }
  problems.push(...numberWarnings(source, file));
  if (!('include' in root))
    report(
      'error',
      [],
      'missing `include`: the list of Linux entries (use `include: []` for none)',
    );

  for (const [list, os] of Object.entries(LISTS)) {
    if (!(list in root)) continue;
    const items = root[list];
    if (!Array.isArray(items)) {
      report(
        'error',
        [list],
        `\`${list}\` must be a list of entries (use \`${list}: []\` for none)`,
      );
      continue;
    }
    const entries = os === 'linux' ? result.linux : result.darwin;
    const once = onePerImage();
    items.forEach((item, index) => {
      const entry = readEntry(item, os, [list, index], report, once);
      if (entry) entries.push(entry);
    });
    checkIdentities(entries, list, report, (e) => source.locate(e.path).line);
  }
  checkMultiArchGroups(result.linux, report, (e) => source.locate(e.path).line);
  checkBackendCase([...result.linux, ...result.darwin], report, (e) => source.locate(e.path).line);
  checkExpressionNames([...result.linux, ...result.darwin], report);

  if ('rules' in root && root.rules !== null) {
    result.rules = parseRules(root.rules, (path, message, which) =>
      report('error', ['rules', ...path], message, which),
    );
    result.sources = assignSources([...result.linux, ...result.darwin], result.rules);
    checkRules(
      {
        linux: result.linux,
        darwin: result.darwin,
        rules: result.rules,
        sources: result.sources,
        raw: root.rules,
        complete: !problems.some((p) => p.level === 'error'),
      },
      report,
      (path) => source.locate(path).line,
    );
  }
  return result;
}

/**
 * A problem with a field every leg of an image shares (often from one
 * anchor) is reported once, at the first leg, not once per leg.
 */
function onePerImage(): (item: Record<string, unknown>, what: string) => boolean {
  const seen = new Set<string>();
  return (item, what) => {
    const key = `${fieldText(item['tag-suffix'])}\u0000${what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

function readEntry(
  item: unknown,
  os: Os,
  path: NodePath,
  report: Report,
  once: (item: Record<string, unknown>, what: string) => boolean,
): Entry | undefined {
  if (!isMapping(item)) {
    report('error', path, `entry ${path[1]} of \`${path[0]}\` must be a mapping of fields`);
    return undefined;
  }
  let ok = true;
  const text = (key: string, rule: RegExp, what: string): string => {
    const value = item[key];
    if (value === undefined || value === null || value === '') {
      ok = false;
      report('error', path, `entry is missing \`${key}\` (${what})`);
      return '';
    }
    if (typeof value !== 'string' || !rule.test(value)) {
      ok = false;
      report(
        'error',
        [...path, key],
        `\`${key}\` ${JSON.stringify(value)} is not allowed: ${what}`,
      );
      return '';
    }
    return value;
  };
  const backend = text(
    'backend',
    BACKEND_NAME,
    'a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
  );
  if (backend && isBuiltinOutput(backend)) {
    ok = false;
    report(
      'error',
      [...path, 'backend'],
      `backend "${backend}" collides with the action's output of the same name; rename the backend`,
    );
  }
  const tagSuffix = text(
    'tag-suffix',
    TAG_CHARS,
    'only letters, digits, `_`, `.` and `-` (it becomes part of an image tag)',
  );
  let platformTag = '';
  const pt = item['platform-tag'];
  if (pt !== undefined && pt !== null && pt !== '') {
    if (typeof pt === 'string' && TAG_CHARS.test(pt)) platformTag = pt;
    else {
      ok = false;
      report(
        'error',
        [...path, 'platform-tag'],
        `\`platform-tag\` ${JSON.stringify(pt)} is not allowed: only letters, digits, \`_\`, \`.\` and \`-\``,
      );
    }
  }
  // JavaScript objects list integer-like keys first, so the output could not keep the file's order.
  const numeric = Object.keys(item).find((k) => /^(0|[1-9]\d{0,8})$/.test(k));
  if (numeric !== undefined && once(item, `numeric ${numeric}`)) {
    report(
      'warning',
      [...path, numeric],
      `field name "${numeric}" is a number: numeric field names come first in the JSON matrix, ahead of the file's order; give it a name`,
      'key',
    );
  }
  if ('os' in item && once(item, 'os')) {
    report(
      'warning',
      [...path, 'os'],
      '`os` is shadowed in rule selectors: there `os` is linux for `include` and darwin for `includeDarwin` entries',
      'key',
    );
  }
  return ok
    ? { os, index: path[1] as number, path, fields: item, backend, tagSuffix, platformTag }
    : undefined;
}

function checkIdentities(
  entries: Entry[],
  list: string,
  report: Report,
  lineOf: (e: Entry) => number,
): void {
  const seen = new Map<string, Entry>();
  for (const e of entries) {
    const first = seen.get(identity(e));
    if (!first) {
      seen.set(identity(e), e);
      continue;
    }
    const id = e.platformTag
      ? `tag-suffix "${e.tagSuffix}" with platform-tag "${e.platformTag}"`
      : `tag-suffix "${e.tagSuffix}"`;
    report(
      'error',
      e.path,
      `duplicate entry in \`${list}\`: ${id} is already used at line ${lineOf(first)}; entries need a unique tag-suffix (and platform-tag)`,
    );
  }
}

const OTHER_PLATFORM: Record<string, string> = { amd64: 'arm64', arm64: 'amd64' };

function checkMultiArchGroups(linux: Entry[], report: Report, lineOf: (e: Entry) => number): void {
  const groups = new Map<string, Entry[]>();
  const single = new Map<string, Entry>();
  for (const e of linux) {
    if (!isMultiArch(e)) single.set(e.tagSuffix, e);
    else pushTo(groups, e.tagSuffix, e);
  }
  for (const [suffix, legs] of groups) {
    const first = legs[0];
    if (legs.length === 1) {
      const other = OTHER_PLATFORM[first.platformTag] ?? 'another platform';
      report(
        'warning',
        first.path,
        `multi-arch image "${suffix}" has one leg (platform-tag "${first.platformTag}"); add its ${other} leg, or drop platform-tag to build it single-arch`,
      );
    }
    const latest = fieldText(first.fields['tag-latest']);
    for (const leg of legs.slice(1)) {
      if (fieldText(leg.fields['tag-latest']) !== latest) {
        report(
          'warning',
          [...leg.path, 'tag-latest'],
          `legs of "${suffix}" disagree on tag-latest (${JSON.stringify(latest)} at line ${lineOf(first)}); the merge uses the first leg's value`,
        );
      }
    }
    const clash = single.get(suffix);
    if (clash) {
      report(
        'warning',
        clash.path,
        `tag-suffix "${suffix}" is used by this single-arch entry and by multi-arch legs (line ${lineOf(first)}); both merges would publish the same tag`,
      );
    }
  }
}

/** `outputs.llama.cpp` reads field `cpp` of `outputs.llama`: always empty, never an error. */
function checkExpressionNames(entries: Entry[], report: Report): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.backend) || EXPRESSION_NAME.test(e.backend)) continue;
    seen.add(e.backend);
    report(
      'warning',
      [...e.path, 'backend'],
      `backend "${e.backend}" cannot be read as outputs.${e.backend} in a GitHub expression (only names of letters, digits, \`_\` and \`-\` that start with a letter or \`_\`); read its flag as outputs['${e.backend}']`,
    );
  }
}

/** GitHub reads output names without regard to case: `vllm` and `VLLM` would share one flag. */
function checkBackendCase(entries: Entry[], report: Report, lineOf: (e: Entry) => number): void {
  const seen = new Map<string, Entry>();
  for (const e of entries) {
    const first = seen.get(e.backend.toLowerCase());
    if (!first) seen.set(e.backend.toLowerCase(), e);
    else if (first.backend !== e.backend) {
      report(
        'error',
        [...e.path, 'backend'],
        `backend "${e.backend}" differs from "${first.backend}" (line ${lineOf(first)}) only in case; GitHub reads output names without regard to case, so their flags would collide`,
      );
    }
  }
}
