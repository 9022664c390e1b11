/**
 * What a red-team pass found (issue 11), each through dist/index.js as the
 * runner runs it: files that are not what they seem, encodings, the runner's
 * legacy command form, pull_request_target, odd change lists, the runner's
 * own files missing or broken.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { demo } from './support/fixtures.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import {
  injectedCommands,
  runAction,
  runnerCommands,
  workspace,
  type ActionCase,
  type ActionRun,
} from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const DEMO = JSON.stringify(demo, null, 2);
const files = { [MATRIX]: DEMO };
const errorsOf = (r: ActionRun): string[] =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const warningsOf = (r: ActionRun): string[] =>
  r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
const STACK = /\n\s+at |%0A\s+at /;

/** A failed step: exit 1, no outputs, no stack trace, and this error. */
function expectRefused(r: ActionRun, message: RegExp): void {
  expect([r.code, r.outputs]).toEqual([1, undefined]);
  expect(errorsOf(r).some((m) => message.test(m))).toBe(true);
  expect(r.stdout + r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(/failed unexpectedly/);
}

afterAll(() => removeRepos());

// ---------------------------------------------------------------------------

describe('the matrix file is a regular file inside the workspace', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'bma-outside-'));
  const SECRET = 'include:\n  - backend: stolen\n    tag-suffix: -outside-secret\n';
  writeFileSync(path.join(outside, 'm.yml'), SECRET);

  it('refuses a symlink that leads outside the workspace', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, '.github'));
    symlinkSync(path.join(outside, 'm.yml'), path.join(dir, MATRIX));
    const r = await runAction({ inputs: { 'force-all': 'true' } }, dir);
    expectRefused(r, /resolves to .*m\.yml, outside the workspace/);
    expect(r.stdout).not.toContain('outside-secret');
  });

  it('refuses a path through a symlinked directory that leads outside', async () => {
    const dir = workspace();
    symlinkSync(outside, path.join(dir, 'conf'));
    const r = await runAction(
      { inputs: { 'force-all': 'true', 'matrix-file': 'conf/m.yml' } },
      dir,
    );
    expectRefused(r, /matrix file conf\/m\.yml resolves to .*, outside the workspace/);
    expect(r.stdout).not.toContain('outside-secret');
  });

  it('follows a symlink that stays inside the workspace', async () => {
    const dir = workspace({ 'matrices/real.yml': DEMO });
    mkdirSync(path.join(dir, '.github'));
    symlinkSync('../matrices/real.yml', path.join(dir, MATRIX));
    const r = await runAction({ inputs: { 'force-all': 'true' } }, dir);
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
  });

  it('fails fast on a FIFO, without opening it', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, '.github'));
    execFileSync('mkfifo', [path.join(dir, MATRIX)]);
    // A run that blocked on the file would be killed at 5 s and show no refusal.
    const r = await runAction({ inputs: { 'force-all': 'true' }, timeoutMs: 5_000 }, dir);
    expectRefused(
      r,
      /^matrix file \.github\/backend-matrix\.yml is a named pipe \(FIFO\), not a regular file$/,
    );
  }, 10_000);

  it('fails fast on a symlink to /dev/zero', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, '.github'));
    symlinkSync('/dev/zero', path.join(dir, MATRIX));
    // A run that blocked on the file would be killed at 5 s and show no refusal.
    const r = await runAction({ inputs: { 'force-all': 'true' }, timeoutMs: 5_000 }, dir);
    expectRefused(r, /resolves to \/dev\/zero, outside the workspace/);
  }, 10_000);

  it('refuses a directory', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, MATRIX), { recursive: true });
    const r = await runAction({ inputs: { 'force-all': 'true' } }, dir);
    expectRefused(r, /is a directory, not a regular file/);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const dir = workspace({ [MATRIX]: '' });
    // Sparse: the size is there without the bytes.
    const fd = openSync(path.join(dir, MATRIX), 'r+');
    execFileSync('truncate', ['-s', String(51 * 1024 * 1024), path.join(dir, MATRIX)]);
    closeSync(fd);
    const r = await runAction({ inputs: { 'force-all': 'true' } }, dir);
    expectRefused(r, /is 51\.0 MB, over the 50\.0 MB limit/);
  });
});

// ---------------------------------------------------------------------------

describe('encoding', () => {
  const run = (bytes: Buffer): Promise<ActionRun> => {
    const dir = workspace();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, MATRIX), bytes);
    return runAction({ inputs: { 'force-all': 'true' } }, dir);
  };
  const YAML = 'include:\n  - backend: vllm\n    tag-suffix: -x\n';

  it('reports invalid UTF-8 at its line and column', async () => {
    const bytes = Buffer.concat([
      Buffer.from('include:\n  - backend: vllm\n    tag-suffix: -caf'),
      Buffer.from([0xe9]), // Latin-1 é
      Buffer.from('\n'),
    ]);
    const r = await run(bytes);
    expect([r.code, r.outputs]).toEqual([1, undefined]);
    expect(r.annotations[0]).toEqual({
      level: 'error',
      props: { title: 'backend-matrix: matrix file', file: MATRIX, line: '3', col: '21' },
      message: 'invalid UTF-8 (byte 0xE9 at offset 47): save the file as UTF-8',
    });
    expect(errorsOf(r)).toContain(`${MATRIX} cannot be read as UTF-8`);
  });

  it.each<[string, Buffer, string]>([
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(YAML, 'utf16le')]),
      'UTF-16',
    ],
    [
      'UTF-16 BE with a BOM',
      Buffer.from(
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(YAML, 'utf16le').swap16()]),
      ),
      'UTF-16',
    ],
    ['UTF-16 LE without a BOM', Buffer.from(YAML, 'utf16le'), 'UTF-16'],
    ['UTF-16 BE without a BOM', Buffer.from(YAML, 'utf16le').swap16(), 'UTF-16'],
    [
      'UTF-32 LE with a BOM',
      Buffer.from([0xff, 0xfe, 0, 0, ...[...YAML].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]),
      'UTF-32',
    ],
    [
      'UTF-32 BE without a BOM',
      Buffer.from([...YAML].flatMap((c) => [0, 0, 0, c.charCodeAt(0)])),
      'UTF-32',
    ],
  ])('names %s', async (_, bytes, encoding) => {
    const r = await run(bytes);
    expect([r.code, r.outputs]).toEqual([1, undefined]);
    expect(errorsOf(r)[0]).toBe(`the file is ${encoding}; save it as UTF-8`);
  });

  it('reads UTF-8 with a BOM, and a stray NUL is the YAML error it is', async () => {
    const ok = await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(YAML)]));
    expect(ok.code).toBe(0);
    const nul = await run(Buffer.from(`${YAML}# a\u0000b\n`));
    expect(errorsOf(nul).join('\n')).not.toMatch(/UTF-16|UTF-32/);
  });
});

// ---------------------------------------------------------------------------

describe("the runner's command forms", () => {
  let server: FakeGitHub | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const PUSH = { before: 'a'.repeat(40), after: 'b'.repeat(40), ref: 'refs/heads/main' };

  it('the helper sees both forms, the legacy one anywhere in a line', () => {
    const log = [
      'plain',
      '  ::warning::leading space',
      'text ##[set-output name=x]y',
      '::nonsense::not a command',
      '::stop-commands::tok',
      '::error::ignored while stopped',
      '::tok::',
      '\u2028::debug::after a U+2028',
    ].join('\n');
    expect(runnerCommands(log).map((c) => [c.form, c.name])).toEqual([
      ['v2', 'warning'],
      ['legacy', 'set-output'],
      ['v2', 'stop-commands'],
      ['v2', 'debug'],
    ]);
    expect(injectedCommands({ stdout: log, stderr: '' }).map((c) => c.name)).toEqual([
      'warning',
      'set-output',
      'stop-commands',
      'debug',
    ]);
  });

  it('base "##[stop-commands]x" with a 422 from the API stops nothing', async () => {
    const evil = '##[stop-commands]x';
    server = await startFakeGitHub({
      faults: {
        compare: [{ status: 422, body: { message: `No commit found for SHA: ${evil}` } }],
      },
    });
    const r = await runAction({
      files,
      eventName: 'push',
      event: PUSH,
      inputs: { base: evil, 'diff-source': 'api' },
      env: { GITHUB_API_URL: server.url, BACKEND_MATRIX_API_RETRY_MS: '5' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    expect(server.requests.some((q) => q.route === 'compare')).toBe(true);
    expect(injectedCommands(r)).toEqual([]);
    // The text is still there for the reader, broken up.
    expect(r.stdout).toContain('## [stop-commands]x');
    expect(r.summary).not.toContain('##[');
  });

  it('matrix text with "::" at a line start and "##[" reaches the log inert', async () => {
    const doc = {
      ...demo,
      '::error::forged': 1,
      '##[set-output name=run-all]false': 2,
      '\n::warning::after a newline': 3,
    };
    const r = await runAction({
      files: { [MATRIX]: JSON.stringify(doc, null, 2) },
      inputs: { 'force-all': 'true' },
    });
    expect(r.code).toBe(0);
    expect(injectedCommands(r)).toEqual([]);
    expect(warningsOf(r).filter((m) => /unknown top-level key/.test(m))).toHaveLength(3);
    expect(r.outputs!['run-all']).toBe('true');
  });

  it('an input with a line break and "::" cannot start a command line', async () => {
    const r = await runAction({
      files,
      inputs: { 'max-jobs': '3\n::error::forged\n##[warning]x' },
    });
    expect(r.code).toBe(1);
    expect(injectedCommands(r)).toEqual([]);
    expect(errorsOf(r)).toEqual([
      'max-jobs must be a whole number from 1 to 256, not "3\n::error::forged\n## [warning]x"',
    ]);
  });
});

// ---------------------------------------------------------------------------

describe('pull_request_target', () => {
  const HEAD = 'c'.repeat(40);
  const BASE = 'a'.repeat(40);
  const prEvent = (head: string) => ({
    number: 7,
    pull_request: {
      number: 7,
      base: { sha: BASE, ref: 'main' },
      head: { sha: head, ref: 'topic' },
    },
  });
  const WARNING =
    /pull_request_target with the workspace at the pull request's head .*come from the pull request/;
  const c = (over: Partial<ActionCase>): ActionCase => ({
    files,
    eventName: 'pull_request_target',
    inputs: { 'force-all': 'true' },
    ...over,
  });

  it('warns when GITHUB_SHA is the head of the pull request', async () => {
    const r = await runAction(c({ event: prEvent(HEAD), env: { GITHUB_SHA: HEAD } }));
    expect(r.code).toBe(0);
    expect(warningsOf(r).filter((m) => WARNING.test(m))).toHaveLength(1);
    expect(r.summary).toMatch(/come from the pull request/);
  });

  it("warns when the workspace's HEAD is the pull request's head", async () => {
    const repo = GitRepo.init().write(files);
    const head = repo.commit('pr head');
    const r = await runAction(c({ event: prEvent(head), env: { GITHUB_SHA: BASE } }), repo.dir);
    expect(warningsOf(r).filter((m) => WARNING.test(m))).toHaveLength(1);
  });

  it('is silent for a checkout of the base, and for pull_request', async () => {
    const repo = GitRepo.init().write(files);
    repo.commit('base');
    const base = await runAction(c({ event: prEvent(HEAD), env: { GITHUB_SHA: BASE } }), repo.dir);
    const pr = await runAction(
      c({ eventName: 'pull_request', event: prEvent(HEAD), env: { GITHUB_SHA: HEAD } }),
    );
    for (const r of [base, pr]) {
      expect(r.code).toBe(0);
      expect(warningsOf(r).filter((m) => WARNING.test(m))).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------

describe('changed-files as users write them', () => {
  const backends = (r: ActionRun): string => r.outputs?.['changed-backends'] ?? `exit ${r.code}`;

  it.each<[string, (dir: string) => string]>([
    ['an absolute path inside the workspace', (dir) => `${dir}/backend/python/vllm/a.py`],
    ['backslash separators', () => 'backend\\python\\vllm\\a.py'],
    ['a leading ./', () => './backend/python/vllm/a.py'],
    ['a .. that stays inside', () => 'backend/go/../python/vllm/a.py'],
    [
      'a JSON array of such paths',
      (dir) => JSON.stringify([`${dir}/backend/python/vllm/a.py`, '.\\README.md']),
    ],
  ])('normalises %s', async (_, list) => {
    const dir = workspace(files);
    const r = await runAction({ inputs: { 'changed-files': list(dir) } }, dir);
    expect(backends(r)).toBe('["vllm"]');
  });

  it.each(['/etc/passwd', '../outside/x.py', 'C:\\elsewhere\\x.py'])(
    'names a path outside the workspace: %s',
    async (file) => {
      const r = await runAction({ files, inputs: { 'changed-files': `backend/x\n${file}` } });
      expectRefused(
        r,
        new RegExp(
          `changed-files: "${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}" is outside the workspace`,
        ),
      );
    },
  );

  it('reads "[locale]/page.tsx" first in a newline list as a path, not broken JSON', async () => {
    const r = await runAction({
      files,
      inputs: { 'changed-files': '[locale]/page.tsx\nbackend/python/vllm/a.py' },
    });
    expect(backends(r)).toBe('["vllm"]');
    expect(r.summary).toContain('2 changed file(s) from input');
  });

  it('still refuses JSON that is not an array of strings', async () => {
    const r = await runAction({ files, inputs: { 'changed-files': '[1, 2]' } });
    expectRefused(r, /^changed-files must be a JSON array of strings, or one path per line$/);
  });
});

// ---------------------------------------------------------------------------

describe('the event payload is read only when needed', () => {
  const missing = '/nonexistent/event.json';

  it.each<[string, ActionCase]>([
    ['force-all', { files, inputs: { 'force-all': 'true' }, eventName: 'pull_request' }],
    [
      'explicit changed-files',
      { files, inputs: { 'changed-files': 'backend/python/vllm/a.py' }, eventName: 'pull_request' },
    ],
  ])('%s with a missing GITHUB_EVENT_PATH succeeds', async (_, c) => {
    const r = await runAction({ ...c, env: { GITHUB_EVENT_PATH: missing } });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBeDefined();
  });

  it('a diff from the event with a missing GITHUB_EVENT_PATH is an environment error naming it', async () => {
    const r = await runAction({
      files,
      eventName: 'pull_request',
      env: { GITHUB_EVENT_PATH: missing },
    });
    expectRefused(
      r,
      /^cannot read the event payload GITHUB_EVENT_PATH \(\/nonexistent\/event\.json\): /,
    );
  });
});

// ---------------------------------------------------------------------------

describe("the runner's files", () => {
  const FORCE = { files, inputs: { 'force-all': 'true' } };
  const readOnlyPath = (): string => {
    if (process.getuid?.() === 0) return '/sys/kernel/notes'; // root may write any mode-0444 file
    const dir = workspace({ 'ro.txt': '' });
    chmodSync(path.join(dir, 'ro.txt'), 0o444);
    return path.join(dir, 'ro.txt');
  };

  it.each<[string, () => string, RegExp]>([
    ['a directory', () => workspace(), /is a directory/],
    ['in a missing directory', () => '/nonexistent/dir/out', /does not exist/],
    ['read-only', readOnlyPath, /is not writable/],
    ['on a full disk', () => '/dev/full', /is on a full disk/],
  ])(
    'GITHUB_OUTPUT %s is an environment error naming the variable and path',
    async (_, where, why) => {
      const file = where();
      const r = await runAction({ ...FORCE, env: { GITHUB_OUTPUT: file } });
      expect(r.code).toBe(1);
      const [message] = errorsOf(r);
      expect(message).toContain(`GITHUB_OUTPUT (${file})`);
      expect(message).toMatch(why);
      expect(message).not.toMatch(/unexpectedly/);
    },
  );

  it('an outputs write that fails part-way leaves the file as it was before the step', async () => {
    const dir = workspace(files);
    const before = 'earlier-step=kept\n'.repeat(60); // 1,080 bytes
    writeFileSync(path.join(dir, '.runner-output'), before);
    // 2 KiB: the outputs (about 3 KB) cross it in the middle of the write.
    const r = await runAction({ inputs: { 'force-all': 'true' }, fileSizeLimitKiB: 2 }, dir);
    expect(r.code).toBe(1);
    expect(errorsOf(r)[0]).toMatch(
      /GITHUB_OUTPUT \(.*\) has reached the file size limit; no outputs were written/,
    );
    expect(readFileSync(path.join(dir, '.runner-output'), 'utf8')).toBe(before);
  });

  it.each<[string, () => string]>([
    ['a directory', () => workspace()],
    ['missing', () => '/nonexistent/dir/summary.md'],
  ])('a step summary that is %s is a warning after the outputs are written', async (_, where) => {
    const file = where();
    const r = await runAction({ ...FORCE, env: { GITHUB_STEP_SUMMARY: file } });
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    expect(warningsOf(r).filter((m) => m.includes(`GITHUB_STEP_SUMMARY (${file})`))).toHaveLength(
      1,
    );
  });
});
