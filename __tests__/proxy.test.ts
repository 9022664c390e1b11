/**
 * Where self-hosted runners are (README, Events and how changes are found):
 * dist/index.js reaching the REST API through an HTTP proxy, bypassing it for
 * NO_PROXY, and under a GHES `/api/v3` prefix across pages. The fake API is
 * addressed as `api.github.test`, a name only the test proxy resolves: the
 * toolkit always bypasses proxies for loopback addresses.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubConfig } from './support/fake-github.js';
import { demo } from './support/fixtures.js';
import { runAction, type ActionRun } from './support/run-action.js';
import { startTestProxy, type TestProxy } from './support/test-proxy.js';

const TOKEN = 'ghs_Pr0xyT3stT0ken_never_printed_77';
const HOST = 'api.github.test';
const MATRIX = '.github/backend-matrix.yml';
const PR = JSON.parse(readFileSync('__tests__/fixtures/events/pull_request.json', 'utf8')) as {
  number: number;
};
const FILES_PATH = `/repos/acme/images/pulls/${PR.number}/files?per_page=100`;
/** Short REST limits: 4 quick attempts, 3 s in all. */
const API_ENV = {
  BACKEND_MATRIX_API_RETRY_MS: '10',
  BACKEND_MATRIX_API_TIMEOUT_MS: '1000',
  BACKEND_MATRIX_API_BUDGET_MS: '3000',
};
/** 148 documentation pages and one whisper source: two pages, whisper alone selected. */
const CHANGED = [
  ...Array.from({ length: 148 }, (_, i) => ({ filename: `docs/page-${i}.html` })),
  { filename: 'backend/go/whisper/main.go' },
];

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function fake(config: FakeGitHubConfig = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({
    token: TOKEN,
    data: { prFiles: { [PR.number]: CHANGED } },
    ...config,
  });
  open.push(server);
  return server;
}

async function proxy(): Promise<TestProxy> {
  const p = await startTestProxy({ [HOST]: '127.0.0.1' });
  open.push(p);
  return p;
}

function pullRequest(env: Record<string, string>): Promise<ActionRun> {
  return runAction({
    files: { [MATRIX]: JSON.stringify(demo, null, 2) },
    eventName: 'pull_request',
    event: PR,
    inputs: { token: TOKEN, 'diff-source': 'api' },
    env: { GITHUB_REF: `refs/pull/${PR.number}/merge`, ...API_ENV, ...env },
  });
}

/** The filtered plan for the whisper change. */
function expectWhisperPlan(r: ActionRun): void {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.outputs?.['run-all']).toBe('false');
  expect(r.outputs?.['changed-backends']).toBe('["whisper"]');
  expect(r.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  // `::add-mask::` is the one line that names it: it tells the runner to hide it.
  const log = r.stdout.replace(/^::add-mask::.*$/m, '');
  for (const text of [log, r.stderr, r.summary]) expect(text).not.toContain(TOKEN);
}

describe('the REST API through an HTTP proxy', () => {
  it('plans from the API via HTTP_PROXY/HTTPS_PROXY, the proxy carrying every request', async () => {
    const gh = await fake();
    const px = await proxy();
    const r = await pullRequest({
      GITHUB_API_URL: `http://${HOST}:${gh.port}`,
      HTTP_PROXY: px.url,
      HTTPS_PROXY: px.url,
    });
    expectWhisperPlan(r);
    const paths = gh.requests.map((q) => q.path).sort();
    expect(paths).toEqual([FILES_PATH, `${FILES_PATH}&page=2`]);
    for (const q of gh.requests) expect(q.headers.host).toBe(`${HOST}:${gh.port}`);
    // The toolkit's proxy agent tunnels: one CONNECT per connection it opens.
    expect(px.seen.length).toBeGreaterThan(0);
    for (const s of px.seen) expect(s).toEqual({ method: 'CONNECT', target: `${HOST}:${gh.port}` });
  });

  it('NO_PROXY bypasses it: the name does not resolve, and the run builds everything naming why', async () => {
    const gh = await fake();
    const px = await proxy();
    const r = await pullRequest({
      GITHUB_API_URL: `http://${HOST}:${gh.port}`,
      HTTP_PROXY: px.url,
      HTTPS_PROXY: px.url,
      NO_PROXY: `localhost,${HOST}`,
    });
    expect(r.code).toBe(0);
    expect(r.outputs?.['run-all']).toBe('true');
    expect(px.seen).toEqual([]);
    expect(gh.requests).toEqual([]);
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `GET ${FILES_PATH.replace('?', '\\?')}: network error \\(getaddrinfo ENOTFOUND ${HOST.replace(/\./g, '\\.')}\\) after 4 attempts`,
        ),
      ),
    ]);
    expect(r.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain(TOKEN);
  });

  it('keeps a GHES /api/v3 prefix on every page, through the proxy', async () => {
    const gh = await fake({ pathPrefix: '/api/v3' });
    const px = await proxy();
    const r = await pullRequest({
      GITHUB_API_URL: `http://${HOST}:${gh.port}/api/v3`,
      HTTP_PROXY: px.url,
    });
    expectWhisperPlan(r);
    expect(gh.requests.map((q) => q.path).sort()).toEqual([
      `/api/v3${FILES_PATH}`,
      `/api/v3${FILES_PATH}&page=2`,
    ]);
    expect(px.seen.length).toBeGreaterThan(0);
  });
});

describe('a GHES API URL', () => {
  it('keeps the /api/v3 prefix across pagination (more than 100 files)', async () => {
    const files = [
      ...Array.from({ length: 250 }, (_, i) => ({ filename: `docs/p${i}.md` })),
      { filename: 'backend/go/whisper/x.go' },
    ];
    const gh = await fake({ pathPrefix: '/api/v3', data: { prFiles: { [PR.number]: files } } });
    const r = await pullRequest({ GITHUB_API_URL: gh.url });
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expectWhisperPlan(r);
    expect(gh.requests.map((q) => q.path).sort()).toEqual([
      `/api/v3${FILES_PATH}`,
      `/api/v3${FILES_PATH}&page=2`,
      `/api/v3${FILES_PATH}&page=3`,
    ]);
  });
});
