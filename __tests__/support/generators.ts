/**
 * fast-check arbitraries shared by the property and fuzz tests: random VALID
 * matrix documents (docs/rules.md) and changed-file lists that partly hit the
 * rules and partly are noise.
 *
 * Every generated document must load without errors: the property tests
 * assert that, so a generator change that produces an invalid file fails
 * loudly instead of silently testing less.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Fields = { [key: string]: Json };

export interface MatrixDoc {
  include: Fields[];
  includeDarwin?: Fields[];
  rules?: Fields;
}

/** Where the action looks by default; the tests plan with this as `matrixPath`. */
export const MATRIX_PATH = '.github/backend-matrix.yml';

/** A small pool, so several entries share a backend. `constructor` catches `{}` lookups. */
export const BACKENDS = [
  'vllm',
  'diffusers',
  'whisper',
  'llama-cpp',
  'turboquant',
  'mlx',
  'rerankers',
  'b.2',
  'x_y',
  'constructor',
] as const;
export const LANGS = ['python', 'go', 'cpp'] as const;
export const DOCKERFILES = [
  './backend/Dockerfile.python',
  'backend/Dockerfile.python',
  './backend/Dockerfile.golang',
  './backend/Dockerfile.llama-cpp',
  './backend/Dockerfile.turboquant',
] as const;

/** Strings that YAML, JSON, shells, Markdown or GITHUB_OUTPUT could misread. */
export const ODD_STRINGS = [
  '',
  ' ',
  'true',
  'no',
  'null',
  '~',
  '0x1F',
  '1e3',
  '.inf',
  'a: b',
  '- x',
  '#c',
  '*x',
  '&a',
  '!tag',
  '%x',
  '@x',
  '`x`',
  '{x}',
  '[x]',
  'ünï',
  '${{ x }}',
  'multi\nline',
  ' lead',
  'trail ',
  'x=y',
  'a<<b',
  "'s'",
  '\\',
  '---',
  '...',
  '<img src=x>',
  'ghadelimiter_0',
] as const;

const EXTRA_KEYS = [
  'build-type',
  'cuda-major-version',
  'runs-on',
  'base-image',
  'skip-drivers',
  'platforms',
  'context',
  'ubuntu-version',
  'notes',
  'nested',
  'os', // shadowed in selectors: a warning, never an error
] as const;

const scalarArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A field value of any JSON type, nested a little. */
export const valueArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: scalarArb },
  { weight: 1, arbitrary: fc.array(scalarArb, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'c d', 'é'), scalarArb, { maxKeys: 3 }),
  },
);

const extrasArb: fc.Arbitrary<[string, Json][]> = fc.array(
  fc.tuple(fc.constantFrom(...EXTRA_KEYS), valueArb),
  { maxLength: 3 },
);

interface ImageSpec {
  /** `pair`: amd64 + arm64 legs sharing a tag-suffix; `*-only`: a one-leg group (a warning). */
  kind: 'single' | 'pair' | 'amd64-only' | 'arm64-only';
  backend: string;
  dockerfile: string | number | undefined;
  tagLatest: Json | undefined;
  /** Single-arch entries may spell "no platform-tag" as '' or null. */
  blankPlatformTag: '' | null | undefined;
  /** A single-arch entry reusing a multi-arch image's tag-suffix (a warning). */
  reuseSuffix: boolean;
  lang: string | undefined;
  buildType: string | undefined;
  extras: [string, Json][];
  extrasFirst: boolean;
}

const imageArb: fc.Arbitrary<ImageSpec> = fc.record({
  kind: fc.constantFrom('single', 'single', 'pair', 'pair', 'amd64-only', 'arm64-only'),
  backend: fc.constantFrom(...BACKENDS),
  dockerfile: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...DOCKERFILES) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(7) },
  ),
  tagLatest: fc.option(fc.constantFrom<Json>('auto', 'false', 'true', false, '', null), {
    nil: undefined,
  }),
  blankPlatformTag: fc.constantFrom<'' | null | undefined>(undefined, undefined, '', null),
  reuseSuffix: fc.constantFrom(false, false, false, true),
  lang: fc.option(fc.constantFrom('python', 'go', 'cpp', ''), { nil: undefined, freq: 2 }),
  buildType: fc.option(fc.constantFrom('cublas', 'hipblas', ''), { nil: undefined, freq: 2 }),
  extras: extrasArb,
  extrasFirst: fc.boolean(),
});

/** A seeded Fisher–Yates shuffle (deterministic for a given seed). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = (seed >>> 0) + 0x9e3779b9;
  const next = (): number => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function entryOf(
  img: ImageSpec,
  suffix: string,
  platformTag: string | null | undefined,
  latest: Json | undefined,
): Fields {
  const core: [string, Json][] = [['backend', img.backend]];
  if (img.dockerfile !== undefined) core.push(['dockerfile', img.dockerfile]);
  if (platformTag) core.push(['platforms', `linux/${platformTag}`]);
  if (platformTag !== undefined) core.push(['platform-tag', platformTag]);
  core.push(['tag-suffix', suffix]);
  if (latest !== undefined) core.push(['tag-latest', latest]);
  if (img.lang !== undefined) core.push(['lang', img.lang]);
  if (img.buildType !== undefined) core.push(['build-type', img.buildType]);
  const taken = new Set(core.map(([k]) => k));
  const extras = img.extras.filter(([k]) => !taken.has(k));
  const entry: Fields = {};
  for (const [k, v] of img.extrasFirst ? [...extras, ...core] : [...core, ...extras]) entry[k] = v;
  return entry;
}

function linuxEntries(images: readonly ImageSpec[], disagree: readonly boolean[]): Fields[] {
  const out: Fields[] = [];
  const multi: string[] = [];
  const reused = new Set<string>();
  images.forEach((img, i) => {
    let suffix = `-i${i}-${img.backend}`;
    switch (img.kind) {
      case 'single': {
        const shared = multi[i % Math.max(1, multi.length)];
        if (img.reuseSuffix && shared && !reused.has(shared)) {
          reused.add(shared);
          suffix = shared;
        }
        out.push(entryOf(img, suffix, img.blankPlatformTag, img.tagLatest));
        break;
      }
      case 'pair': {
        multi.push(suffix);
        out.push(entryOf(img, suffix, 'amd64', img.tagLatest));
        const second = disagree[i] ? (img.tagLatest === 'auto' ? 'false' : 'auto') : img.tagLatest;
        out.push(entryOf(img, suffix, 'arm64', second));
        break;
      }
      default:
        multi.push(suffix);
        out.push(
          entryOf(img, suffix, img.kind === 'amd64-only' ? 'amd64' : 'arm64', img.tagLatest),
        );
    }
  });
  return out;
}

const darwinArb = fc.record({
  backend: fc.constantFrom(...BACKENDS),
  lang: fc.option(fc.constantFrom<Json>('python', 'go', 'cpp', '', null), { nil: undefined }),
  extras: extrasArb,
});

/** Sources rules: `{backend}`/`{lang}` templates, dockerfile selectors, negations, extglobs. */
export const SOURCE_RULES: Fields[] = [
  { if: { os: 'darwin', backend: ['llama-cpp', 'mlx'] }, paths: ['backend/cpp/{backend}/**'] },
  { if: { dockerfile: '**/Dockerfile.python' }, paths: ['backend/python/{backend}/**'] },
  {
    if: { dockerfile: '**/Dockerfile.golang' },
    paths: ['backend/go/{backend}/**', '!**/*_test.go'],
  },
  {
    if: { dockerfile: '**/Dockerfile.{turboquant,llama-cpp}' },
    paths: ['backend/cpp/{backend}/**', 'backend/cpp/llama-cpp/**'],
  },
  { if: { os: 'darwin' }, paths: ['backend/{lang}/{backend}/**'] },
  { if: { backend: '!(vllm|whisper)' }, paths: ['backend/misc/{backend}/*.{c,h}'] },
  { if: { backend: ['!vllm', '!mlx'], lang: null }, paths: 'other/{backend}/**' },
  { if: { lang: '*' }, paths: ['langs/{lang}/**'] },
  { if: { lang: 'python' }, paths: ['**/{backend}/*.ipynb'] },
  { if: { 'build-type': ['cublas', null] }, paths: ['gpu/{build-type}/{backend}/**'] },
  { paths: ['backend/{backend}/**', '!backend/{backend}/docs/**'] },
];

/** Shared rules: all / none / selectors / linux-darwin forms, narrow rules before broad ones. */
export const SHARED_RULES: Fields[] = [
  {
    paths: ['backend/python/common/**'],
    rebuild: { linux: { dockerfile: '**/Dockerfile.python' }, darwin: { lang: null } },
  },
  { paths: ['scripts/build/special.sh'], rebuild: { backend: 'whisper' } },
  { paths: ['scripts/build/**', '!**/*_test.sh'], rebuild: 'all' },
  { paths: ['backend/backend.proto'], rebuild: { linux: 'all' } },
  { paths: ['Makefile'], rebuild: 'none' },
  { paths: 'docs/build.txt', rebuild: { darwin: 'all', linux: 'none' } },
  { paths: ['go.mod', 'go.sum'], rebuild: { dockerfile: ['**/Dockerfile.golang', '!**/x'] } },
  {
    paths: ['backend/cpp/common/**'],
    rebuild: { linux: { backend: ['llama-cpp', 'turboquant'] }, darwin: 'all' },
  },
  { paths: ['backend/*.yaml'], rebuild: { lang: ['python', 'go'], backend: '!diffusers' } },
];

const IGNORES: (Json | undefined)[] = [undefined, ['**/*.md'], ['docs/**', '**/*.txt']];

const rulesArb: fc.Arbitrary<Fields | undefined> = fc.option(
  fc
    .record({
      ignore: fc.constantFrom(...IGNORES),
      sources: fc.shuffledSubarray(SOURCE_RULES, { maxLength: 6 }),
      shared: fc.shuffledSubarray(SHARED_RULES, { maxLength: 5 }),
      omitShared: fc.boolean(),
    })
    .map(({ ignore, sources, shared, omitShared }) => {
      const rules: Fields = {};
      if (ignore !== undefined) rules.ignore = ignore;
      rules.sources = sources;
      if (!omitShared || shared.length) rules.shared = shared;
      return rules;
    }),
  { nil: undefined, freq: 6 },
);

/** A random valid matrix document. */
export const matrixDocArb: fc.Arbitrary<MatrixDoc> = fc
  .record({
    images: fc.array(imageArb, { maxLength: 14 }),
    disagree: fc.array(fc.constantFrom(false, false, false, true), {
      minLength: 14,
      maxLength: 14,
    }),
    darwin: fc.array(darwinArb, { maxLength: 5 }),
    darwinKey: fc.constantFrom('absent', 'empty', 'list', 'list'),
    rules: rulesArb,
    shuffle: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ images, disagree, darwin, darwinKey, rules, shuffle }) => {
    const linux = linuxEntries(images, disagree);
    const doc: MatrixDoc = { include: shuffle === undefined ? linux : shuffled(linux, shuffle) };
    if (darwinKey !== 'absent') {
      doc.includeDarwin =
        darwinKey === 'empty'
          ? []
          : darwin.map((d, i) => {
              const e: Fields = { backend: d.backend, 'tag-suffix': `-metal-${i}-${d.backend}` };
              if (d.lang !== undefined) e.lang = d.lang;
              for (const [k, v] of d.extras) if (!(k in e)) e[k] = v;
              return e;
            });
    }
    if (rules) doc.rules = rules;
    return doc;
  });

export type TextStyle = 'yaml' | 'json' | 'compact';
export const textStyleArb = fc.constantFrom<TextStyle>('yaml', 'yaml', 'json', 'compact');

/** The document as a file: block YAML, pretty JSON or one-line JSON (JSON is YAML). */
export function toText(doc: MatrixDoc, style: TextStyle): string {
  if (style === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  if (style === 'compact') return JSON.stringify(doc);
  return dump(doc);
}

/** The fields as JSON sees them (what the outputs carry). */
export const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ---------------------------------------------------------------------------
// Changed files.

const MATCHING_TEMPLATES: ((b: string, l: string) => string)[] = [
  (b) => `backend/python/${b}/main.py`,
  (b) => `backend/go/${b}/main.go`,
  (b) => `backend/go/${b}/main_test.go`,
  (b) => `backend/cpp/${b}/src/x.cpp`,
  () => 'backend/cpp/llama-cpp/common.h',
  (b, l) => `backend/${l}/${b}/x`,
  (b) => `backend/misc/${b}/a.c`,
  (b) => `backend/misc/${b}/a.txt`,
  (b) => `other/${b}/f`,
  (b) => `backend/${b}/Makefile`,
  (b) => `backend/${b}/docs/x.md`,
  (b) => `backend/${b}/docs/y.html`,
  (b) => `gpu/cublas/${b}/k.cu`,
  (b) => `./backend/python/${b}/x.py`,
  (_, l) => `langs/${l}/x`,
  (b) => `notebooks/${b}/x.ipynb`,
];

export const SHARED_PATHS = [
  'backend/python/common/util.py',
  'scripts/build/a.sh',
  'scripts/build/a_test.sh',
  'scripts/build/special.sh',
  'backend/backend.proto',
  'Makefile',
  'go.mod',
  'go.sum',
  'docs/build.txt',
  'backend/cpp/common/x.h',
  'backend/index.yaml',
  'README.md',
  'backend/python/vllm/README.md',
  '.github/workflows/ci.yml',
] as const;

/** Odd characters, `..`, absolute paths, unicode, empty strings, `./` prefixes. */
export const NOISE_PATHS = [
  '',
  ' ',
  ' \t ',
  '..',
  '.',
  './',
  '/',
  '../backend/python/vllm/x.py',
  '/abs/backend/python/vllm/x.py',
  '/backend/python/vllm/x.py',
  './backend/python/vllm/x.py',
  '././scripts/build/a.sh',
  './/backend/Dockerfile.python',
  'backend//python/vllm/x.py',
  'backend/python/vllm/../whisper/x.py',
  'backend/python/./vllm/x.py',
  'ünïcödé/файл.py',
  '日本/語.txt',
  '🐳/Dockerfile',
  'backend\\python\\vllm\\x.py',
  'a b/c d',
  '*',
  '**',
  '{a,b}',
  '!backend/python/vllm/x.py',
  '[',
  '"backend/python/vllm/x.py"',
  'backend/python/vllm/x.py\r',
  'x\ty',
  '\u0000',
  'nul\u0000byte',
  '\ud800lone',
  'backend/python/vllm/',
  'backend/python/common',
  '~/.ssh/id_rsa',
  '%2e%2e/x',
  'C:\\x',
  '<img src=x onerror=alert(1)>',
] as const;

export interface ChangeOptions {
  /** Include the matrix file itself (a matrix edit). */
  matrixPath?: boolean;
  maxLength?: number;
  /** Draw many paths from this document's own entries, so rules fire often. */
  doc?: MatrixDoc;
}

/** One changed path: mostly ones the rules react to, some noise. */
export function changedFileArb(opts: ChangeOptions = {}): fc.Arbitrary<string> {
  const arbs: fc.WeightedArbitrary<string>[] = [
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...MATCHING_TEMPLATES),
          fc.constantFrom(...BACKENDS),
          fc.constantFrom(...LANGS),
        )
        .map(([t, b, l]) => t(b, l)),
    },
    { weight: 3, arbitrary: fc.constantFrom(...SHARED_PATHS) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...DOCKERFILES), fc.boolean())
        .map(([d, strip]) => (strip ? d.replace(/^\.\//, '') : d)),
    },
    { weight: 2, arbitrary: fc.constantFrom(...NOISE_PATHS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
  ];
  const entries = [...(opts.doc?.include ?? []), ...(opts.doc?.includeDarwin ?? [])];
  if (entries.length) {
    arbs.push({
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...MATCHING_TEMPLATES), fc.constantFrom(...entries))
        .map(([t, e]) =>
          t(String(e.backend), typeof e.lang === 'string' && e.lang ? e.lang : 'go'),
        ),
    });
  }
  if (opts.matrixPath)
    arbs.push({ weight: 1, arbitrary: fc.constantFrom(MATRIX_PATH, `./${MATRIX_PATH}`) });
  return fc.oneof(...arbs);
}

export function changeListArb(opts: ChangeOptions = {}): fc.Arbitrary<string[]> {
  return fc.array(changedFileArb(opts), { maxLength: opts.maxLength ?? 16, size: 'medium' });
}

/** Whether a changed path names the matrix file (as the action decides it). */
export const isMatrixPath = (f: string): boolean =>
  f.trim().replace(/^(\.\/)+/, '') === MATRIX_PATH;
