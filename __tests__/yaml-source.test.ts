/**
 * The matrix file as `yaml` reads it (docs/rules.md, The file): values with
 * merge keys expanded, positions from node ranges, bounded aliases and nesting,
 * and the warnings for numbers YAML changes.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { formatProblem } from '../src/core/problems.js';
import { YamlSource, YamlSyntaxError, type Position } from '../src/core/yaml-source.js';
import { runAction } from './support/run-action.js';

const example = readFileSync('examples/backend-matrix.yml', 'utf8');
const check = (text: string): string[] => loadMatrixFile(text, 'm.yml').problems.map(formatProblem);
const fields = (text: string): Record<string, unknown>[] =>
  loadMatrixFile(text, 'm.yml').linux.map((e) => e.fields as Record<string, unknown>);

function parseError(text: string): string {
  try {
    YamlSource.parse(text);
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    return `${err.position.line}:${err.position.col}: ${err.message}`;
  }
  return 'parsed';
}

/** Offsets by the YAML 1.2 rule (LF, CRLF or a lone CR ends a line), independent of the parser. */
function offsets(text: string): (pos: Position) => number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return (pos) => starts[pos.line - 1] + pos.col - 1;
}

/**
 * Checks each entry field's key and value positions against the text itself: the key's
 * position holds the key as written, a scalar's position holds the start of its text.
 * Returns the mismatches; counts what was checked in `checked`.
 */
function mismatches(text: string, source: YamlSource, checked: { n: number }): string[] {
  const bad: string[] = [];
  const offsetOf = offsets(text);
  const root = source.value as Record<string, unknown> | null;
  for (const list of ['include', 'includeDarwin']) {
    const items = root && typeof root === 'object' ? root[list] : undefined;
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return;
      for (const [field, value] of Object.entries(item)) {
        checked.n++;
        const keyAt = text.slice(offsetOf(source.locate([list, i, field], 'key')));
        if (!keyAt.replace(/^\? */, '').replace(/^["']/, '').startsWith(field))
          bad.push(`${list}[${i}].${field} key at ${JSON.stringify(keyAt.slice(0, 20))}`);
        const valueAt = text.slice(offsetOf(source.locate([list, i, field])));
        const word = String(value).split(/\s/)[0];
        const ok =
          typeof value === 'string'
            ? valueAt.startsWith(word) || /^["'|>&!*]/.test(valueAt)
            : value === null
              ? /^(-|:|~|null|Null|NULL|\s|#|$)/.test(valueAt)
              : typeof value === 'object'
                ? /^[[{&!*\-A-Za-z0-9_"'?]/.test(valueAt)
                : /^[-+.0-9a-zA-Z&!*]/.test(valueAt);
        if (!ok)
          bad.push(`${list}[${i}].${field} value at ${JSON.stringify(valueAt.slice(0, 20))}`);
      }
    });
  }
  return bad;
}

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '- ',
  '  - ',
  '    ',
  '  ',
  '\t',
  '#',
  ' # c',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ': ',
  '&a ',
  '*a',
  '|',
  '>',
  '---',
  '%YAML 1.2',
  'include:',
  'rules:',
  '\r',
  '\uFEFF',
  '- x: "a\n  b"',
  'k: v',
  '<<: *a',
];

/** Line-level edits: indentation, markers, quotes, comments, anchors and merges. */
function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(random() * lines.length);
    const frag = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
    switch (Math.floor(random() * 5)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, frag);
        break;
      case 2:
        lines[i] = frag + lines[i];
        break;
      case 3:
        lines[i] = lines[i].replace(/^ {2}/, '');
        break;
      default:
        lines[i] = `${lines[i]}${frag}`;
    }
  }
  return lines.join('\n');
}

/** What yaml's own entry point reads; YAML 1.2 ends a line at a lone CR, yaml's parser only at LF. */
const viaParse = (text: string): string =>
  JSON.stringify(
    parseYaml(text.replace(/\r(?!\n)/g, '\n'), {
      merge: true,
      uniqueKeys: true,
      maxAliasCount: -1,
      logLevel: 'error',
    }),
  );

describe('values and positions', () => {
  it('reads the example as yaml.parse does, each field located at its text', () => {
    const source = YamlSource.parse(example);
    expect(JSON.stringify(source.value)).toBe(viaParse(example));
    const checked = { n: 0 };
    expect(mismatches(example, source, checked)).toEqual([]);
    expect(checked.n).toBeGreaterThan(350);
    expect(source.locate(['include', 0, 'backend'])).toEqual({ line: 27, col: 14 });
    expect(source.locate(['include', 0, 'backend'], 'key')).toEqual({ line: 27, col: 5 });
    expect(source.locate(['include', 0])).toEqual({ line: 19, col: 5, endLine: 29 });
  });

  it('on 1,000 mutated files: values as yaml.parse reads them, fields at their text, errors inside the file', () => {
    const random = rng(7);
    let errors = 0;
    const checked = { n: 0 };
    for (let n = 0; n < 1000; n++) {
      const text = mutate(example, random);
      const lines = text.split(/\r\n|\r|\n/).length;
      let source: YamlSource;
      try {
        source = YamlSource.parse(text);
      } catch (err) {
        if (!(err instanceof YamlSyntaxError)) throw err;
        errors++;
        const { line, col } = err.position;
        if (line < 1 || line > lines || col < 1 || !err.message)
          throw new Error(`case ${n}: ${err.message} at ${line}:${col} of ${lines} lines`, {
            cause: err,
          });
        continue;
      }
      const value = JSON.stringify(source.value);
      if (value !== viaParse(text))
        throw new Error(`case ${n}: value differs\n${JSON.stringify(text)}`);
      const bad = mismatches(text, source, checked);
      if (bad.length)
        throw new Error(`case ${n}: ${bad.slice(0, 3).join('; ')}\n${JSON.stringify(text)}`);
    }
    // The mutations must reach both outcomes for the comparison to mean something.
    expect(errors).toBeGreaterThan(100);
    expect(errors).toBeLessThan(950);
    expect(checked.n).toBeGreaterThan(20_000);
  });

  it('counts a lone CR as a line break, for values, positions and errors alike', () => {
    const text =
      'x-a: 1\rinclude:\r  - backend: a\r    tag-suffix: -a\r    n: 3.10\r  - {backend: b}\r';
    expect(check(text)).toEqual([
      'm.yml:5:8: warning: `n: 3.10` is a YAML number, so the matrix gets 3.1; quote it ("3.10") to keep it as written',
      'm.yml:6:5: error: entry is missing `tag-suffix` (only letters, digits, `_`, `.` and `-` (it becomes part of an image tag))',
    ]);
    expect(parseError('include:\r  - a\r  b: [\r')).toBe(
      '3:3: all mapping items must start at the same column',
    );
    expect(YamlSource.parse('a: "x\r  y"\rb: |\r  l1\r  l2\r').value).toEqual({
      a: 'x y',
      b: 'l1\nl2\n',
    });
  });

  it('places an empty value at the - or : that introduces it, and an anchored node at its anchor', () => {
    const source = YamlSource.parse('include:\n  -\n  - &e\n    backend: a\n  - k:\n');
    expect(source.locate(['include', 0])).toEqual({ line: 2, col: 3 });
    expect(source.locate(['include', 1])).toEqual({ line: 3, col: 5, endLine: 4 });
    expect(source.locate(['include', 2, 'k'])).toEqual({ line: 5, col: 6 });
    expect(source.locate(['include', 9, 'k'])).toEqual({ line: 2, col: 3, endLine: 5 });
  });
});

describe('merge keys', () => {
  const defaults =
    'x-cpu: &cpu\n  platforms: linux/amd64\n  tag-latest: auto\nx-big: &big\n  runs-on: big\n  tag-latest: "false"\n';

  it('expands <<: *anchor into the entry, keeping what the entry sets itself', () => {
    const text = `${defaults}include:\n  - backend: a\n    <<: *cpu\n    tag-suffix: -a\n    tag-latest: "false"\n`;
    expect(check(text)).toEqual([]);
    const [entry] = fields(text);
    expect(Object.keys(entry)).toEqual(['backend', 'platforms', 'tag-latest', 'tag-suffix']);
    expect(entry).toEqual({
      backend: 'a',
      platforms: 'linux/amd64',
      'tag-latest': 'false',
      'tag-suffix': '-a',
    });
  });

  it('expands a list of merges, earlier sources winning', () => {
    const text = `${defaults}include:\n  - {backend: a, tag-suffix: -a, <<: [*big, *cpu]}\n  - {backend: b, tag-suffix: -b, <<: [*cpu, *big]}\n`;
    expect(check(text)).toEqual([]);
    const [a, b] = fields(text);
    expect(a).toEqual({
      backend: 'a',
      'tag-suffix': '-a',
      'runs-on': 'big',
      'tag-latest': 'false',
      platforms: 'linux/amd64',
    });
    expect(b['tag-latest']).toBe('auto');
    expect(JSON.stringify(loadMatrixFile(text, 'm.yml').source?.value)).not.toContain('<<');
  });

  it('locates a merged field where the anchor defines it', () => {
    const text = `${defaults}include:\n  - backend: a\n    <<: *cpu\n`;
    expect(YamlSource.parse(text).locate(['include', 0, 'platforms'])).toEqual({
      line: 2,
      col: 14,
    });
  });

  it.each([
    ['a scalar', 'include:\n  - {backend: a, <<: 1}\n', '2:22: `<<` merges mappings'],
    [
      'a list holding a scalar',
      'x: &a {k: 1}\ninclude: [{<<: [*a, 2]}]\n',
      '2:16: `<<` merges mappings',
    ],
    ['a quoted "<<"', 'include:\n  - {"<<": {k: 1}}\n', '2:6: a quoted "<<" is a field named <<'],
  ])('refuses a merge of %s', (_, text, expected) => {
    expect(parseError(text)).toMatch(new RegExp(`^${expected.replace(/[[\]()*.]/g, '\\$&')}`));
  });
});

describe('top-level keys', () => {
  it('ignores x- keys silently and still warns about other unknown keys', () => {
    expect(check('x-defaults: &d {a: 1}\nx-: 1\ninclude: []\nextra: 1\n')).toEqual([
      'm.yml:4:1: warning: unknown top-level key "extra" is ignored (expected include, includeDarwin, rules)',
    ]);
  });
});

describe('numbers YAML changes', () => {
  const entry = (value: string): string =>
    `include:\n  - backend: a\n    tag-suffix: -a\n    v: ${value}\n`;

  it.each([
    ['3.10', '3.1'],
    ['12.10', '12.1'],
    ['1.0', '1'],
    ['1e3', '1000'],
    ['0x1F', '31'],
    ['0o17', '15'],
    ['.inf', 'null'],
    ['-.inf', 'null'],
    ['.nan', 'null'],
    ['12345678901234567890', '12345678901234567000'],
    ['9007199254740993', '9007199254740992'],
    ['+1', '1'],
    ['007', '7'],
    ['-0', '0'],
    ['.5', '0.5'],
  ])('warns at %s, which becomes %s', (text, becomes) => {
    expect(check(entry(text))).toEqual([
      `m.yml:4:8: warning: \`v: ${text}\` is a YAML number, so the matrix gets ${becomes}; quote it ("${text}") to keep it as written`,
    ]);
  });

  it.each(['3', '3.5', '-2', '0', '1_000', '0b101', '"3.10"', "'0x1F'", '1e+21', 'true', 'v1.10'])(
    'leaves %s alone',
    (text) => {
      expect(check(entry(text))).toEqual([]);
    },
  );

  it('names nested fields, keys and list items, and an anchored number once where it is written', () => {
    const text =
      'x-v: &v 3.10\ninclude:\n  - backend: a\n    tag-suffix: -a\n    py: *v\n    deps: {torch: 2.10, list: [1, 1.50]}\n    1.10: x\n  - {backend: b, tag-suffix: -b, py: *v}\n';
    expect(check(text)).toEqual([
      'm.yml:1:9: warning: `py: 3.10` is a YAML number, so the matrix gets 3.1; quote it ("3.10") to keep it as written',
      'm.yml:6:19: warning: `deps.torch: 2.10` is a YAML number, so the matrix gets 2.1; quote it ("2.10") to keep it as written',
      'm.yml:6:35: warning: `deps.list[1]: 1.50` is a YAML number, so the matrix gets 1.5; quote it ("1.50") to keep it as written',
      'm.yml:7:5: warning: field name 1.10 is a YAML number, so the field is named "1.1"; quote it ("1.10") to keep it as written',
    ]);
  });

  it('warns once about a number written in one entry and aliased by another', () => {
    const text =
      'include:\n  - {backend: a, tag-suffix: -a, v: &v 3.10}\n  - {backend: b, tag-suffix: -b, v: *v}\n';
    expect(check(text)).toEqual([
      'm.yml:2:40: warning: `v: 3.10` is a YAML number, so the matrix gets 3.1; quote it ("3.10") to keep it as written',
    ]);
  });

  it('warns about rule selector values too: they are matched as text', () => {
    const text =
      'include:\n  - {backend: a, tag-suffix: -a, py: "3.10"}\nrules:\n  sources:\n    - if: {py: 3.10}\n      paths: ["a/**"]\n';
    expect(check(text)).toContainEqual(
      'm.yml:5:16: warning: `py: 3.10` in rules.sources[0].if is a YAML number, so the rule reads it as "3.1"; quote it ("3.10") to keep it as written',
    );
  });
});

describe('errors', () => {
  it('names a duplicate key and both of its lines', () => {
    expect(parseError('include:\n  - backend: a\n    tag-suffix: -a\n    backend: b\n')).toBe(
      '4:5: duplicate key "backend" at lines 2 and 4; a mapping holds each key once',
    );
    expect(parseError('include: []\nrules: {ignore: [], ignore: []}\n')).toBe(
      '2:21: duplicate key "ignore" at lines 2 and 2; a mapping holds each key once',
    );
  });

  it('points at the alias that makes the document expand past its bound', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(parseError(`${levels.join('\n')}\ninclude: []\n`)).toBe(
      '6:36: aliases expand this document to more than 1000000 nodes; write the values out or use fewer aliases',
    );
  });

  it('accepts a large file whose anchors build on anchors (the expansion bound is exact)', () => {
    const lines = [
      'x-cpu: &cpu {platforms: linux/amd64}',
      'x-gpu: &gpu {<<: *cpu, gpu: "yes"}',
      'include:',
    ];
    for (let i = 0; i < 2000; i++) lines.push(`  - {<<: *cpu, backend: c${i}, tag-suffix: -c${i}}`);
    for (let i = 0; i < 600; i++) lines.push(`  - {<<: *gpu, backend: g${i}, tag-suffix: -g${i}}`);
    const text = `${lines.join('\n')}\n`;
    const m = loadMatrixFile(text, 'm.yml');
    expect(m.problems).toEqual([]);
    expect(m.linux).toHaveLength(2600);
    expect(m.linux[2599].fields).toEqual({
      platforms: 'linux/amd64',
      gpu: 'yes',
      backend: 'g599',
      'tag-suffix': '-g599',
    });
    // Why the bound is ours: yaml's maxAliasCount multiplies counts and calls this file an attack.
    expect(() => parseYaml(text, { merge: true, maxAliasCount: 1_000_000 })).toThrow(/alias/);
  });

  it.each([
    [
      'an alias inside its own anchor',
      'include: &a [ *a ]\n',
      '1:15: an alias refers to a node that contains it',
    ],
    [
      'an alias before its anchor',
      'include: [*a]\nx: &a 1\n',
      '1:11: alias *a comes before any anchor &a',
    ],
    [
      'several documents',
      'include: []\n---\ninclude: []\n',
      '3:1: the file holds several YAML documents',
    ],
    [
      '1,000 nested flow lists',
      `deep: ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
      '1:70: values are nested more than 64 levels deep',
    ],
    [
      '100,000 unclosed flow lists',
      `deep: ${'['.repeat(100_000)}\n`,
      '1:70: values are nested more than 64 levels deep',
    ],
    [
      '100 nested block lists',
      `deep:\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} x\n`,
      '65:129: values are nested more than 64 levels deep',
    ],
  ])('refuses %s, at its position', (_, text, expected) => {
    expect(parseError(text).startsWith(expected)).toBe(true);
  });

  it('reports a tag yaml does not know as a warning at the value', () => {
    expect(check('include:\n  - {backend: a, tag-suffix: -a, k: !custom v}\n')).toEqual([
      'm.yml:2:37: warning: unresolved tag: !custom; the value is read as if it had no tag',
    ]);
  });
});

describe('dist/index.js', () => {
  it('emits merged entries with no "<<" field and no warning for x- keys', async () => {
    const text = [
      'x-cpu: &cpu',
      '  platforms: linux/amd64',
      '  tag-latest: auto',
      'include:',
      '  - backend: vllm',
      '    <<: *cpu',
      '    tag-suffix: -cpu-vllm',
      '  - <<: [{runs-on: big}, *cpu]',
      '    backend: whisper',
      '    tag-suffix: -cpu-whisper',
      '    tag-latest: "false"',
      '',
    ].join('\n');
    const r = await runAction({
      files: { '.github/backend-matrix.yml': text },
      inputs: { 'force-all': 'true' },
    });
    expect(r.code).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(JSON.parse(r.outputs!['matrix-singlearch'])).toEqual({
      include: [
        {
          backend: 'vllm',
          platforms: 'linux/amd64',
          'tag-latest': 'auto',
          'tag-suffix': '-cpu-vllm',
        },
        {
          'runs-on': 'big',
          platforms: 'linux/amd64',
          'tag-latest': 'false',
          backend: 'whisper',
          'tag-suffix': '-cpu-whisper',
        },
      ],
    });
    expect(r.outputs!['matrix-singlearch']).toBe(
      '{"include":[{"backend":"vllm","platforms":"linux/amd64","tag-latest":"auto","tag-suffix":"-cpu-vllm"},{"runs-on":"big","platforms":"linux/amd64","tag-latest":"false","backend":"whisper","tag-suffix":"-cpu-whisper"}]}',
    );
  });
});
