/**
 * Fuzzing the matrix file and the change list (docs/rules.md, Validation):
 * generated valid files, then MUTATED (truncated, tabs, CRLF, BOM, retyped
 * nodes, huge numbers, 100 KB strings, 1000-level nesting, alias bombs,
 * self-referencing aliases, duplicate keys, random unicode, NUL bytes, lone
 * surrogates…), checked in-process and through dist/index.js.
 *
 * CI runs a fixed seed: FUZZ_RUNS cases in-process (default 500) and a few
 * through dist. A longer run: `FUZZ_RUNS=20000 npx jest __tests__/fuzz.test.ts`
 * (FUZZ_SEED picks another seed). Violations are collected, grouped, written
 * to a temp directory for reproduction, and fail the test at the end.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { loadMatrixFile, type MatrixFile } from '../src/core/matrix-file.js';
import { plan, type Change } from '../src/core/plan.js';
import { UserError } from '../src/core/problems.js';
import { YamlSource } from '../src/core/yaml-source.js';
import { parse as parseYaml } from 'yaml';
import {
  BACKENDS,
  changeListArb,
  MATRIX_PATH,
  matrixDocArb,
  NOISE_PATHS,
  textStyleArb,
  type Fields,
  type Json,
  type MatrixDoc,
  type TextStyle,
} from './support/generators.js';
import {
  injectedCommands,
  runAction,
  runnerCommands,
  type ActionRun,
} from './support/run-action.js';
import { startFakeGitHub } from './support/fake-github.js';
import { demo as demoMatrix } from './support/fixtures.js';
import { inert, inertMessage } from '../src/action/log.js';
import { INPUTS, readSettings } from '../src/action/settings.js';
import { decodeMatrixText } from '../src/core/text.js';

const PR_EVENT = {
  number: 42,
  pull_request: {
    number: 42,
    base: { sha: 'a'.repeat(40), ref: 'main' },
    head: { sha: 'b'.repeat(40), ref: 'topic' },
  },
};

const LONG = process.env.FUZZ_RUNS !== undefined && process.env.FUZZ_RUNS !== '';
const RUNS = LONG ? Number(process.env.FUZZ_RUNS) : 500;
/** A dist run still going after this is killed, and counts as not finishing. */
const DIST_TIMEOUT_MS = 20_000;
const DIST_RUNS = LONG ? Math.min(200, Math.max(10, Math.round(RUNS / 200))) : 10;
const SEED = Number(process.env.FUZZ_SEED || 424_242);
const BATCH = 100;
/** Generous: a run-away case is what this test is for, and CI machines are slow. */
const TIMEOUT = LONG ? RUNS * 40 + 120_000 : 60_000;
const FILE = MATRIX_PATH;

// ---------------------------------------------------------------------------
// Mutations.

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'tab'; at: number; indent: boolean }
  | { kind: 'crlf' }
  | { kind: 'lone-cr'; every: number }
  | { kind: 'bom'; at: number; middle: boolean }
  | { kind: 'retype'; walk: number[]; to: number }
  | { kind: 'long-string'; walk: number[]; asKey: boolean; char: string }
  | { kind: 'long-field'; entry: number; field: string; char: string }
  | { kind: 'huge-number'; which: number; value: string }
  | { kind: 'deep'; style: 'flow' | 'flow-open' | 'block' | 'root' | 'seq' }
  | { kind: 'alias-bomb'; inEntry: boolean }
  | { kind: 'self-alias'; variant: number }
  | { kind: 'cross-alias'; exact: boolean }
  | { kind: 'duplicate-key'; which: number }
  | { kind: 'unicode'; at: number; text: string }
  | { kind: 'nul'; at: number }
  | { kind: 'surrogate'; at: number; text: string }
  | { kind: 'line-edit'; at: number; op: 'delete' | 'duplicate' | 'swap' | 'indent' | 'dedent' }
  | { kind: 'token'; at: number; token: string };

const CHARS = ['a', '-', 'é', '日', ' ', '\n', '"', '*', '{'];
const HUGE = [
  '1e999999',
  '-1e999999',
  '123456789012345678901234567890',
  '0x7fffffffffffffffffffffff',
  '.inf',
  '-.inf',
  '.nan',
  '9007199254740993',
  '0o777777777777777777777777',
  '1_000_000',
  '2001-12-14t21:59:43.10-05:00',
];
const TOKENS = [
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  '!!binary ',
  '!!js/function ',
  '!!timestamp ',
  '!!set ',
  '!!omap ',
  '!custom ',
  '&x ',
  '*nope ',
  '? ',
  '<<: *nope\n',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '|\n',
  '>-\n',
  '# ',
  ': ',
  '- ',
  ',',
  '@',
  '`',
  '\\',
  '\u2028',
  '\u0085',
  '\u00a0',
  '\ufeff',
  '\u200b',
];
const FIELDS = ['backend', 'tag-suffix', 'platform-tag', 'lang', 'dockerfile', 'tag-latest'];

const walkArb = fc.array(fc.nat(), { maxLength: 5 });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('tab' as const), at: fc.nat(), indent: fc.boolean() }),
  fc.constant({ kind: 'crlf' as const }),
  fc.record({ kind: fc.constant('lone-cr' as const), every: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('bom' as const), at: fc.nat(), middle: fc.boolean() }),
  fc.record({ kind: fc.constant('retype' as const), walk: walkArb, to: fc.nat() }),
  fc.record({
    kind: fc.constant('long-string' as const),
    walk: walkArb,
    asKey: fc.boolean(),
    char: fc.constantFrom(...CHARS),
  }),
  fc.record({
    kind: fc.constant('long-field' as const),
    entry: fc.nat(),
    field: fc.constantFrom(...FIELDS),
    char: fc.constantFrom(...CHARS),
  }),
  fc.record({
    kind: fc.constant('huge-number' as const),
    which: fc.nat(),
    value: fc.constantFrom(...HUGE),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    style: fc.constantFrom(
      'flow' as const,
      'flow-open' as const,
      'block' as const,
      'root' as const,
      'seq' as const,
    ),
  }),
  fc.record({ kind: fc.constant('alias-bomb' as const), inEntry: fc.boolean() }),
  fc.record({ kind: fc.constant('self-alias' as const), variant: fc.nat(3) }),
  fc.record({ kind: fc.constant('cross-alias' as const), exact: fc.boolean() }),
  fc.record({ kind: fc.constant('duplicate-key' as const), which: fc.nat() }),
  fc.record({
    kind: fc.constant('unicode' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('surrogate' as const),
    at: fc.nat(),
    text: fc.constantFrom('\ud800', '\udfff', '\udc00\ud800', 'a\ud83d'),
  }),
  fc.record({
    kind: fc.constant('line-edit' as const),
    at: fc.nat(),
    op: fc.constantFrom(
      'delete' as const,
      'duplicate' as const,
      'swap' as const,
      'indent' as const,
      'dedent' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('token' as const),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
  }),
);

const OBJECT_LEVEL = new Set(['retype', 'long-string', 'long-field']);

const REPLACEMENTS: ((old: Json) => Json)[] = [
  () => [],
  () => ({}),
  () => 'scalar',
  () => 42,
  () => null,
  () => true,
  (old) => [old],
  (old) => ({ k: old }),
  () => '',
  () => -1.5e300,
];

/** The node `walk` leads to: its container and key (undefined for the root). */
function walkTo(
  root: Json,
  walk: readonly number[],
): { parent?: Json[] | Fields; key?: string | number } {
  let node = root;
  let parent: Json[] | Fields | undefined;
  let key: string | number | undefined;
  for (const n of walk) {
    if (Array.isArray(node) && node.length) {
      parent = node;
      key = n % node.length;
      node = node[key];
    } else if (
      node &&
      typeof node === 'object' &&
      !Array.isArray(node) &&
      Object.keys(node).length
    ) {
      const keys = Object.keys(node);
      parent = node;
      key = keys[n % keys.length];
      node = node[key];
    } else break;
  }
  return { parent, key };
}

function set(
  root: Json,
  at: { parent?: Json[] | Fields; key?: string | number },
  value: Json,
): Json {
  if (!at.parent || at.key === undefined) return value;
  (at.parent as Record<string | number, Json>)[at.key] = value;
  return root;
}

function mutateObject(doc: Json, m: Mutation): Json {
  switch (m.kind) {
    case 'retype': {
      const at = walkTo(doc, m.walk);
      const old =
        at.parent && at.key !== undefined ? (at.parent as Record<string, Json>)[at.key] : doc;
      return set(doc, at, REPLACEMENTS[m.to % REPLACEMENTS.length](old));
    }
    case 'long-string': {
      const big = m.char.repeat(100_000);
      const at = walkTo(doc, m.walk);
      if (m.asKey && at.parent && !Array.isArray(at.parent)) {
        at.parent[big] = 'v';
        return doc;
      }
      return set(doc, at, big);
    }
    case 'long-field': {
      const include = (doc as Fields | null)?.include;
      if (Array.isArray(include) && include.length) {
        const e = include[m.entry % include.length];
        if (e && typeof e === 'object' && !Array.isArray(e)) e[m.field] = m.char.repeat(100_000);
      }
      return doc;
    }
    default:
      return doc;
  }
}

const pos = (text: string, at: number): number => at % (text.length + 1);
const insert = (text: string, at: number, s: string): string =>
  text.slice(0, pos(text, at)) + s + text.slice(pos(text, at));

function bomb(): string {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function mutateText(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos(text, m.at));
    case 'tab': {
      if (!m.indent) return insert(text, m.at, '\t');
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines[i] = lines[i].replace(/^ +/, '\t');
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'lone-cr': {
      let n = 0;
      return text.replace(/\n/g, () => (n++ % m.every === 0 ? '\r' : '\n'));
    }
    case 'bom':
      return m.middle ? insert(text, m.at, '\ufeff') : `\ufeff${text}`;
    case 'huge-number': {
      const re = /(:\s+)("[^"\n]*"|'[^'\n]*'|-?[\w.+-]+)(?=[ \t]*(?:,|\r?\n|$|\}))/g;
      const found = [...text.matchAll(re)];
      if (!found.length) return `${text}\nhuge: ${m.value}\n`;
      const hit = found[m.which % found.length];
      const at = hit.index + hit[1].length;
      return text.slice(0, at) + m.value + text.slice(at + hit[2].length);
    }
    case 'deep':
      switch (m.style) {
        case 'flow':
          return `${text}\ndeep: ${'['.repeat(1000)}${']'.repeat(1000)}\n`;
        case 'flow-open':
          return `${text}\ndeep: ${'['.repeat(1000)}\n`;
        case 'root':
          return '['.repeat(1000) + text;
        case 'seq':
          return `${text}\ndeep:\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} x\n`;
        default:
          return `${text}\ndeep:\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} x\n`;
      }
    case 'alias-bomb':
      if (m.inEntry && text.includes('include:\n'))
        return (
          bomb() +
          text.replace(
            'include:\n',
            'include:\n  - backend: bomb\n    tag-suffix: -bomb\n    payload: *l9\n',
          )
        );
      return `${bomb()}${text}`;
    case 'self-alias':
      return [
        `self: &self [*self]\n${text}`,
        `self: &m {k: *m}\n${text}`,
        text.replace(/include:.*\n?/, 'include: &a [ *a ]\n'),
        text.replace(
          'include:\n',
          'include: &inc\n  - backend: x\n    tag-suffix: -x\n    all: *inc\n',
        ),
      ][m.variant];
    case 'cross-alias': {
      if (!text.includes('include:\n  - ')) return text;
      const anchored = text.replace('include:\n  - ', 'include:\n  - &first\n    ');
      const end = /\n(includeDarwin|rules):/.exec(anchored);
      const item = m.exact ? '  - *first\n' : '  - <<: *first\n    tag-suffix: -merged\n';
      return end
        ? `${anchored.slice(0, end.index + 1)}${item}${anchored.slice(end.index + 1)}`
        : `${anchored.replace(/\n?$/, '\n')}${item}`;
    }
    case 'duplicate-key': {
      const keys = [...text.matchAll(/^([ ]*)(- )?("?[A-Za-z][\w-]*"?:[ \t][^\n]*)$/gm)];
      if (!keys.length) return text;
      const k = keys[m.which % keys.length];
      const indent = k[1] + (k[2] ? '  ' : '');
      const at = k.index + k[0].length;
      return `${text.slice(0, at)}\n${indent}${k[3]}${text.slice(at)}`;
    }
    case 'unicode':
    case 'surrogate':
      return insert(text, m.at, m.text);
    case 'nul':
      return insert(text, m.at, '\u0000');
    case 'line-edit': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      const j = (i + 1) % lines.length;
      if (m.op === 'delete') lines.splice(i, 1);
      else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]);
      else if (m.op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
      else if (m.op === 'indent') lines[i] = `  ${lines[i]}`;
      else lines[i] = lines[i].replace(/^ {1,2}/, '');
      return lines.join('\n');
    }
    case 'token':
      return insert(text, m.at, m.token);
    default:
      return text;
  }
}

function serialize(value: Json, style: TextStyle): string {
  if (style === 'json') return `${JSON.stringify(value, null, 2)}\n`;
  if (style === 'compact') return JSON.stringify(value);
  return dump(value);
}

/** Grows a document past the sliced parser's 256 KB chunks, with unique identities. */
function inflate(doc: MatrixDoc, bytes: number): MatrixDoc {
  const base = doc.include.length ? doc.include : [{ backend: 'vllm', 'tag-suffix': '-v' }];
  const include: Fields[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const e = { ...base[i % base.length] } as Fields;
    e['tag-suffix'] = `${String(e['tag-suffix'])}-n${i}`;
    include.push(e);
    size += JSON.stringify(e).length;
  }
  return { ...doc, include };
}

// ---------------------------------------------------------------------------
// A case and its checks.

interface FuzzCase {
  doc: MatrixDoc;
  style: TextStyle;
  mutations: Mutation[];
  big: boolean;
  files: string[];
  force: boolean;
  shards: number;
  maxJobs: number;
}

const hostileFilesArb: fc.Arbitrary<string[]> = fc.oneof(
  fc.constant<string[]>([]),
  fc.array(fc.constantFrom<string>(...NOISE_PATHS), { maxLength: 20 }),
  fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 20 }),
);

const caseArb = (mutations: fc.Arbitrary<Mutation[]>): fc.Arbitrary<FuzzCase> =>
  matrixDocArb.chain((doc) =>
    fc.record({
      doc: fc.constant(doc),
      style: textStyleArb,
      mutations,
      big: fc.integer({ min: 0, max: 49 }).map((n) => n === 0),
      files: fc.oneof(
        { weight: 4, arbitrary: changeListArb({ doc, matrixPath: true }) },
        { weight: 1, arbitrary: hostileFilesArb },
      ),
      force: fc.constantFrom(false, false, false, true),
      shards: fc.integer({ min: 1, max: 4 }),
      maxJobs: fc.constantFrom(256, 256, 256, 3),
    }),
  );

const fuzzArb = caseArb(
  fc.oneof(
    { weight: 1, arbitrary: fc.constant<Mutation[]>([]) },
    { weight: 6, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) },
  ),
);

/** The matrix text of a case, and the unmutated text (the "base revision"). */
function textsOf(c: FuzzCase): { text: string; original: string } {
  const doc = c.big ? inflate(c.doc, 270_000) : c.doc;
  const style: TextStyle = c.big ? 'yaml' : c.style;
  const original = serialize(doc as unknown as Json, style);
  let text = original;
  if (c.mutations.some((m) => OBJECT_LEVEL.has(m.kind))) {
    let value = JSON.parse(JSON.stringify(doc)) as Json;
    for (const m of c.mutations) if (OBJECT_LEVEL.has(m.kind)) value = mutateObject(value, m);
    text = serialize(value, style);
  }
  for (const m of c.mutations) if (!OBJECT_LEVEL.has(m.kind)) text = mutateText(text, m);
  return { text, original };
}

type Outcome = 'planned' | 'rejected' | 'user-error';

interface Violation {
  rule: string;
  detail: string;
  text: string;
  mutations: string;
}

const STACK = /\n\s+at /;
const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;
const describeMutations = (ms: readonly Mutation[]): string =>
  ms.map((m) => JSON.stringify(m).slice(0, 120)).join(' | ') || 'none';

/** The value yaml's own entry point reads: whenever YamlSource accepts a file, the two agree. */
function checkAgainstYaml(text: string, c: FuzzCase): void {
  let source: YamlSource;
  try {
    source = YamlSource.parse(text);
  } catch {
    return;
  }
  const got = JSON.stringify(source.value);
  let expected: string;
  try {
    // YAML 1.2 ends a line at a lone CR; yaml's parser only at LF.
    const lf = text.replace(/\r(?!\n)/g, '\n');
    expected = JSON.stringify(
      parseYaml(lf, { merge: true, uniqueKeys: true, maxAliasCount: -1, logLevel: 'error' }),
    );
  } catch (err) {
    violate('YamlSource accepts a file that yaml.parse rejects', String(err), text, c);
    return;
  }
  if (got !== expected)
    violate('YamlSource value differs from yaml.parse', `got ${got.slice(0, 140)}`, text, c);
}

const stats = {
  cases: 0,
  planned: 0,
  rejected: 0,
  userErrors: 0,
  violations: 0,
  distCases: 0,
  distOk: 0,
  distFailed: 0,
};
const violations: Violation[] = [];

function violate(rule: string, detail: string, text: string, c: FuzzCase | undefined): void {
  stats.violations++;
  violations.push({
    rule,
    detail: detail.slice(0, 300),
    text,
    mutations: c ? describeMutations(c.mutations) : '',
  });
}

/** Every invariant of the brief for one matrix text; the outcome, or undefined on a violation. */
function checkLoad(text: string, c: FuzzCase | undefined): MatrixFile | undefined {
  let m: MatrixFile;
  try {
    m = loadMatrixFile(text, FILE);
  } catch (err) {
    const e = err as Error;
    violate(
      `loadMatrixFile threw ${e?.constructor?.name}: ${String(e?.message).slice(0, 60)}`,
      String(e?.stack),
      text,
      c,
    );
    return undefined;
  }
  const lines = lineCount(text);
  const simpleBreaks = !text.replace(/\r\n/g, '').includes('\r');
  const lfLines = text.split('\n');
  for (const p of m.problems) {
    const bad: string[] = [];
    if (p.file !== FILE) bad.push(`file ${JSON.stringify(p.file)}`);
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lines)
      bad.push(`line ${p.line} of ${lines}`);
    if (!Number.isInteger(p.col) || p.col < 1) bad.push(`col ${p.col}`);
    else if (
      simpleBreaks &&
      p.line >= 1 &&
      p.line <= lfLines.length &&
      p.col > lfLines[p.line - 1].length + 1
    )
      bad.push(`col ${p.col} past the end of line ${p.line} (${lfLines[p.line - 1].length} chars)`);
    if (p.endLine !== undefined && (p.endLine < p.line || p.endLine > lines))
      bad.push(`endLine ${p.endLine}`);
    if (typeof p.message !== 'string' || !p.message.trim()) bad.push('empty message');
    else if (STACK.test(p.message)) bad.push('stack trace in message');
    if (!['error', 'warning'].includes(p.level)) bad.push(`level ${p.level}`);
    if (bad.length) {
      violate(
        `problem ${bad.map((b) => b.replace(/\d+/g, 'N')).join(', ')}`,
        `${bad.join(', ')}: ${p.message}`,
        text,
        c,
      );
    }
  }
  return m;
}

function runCase(c: FuzzCase): Outcome | undefined {
  const { text, original } = textsOf(c);
  stats.cases++;
  checkAgainstYaml(text, c);
  const m = checkLoad(text, c);
  if (!m) return undefined;
  if (m.problems.some((p) => p.level === 'error')) {
    stats.rejected++;
    return 'rejected';
  }
  const change: Change = c.force
    ? { kind: 'all', cause: 'force-all is set' }
    : { kind: 'files', files: c.files, baseMatrix: { text: original } };
  try {
    const p = plan({ matrix: m, matrixPath: FILE, change, shards: c.shards, maxJobs: c.maxJobs });
    const all = new Set([...m.linux, ...m.darwin]);
    const stray = p.selected.filter((s) => !all.has(s.entry));
    if (stray.length) violate('plan selected an entry that is not in the file', '', text, c);
    const names = p.outputs.map(([k]) => k);
    for (const n of fixedOutputs(c.shards))
      if (!names.includes(n)) violate(`plan lacks output ${n.replace(/\d+/g, 'N')}`, '', text, c);
    stats.planned++;
    return 'planned';
  } catch (err) {
    if (err instanceof UserError) {
      stats.userErrors++;
      if (STACK.test(err.message)) violate('stack trace in a UserError', err.message, text, c);
      return 'user-error';
    }
    const e = err as Error;
    violate(
      `plan threw ${e?.constructor?.name}: ${String(e?.message).slice(0, 60)}`,
      String(e?.stack),
      text,
      c,
    );
    return undefined;
  }
}

function fixedOutputs(shards: number): string[] {
  const single =
    shards > 1 ? Array.from({ length: shards }, (_, i) => `singlearch-${i + 1}`) : ['singlearch'];
  return [
    'run-all',
    'changed-backends',
    ...single.flatMap((s) => [
      `matrix-${s}`,
      `merge-matrix-${s}`,
      `has-backends-${s}`,
      `has-merges-${s}`,
    ]),
    'matrix-multiarch',
    'merge-matrix-multiarch',
    'has-backends-multiarch',
    'has-merges-multiarch',
    'matrix-darwin',
    'has-backends-darwin',
    'promoted',
    'has-promotes',
  ];
}

/** Violations grouped by rule, each with a reproduction file. */
function report(): string[] {
  if (!violations.length) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'bma-fuzz-'));
  const groups = new Map<string, Violation[]>();
  for (const v of violations) groups.set(v.rule, [...(groups.get(v.rule) ?? []), v]);
  return [...groups].map(([rule, list], i) => {
    const smallest = list.reduce((a, b) => (b.text.length < a.text.length ? b : a));
    const file = path.join(dir, `violation-${i + 1}.yml`);
    writeFileSync(file, smallest.text);
    return `${rule} — ${list.length} case(s); smallest input (${smallest.text.length} chars) in ${file}; mutations: ${smallest.mutations}; ${smallest.detail.split('\n')[0]}`;
  });
}

afterAll(() => {
  console.log(
    `fuzz (seed ${SEED}): ${stats.cases} matrix files in-process — ${stats.planned} planned, ${stats.rejected} rejected with errors, ${stats.userErrors} UserErrors; ${stats.distCases} through dist/index.js — ${stats.distOk} exit 0, ${stats.distFailed} exit 1; ${stats.violations} violations`,
  );
});

// ---------------------------------------------------------------------------

describe('fuzz: matrix files in-process', () => {
  it(
    `${RUNS} generated and mutated files: never a throw, positions in range, plan or UserError`,
    () => {
      const before = violations.length;
      for (let b = 0; b * BATCH < RUNS; b++) {
        const n = Math.min(BATCH, RUNS - b * BATCH);
        for (const c of fc.sample(fuzzArb, { seed: SEED + b, numRuns: n })) runCase(c);
      }
      expect(report()).toEqual([]);
      expect(violations.length).toBe(before);
    },
    TIMEOUT,
  );

  it('a 10 MB valid-looking file loads in under 10 s, then plans or reports errors', () => {
    const lines = ['include:'];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const b = BACKENDS[i % BACKENDS.length];
      const chunk = [
        `  - backend: ${b}`,
        `    dockerfile: ./backend/Dockerfile.python`,
        `    platforms: linux/amd64`,
        `    tag-suffix: -gpu-nvidia-cuda-12-${b}-${i}`,
        `    tag-latest: auto`,
        `    base-image: "ubuntu:24.04"`,
        `    runs-on: ubuntu-latest`,
        `    cuda-major-version: "12"`,
        `    notes: "${'x'.repeat(i % 60)}"`,
      ].join('\n');
      lines.push(chunk);
      size += chunk.length + 1;
    }
    lines.push(
      'rules:',
      '  sources:',
      '    - if: { dockerfile: "**/Dockerfile.python" }',
      '      paths: ["backend/python/{backend}/**"]',
      '  shared:',
      '    - paths: ["scripts/build/**"]',
      '      rebuild: all',
    );
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const t0 = performance.now();
    const m = loadMatrixFile(text, FILE);
    const loadMs = performance.now() - t0;
    expect(m.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(m.linux.length).toBeGreaterThan(30_000);
    // Everything: far over max-jobs, so a UserError that says how many shards are needed.
    expect(() =>
      plan({
        matrix: m,
        matrixPath: FILE,
        change: { kind: 'all', cause: 'force-all is set' },
        shards: 1,
        maxJobs: 256,
      }),
    ).toThrow(
      new UserError(
        `matrix-singlearch has ${m.linux.length} jobs, over max-jobs (256): set singlearch-shards to at least ${Math.ceil(m.linux.length / 256)}`,
      ),
    );
    // One backend's code: 1/10 of the entries, still over max-jobs.
    expect(() =>
      plan({
        matrix: m,
        matrixPath: FILE,
        change: { kind: 'files', files: ['backend/python/x_y/a.py'] },
        shards: 1,
        maxJobs: 256,
      }),
    ).toThrow(UserError);
    // Files no rule maps: a plan that builds nothing.
    const p = plan({
      matrix: m,
      matrixPath: FILE,
      change: { kind: 'files', files: ['README.md', 'docs/x/y.md'] },
      shards: 1,
      maxJobs: 256,
    });
    expect([p.runAll, p.selected.length]).toEqual([false, 0]);
    const planMs = performance.now() - t0 - loadMs;
    console.log(
      `10 MB matrix (${m.linux.length} entries): load ${Math.round(loadMs)} ms, plan ${Math.round(planMs)} ms`,
    );
  }, 60_000);
});

describe('fuzz: change lists', () => {
  it('empty, odd characters, absolute paths and `..`: always a plan', () => {
    fc.assert(
      fc.property(
        matrixDocArb,
        textStyleArb,
        hostileFilesArb,
        fc.integer({ min: 1, max: 4 }),
        (doc, style, files, shards) => {
          const m = loadMatrixFile(serialize(doc as unknown as Json, style), FILE);
          const p = plan({
            matrix: m,
            matrixPath: FILE,
            change: { kind: 'files', files },
            shards,
            maxJobs: 256,
          });
          expect(p.outputs.map(([k]) => k).slice(0, 2)).toEqual(['run-all', 'changed-backends']);
        },
      ),
      { seed: SEED, numRuns: LONG ? 2000 : 200 },
    );
  });

  it('100k changed paths: a filtered plan', () => {
    const [doc] = fc.sample(
      matrixDocArb.filter((d) => !!d.rules && d.include.length > 5),
      { seed: SEED, numRuns: 1 },
    );
    const m = loadMatrixFile(serialize(doc as unknown as Json, 'yaml'), FILE);
    const pool = fc.sample(changeListArb({ doc }), { seed: SEED, numRuns: 200 }).flat();
    const files = Array.from({ length: 100_000 }, (_, i) => {
      const f = pool[i % pool.length] ?? 'x';
      return i % 3 === 0 ? `${f}/${i}` : i % 3 === 1 ? `deep/${i % 97}/${f}` : f;
    });
    // How fast is for `npm run bench`; here, that it completes and stays filtered.
    const p = plan({
      matrix: m,
      matrixPath: FILE,
      change: { kind: 'files', files },
      shards: 1,
      maxJobs: 256,
    });
    expect(p.runAll).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Through dist/index.js: a complete output set with exit 0, or exit 1 with
// errors and no GITHUB_OUTPUT; never a stack trace; never a hang.

const DIST_KINDS: Mutation['kind'][] = [
  'truncate',
  'self-alias',
  'alias-bomb',
  'deep',
  'long-field',
  'nul',
  'retype',
  'duplicate-key',
  'crlf',
  'surrogate',
];

function checkDist(r: ActionRun, text: string, c: FuzzCase): void {
  const fail = (rule: string, detail = ''): void => violate(`dist: ${rule}`, detail, text, c);
  // runAction kills a run at its timeoutMs: no exit code means it did not finish.
  if (r.code === null) fail(`did not finish within ${DIST_TIMEOUT_MS / 1000} s`);
  if (STACK.test(r.stdout) || STACK.test(r.stderr) || /%0A\s+at /.test(r.stdout))
    fail('stack trace in the log', r.stdout.slice(0, 300));
  if (/failed unexpectedly/.test(r.stdout))
    fail('an unexpected failure (a bug, not bad input)', r.stdout.slice(0, 300));
  const errors = r.annotations.filter((a) => a.level === 'error');
  if (r.code === 0) {
    stats.distOk++;
    if (!r.outputs) return fail('exit 0 without GITHUB_OUTPUT');
    if (errors.length) fail('exit 0 with error annotations');
    const m = loadMatrixFile(text, FILE);
    const backends = [...new Set([...m.linux, ...m.darwin].map((e) => e.backend))];
    const expected = [...fixedOutputs(c.shards), ...backends].sort();
    if (JSON.stringify(Object.keys(r.outputs).sort()) !== JSON.stringify(expected))
      fail('incomplete or extra outputs', Object.keys(r.outputs).join(','));
  } else if (r.code === 1) {
    stats.distFailed++;
    if (r.outputs !== undefined) fail('exit 1 but GITHUB_OUTPUT was written');
    if (!errors.length) fail('exit 1 without an ::error annotation');
  } else {
    fail(`exit code ${r.code}`);
  }
}

describe('fuzz: through dist/index.js', () => {
  it(
    `${DIST_RUNS} mutated files: exit 0 with every output, or exit 1 with ::error and no outputs`,
    async () => {
      const cases = DIST_KINDS.flatMap((kind, i) =>
        fc.sample(
          caseArb(
            fc
              .tuple(
                mutationArb.filter((m) => m.kind === kind),
                fc.array(mutationArb, { maxLength: 1 }),
              )
              .map(([m, more]) => [m, ...more]),
          ),
          { seed: SEED + 1000 + i, numRuns: Math.ceil(DIST_RUNS / DIST_KINDS.length) },
        ),
      ).slice(0, DIST_RUNS);
      // Block YAML, so that text mutations (aliases, nesting) land where they mean something.
      const work = cases.map((c0) => {
        const c = { ...c0, style: 'yaml' as const };
        return { c, ...textsOf(c) };
      });
      const runOne = async ({ c, text }: (typeof work)[number]): Promise<void> => {
        const r = await runAction({
          files: { [FILE]: text },
          eventName: 'pull_request',
          inputs: c.force
            ? { 'force-all': 'true', 'singlearch-shards': String(c.shards) }
            : { 'changed-files': JSON.stringify(c.files), 'singlearch-shards': String(c.shards) },
          // A change list naming the matrix file makes the action look for its base revision.
          env: { BACKEND_MATRIX_API_RETRY_MS: '5', BACKEND_MATRIX_API_BUDGET_MS: '2000' },
          timeoutMs: DIST_TIMEOUT_MS,
        });
        stats.distCases++;
        // What the action read: the file as written to disk (lone surrogates become U+FFFD).
        checkDist(r, Buffer.from(text).toString('utf8'), c);
      };
      // Two at a time: CI has two cores.
      for (let i = 0; i < work.length; i += 2) await Promise.all(work.slice(i, i + 2).map(runOne));
      expect(report().filter((line) => line.startsWith('dist:'))).toEqual([]);
    },
    LONG ? DIST_RUNS * 5_000 + 60_000 : 120_000,
  );
});

// ---------------------------------------------------------------------------
// The violations the fuzz found, as minimal reproductions (see the report).

describe('fuzz findings, minimal', () => {
  // BUG (src/yaml-source.ts checkAliasExpansion): a self-referencing alias makes
  // a cyclic value; the recursive walk overflows the stack before its node budget
  // runs out, and loadMatrixFile throws RangeError instead of reporting a problem.
  it.each([
    ['a sequence', 'include: &a [ *a ]\n'],
    ['a mapping', 'x: &m {k: *m}\ninclude: []\n'],
    ['an entry field', 'include: &inc\n  - backend: x\n    tag-suffix: -x\n    all: *inc\n'],
  ])('a self-referencing alias in %s is a located error, not a throw', (_, text) => {
    let outcome: unknown;
    try {
      outcome = loadMatrixFile(text, FILE)
        .problems.filter((p) => p.level === 'error')
        .map((p) => ({ file: p.file, located: p.line >= 1 && p.line <= lineCount(text) }));
    } catch (err) {
      outcome = `threw ${(err as Error).name}: ${(err as Error).message}`;
    }
    expect(outcome).toEqual([{ file: FILE, located: true }]);
  });

  // BUG (src/globs.ts Glob.test): picomatch refuses patterns over 65,536
  // characters when it compiles them, lazily, on the first changed file that
  // reaches them; a {field} template expanded with a long value gets there
  // and plan() throws a plain Error.
  it('a long value in a {field} template gives a plan or a UserError, not an Error', () => {
    const doc = {
      include: [{ backend: 'a'.repeat(70_000), 'tag-suffix': '-x' }],
      rules: { sources: [{ paths: ['**/{backend}/*.py'] }] },
    };
    const m = loadMatrixFile(JSON.stringify(doc), FILE);
    expect(m.problems).toEqual([]);
    let thrown: unknown;
    try {
      plan({
        matrix: m,
        matrixPath: FILE,
        change: { kind: 'files', files: ['src/x.py'] },
        shards: 1,
        maxJobs: 256,
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown === undefined || thrown instanceof UserError).toBe(true);
  });

  // BUG (src/yaml-source.ts position/lineStarts): js-yaml counts a lone CR as a
  // line break (YAML 1.2 §5.4), so syntax errors do; positions of validation
  // problems count only LF. In one file the two disagree.
  it('numbers lines the same way for syntax errors and validation problems when lines end in a lone CR', () => {
    const warning = loadMatrixFile('include: []\rfoo: 1\r', FILE).problems;
    const syntax = loadMatrixFile('include: []\rfoo: [\r', FILE).problems;
    expect(syntax[0]).toMatchObject({ level: 'error', line: 3 });
    expect(warning).toEqual([
      expect.objectContaining({
        level: 'warning',
        line: 2,
        col: 1,
        message: expect.stringContaining('"foo"'),
      }),
    ]);
  });
});

// ---------------------------------------------------------------------------
// Hostile text in every input and in the API's error bodies (issue 11): the
// runner's command forms, percent escapes, line breaks of every kind, NUL,
// very long strings, `${{ }}` and shell metacharacters. No log line may be
// obeyed as a command, nothing may crash, and the outputs are a complete,
// parseable set or absent.

const HOSTILE_PIECES = [
  '::',
  '::error::forged',
  '::stop-commands::tok',
  '::add-mask::x',
  '##[',
  '##[set-output name=run-all]false',
  '##[stop-commands]tok',
  '##[warning]x',
  '%0A',
  '%0D%0A::warning::x',
  '%25',
  '\r',
  '\n',
  '\r\n',
  '\u0000',
  '\u2028',
  '\u2029',
  '\u0085',
  '${{ secrets.GITHUB_TOKEN }}',
  '$(id)',
  '`id`',
  ';rm -rf /',
  '|',
  '&&',
  "'",
  '"',
  ' ',
  'backend/python/vllm/a.py',
  'a'.repeat(10_000),
];
const hostileArb = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 4 })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join(''));
/** Environment strings cannot hold NUL (the runner could not pass one either). */
const envText = (s: string): string => s.split('\u0000').join('');
const INPUT_NAMES = Object.keys(INPUTS) as (keyof typeof INPUTS)[];
const hostileCaseArb = fc.record({
  inputs: fc.dictionary(fc.constantFrom(...INPUT_NAMES), hostileArb, { minKeys: 1, maxKeys: 3 }),
  apiMessage: hostileArb,
  status: fc.constantFrom(404, 422, 500, 403),
});

describe('fuzz: hostile inputs', () => {
  it('inert() leaves nothing the runner would obey, on one line', () => {
    fc.assert(
      fc.property(hostileArb, (s) => {
        const line = inert(s);
        expect(line).not.toMatch(/[\r\n]/);
        expect(runnerCommands(line)).toEqual([]);
        expect(
          runnerCommands(
            `::warning::${inertMessage(s).replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`,
          ),
        ).toEqual([expect.objectContaining({ form: 'v2', name: 'warning' })]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('readSettings: settings or a UserError for any input values', () => {
    const saved = { ...process.env };
    try {
      fc.assert(
        fc.property(hostileCaseArb, ({ inputs }) => {
          for (const k of Object.keys(process.env))
            if (k.startsWith('INPUT_')) delete process.env[k];
          for (const [k, v] of Object.entries(inputs))
            process.env[`INPUT_${k.toUpperCase()}`] = envText(v);
          try {
            const s = readSettings({ GITHUB_WORKSPACE: '/tmp/ws' });
            for (const f of s.changedFiles ?? [])
              expect(f.startsWith('/') || f.startsWith('../')).toBe(false);
          } catch (err) {
            if (!(err instanceof UserError)) throw err;
            expect(err.message).not.toMatch(STACK);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  it('decodeMatrixText: text or a located UserError for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeMatrixText(bytes, FILE);
        } catch (err) {
          if (!(err instanceof UserError)) throw err;
          expect(err.problems).toHaveLength(1);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(
    `${DIST_RUNS} runs through dist/index.js with hostile inputs and API errors: nothing obeyed, nothing crashed`,
    async () => {
      const server = await startFakeGitHub({});
      const cases = fc.sample(hostileCaseArb, { seed: SEED + 7, numRuns: DIST_RUNS });
      const text = JSON.stringify(demoMatrix, null, 2);
      const failures: string[] = [];
      const outcomes = { ok: 0, failed: 0 };
      try {
        const runOne = async (c: (typeof cases)[number]): Promise<void> => {
          server.faults.prFiles = [{ status: c.status, body: { message: c.apiMessage } }];
          server.faults.compare = [{ status: c.status, body: { message: c.apiMessage } }];
          const inputs = Object.fromEntries(
            Object.entries(c.inputs).map(([k, v]) => [k, envText(v)]),
          );
          const r = await runAction({
            files: { [FILE]: text },
            eventName: 'pull_request',
            event: PR_EVENT,
            inputs: { 'diff-source': 'api', ...inputs },
            env: {
              GITHUB_API_URL: server.url,
              BACKEND_MATRIX_API_RETRY_MS: '5',
              BACKEND_MATRIX_API_BUDGET_MS: '2000',
            },
            timeoutMs: 20_000,
          });
          const where = `inputs ${JSON.stringify(c.inputs).slice(0, 200)}, API ${c.status} ${JSON.stringify(c.apiMessage).slice(0, 80)}`;
          const injected = injectedCommands(r);
          if (injected.length)
            failures.push(
              `obeyed ${injected.map((i) => i.line.slice(0, 80)).join(' | ')} — ${where}`,
            );
          if (r.code !== 0 && r.code !== 1) failures.push(`exit ${r.code} — ${where}`);
          if (STACK.test(r.stdout) || STACK.test(r.stderr) || /failed unexpectedly/.test(r.stdout))
            failures.push(`crash: ${r.stdout.slice(-300)} ${r.stderr.slice(0, 300)} — ${where}`);
          if (r.code === 0 && r.outputs?.['run-all'] === undefined)
            failures.push(`exit 0 without outputs — ${where}`);
          if (r.code === 1 && r.outputs !== undefined)
            failures.push(`exit 1 with outputs — ${where}`);
          outcomes[r.code === 0 ? 'ok' : 'failed']++;
        };
        for (let i = 0; i < cases.length; i += 2)
          await Promise.all(cases.slice(i, i + 2).map(runOne));
      } finally {
        await server.close();
      }
      expect(failures).toEqual([]);
      // Both outcomes were exercised: hostile values that are valid, and ones that are refused.
      expect([outcomes.ok > 0, outcomes.failed > 0, outcomes.ok + outcomes.failed]).toEqual([
        true,
        true,
        cases.length,
      ]);
    },
    LONG ? DIST_RUNS * 5_000 + 60_000 : 120_000,
  );
});
