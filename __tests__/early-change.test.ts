/**
 * Change detection starts before the matrix file is parsed, through the
 * bundled dist/index.js against the fake GitHub REST server: its answer is
 * the file list the plan uses, a failed first request falls back exactly as
 * before, and a run whose changes are given loads no network code at all.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubConfig } from './support/fake-github.js';
import { demo, eventFixture } from './support/fixtures.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { runAction, type ActionCase, type ActionRun } from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const TOKEN = 'ghs_early_t0ken_not_printed_51f0';
const API_ENV = {
  BACKEND_MATRIX_API_RETRY_MS: '10',
  BACKEND_MATRIX_API_TIMEOUT_MS: '2000',
  BACKEND_MATRIX_API_BUDGET_MS: '8000',
};

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fake(config: FakeGitHubConfig = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ token: TOKEN, ...config });
  servers.push(server);
  return server;
}

/** A pull request event whose payload counts `hint` changed files (none: no count). */
function prEvent(hint?: number): Record<string, unknown> {
  const e = eventFixture('pull_request');
  if (hint === undefined) delete e.pull_request.changed_files;
  else e.pull_request.changed_files = hint;
  return e;
}

function act(gh: FakeGitHub, c: ActionCase = {}): Promise<ActionRun> {
  return runAction({
    files: { [MATRIX]: JSON.stringify(demo, null, 2) },
    eventName: 'pull_request',
    event: prEvent(),
    ...c,
    inputs: { token: TOKEN, ...c.inputs },
    env: {
      GITHUB_API_URL: gh.url,
      GITHUB_REF: 'refs/pull/42/merge',
      ...API_ENV,
      ...c.env,
    },
    timeoutMs: 30_000,
  });
}

const pageRequests = (gh: FakeGitHub): number[] =>
  gh.requests.filter((r) => r.route === 'prFiles').map((r) => r.page);
const changedBackends = (r: ActionRun): string[] =>
  JSON.parse(r.outputs?.['changed-backends'] ?? '[]') as string[];

describe('the early request', () => {
  it('is made even when the matrix file then fails to parse: it does not wait for the parse', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const r = await act(gh, { files: { [MATRIX]: 'include: [\n  - {' } });
    expect(r.code).toBe(1);
    expect(r.annotations.some((a) => a.level === 'error' && /invalid YAML/.test(a.message))).toBe(
      true,
    );
    expect(pageRequests(gh)).toEqual([1]);
  });

  it('gives the file list the plan uses', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const r = await act(gh, { event: prEvent(1) });
    expect(r.code).toBe(0);
    expect(r.outputs?.['run-all']).toBe('false');
    expect(changedBackends(r)).toEqual(['whisper']);
    expect(r.summary).toMatch(/1 changed file\(s\) from api/);
    expect(pageRequests(gh)).toEqual([1]);
  });

  it.each([
    ['a failure GitHub keeps giving (HTTP 502)', { status: 502 }, /HTTP 502 after 4 attempts/],
    ['a permanent failure (HTTP 404)', { status: 404 }, /HTTP 404/],
    ['a connection reset', { reset: true as const }, /REST API: GET/],
  ])(
    'that fails with %s falls back as before: every entry, with the cause',
    async (_, fault, cause) => {
      const gh = await fake({
        data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
        fault: (q) => (q.route === 'prFiles' ? fault : null),
      });
      const r = await act(gh, { inputs: { 'diff-source': 'api' } });
      expect(r.code).toBe(0);
      expect(r.outputs?.['run-all']).toBe('true');
      const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^the changed files could not be found completely \(REST API: /);
      expect(warnings[0]).toMatch(cause);
      expect(warnings[0]).toMatch(/the workspace is not a git checkout\); every entry is built$/);
    },
  );

  it('that fails once is retried, and its answer used', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
      faults: { prFiles: [{ status: 503 }] },
    });
    const r = await act(gh, { event: prEvent(1) });
    expect(r.code).toBe(0);
    expect(changedBackends(r)).toEqual(['whisper']);
    expect(pageRequests(gh)).toEqual([1, 1]);
  });
});

describe('a first page without a Link header', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => ({ filename: `docs/page-${i}.md` }));

  it('ends the list when the payload counts no more than a page', async () => {
    const gh = await fake({ data: { prFiles: { 42: hundred } } });
    const r = await act(gh, { event: prEvent(100) });
    expect(r.code).toBe(0);
    expect(r.outputs?.['run-all']).toBe('false');
    expect(pageRequests(gh)).toEqual([1]);
  });

  it.each([
    ['counts more', 150],
    ['has no count', undefined],
  ])('asks for the next page when the payload %s', async (_, hint) => {
    const gh = await fake({ data: { prFiles: { 42: hundred } } });
    const r = await act(gh, { event: prEvent(hint) });
    expect(r.code).toBe(0);
    expect(r.outputs?.['run-all']).toBe('false');
    expect(pageRequests(gh)).toEqual([1, 2]);
  });
});

describe('modules a run loads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bma-loaded-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Every ES module the process loads (dist chunks come through the loader) and, at exit,
  // Node's own modules (process.moduleLoadList).
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.LOADED_LOG, 'url ' + url + '\\n');
  return next(url, context);
}
`,
  );
  writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module';
import { appendFileSync } from 'node:fs';
register(new URL('./hooks.mjs', import.meta.url));
process.on('exit', () => appendFileSync(process.env.LOADED_LOG, process.moduleLoadList.map((m) => 'builtin ' + m).join('\\n') + '\\n'));
`,
  );

  /** The dist files and Node modules a run loaded, and which dist files hold network code. */
  async function loaded(c: ActionCase, gh?: FakeGitHub) {
    const log = path.join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(log, '');
    const env = {
      NODE_OPTIONS: `--import=${pathToFileURL(path.join(dir, 'register.mjs')).href}`,
      LOADED_LOG: log,
    };
    const r = gh ? await act(gh, { ...c, env }) : await runAction({ ...c, env });
    expect(r.code).toBe(0);
    const lines = readFileSync(log, 'utf8').split('\n');
    const dist = lines
      .filter((l) => l.startsWith('url file:') && l.includes('/dist/'))
      .map((l) => new URL(l.slice(4)).pathname);
    const network = dist.filter((f) => /lazyllhttp|octokit-core\.js/.test(readFileSync(f, 'utf8')));
    // yaml's document model: its Composer class.
    const yaml = dist.filter((f) => /\bclass Composer\b/.test(readFileSync(f, 'utf8')));
    const builtins = lines.filter((l) => l.startsWith('builtin ')).map((l) => l.slice(8));
    return { r, dist, network, yaml, builtins };
  }

  const HTTP_BUILTINS = /^NativeModule (_http_client|_http_agent|https|tls)$/;

  it('with the changed-files input: no Octokit, no HTTP client, no undici, no yaml', async () => {
    const { r, dist, network, yaml, builtins } = await loaded({
      files: { [MATRIX]: JSON.stringify(demo, null, 2) },
      eventName: 'pull_request',
      event: prEvent(),
      inputs: { 'changed-files': 'backend/go/whisper/main.go' },
    });
    expect(changedBackends(r)).toEqual(['whisper']);
    expect(dist.length).toBeGreaterThan(0);
    expect(network).toEqual([]);
    expect(yaml).toEqual([]);
    expect(builtins.filter((b) => HTTP_BUILTINS.test(b))).toEqual([]);
  });

  it('a matrix file the fast reading leaves to yaml loads yaml, and plans the same', async () => {
    // A tag on the root: the same value, but not a plain document.
    const { r, yaml } = await loaded({
      files: { [MATRIX]: `!!map ${JSON.stringify(demo, null, 2)}` },
      eventName: 'pull_request',
      event: prEvent(),
      inputs: { 'changed-files': 'backend/go/whisper/main.go' },
    });
    expect(changedBackends(r)).toEqual(['whisper']);
    expect(yaml).toHaveLength(1);
  });

  it("a one-page pull request through the REST API: Node's HTTP client, no Octokit", async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const { r, network, builtins } = await loaded({ event: prEvent(1) }, gh);
    expect(changedBackends(r)).toEqual(['whisper']);
    expect(network).toEqual([]);
    expect(builtins.some((b) => HTTP_BUILTINS.test(b))).toBe(true);
    expect(gh.requests.map((q) => q.headers['user-agent'])).toEqual([
      expect.stringMatching(/^backend-matrix-action Node\.js\//),
    ]);
  });

  it('a first attempt that fails loads Octokit, which retries it (the check above can see it)', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
      faults: { prFiles: [{ status: 502 }] },
    });
    const { r, network } = await loaded(
      { event: prEvent(1), env: { BACKEND_MATRIX_API_RETRY_MS: '1' } },
      gh,
    );
    expect(changedBackends(r)).toEqual(['whisper']);
    expect(network.length).toBeGreaterThan(0);
    // The first attempt on Node's http client, the retry through Octokit.
    expect(gh.requests.map((q) => q.headers['user-agent'])).toEqual([
      expect.stringMatching(/^backend-matrix-action Node\.js\//),
      expect.stringMatching(/^backend-matrix-action octokit-core\.js\//),
    ]);
  });
});

describe('a push in a full checkout', () => {
  afterAll(removeRepos);

  it('plans an edit to the matrix file whose base revision only yaml reads (loaded then)', async () => {
    // The base revision has a tag on its root: not a plain document. The head is plain.
    const repo = GitRepo.init().write({ [MATRIX]: `!!map ${JSON.stringify(demo, null, 2)}` });
    const before = repo.commit('base');
    const edited = structuredClone(demo);
    const whisper = edited.include.find((e) => e.backend === 'whisper')!;
    Object.assign(whisper, { 'build-type': 'openblas' });
    const after = repo.write({ [MATRIX]: JSON.stringify(edited, null, 2) }).commit('edit');
    const r = await runAction(
      { eventName: 'push', event: { ...eventFixture('push'), before, after } },
      repo.dir,
    );
    expect(r.code).toBe(0);
    expect(r.outputs?.['run-all']).toBe('false');
    expect(changedBackends(r)).toEqual(['whisper']);
  });

  it('starts git diff before it reads the matrix file, so the diff runs during the parse', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bma-order-'));
    try {
      // Logs, in the order they happen, git processes started and opens of the matrix file.
      const log = path.join(dir, 'order.txt');
      writeFileSync(
        path.join(dir, 'order.cjs'),
        `const cp = require('node:child_process');
const fs = require('node:fs');
const spawn = cp.ChildProcess.prototype.spawn;
cp.ChildProcess.prototype.spawn = function (o) {
  if (/git$/.test(o.file)) fs.appendFileSync(process.env.ORDER_LOG, 'git ' + o.args.filter((a) => /^[a-z-]+$/.test(a)).join(' ') + '\\n');
  return spawn.call(this, o);
};
const open = fs.openSync;
fs.openSync = function (file, ...rest) {
  if (String(file).endsWith('backend-matrix.yml')) fs.appendFileSync(process.env.ORDER_LOG, 'matrix\\n');
  return open.call(this, file, ...rest);
};
`,
      );
      const repo = GitRepo.init().write({ [MATRIX]: JSON.stringify(demo, null, 2) });
      const before = repo.commit('base');
      const after = repo.write({ 'backend/go/whisper/main.go': 'package main\n' }).commit('change');
      const r = await runAction(
        {
          eventName: 'push',
          event: { ...eventFixture('push'), before, after },
          env: { NODE_OPTIONS: `--require=${path.join(dir, 'order.cjs')}`, ORDER_LOG: log },
        },
        repo.dir,
      );
      expect(r.code).toBe(0);
      expect(changedBackends(r)).toEqual(['whisper']);
      const order = readFileSync(log, 'utf8').trim().split('\n');
      const diff = order.findIndex((l) => l.startsWith('git') && l.includes('diff'));
      expect(diff).toBeGreaterThanOrEqual(0);
      expect(diff).toBeLessThan(order.indexOf('matrix'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
