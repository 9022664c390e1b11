/**
 * YamlSource.parse reads a plain document from js-yaml's events
 * (src/core/yaml-events.ts) and leaves everything else to yaml
 * (YamlSource.parseWithYaml, the reference reading). Wherever the fast path
 * is taken, the two must agree exactly: value, warnings, every `locate`,
 * `alteredNumbers` and `position`; and where it is not, the reading is
 * yaml's. Checked on every YAML file and inline YAML string of the
 * repository, every scalar form, the bounds, generated plain documents and
 * mutations of them.
 *
 * CI runs 1,000 of each with fixed seeds. A longer run:
 * `FUZZ_RUNS=30000 FUZZ_SEED=7 npx jest __tests__/yaml-fast-path.test.ts`.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, constructFromEvents, parseEvents } from 'js-yaml';
import ts from 'typescript';
import { isScalar, parse as parseYaml, Schema } from 'yaml';
import { resolvePlain } from '../src/core/yaml-events.js';
import { YamlSource } from '../src/core/yaml-source.js';
import { matrixDocArb, textStyleArb, toText } from './support/generators.js';
import { mutateYaml, PLAIN_FORMS, plainDocument, rng } from './support/yaml-grammar.js';
import { readingDifferences, takesFastPath } from './support/yaml-readings.js';

/** The differences for each text that has any, keyed by the text: empty when all agree. */
function disagreements(texts: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const text of texts) {
    const differences = readingDifferences(text);
    if (differences.length) found[text] = differences.slice(0, 5);
  }
  return found;
}

const share = (texts: readonly string[], test: (t: string) => boolean): number =>
  texts.filter(test).length / texts.length;

const readsAsError = (text: string): boolean => {
  try {
    YamlSource.parseWithYaml(text);
    return false;
  } catch {
    return true;
  }
};

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** String literals in TypeScript source that look like YAML: a `:` or `- ` and a line break. */
function inlineYaml(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = node.head.text + node.templateSpans.map((s) => `x${s.literal.text}`).join('');
    if (text !== undefined && /[:-]/.test(text) && /[\n\r]/.test(text)) found.push(text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest));
  return found;
}

const example = readFileSync('examples/backend-matrix.yml', 'utf8');
const RUNS = Number(process.env.FUZZ_RUNS || 1000);
const SEED = Number(process.env.FUZZ_SEED || 1);

describe('which documents take the fast path', () => {
  it('the example matrix file', () => {
    expect(takesFastPath(example)).toBe(true);
  });

  it.each([
    ['CRLF line breaks', 'a: 1\r\nb:\r\n  - x # c\r\n  - "y\r\n    z"\r\n'],
    ['lone CR line breaks', 'a: 1\rb:\r  - x\r  - "y\r    z"\r'],
    ['flow collections over several lines', 'a: [x, {k: v,\n  j: [1, 2,]}, y] # c\nb: {}\n'],
    ['multi-line plain and quoted scalars', 'a: x\n  y\n\n  z\nb: \'p\n\n  q\'\nc: "r\n  s"\n'],
    [
      'comments at every indent',
      '# top\na:\n  # in\n  b: 1 # after\n      # deeper\n# out\nc: 2\n',
    ],
    ['a --- start', '---\n# c\ninclude: []\n'],
    ['a --- after comments', '# c\n\n  # d\n--- # e\ninclude: []\n'],
    ['comments with no space after #', 'a:\n  - x: 1\n  #y\n  - z: 2\n#w\nb: 1\n'],
    ['special keys', '__proto__: 1\n~: 2\ntrue: 3\n1.10: 4\n"0x1F": 5\n0x1F: 6\n'],
    ['every scalar form', `- ${PLAIN_FORMS.join('\n- ')}\n`],
    ['a sequence at its key’s indent', 'a:\n- x\n- y: 1\n  z: 2\nb: 1\n'],
    ['a root sequence', '- a\n- [b]\n- c: d\n'],
    ['a root scalar', 'hello\n'],
    ['a root flow mapping', '{a: 1, b: [2]}'],
  ])('reads %s from events', (_, text) => {
    expect(takesFastPath(text)).toBe(true);
    expect(readingDifferences(text)).toEqual([]);
  });

  it.each([
    ['a tab', 'a:\t1\n'],
    ['a merge key', 'x: &d {a: 1}\ny:\n  <<: *d\n'],
    ['a quoted "<<"', '"<<": 1\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['an unknown tag', 'a: !custom v\n'],
    ['a %YAML directive', '%YAML 1.2\n---\na: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a ... end', 'a: 1\n...\n'],
    ['a ... before the document', '...\na: 1\n'],
    ['a byte order mark', '\uFEFFa: 1\n'],
    ['a --- after spaces', "  ---\n# c\n'x'\n"],
    ['a plain value under a comment with no space after #', '-\n#x\n a\n- b\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['an empty item', '- \n- x\n'],
    ['an empty flow value', '{a: }'],
    ['an empty document', '# only a comment\n'],
    ['an empty text', ''],
    ['a literal block scalar', 'a: |\n  x\n'],
    ['a folded block scalar', 'a: >-\n  x\n  y\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['a pair in a flow sequence', '[a: 1]'],
    ['a collection as a key', '[a]: 1\n'],
    ['an escaped line break', 'a: "x\\\n  y"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys that name the same property', '1: a\n1.0: b\n'],
    ['a key after a value on its line', "b:\n- 'x'  k: .5\n"],
    ['a key whose : is over 1000 characters on', `${'k'.repeat(1001)}: v\n`],
    ['a key over two lines', '{"a\n b": 1}'],
    ['nesting deeper than the bound', `${'['.repeat(64)}${']'.repeat(64)}\n`],
    ['a syntax error', 'a: [1\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(takesFastPath(text)).toBe(false);
    expect(readingDifferences(text)).toEqual([]);
  });
});

describe('where js-yaml alone reads otherwise (so those documents fall back)', () => {
  /** js-yaml's own core-schema reading, or its error. */
  const jsYaml = (text: string): unknown => {
    try {
      return constructFromEvents(parseEvents(text, {}), { source: text, schema: CORE_SCHEMA })[0];
    } catch (err) {
      return `error: ${(err as Error).name}`;
    }
  };
  const yaml = (text: string): unknown => {
    try {
      return parseYaml(text, { uniqueKeys: true, logLevel: 'error' });
    } catch (err) {
      return `error: ${(err as Error).name}`;
    }
  };

  it.each([
    ['blank lines after an escaped line break', 'a: "x\\\n\n  y"\n', { a: 'xy' }, { a: 'x y' }],
    [
      'a key after a quoted item on its line',
      "b:\n- 'x'  k: 1\n",
      { b: ['x'], k: 1 },
      'error: YAMLParseError',
    ],
    ['a null key', 'null: 1\n', { null: 1 }, { '': 1 }],
    [
      'a plain value under a comment with no space after #',
      '-\n#x\n a\n- b\n',
      ['a', 'b'],
      ['a - b'],
    ],
    ['a float past the largest double', 'a: 1e400\n', { a: '1e400' }, { a: Infinity }],
    [
      'an integer past the largest double',
      `a: ${'9'.repeat(400)}\n`,
      { a: '9'.repeat(400) },
      { a: Infinity },
    ],
  ])('%s', (_, text, byJsYaml, byYaml) => {
    expect(jsYaml(text)).toEqual(byJsYaml);
    expect(yaml(text)).toEqual(byYaml);
    expect(readingDifferences(text)).toEqual([]);
  });

  it('two ... lines: yaml counts a second, empty document', () => {
    const text = 'a: 1\n...\n...\n';
    expect(parseEvents(text, {}).filter((e) => e.type === 1)).toHaveLength(1);
    expect(() => YamlSource.parseWithYaml(text)).toThrow(/several YAML documents/);
    expect(readingDifferences(text)).toEqual([]);
  });

  it('a --- after spaces on the first line: js-yaml starts a document there', () => {
    const text = " --- # c\n'x'\n";
    expect(jsYaml(text)).toBe('x');
    expect(() => YamlSource.parseWithYaml(text)).toThrow(/unexpected single-quoted-scalar/);
    expect(readingDifferences(text)).toEqual([]);
  });

  it('a byte order mark then an indented mapping: yaml does not count the indent', () => {
    const text = '\uFEFF a: 1\n b: 2\n';
    expect(jsYaml(text)).toEqual({ a: 1, b: 2 });
    expect(() => YamlSource.parseWithYaml(text)).toThrow(/same column/);
    expect(readingDifferences(text)).toEqual([]);
  });
});

describe('the two readings agree', () => {
  it('on every YAML file and inline YAML string in the repository', () => {
    const files = [
      'action.yml',
      ...filesUnder('examples', /\.ya?ml$/),
      ...filesUnder('.github', /\.ya?ml$/),
      ...filesUnder('__tests__', /\.ya?ml$/),
    ];
    const texts = [
      ...files.map((f) => readFileSync(f, 'utf8')),
      ...filesUnder('__tests__', /\.ts$/).flatMap(inlineYaml),
    ];
    expect(texts.length).toBeGreaterThan(300);
    expect(disagreements(texts)).toEqual({});
    // Both paths must be exercised for the comparison to mean something.
    expect(share(texts, takesFastPath)).toBeGreaterThan(0.3);
    expect(share(texts, (t) => !takesFastPath(t))).toBeGreaterThan(0.1);
  });

  it('on every scalar form, as a key and as a value, plain and quoted, block and flow', () => {
    const texts = PLAIN_FORMS.flatMap((form) => {
      const quoted = [`'${form.replace(/'/g, "''")}'`, JSON.stringify(form)];
      return [form, ...quoted].flatMap((s) => [
        `k: ${s}\n`,
        `${s}: v\n`,
        `- ${s}\n`,
        `[${s}]`,
        `{${s}: ${s}}`,
        `a:\n  - ${s}\n  - {k: ${s}} # c\n`,
      ]);
    });
    expect(disagreements(texts)).toEqual({});
    expect(share(texts, takesFastPath)).toBeGreaterThan(0.9);
  });

  it.each([62, 63, 64, 65])('at %i levels of nesting, block and flow', (levels) => {
    const block = Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k:`).join('\n');
    const texts = [
      `${block} v\n`,
      `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}-`).join('\n')} x\n`,
      `a: ${'['.repeat(levels - 1)}x${']'.repeat(levels - 1)}\n`,
      `${'{a: '.repeat(levels)}x${'}'.repeat(levels)}\n`,
    ];
    expect(disagreements(texts)).toEqual({});
  });

  it('at the key length yaml allows', () => {
    const texts = [1000, 1020, 1024, 1025, 1030].map((n) => `${'k'.repeat(n)}: v\n`);
    expect(disagreements(texts)).toEqual({});
  });

  it(`on ${RUNS} generated documents, nearly all plain`, () => {
    const random = rng(SEED);
    const texts = Array.from({ length: RUNS }, () => plainDocument(random));
    expect(disagreements(texts)).toEqual({});
    expect(share(texts, takesFastPath)).toBeGreaterThan(0.7);
  });

  it(`on ${RUNS} mutations of them, errors included`, () => {
    const random = rng(SEED + 1);
    const texts = Array.from({ length: RUNS }, () => mutateYaml(random, plainDocument(random)));
    expect(disagreements(texts)).toEqual({});
    expect(share(texts, takesFastPath)).toBeGreaterThan(0.1);
    expect(share(texts, readsAsError)).toBeGreaterThan(0.2);
  });

  it('on generated matrix files, as block YAML and as JSON', () => {
    const docs = fc.sample(fc.tuple(matrixDocArb, textStyleArb), { seed: 3, numRuns: 200 });
    const texts = docs.map(([doc, style]) => toText(doc, style));
    expect(disagreements(texts)).toEqual({});
    expect(share(texts, takesFastPath)).toBeGreaterThan(0.5);
  });
});

describe('plain scalars', () => {
  // yaml's own core-schema tags, in the order its composer tries them: the reference.
  type PlainTag = { test: RegExp; resolve: (s: string, onError: () => void, o: object) => unknown };
  const tags = new Schema({ schema: 'core' }).tags.filter(
    (t) => t.default === true && 'test' in t && t.test,
  ) as unknown as PlainTag[];
  const yamlValue = (source: string): unknown => {
    for (const t of tags) {
      if (!t.test.test(source)) continue;
      const v = t.resolve(source, () => undefined, {});
      return isScalar(v) ? v.value : v;
    }
    return source;
  };
  const edges = [
    ...['', '~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'true', 'True', 'TRUE', 'tRUE', 'false'],
    ...['False', 'FALSE', 'yes', 'on', '0o17', '0o8', '0O17', '0x1F', '0X1f', '0xg', '0x', '-0'],
    ...['+12', '012', '-007', '1e3', '1E-3', '-1.5e+10', '.5', '5.', '1.0', '3.10', '1.', '.'],
    ...['.inf', '-.Inf', '+.INF', '.iNF', '.nan', '.NaN', '.NAN', '-.nan', '1_000', '0b101'],
    ...['12345678901234567890', '9007199254740993', '1e400', '-1e400', '+', '-', 'e3', '1e'],
  ];

  it("resolve as yaml resolves them, on every tag's edges and on random strings", () => {
    for (const s of edges) expect([s, resolvePlain(s)]).toEqual([s, yamlValue(s)]);
    const chars = '0123456789+-.eExXoO_aAfFnNtTlLrRuUsSiI~ ';
    const text = fc.string({ unit: fc.constantFrom(...chars), maxLength: 8 });
    fc.assert(
      fc.property(text, (s) => Object.is(resolvePlain(s), yamlValue(s))),
      { numRuns: 20_000 },
    );
  });
});

describe("yaml's document model, loaded on need", () => {
  it('is not loaded for a plain file; another file asks for it, and withYaml loads it', async () => {
    await jest.isolateModulesAsync(async () => {
      const m = await import('../src/core/yaml-source.js');
      expect(m.YamlSource.parse('a: 1\n').value).toEqual({ a: 1 });
      expect(() => m.YamlSource.parse('a: &x 1\nb: *x\n')).toThrow(m.YamlNotLoaded);
      const value = await m.withYaml(() => m.YamlSource.parse('a: &x 1\nb: *x\n').value);
      expect(value).toEqual({ a: 1, b: 1 });
      // A syntax error is not a reason to load anything: it is reported as one.
      await expect(m.withYaml(() => m.YamlSource.parse('a: [\n'))).rejects.toThrow(
        m.YamlSyntaxError,
      );
    });
  });
});
