/**
 * The bundled action, run as the runner runs it (dist/index.js in a child
 * process with INPUT_* variables and the runner's files).
 */
import { describe, expect, it } from '@jest/globals';
import { parseOutputFile, runAction } from './support/run-action.js';
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
      props: { file: MATRIX, line: '4', col: '14' },
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
