/**
 * The REST adapter in-process against the fake GitHub server: concurrent
 * pages, hints, caps, retries and their limits, and messages without the token.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { ApiError, GitHubApi, type GitHubApiOptions } from '../src/github/api.js';
import { scrub } from '../src/github/errors.js';
import { fetchPages, type Page } from '../src/github/pages.js';
import {
  startFakeGitHub,
  type FakeFile,
  type FakeGitHub,
  type FakeGitHubConfig,
} from './support/fake-github.js';

const TOKEN = 'ghs_s3cretT0kenValue1234567890abcdef';
const REPO = 'acme/images';
const FILES = '/repos/acme/images/pulls/5/files?per_page=100';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake server and a client with short waits (5 ms retry base, 2 s per attempt). */
async function setup(config: FakeGitHubConfig, opts: Partial<GitHubApiOptions> = {}) {
  fake = await startFakeGitHub(config);
  const api = new GitHubApi({
    baseUrl: fake.url,
    token: TOKEN,
    repository: REPO,
    retryBaseMs: 5,
    requestTimeoutMs: 2000,
    ...opts,
  });
  return { api, fake };
}

const many = (n: number, prefix = 'backend/python/vllm/f'): FakeFile[] =>
  Array.from({ length: n }, (_, i) => ({ filename: `${prefix}${i}.py` }));
const names = (files: FakeFile[]): string[] => files.map((f) => f.filename);

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(
    (v: unknown) => v,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

async function timed<T>(p: Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  const v = await p;
  return [v, Date.now() - t0];
}

describe('pullRequestFiles', () => {
  it('asks page 1, then the pages its Link names, with the API headers', async () => {
    const { api, fake } = await setup({
      data: { prFiles: { 5: many(250) } },
      token: TOKEN,
      latencyMs: 20,
    });
    const list = await api.pullRequestFiles(5);
    expect(list).toEqual({ files: names(many(250)), complete: true, count: 250, added: [] });
    const paths = fake.requests.map((r) => r.path);
    expect(paths[0]).toBe(FILES);
    expect(paths.slice(1).sort()).toEqual([`${FILES}&page=2`, `${FILES}&page=3`]);
    const h = fake.requests[0].headers;
    expect(h.authorization).toBe(`token ${TOKEN}`);
    expect(h.accept).toBe('application/vnd.github+json');
    expect(h['x-github-api-version']).toBe('2022-11-28');
    expect(h['user-agent']).toMatch(/^backend-matrix-action /);
    expect(api.stats()).toEqual({ requests: 3, maxInFlight: 2, roundTrips: 2 });
  });

  it('makes unauthenticated requests without a token', async () => {
    const { api, fake } = await setup({ data: { prFiles: { 1: many(1) } } }, { token: '' });
    expect((await api.pullRequestFiles(1)).files).toEqual(names(many(1)));
    expect(fake.requests[0].headers.authorization).toBeUndefined();
  });

  it('fetches the pages of a 2,999-file PR concurrently: three waves of exactly 10, in page order', async () => {
    const files = many(2999);
    // The fake answers only once 10 requests wait together: a client that sent
    // fewer at once would never be answered; one that started more at once
    // would count them in its own peak, which it counts as it sends.
    // A generous per-attempt timeout: held answers must never time out on a loaded machine.
    const { api, fake } = await setup(
      { data: { prFiles: { 5: files } }, holdUntil: 10 },
      { requestTimeoutMs: 20_000 },
    );
    const list = await api.pullRequestFiles(5, 2999);
    expect(list.files).toEqual(names(files));
    expect([list.complete, list.count]).toEqual([true, 2999]);
    expect(fake.requests).toHaveLength(30);
    expect(fake.maxInFlight).toBe(10);
    expect(api.stats()).toEqual({ requests: 30, maxInFlight: 10, roundTrips: 3 });
  });

  it.each<[string, number, number | undefined]>([
    ['no hint', 2999, undefined],
    ['a hint of 0', 2999, 0],
    ['a hint too small', 2999, 150],
    ['the right hint', 2999, 2999],
    ['a hint too large', 250, 2999],
    ['a hint over the cap', 250, 99_999],
    ['a hint too small by one page', 201, 200],
  ])('%s still gives the complete list (%i files, hint %s)', async (_, n, hint) => {
    const files = many(n);
    const { api, fake } = await setup({ data: { prFiles: { 5: files } }, latencyMs: 5 });
    const list = await api.pullRequestFiles(5, hint);
    expect(list.files).toEqual(names(files));
    expect(list.complete).toBe(true);
    const pages = fake.requests.map((r) => r.page);
    // Every page that exists was asked for exactly once; pages past the end at most one wave.
    const real = Math.ceil(n / 100);
    for (let p = 1; p <= real; p++) expect(pages.filter((x) => x === p)).toHaveLength(1);
    expect(pages.filter((p) => p > real).length).toBeLessThan(10);
  });

  it('retries a page that fails once on its own, and the list is complete', async () => {
    let failed = 0;
    const files = many(2999);
    const { api, fake } = await setup({
      data: { prFiles: { 5: files } },
      fault: (r) => (r.page === 7 && failed++ === 0 ? { status: 502 } : null),
    });
    const list = await api.pullRequestFiles(5, 2999);
    expect(list.files).toEqual(names(files));
    const pages = fake.requests.map((r) => r.page);
    expect(pages.filter((p) => p === 7)).toHaveLength(2);
    expect(pages.filter((p) => p !== 7)).toHaveLength(29);
  });

  it('throws, and returns no partial list, when one page keeps failing', async () => {
    const { api, fake } = await setup({
      data: { prFiles: { 5: many(2999) } },
      fault: (r) => (r.page === 7 ? { status: 502 } : null),
    });
    const err = await failure(api.pullRequestFiles(5, 2999));
    expect(err.message).toBe(`GET ${FILES}&page=7: HTTP 502 after 4 attempts`);
    expect(err.status).toBe(502);
    expect(fake.requests.filter((r) => r.page === 7)).toHaveLength(4);
  });

  it('a failing page stops the pages not yet started', async () => {
    const { api, fake } = await setup(
      {
        data: { prFiles: { 5: many(2999) } },
        latencyMs: (r) => (r.page === 1 ? 0 : 60),
        fault: (r) => (r.page === 1 ? { status: 404 } : null),
      },
      {},
    );
    const err = await failure(api.pullRequestFiles(5, 2999));
    expect(err.message).toBe(`GET ${FILES}: HTTP 404 (Not Found)`);
    expect(fake.requests.length).toBeLessThanOrEqual(10);
  });

  describe('when the payload, rel="last" and the pages disagree', () => {
    const items = (files: FakeFile[]) =>
      files.map((f) => ({ filename: f.filename, status: 'modified' }));
    /** Page 1 as a server that believes the list has one page: full, and `rel="last"` page 1. */
    const lyingFirstPage =
      (files: FakeFile[]): FakeGitHubConfig['fault'] =>
      (r) =>
        r.route === 'prFiles' && r.page === 1
          ? {
              status: 200,
              body: items(files.slice(0, 100)),
              headers: { link: `<${fake!.url}${FILES}&page=1>; rel="last"` },
            }
          : null;

    it('reads on past a full page that rel="last" and a hint of 1 call the last: all 250 files', async () => {
      const files = many(250);
      const { api, fake } = await setup({
        data: { prFiles: { 5: files } },
        fault: lyingFirstPage(files),
      });
      const list = await api.pullRequestFiles(5, 1);
      expect(list).toEqual({ files: names(files), complete: true, count: 250, added: [] });
      expect(fake.requests.map((r) => r.page)).toEqual([1, 2, 3]);
    });

    it.each<[string, number | undefined, number[]]>([
      ['the payload agrees: no more requests', 200, [1, 2]],
      ['no payload count: one more request', undefined, [1, 2, 3]],
      ['the payload says fewer: one more request', 150, [1, 2, 3]],
      ['the payload says more: one more request', 250, [1, 2, 3]],
    ])('a full last page that rel="last" names, 200 files, %s', async (_, hint, asked) => {
      const files = many(200);
      const { api, fake } = await setup({ data: { prFiles: { 5: files } } });
      expect((await api.pullRequestFiles(5, hint)).files).toEqual(names(files));
      expect(fake.requests.map((r) => r.page).sort()).toEqual(asked);
    });

    it('a short page followed by a fuller one is an error, never a partial list', async () => {
      const files = many(250);
      const { api } = await setup({
        data: { prFiles: { 5: files } },
        fault: (r) =>
          r.route === 'prFiles' && r.page === 2
            ? { status: 200, body: items(files.slice(100, 140)) }
            : null,
      });
      const err = await failure(api.pullRequestFiles(5, 250));
      expect(err.message).toBe(
        `GET ${FILES}: page 2 holds 40 of 100 items, yet page 3 holds more: the pages disagree (did the list change while it was read?)`,
      );
    });

    it('a server that ignores the page number stops at the cap, reported incomplete', async () => {
      const files = many(100);
      const { api, fake } = await setup({
        data: { prFiles: { 5: files } },
        fault: (r) => (r.route === 'prFiles' ? { status: 200, body: items(files) } : null),
      });
      const list = await api.pullRequestFiles(5, 1);
      expect([list.complete, list.count]).toEqual([false, 3000]);
      expect(fake.requests).toHaveLength(30);
    });
  });

  it('reports complete:false at the 3,000-file cap', async () => {
    const { api, fake } = await setup({
      data: { prFiles: { 9: many(3500), 10: many(3000), 11: many(2999) } },
    });
    const capped = await api.pullRequestFiles(9, 3500);
    expect([capped.complete, capped.count, capped.files.length]).toEqual([false, 3000, 3000]);
    expect(fake.requests).toHaveLength(30);
    expect((await api.pullRequestFiles(10)).complete).toBe(false);
    const under = await api.pullRequestFiles(11);
    expect([under.complete, under.count]).toEqual([true, 2999]);
  });

  it('lists a renamed file under both names, once each, and says which files are added', async () => {
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
    expect(await api.pullRequestFiles(7)).toEqual({
      files: ['backend/python/new/app.py', 'backend/python/old/app.py', 'README.md'],
      complete: true,
      count: 3,
      added: ['backend/python/old/app.py'],
    });
  });

  it('keeps a GHES path prefix on every page', async () => {
    const files = many(250);
    const { api, fake } = await setup({
      data: { prFiles: { 5: files } },
      pathPrefix: '/api/v3',
    });
    expect(fake.url).toMatch(/\/api\/v3$/);
    expect((await api.pullRequestFiles(5)).files).toEqual(names(files));
    expect(fake.requests.map((r) => r.path).sort()).toEqual([
      `/api/v3${FILES}`,
      `/api/v3${FILES}&page=2`,
      `/api/v3${FILES}&page=3`,
    ]);
    // The fake's own links keep the prefix too, as GHES's do.
    const res = await fetch(`${fake.url}${FILES}`, { headers: {} });
    expect(res.headers.get('link')).toContain(`/api/v3${FILES}&page=3>; rel="last"`);
  });
});

describe('fetchPages (the page scheduler)', () => {
  /** A list of `total` items served `per` a page, with or without `rel="last"`. */
  function source(total: number, per: number, withLast: boolean) {
    const asked: number[] = [];
    const fetch = async (n: number): Promise<Page<number>> => {
      asked.push(n);
      await new Promise((r) => setTimeout(r, 1));
      const items = Array.from(
        { length: Math.max(0, Math.min(per, total - (n - 1) * per)) },
        (_, i) => (n - 1) * per + i,
      );
      return { items, last: withLast ? Math.max(1, Math.ceil(total / per)) : undefined };
    };
    return { asked, fetch };
  }

  it.each([
    [25, 1],
    [25, 2],
    [30, 3],
    [0, 1],
    [10, 4],
  ])(
    'without rel="last", follows full pages one by one (%i items, guess %i)',
    async (total, guess) => {
      const s = source(total, 10, false);
      const pages = await fetchPages({ ...s, guess, maxPages: 30, perPage: 10, concurrency: 10 });
      expect(pages.flat()).toEqual(Array.from({ length: total }, (_, i) => i));
      expect(Math.max(...s.asked)).toBeLessThanOrEqual(Math.max(guess, Math.ceil(total / 10) + 1));
    },
  );

  it('never has more than `concurrency` pages in flight', async () => {
    let now = 0;
    let peak = 0;
    const pages = await fetchPages({
      guess: 30,
      maxPages: 30,
      perPage: 1,
      concurrency: 4,
      fetch: async (n) => {
        peak = Math.max(peak, ++now);
        await new Promise((r) => setTimeout(r, (n * 7) % 5));
        now--;
        return { items: [n], last: 30 };
      },
    });
    expect(pages.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(peak).toBe(4);
  });
});

describe('compare', () => {
  it.each(['ahead', 'identical', 'behind', 'diverged'] as const)(
    'returns the status (%s) and the files, in one request',
    async (status) => {
      const files = status === 'identical' ? [] : [{ filename: 'b', previous_filename: 'a' }];
      const { api, fake } = await setup({
        data: { compare: { 'feature/x...e5bd391': { files, totalCommits: 250, status } } },
      });
      const cmp = await api.compare('feature/x', 'e5bd391');
      expect(cmp).toEqual({
        status,
        files: status === 'identical' ? [] : ['b', 'a'],
        complete: true,
        count: files.length,
        added: [],
      });
      expect(fake.requests.map((r) => r.path)).toEqual([
        '/repos/acme/images/compare/feature%2Fx...e5bd391?per_page=100',
      ]);
    },
  );

  it('reports complete:false at the 300-file cap', async () => {
    const { api } = await setup({
      data: { compare: { 'a...b': { files: many(450) }, 'a...c': { files: many(299) } } },
    });
    const capped = await api.compare('a', 'b');
    expect([capped.complete, capped.count]).toEqual([false, 300]);
    const under = await api.compare('a', 'c');
    expect([under.complete, under.count]).toEqual([true, 299]);
  });
});

describe('fileAt and successfulPushRuns', () => {
  it('reads raw text at a ref, encoding the ref and path segments; undefined on 404', async () => {
    const path = '.github/matrix dir/bäckend #1.yml';
    const { api, fake } = await setup({
      data: { contents: { [`release/1.x:${path}`]: 'include: []\n' } },
    });
    expect(await api.fileAt(path, 'release/1.x')).toBe('include: []\n');
    expect(fake.requests[0].path).toBe(
      '/repos/acme/images/contents/.github/matrix%20dir/b%C3%A4ckend%20%231.yml?ref=release%2F1.x',
    );
    expect(fake.requests[0].headers.accept).toBe('application/vnd.github.raw+json');
    expect(await api.fileAt(path, 'main')).toBeUndefined();
    expect(fake.requests).toHaveLength(2); // a 404 is an answer: no retry
  });

  it('decodes the JSON form from a server that ignores the raw media type', async () => {
    const text = 'syntax = "proto3";\nmessage A {}\n';
    const body = {
      type: 'file',
      encoding: 'base64',
      content: Buffer.from(text).toString('base64'),
    };
    const { api } = await setup({ faults: { contents: [{ status: 200, body }] } });
    expect(await api.fileAt('backend/backend.proto', 'main')).toBe(text);
  });

  it('throws for a file it cannot read (not a 404)', async () => {
    const { api } = await setup({ faults: { contents: Array(4).fill({ status: 500 }) } });
    const err = await failure(api.fileAt('a.proto', 'main'));
    expect(err.message).toBe(
      'GET /repos/acme/images/contents/a.proto?ref=main: HTTP 500 after 4 attempts',
    );
  });

  it('lists successful push runs on the branch with their head repository', async () => {
    const { api, fake } = await setup({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: 'aaa', head_branch: 'main', conclusion: 'failure' },
            { head_sha: 'bbb', head_branch: 'main', head_repository: 'fork/images' },
            { head_sha: 'ccc', head_branch: 'main', event: 'pull_request' },
            { head_sha: 'ddd', head_branch: 'dev' },
            { head_sha: 'eee', head_branch: 'main' },
            { head_sha: 'fff', head_branch: 'main', head_repository: null },
          ],
        },
      },
    });
    expect(await api.successfulPushRuns('ci.yml', 'main')).toEqual([
      { headSha: 'bbb', headRepository: 'fork/images' },
      { headSha: 'eee', headRepository: 'acme/images' },
      { headSha: 'fff', headRepository: '' },
    ]);
    expect(fake.requests[0].path).toBe(
      '/repos/acme/images/actions/workflows/ci.yml/runs?branch=main&event=push&status=success',
    );
    expect(await api.successfulPushRuns('ci.yml', 'release/2')).toEqual([]);
    expect(fake.requests[1].path).toContain('branch=release%2F2');
  });
});

describe('retries', () => {
  const data = { prFiles: { 5: [{ filename: 'x.py' }] } };
  const ok = { files: ['x.py'], complete: true, count: 1, added: [] };

  it.each<[string, FakeGitHubConfig['faults']]>([
    ['HTTP 502', { prFiles: [{ status: 502 }] }],
    ['HTTP 500 twice', { prFiles: [{ status: 500 }, { status: 503 }] }],
    ['malformed JSON', { prFiles: [{ malformedJson: true }] }],
    ['a connection reset', { prFiles: [{ reset: true }] }],
    ['a hang, past the per-request timeout', { prFiles: [{ hang: true }] }],
  ])('retries %s, then succeeds', async (_, faults) => {
    const { api, fake } = await setup({ data, faults }, { requestTimeoutMs: 150 });
    expect(await api.pullRequestFiles(5)).toEqual(ok);
    expect(fake.requests).toHaveLength(faults!.prFiles!.length + 1);
  });

  it('waits out a secondary rate limit for its Retry-After', async () => {
    const limit = {
      status: 403,
      retryAfter: 1,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
    };
    const { api, fake } = await setup({ data, faults: { prFiles: [limit] } });
    const [list, ms] = await timed(api.pullRequestFiles(5));
    expect(list).toEqual(ok);
    expect(ms).toBeGreaterThanOrEqual(950);
    // The first attempt without Octokit; its answer replayed to Octokit's throttling, which waited and asked again.
    expect(fake.requests.map((r) => r.headers['user-agent'])).toEqual([
      expect.stringMatching(/^backend-matrix-action Node\.js\//),
      expect.stringMatching(/^backend-matrix-action octokit-core\.js\//),
    ]);
  });

  it('waits out a 429 for its Retry-After', async () => {
    const { api, fake } = await setup({
      data,
      faults: { prFiles: [{ status: 429, retryAfter: 1 }] },
    });
    const [list, ms] = await timed(api.pullRequestFiles(5));
    expect(list).toEqual(ok);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up at once when Retry-After passes the time budget', async () => {
    const { api, fake } = await setup(
      { data, faults: { prFiles: [{ status: 429, retryAfter: 60 }] } },
      { totalBudgetMs: 3000 },
    );
    // It says it did not wait (a 60 s wait would outlast the test).
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toBe(
      `GET ${FILES}: HTTP 429 (rate limited) after 1 attempt; retrying in 60 s would exceed the 3 s time budget`,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('fails at once on the primary rate limit instead of waiting for its reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1800);
    const fault = {
      status: 403,
      body: { message: 'API rate limit exceeded for installation ID 1.' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    };
    const { api, fake } = await setup({ data, faults: { prFiles: [fault] } });
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toMatch(
      new RegExp(
        `^GET ${FILES.replace('?', '\\?')}: HTTP 403 \\(rate limited\\) after 1 attempt; the rate limit resets in 1[78]\\d\\d s$`,
      ),
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('gives up after 4 attempts, having waited 1, 4 and 9 × the retry base', async () => {
    const { api, fake } = await setup(
      { data, faults: { prFiles: Array(10).fill({ status: 502 }) } },
      { retryBaseMs: 20 },
    );
    const [err, ms] = await timed(failure(api.pullRequestFiles(5)));
    expect(err.message).toBe(`GET ${FILES}: HTTP 502 after 4 attempts`);
    expect(err.status).toBe(502);
    expect(ms).toBeGreaterThanOrEqual((1 + 4 + 9) * 20 - 10);
    expect(fake.requests).toHaveLength(4);
  });

  it('bounds a server that never answers by the per-request timeout', async () => {
    const { api, fake } = await setup(
      { data, faults: { prFiles: Array(4).fill({ hang: true }) } },
      { requestTimeoutMs: 100 },
    );
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toBe(`GET ${FILES}: no response within 100 ms after 4 attempts`);
    expect(fake.requests).toHaveLength(4);
  });

  it('stops at the time budget, and a later call makes no request', async () => {
    const { api, fake } = await setup(
      { data, faults: { prFiles: Array(10).fill({ hang: true }) } },
      { requestTimeoutMs: 5000, totalBudgetMs: 300, retryBaseMs: 50 },
    );
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toMatch(
      new RegExp(
        `^GET ${FILES.replace('?', '\\?')}: no response within 300 ms after 1 attempt; retrying in 0(\\.1)? s would exceed the 0.3 s time budget$`,
      ),
    );
    const late = await failure(api.compare('a', 'b'));
    expect(late.message).toBe(
      'GET /repos/acme/images/compare/a...b?per_page=100: the 0.3 s time budget is used up',
    );
    expect(fake.requests).toHaveLength(1);
  });

  it('names a refused connection', async () => {
    const { api, fake } = await setup({ data });
    await fake.close();
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toMatch(
      new RegExp(
        `^GET ${FILES.replace('?', '\\?')}: network error \\(connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\) after 4 attempts$`,
      ),
    );
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
    const { api, fake } = await setup({ data, faults: { prFiles: [fault] } });
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toBe(`GET ${FILES}: ${text}`);
    expect(err.status).toBe(status);
    expect(fake.requests).toHaveLength(1);
  });

  it('a JSON answer of the wrong shape is an error, not an empty list', async () => {
    const { api } = await setup({
      data,
      faults: { prFiles: [{ status: 200, body: { files: [] } }] },
    });
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toBe(`GET ${FILES}: expected a JSON array of files`);
  });
});

describe('the token', () => {
  it.each<[string, FakeGitHubConfig['faults']]>([
    [
      '401 echoing it',
      { prFiles: [{ status: 401, body: { message: `Bad credentials: ${TOKEN}` } }] },
    ],
    ['404 echoing it', { prFiles: [{ status: 404, body: { message: `Not Found for ${TOKEN}` } }] }],
    [
      '422 echoing it',
      { prFiles: [{ status: 422, body: { message: `${TOKEN} ${'x'.repeat(900)}` } }] },
    ],
    [
      '500s echoing it',
      { prFiles: Array(4).fill({ status: 500, body: { message: `oops ${TOKEN}` } }) },
    ],
    [
      'a secondary limit echoing it',
      {
        prFiles: [
          { status: 403, retryAfter: 90, body: { message: `secondary rate limit ${TOKEN}` } },
        ],
      },
    ],
    ['malformed JSON', { prFiles: Array(4).fill({ malformedJson: true }) }],
  ])('is in no error message (%s), nor a long body', async (_, faults) => {
    const { api } = await setup({ data: { prFiles: { 5: many(1) } }, faults });
    const err = await failure(api.pullRequestFiles(5));
    for (const text of [err.message, String(err.stack), JSON.stringify(err)]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(err.message.length).toBeLessThan(320);
  });

  it.each([
    ['a CR/LF and a header after it', `${TOKEN}\r\nX-Injected: 1`],
    ['a newline', `${TOKEN}\nX-Injected: 1`],
    ['a NUL', `${TOKEN}\u0000x`],
    ['a character past Latin-1', `${TOKEN}\u2028`],
  ])(
    "never appears in the HTTP client's own error for a header it refuses (%s)",
    async (_, token) => {
      const { api, fake } = await setup({ data: { prFiles: { 5: many(1) } } }, { token });
      const err = await failure(api.pullRequestFiles(5));
      expect(err.message).toBe(
        `GET ${FILES}: network error (the HTTP client refused a request header (its value is not shown))`,
      );
      for (const text of [err.message, String(err.stack), JSON.stringify(err)]) {
        expect(text).not.toContain(TOKEN.slice(4, 24));
        expect(text).not.toContain('X-Injected');
      }
      // Refused before sending, and not retried: the same header fails every time.
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('is masked in a message that collapses its white space', () => {
    const secret = `${TOKEN}\r\nX-Injected: 1`;
    const text = `Headers.append: "token ${TOKEN} X-Injected: 1" is an invalid header value.`;
    expect(scrub(text, secret)).toBe('Headers.append: "token ***" is an invalid header value.');
    expect(scrub(`a ${TOKEN} b`, secret)).toBe('a *** b');
  });

  it('is masked where a server echoes it', async () => {
    const fault = { status: 401, body: { message: `Bad credentials for ${TOKEN}` } };
    const { api } = await setup({ faults: { prFiles: [fault] } });
    const err = await failure(api.pullRequestFiles(5));
    expect(err.message).toBe(`GET ${FILES}: HTTP 401 (Bad credentials for ***)`);
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

  it('holds answers until holdUntil requests wait, and counts the requests in flight', async () => {
    fake = await startFakeGitHub({ data: { prFiles: { 1: many(1) } }, holdUntil: 3 });
    const url = `${fake.url}/repos/acme/images/pulls/1/files`;
    let answered = 0;
    const get = (): Promise<unknown> =>
      fetch(url)
        .then((r) => r.json())
        .then((body) => (answered++, body));
    const two = [get(), get()];
    await fake.whenHeld(2);
    expect([fake.held, answered]).toEqual([2, 0]);
    const all = await Promise.all([...two, get()]);
    expect(all).toEqual(
      [0, 1, 2].map(() => [expect.objectContaining({ filename: 'backend/python/vllm/f0.py' })]),
    );
    expect([fake.held, fake.maxInFlight]).toEqual([0, 3]);
  });

  it('answers held requests on release()', async () => {
    fake = await startFakeGitHub({ data: { prFiles: { 1: many(1) } }, holdUntil: 99 });
    const pending = fetch(`${fake.url}/repos/acme/images/pulls/1/files`);
    await fake.whenHeld(1);
    fake.release();
    expect((await pending).status).toBe(200);
  });
});
