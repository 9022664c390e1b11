import { afterEach, describe, expect, it } from '@jest/globals';
import { ApiError, GitHubApi, type GitHubApiOptions } from '../src/github/api.js';
import {
  startFakeGitHub,
  type FakeFile,
  type FakeGitHub,
  type FakeGitHubConfig,
} from './support/fake-github.js';

const TOKEN = 'ghs_s3cretT0kenValue1234567890abcdef';
const REPO = 'acme/images';
const T0 = 1_700_000_000_000;

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake server plus a client whose clock only moves when it "sleeps". */
async function setup(config: FakeGitHubConfig, opts: Partial<GitHubApiOptions> = {}) {
  fake = await startFakeGitHub(config);
  const clock = { t: T0, sleeps: [] as number[] };
  const api = new GitHubApi({
    baseUrl: fake.url,
    token: TOKEN,
    now: () => clock.t,
    sleep: async (ms) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
    ...opts,
  });
  return { api, fake, clock };
}

const many = (n: number, prefix = 'backend/python/vllm/f'): FakeFile[] =>
  Array.from({ length: n }, (_, i) => ({ filename: `${prefix}${i}.py` }));

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe('pullRequestFiles', () => {
  it('follows Link pages with per_page=100 and sends the API headers', async () => {
    const { api, fake } = await setup({ data: { prFiles: { 5: many(250) } }, token: TOKEN });
    const list = await api.pullRequestFiles(REPO, 5);
    expect(list).toEqual({ files: many(250).map((f) => f.filename), complete: true, count: 250 });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/repos/acme/images/pulls/5/files?per_page=100',
      '/repos/acme/images/pulls/5/files?per_page=100&page=2',
      '/repos/acme/images/pulls/5/files?per_page=100&page=3',
    ]);
    const h = fake.requests[0].headers;
    expect(h.authorization).toBe(`Bearer ${TOKEN}`);
    expect(h.accept).toBe('application/vnd.github+json');
    expect(h['x-github-api-version']).toBe('2022-11-28');
    expect(h['user-agent']).toBe('backend-matrix-action');
  });

  it('sends no Authorization header without a token', async () => {
    const { api, fake } = await setup({ data: { prFiles: { 1: many(1) } } }, { token: '' });
    await api.pullRequestFiles(REPO, 1);
    expect(fake.requests[0].headers.authorization).toBeUndefined();
  });

  it('lists a renamed file under both names, once each', async () => {
    const { api } = await setup({
      data: {
        prFiles: {
          7: [
            {
              filename: 'backend/python/new/app.py',
              previous_filename: 'backend/python/old/app.py',
            },
            { filename: 'backend/python/old/app.py', status: 'added' },
            { filename: 'README.md', status: 'removed' },
          ],
        },
      },
    });
    expect(await api.pullRequestFiles(REPO, 7)).toEqual({
      files: ['backend/python/new/app.py', 'backend/python/old/app.py', 'README.md'],
      complete: true,
      count: 3,
    });
  });

  it('reports complete:false at the 3,000-file cap', async () => {
    const { api, fake } = await setup({ data: { prFiles: { 9: many(3500), 10: many(2999) } } });
    const capped = await api.pullRequestFiles(REPO, 9);
    expect([capped.complete, capped.count, capped.files.length]).toEqual([false, 3000, 3000]);
    expect(fake.requests).toHaveLength(30);
    const under = await api.pullRequestFiles(REPO, 10);
    expect([under.complete, under.count]).toEqual([true, 2999]);
  });
});

describe('compareFiles', () => {
  it('reads the files from the first page and stops at a page without files', async () => {
    const files = [
      { filename: 'backend/Dockerfile.python' },
      { filename: 'b', previous_filename: 'a' },
    ];
    const { api, fake } = await setup({
      data: { compare: { 'feature/x...e5bd391': { files, totalCommits: 250 } } },
    });
    expect(await api.compareFiles(REPO, 'feature/x', 'e5bd391')).toEqual({
      files: ['backend/Dockerfile.python', 'b', 'a'],
      complete: true,
      count: 2,
    });
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/repos/acme/images/compare/feature%2Fx...e5bd391?per_page=100',
      '/repos/acme/images/compare/feature%2Fx...e5bd391?per_page=100&page=2',
    ]);
  });

  it('reports complete:false at the 300-file cap', async () => {
    const { api } = await setup({
      data: { compare: { 'a...b': { files: many(450) }, 'a...c': { files: many(299) } } },
    });
    const capped = await api.compareFiles(REPO, 'a', 'b');
    expect([capped.complete, capped.count]).toEqual([false, 300]);
    const under = await api.compareFiles(REPO, 'a', 'c');
    expect([under.complete, under.count]).toEqual([true, 299]);
  });
});

describe('fileAtRef and lastSuccessfulRunSha', () => {
  it('reads raw text at a ref, encoding the ref and path segments', async () => {
    const path = '.github/matrix dir/bäckend #1.yml';
    const { api, fake } = await setup({
      data: { contents: { [`release/1.x:${path}`]: 'include: []\n' } },
    });
    expect(await api.fileAtRef(REPO, path, 'release/1.x')).toBe('include: []\n');
    expect(fake.requests[0].path).toBe(
      '/repos/acme/images/contents/.github/matrix%20dir/b%C3%A4ckend%20%231.yml?ref=release%2F1.x',
    );
    expect(fake.requests[0].headers.accept).toBe('application/vnd.github.raw+json');
  });

  it('throws a 404 ApiError for a missing file, without retrying', async () => {
    const { api, fake, clock } = await setup({ data: { contents: {} } });
    const err = await failure(api.fileAtRef(REPO, 'nope.yml', 'main'));
    expect(err.status).toBe(404);
    expect(err.message).toBe(
      'GET /repos/acme/images/contents/nope.yml?ref=main: HTTP 404 (Not Found)',
    );
    expect(fake.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('returns the head SHA of the latest successful run on the branch', async () => {
    const { api, fake } = await setup({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: 'aaa', head_branch: 'main', conclusion: 'failure' },
            { head_sha: 'bbb', head_branch: 'dev' },
            { head_sha: 'ccc', head_branch: 'main' },
            { head_sha: 'ddd', head_branch: 'main' },
          ],
        },
      },
    });
    expect(await api.lastSuccessfulRunSha(REPO, 'ci.yml', 'main')).toBe('ccc');
    expect(fake.requests[0].path).toBe(
      '/repos/acme/images/actions/workflows/ci.yml/runs?branch=main&status=success&per_page=1',
    );
    expect(await api.lastSuccessfulRunSha(REPO, 'ci.yml', 'release/2')).toBeUndefined();
    expect(fake.requests[1].path).toContain('branch=release%2F2');
  });
});

describe('retries', () => {
  const data = { prFiles: { 5: [{ filename: 'x.py' }] } };
  const ok = { files: ['x.py'], complete: true, count: 1 };

  it.each([
    ['HTTP 502', { status: 502 }, [1000]],
    ['HTTP 500 twice', [{ status: 500 }, { status: 500 }], [1000, 2000]],
    ['malformed JSON', { malformedJson: true as const }, [1000]],
    ['connection reset', { reset: true as const }, [1000]],
    [
      'secondary rate limit with Retry-After',
      { status: 403, retryAfter: 1, body: { message: 'You have exceeded a secondary rate limit' } },
      [1000],
    ],
    [
      'secondary rate limit without Retry-After',
      { status: 403, body: { message: 'You have exceeded a secondary rate limit.' } },
      [1000],
    ],
    ['429 with Retry-After', { status: 429, retryAfter: 2 }, [2000]],
    [
      '403 with x-ratelimit-reset',
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(T0 / 1000 + 7) },
      },
      [7000],
    ],
  ])('retries %s, then succeeds', async (_name, faults, sleeps) => {
    const queue = Array.isArray(faults) ? faults : [faults];
    const { api, fake, clock } = await setup({ data, faults: { prFiles: queue } });
    expect(await api.pullRequestFiles(REPO, 5)).toEqual(ok);
    expect(clock.sleeps).toEqual(sleeps);
    expect(fake.requests).toHaveLength(queue.length + 1);
  });

  it('retries a request that never answers, after the per-request timeout', async () => {
    const { api, fake, clock } = await setup(
      { data, faults: { prFiles: [{ hang: true }] } },
      { requestTimeoutMs: 150 },
    );
    const started = Date.now();
    expect(await api.pullRequestFiles(REPO, 5)).toEqual(ok);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(clock.sleeps).toEqual([1000]);
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up on a server that never answers, bounded by the per-request timeout', async () => {
    const { api, fake } = await setup(
      { data, faults: { prFiles: Array(4).fill({ hang: true }) } },
      { requestTimeoutMs: 100 },
    );
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toBe(
      'GET /repos/acme/images/pulls/5/files?per_page=100: no response within 100 ms after 4 attempts',
    );
    expect(fake.requests).toHaveLength(4);
  });

  it('retries a refused connection, then names the cause', async () => {
    const { api, fake, clock } = await setup({ data });
    await fake.close();
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toBe(
      'GET /repos/acme/images/pulls/5/files?per_page=100: network error (ECONNREFUSED) after 4 attempts',
    );
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('retries a failure on a later page', async () => {
    const { api, fake } = await setup({
      data: { prFiles: { 5: many(150) } },
      faults: { prFiles: [null, { status: 503 }] },
    });
    expect((await api.pullRequestFiles(REPO, 5)).count).toBe(150);
    expect(fake.requests.map((r) => r.path.replace(/.*\?/, ''))).toEqual([
      'per_page=100',
      'per_page=100&page=2',
      'per_page=100&page=2',
    ]);
  });

  it('gives up after 4 attempts with a short message', async () => {
    const { api, fake, clock } = await setup({
      data,
      faults: { prFiles: Array(10).fill({ status: 502 }) },
    });
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toBe(
      'GET /repos/acme/images/pulls/5/files?per_page=100: HTTP 502 after 4 attempts',
    );
    expect(err.status).toBe(502);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(fake.requests).toHaveLength(4);
  });

  it('gives up at once when Retry-After passes the time budget', async () => {
    const { api, fake, clock } = await setup({
      data,
      faults: { prFiles: [{ status: 429, retryAfter: 120 }] },
    });
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toBe(
      'GET /repos/acme/images/pulls/5/files?per_page=100: HTTP 429 (rate limited) after 1 attempt; retrying in 120 s would exceed the 60 s time budget',
    );
    expect(clock.sleeps).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('gives up when backoff would pass a small budget', async () => {
    const { api, clock } = await setup(
      { data, faults: { prFiles: Array(10).fill({ reset: true }) } },
      { totalBudgetMs: 5000 },
    );
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toMatch(/: network error \([A-Z_]+\) after 3 attempts; retrying in 4 s/);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('shares one budget across the requests of a client', async () => {
    const { api, fake, clock } = await setup(
      { data, faults: { prFiles: [{ status: 500 }, { status: 500 }] } },
      { totalBudgetMs: 3500 },
    );
    expect(await api.pullRequestFiles(REPO, 5)).toEqual(ok);
    expect(clock.sleeps).toEqual([1000, 2000]);
    fake.faults.prFiles = [{ status: 500 }];
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toBe(
      'GET /repos/acme/images/pulls/5/files?per_page=100: HTTP 500 after 1 attempt; retrying in 1 s would exceed the 3.5 s time budget',
    );
    clock.t += 10_000; // time spent elsewhere, e.g. in a slow request
    const late = await failure(api.pullRequestFiles(REPO, 5));
    expect(late.message).toBe(
      'GET /repos/acme/images/pulls/5/files?per_page=100: the 3.5 s time budget is used up',
    );
    expect(fake.requests).toHaveLength(4);
  });

  it.each([
    [401, { status: 401, body: { message: 'Bad credentials' } }, 'HTTP 401 (Bad credentials)'],
    [
      403,
      { status: 403, body: { message: 'Resource not accessible by integration' } },
      'HTTP 403 (Resource not accessible by integration)',
    ],
    [404, { status: 404 }, 'HTTP 404 (Not Found)'],
    [422, { status: 422, body: { message: 'Validation Failed' } }, 'HTTP 422 (Validation Failed)'],
  ])('fails at once on HTTP %i', async (status, fault, text) => {
    const { api, fake, clock } = await setup({ data, faults: { prFiles: [fault] } });
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).toBe(`GET /repos/acme/images/pulls/5/files?per_page=100: ${text}`);
    expect(err.status).toBe(status);
    expect(fake.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('never puts the token or a long body in a message', async () => {
    const long = `Bad credentials for ${TOKEN} ${'x'.repeat(1000)}`;
    const { api } = await setup({
      data,
      faults: { prFiles: [{ status: 401, body: { message: long } }] },
    });
    const err = await failure(api.pullRequestFiles(REPO, 5));
    expect(err.message).not.toContain(TOKEN);
    expect(err.message).toContain('Bad credentials for ***');
    expect(err.message.length).toBeLessThan(300);
    expect(String(err.stack)).not.toContain(TOKEN);
  });
});

describe('fake GitHub server', () => {
  it('ends a hanging request on close()', async () => {
    fake = await startFakeGitHub({ faults: { runs: [{ hang: true }] } });
    const url = `${fake.url}/repos/acme/images/actions/workflows/ci.yml/runs`;
    const pending = fetch(url).then(
      () => 'answered',
      () => 'ended',
    );
    while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await fake.close();
    expect(await pending).toBe('ended');
  });
});
