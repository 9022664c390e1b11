/**
 * The bundled action, run as the runner runs it (dist/index.js in a child
 * process with INPUT_* variables and the runner's files).
 */
import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DECLARED_OUTPUTS } from '../src/core/outputs.js';
import { INPUTS } from '../src/action/settings.js';
import { renderSummary } from '../src/action/summary.js';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { plan } from '../src/core/plan.js';
import { Annotations } from '../src/action/annotations.js';
import {
  parseAnnotations,
  parseOutputFile,
  runAction,
  type ActionRun,
} from './support/run-action.js';
import { demo } from './support/fixtures.js';

const MATRIX = '.github/backend-matrix.yml';
const files = { [MATRIX]: JSON.stringify(demo, null, 2) };
const suffixes = (json: string | undefined): string[] =>
  (JSON.parse(json ?? '{"include":[]}') as { include: { 'tag-suffix': string }[] }).include.map(
    (e) => e['tag-suffix'],
  );

describe('dist/index.js', () => {
  it('filters by an explicit newline-separated change list', async () => {
    const r = await runAction({
      files,
      inputs: { 'changed-files': 'backend/python/vllm/a.py\nREADME.md\n' },
      eventName: 'pull_request',
    });
    expect(r.code).toBe(0);
    const o = r.outputs!;
    expect(o['run-all']).toBe('false');
    expect(suffixes(o['matrix-singlearch'])).toEqual(['-gpu-vllm']);
    expect(suffixes(o['matrix-multiarch'])).toEqual(['-cpu-vllm', '-cpu-vllm']);
    expect(o['merge-matrix-multiarch']).toBe(
      '{"include":[{"tag-suffix":"-cpu-vllm","tag-latest":"auto"}]}',
    );
    expect(o['has-backends-darwin']).toBe('false');
    expect(o['changed-backends']).toBe('["vllm"]');
    expect([o.vllm, o.whisper]).toEqual(['true', 'false']);
    expect(r.summary).toContain('**3 of 9 entries selected.**');
    expect(r.summary).toContain('rules.sources&#91;1&#93;: backend/python/vllm/a.py');
    expect(r.stderr).toBe('');
  });

  it('accepts a JSON array of changed files', async () => {
    const r = await runAction({
      files,
      inputs: { 'changed-files': '["backend/go/whisper/x.go"]' },
    });
    expect(suffixes(r.outputs!['matrix-singlearch'])).toEqual(['-cpu-whisper']);
  });

  it('selects nothing with gates false and says so', async () => {
    const r = await runAction({ files, inputs: { 'changed-files': 'docs/index.html' } });
    expect(r.code).toBe(0);
    expect(r.outputs!['has-backends-singlearch']).toBe('false');
    expect(r.outputs!['matrix-singlearch']).toBe('{"include":[]}');
    expect(r.summary).toContain('**Nothing to build:**');
  });

  it.each<[string, Parameters<typeof runAction>[0], string]>([
    ['force-all', { inputs: { 'force-all': 'true', 'changed-files': 'x' } }, 'force-all is set'],
    [
      'a tag push',
      { env: { GITHUB_REF: 'refs/tags/v1.2.0' }, eventName: 'push' },
      'a tag push (refs/tags/v1.2.0) builds every image',
    ],
    ['a schedule', { eventName: 'schedule' }, 'the schedule event has no diff to filter by'],
    [
      'workflow_dispatch via the event-name input',
      { inputs: { 'event-name': 'workflow_dispatch' }, eventName: 'push' },
      'the workflow_dispatch event has no diff to filter by',
    ],
  ])('%s builds everything', async (_, c, cause) => {
    const r = await runAction({ files, ...c });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    expect(suffixes(r.outputs!['matrix-singlearch'])).toEqual([
      '-gpu-vllm',
      '-gpu-diffusers',
      '-cpu-whisper',
      '-cpu-llama-cpp',
      '-cpu-turboquant',
    ]);
    expect(suffixes(r.outputs!['matrix-darwin'])).toHaveLength(2);
    expect(r.summary).toContain(`**Building everything:** ${cause}`);
  });

  it('shards the single-arch matrix', async () => {
    const r = await runAction({ files, inputs: { 'force-all': 'true', 'singlearch-shards': '2' } });
    const o = r.outputs!;
    expect(o['matrix-singlearch']).toBeUndefined();
    expect(suffixes(o['matrix-singlearch-1'])).toEqual([
      '-gpu-vllm',
      '-gpu-diffusers',
      '-cpu-whisper',
    ]);
    expect(suffixes(o['matrix-singlearch-2'])).toEqual(['-cpu-llama-cpp', '-cpu-turboquant']);
    expect(o['has-merges-singlearch-2']).toBe('true');
  });

  it('fails over max-jobs, naming the shards needed, and writes no outputs', async () => {
    const r = await runAction({ files, inputs: { 'force-all': 'true', 'max-jobs': '2' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toBeUndefined();
    expect(r.annotations.map((a) => a.message)).toEqual([
      'matrix-singlearch has 5 jobs, over max-jobs (2): set singlearch-shards to at least 3',
    ]);
  });

  it('reports matrix file errors as annotations at file, line and column, with no outputs', async () => {
    const text =
      'include:\n  - backend: ok\n    tag-suffix: -ok\n  - backend: "bad name"\n    tag-suffix: -b\n';
    const r = await runAction({ files: { [MATRIX]: text }, inputs: { 'changed-files': 'x' } });
    expect(r.code).toBe(1);
    expect(r.outputs).toBeUndefined();
    expect(r.annotations[0]).toEqual({
      level: 'error',
      props: { title: 'backend-matrix: matrix file', file: MATRIX, line: '4', col: '14' },
      message:
        '`backend` "bad name" is not allowed: a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
    });
    expect(r.annotations[1].message).toBe(`${MATRIX} has 1 error(s); see the annotations above`);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it.each<[string, Parameters<typeof runAction>[0], string]>([
    [
      'a missing matrix file',
      { files: {} },
      `matrix file ${MATRIX} not found in the workspace: check out the repository first, or set matrix-file`,
    ],
    [
      'a matrix file outside the workspace',
      { inputs: { 'matrix-file': '../etc/passwd' } },
      'matrix-file "../etc/passwd" must be a path inside the workspace, relative to it (like .github/backend-matrix.yml)',
    ],
    [
      'an absolute matrix file',
      { inputs: { 'matrix-file': '/etc/passwd' } },
      'matrix-file "/etc/passwd" must be a path inside the workspace, relative to it (like .github/backend-matrix.yml)',
    ],
    [
      'a bad shard count',
      { inputs: { 'singlearch-shards': '0' } },
      'singlearch-shards must be a whole number from 1 to 256, not "0"',
    ],
    [
      'a bad boolean',
      { inputs: { 'force-all': 'yes' } },
      'force-all must be true or false, not "yes"',
    ],
    [
      'a bad diff-source',
      { inputs: { 'diff-source': 'svn' } },
      'diff-source must be one of auto, api, git, not "svn"',
    ],
    [
      'a bad JSON change list',
      { inputs: { 'changed-files': '["a",' } },
      'changed-files looks like a JSON array but is not valid JSON',
    ],
  ])('%s is a clear error', async (_, c, message) => {
    const r = await runAction({ files, ...c });
    expect(r.code).toBe(1);
    expect(r.outputs).toBeUndefined();
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0].level).toBe('error');
    expect(r.annotations[0].message.startsWith(message)).toBe(true);
  });

  it('writes byte-identical outputs for the same inputs', async () => {
    const c = { files, inputs: { 'changed-files': 'scripts/build/x.sh' } };
    const [a, b] = await Promise.all([runAction(c), runAction(c)]);
    expect(JSON.stringify(a.outputs)).toBe(JSON.stringify(b.outputs));
    expect(a.summary).toBe(b.summary);
  });
});

describe('the runner output format', () => {
  it('parses name=value and heredoc blocks', () => {
    expect(parseOutputFile('a=1\nb<<EOF\nx\ny=z\nEOF\nc=\n')).toEqual({
      a: '1',
      b: 'x\ny=z',
      c: '',
    });
  });
});

describe('action.yml', () => {
  const yml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the outputs of the table in src/core/outputs.ts', () => {
    expect(Object.keys(yml.outputs)).toEqual([...DECLARED_OUTPUTS]);
  });

  it('declares exactly the inputs the settings read, with the same defaults', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual(Object.keys(INPUTS).sort());
    for (const [name, fallback] of Object.entries(INPUTS)) {
      const declared = String(yml.inputs[name].default ?? '');
      // An expression default is the runner's to fill; without it the settings fall back to ''.
      if (/^\$\{\{.*\}\}$/.test(declared)) expect([name, fallback]).toEqual([name, '']);
      else expect([name, declared]).toEqual([name, fallback]);
    }
    expect(yml.inputs.audit.default).toBe('true');
  });

  it('runs dist/index.js on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('annotations within what GitHub shows (10 per level per step)', () => {
  const notices = (r: ActionRun): string[] =>
    r.annotations.filter((a) => a.level === 'notice').map((a) => a.message);

  it('25 distinct warnings: 10 annotations, one notice for the other 15, all 25 in the summary', async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `extra-${String(i + 1).padStart(2, '0')}`);
    const doc = { ...demo, ...Object.fromEntries(keys.map((k) => [k, 1])) };
    const r = await runAction({
      files: { [MATRIX]: JSON.stringify(doc, null, 2) },
      inputs: { 'force-all': 'true' },
    });
    expect(r.code).toBe(0);
    const warnings = r.annotations.filter((a) => a.level === 'warning');
    expect(warnings.map((a) => a.message)).toEqual(
      keys.slice(0, 10).map((k) => expect.stringContaining(`"${k}"`)),
    );
    expect(notices(r)).toEqual([
      '15 more warnings are not shown as annotations (GitHub shows 10 per step); the step summary lists them all',
    ]);
    for (const k of keys) expect(r.summary).toContain(`unknown top-level key "${k}"`);
  });

  it('25 errors: 9 annotations and the failure, one notice for the other 16, all in the summary', async () => {
    const include = Array.from({ length: 25 }, (_, i) => ({
      backend: `bad name ${i}`,
      'tag-suffix': `-t${i}`,
    }));
    const r = await runAction({
      files: { [MATRIX]: JSON.stringify({ include }, null, 2) },
      inputs: { 'force-all': 'true' },
    });
    expect([r.code, r.outputs]).toEqual([1, undefined]);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((m) => m.startsWith('`backend` "bad name'))).toBe(true);
    expect(errors[9]).toBe(`${MATRIX} has 25 error(s); see the annotations above`);
    expect(notices(r)).toEqual([
      '16 more errors are not shown as annotations (GitHub shows 10 per step); the step summary lists them all',
    ]);
    expect(r.summary).toContain(`**Failed:** ${MATRIX} has 25 error(s)`);
    for (let i = 0; i < 25; i++) expect(r.summary).toContain(`bad name ${i}"`);
  });
});

describe('the audit input', () => {
  const files2 = { [MATRIX]: JSON.stringify(demo, null, 2) };

  it('runs the Dockerfile audit by default, in its own log group, and not with audit: false', async () => {
    const [on, off] = await Promise.all([
      runAction({ files: files2, inputs: { 'force-all': 'true' } }),
      runAction({ files: files2, inputs: { 'force-all': 'true', audit: 'false' } }),
    ]);
    expect([on.code, off.code]).toEqual([0, 0]);
    expect(on.stdout).toContain('::group::Dockerfile audit');
    expect(off.stdout).not.toContain('::group::Dockerfile audit');
    expect(off.outputs).toEqual(on.outputs);
  });

  it('is a boolean', async () => {
    const r = await runAction({ files: files2, inputs: { audit: 'sometimes' } });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      'audit must be true or false, not "sometimes"',
    ]);
  });
});

describe('the log', () => {
  const files2 = { [MATRIX]: JSON.stringify(demo, null, 2) };
  const TOKEN = 'ghs_debugTokenNotShown_123456';

  it('prints the resolved settings, without the token, as debug lines when RUNNER_DEBUG is set', async () => {
    const c = { files: files2, inputs: { 'force-all': 'true', token: TOKEN } };
    const [plain, debug] = await Promise.all([
      runAction(c),
      runAction({ ...c, env: { RUNNER_DEBUG: '1' } }),
    ]);
    expect(plain.stdout).not.toContain('::debug::');
    const line = debug.stdout.split('\n').find((l) => l.startsWith('::debug::settings: '));
    const settings = JSON.parse(line!.slice('::debug::settings: '.length)) as Record<
      string,
      unknown
    >;
    expect(settings).toMatchObject({
      matrixFile: MATRIX,
      forceAll: true,
      token: '(set, not shown)',
    });
    expect(line).not.toContain(TOKEN);
  });

  it('groups the matrix file, the change detection and the plan', async () => {
    const r = await runAction({
      files: files2,
      inputs: { 'changed-files': 'backend/python/vllm/a.py' },
    });
    const groups = r.stdout.split('\n').filter((l) => l.startsWith('::group::'));
    expect(groups).toEqual([
      `::group::Matrix file ${MATRIX}`,
      '::group::Changed files',
      '::group::Plan',
      '::group::Dockerfile audit',
    ]);
    expect(r.stdout.match(/^::endgroup::$/gm)).toHaveLength(4);
  });
});

describe('the step summary at 6,000 entries', () => {
  it('says a long run-all cause once and stays under 1 MiB', async () => {
    const include = Array.from({ length: 6000 }, (_, i) => ({
      backend: `b${i % 300}`,
      'tag-suffix': `-e${i}`,
    }));
    const eventName = `custom_${'x'.repeat(1500)}`;
    const r = await runAction({
      files: { [MATRIX]: JSON.stringify({ include }) },
      inputs: { 'event-name': eventName, 'singlearch-shards': '30', audit: 'false' },
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1_048_576);
    expect(r.summary.split(eventName)).toHaveLength(3); // the event line and the cause
    expect(r.summary).toContain(`**Building everything:** the ${eventName} event has no diff`);
    expect(r.summary.match(/^\| -e\d+ \|/gm)).toHaveLength(6000);
  }, 90_000);
});

describe('renderSummary', () => {
  const planOf = (doc: object, change: Parameters<typeof plan>[0]['change']) =>
    plan({
      matrix: loadMatrixFile(JSON.stringify(doc), MATRIX),
      matrixPath: MATRIX,
      change,
      shards: 30,
      maxJobs: 256,
    });
  const ctx = { eventName: 'push', source: 'input', total: 6000, findings: [], audit: '' };

  it('cuts per-entry detail near 1 MiB, with a note and a count', () => {
    const include = Array.from({ length: 6000 }, (_, i) => ({
      backend: `b${i % 300}`,
      'tag-suffix': `-e${i}`,
    }));
    const file = `scripts/build/${'long-directory-name/'.repeat(80)}x.sh`;
    const p = planOf(
      {
        include,
        rules: {
          sources: [{ paths: ['backend/{backend}/**'] }],
          shared: [{ paths: ['scripts/**'], rebuild: 'all' }],
        },
      },
      { kind: 'files', files: [file] },
    );
    expect(p.selected).toHaveLength(6000);
    const s = renderSummary(p, ctx);
    expect(Buffer.byteLength(s)).toBeLessThan(1_048_576);
    const rows = s.match(/^\| -e\d+ \|/gm) ?? [];
    expect(rows.length).toBeGreaterThan(100);
    expect(s).toContain(
      `**${6000 - rows.length} of 6000 selected entries are not listed here**, to keep this summary under GitHub's 1 MiB limit`,
    );
    // Every <details> that was opened is closed.
    expect((s.match(/<details>/g) ?? []).length).toBe((s.match(/<\/details>/g) ?? []).length);
  });

  it('lists the shared rules that unless let off, and the audit section', () => {
    const doc = {
      include: [{ backend: 'vllm', 'tag-suffix': '-v' }],
      rules: {
        sources: [{ paths: ['backend/{backend}/**'] }],
        shared: [{ paths: ['backend/backend.proto'], rebuild: 'all', unless: 'additive-proto' }],
      },
    };
    const p = planOf(doc, {
      kind: 'files',
      files: ['backend/backend.proto'],
      schemas: new Map([
        ['backend/backend.proto', { additive: true, summary: 'only adds field M.foo = 42' }],
      ]),
    });
    expect(p.skipped).toHaveLength(1);
    const audit = '### Dockerfile audit\n\n- `backend/Dockerfile:3` COPY scripts/ is not covered\n';
    const s = renderSummary(p, { ...ctx, total: 1, audit });
    expect(s).toContain('### Shared rules let off');
    expect(s).toContain(
      'rules.shared&#91;0&#93; skipped: backend/backend.proto only adds field M.foo = 42',
    );
    expect(s).toContain(audit.trimEnd());
    const huge = renderSummary(p, {
      ...ctx,
      total: 1,
      audit: `### Dockerfile audit\n\n${'- gap\n'.repeat(300_000)}`,
    });
    expect(Buffer.byteLength(huge)).toBeLessThan(1_048_576);
    expect(huge).toContain('run `backend-matrix audit` to see them');
  });
});

describe('Annotations', () => {
  it('puts no column on a span of several lines, and keeps it on one line', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((s) => {
      written.push(String(s));
      return true;
    });
    try {
      new Annotations().report(
        [
          { level: 'warning', message: 'span', file: 'm.yml', line: 3, col: 5, endLine: 7 },
          { level: 'warning', message: 'one', file: 'm.yml', line: 3, col: 5, endLine: 3 },
          { level: 'warning', message: 'nowhere', file: 'm.yml', line: 0, col: 0 },
        ],
        'title',
      );
    } finally {
      spy.mockRestore();
    }
    expect(parseAnnotations(written.join('')).map((a) => a.props)).toEqual([
      { title: 'title', file: 'm.yml', line: '3', endLine: '7' },
      { title: 'title', file: 'm.yml', line: '3', col: '5' },
      { title: 'title', file: 'm.yml' },
    ]);
  });
});
