/**
 * `unless: additive-proto` end to end (docs/schema-comparison.md):
 * schemaVerdicts over a fake RevisionReader in-process, then pull requests
 * editing backend/backend.proto through the bundled dist/index.js, with the
 * base read from the fake contents API or from a real git repository. The
 * matrix is examples/backend-matrix.yml, whose rules.shared[1] guards the
 * schema.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import type { Rules } from '../src/core/rules.js';
import type { Revision, RevisionReader } from '../src/change/ports.js';
import { schemaVerdicts } from '../src/change/schemas.js';
import { backendSchema, renderProto } from './support/backend-proto.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubConfig } from './support/fake-github.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { runAction, type ActionCase, type ActionRun } from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const MATRIX_TEXT = readFileSync('examples/backend-matrix.yml', 'utf8');
const PROTO = 'backend/backend.proto';
const CUDA_SCRIPT = 'scripts/build/cuda-install.sh';
const TOKEN = 'ghs_sch3maT3stT0ken_0d1f';
const API_ENV = {
  BACKEND_MATRIX_API_RETRY_MS: '10',
  BACKEND_MATRIX_API_TIMEOUT_MS: '500',
  BACKEND_MATRIX_API_BUDGET_MS: '3000',
};

const matrix = loadMatrixFile(MATRIX_TEXT, MATRIX);
const RULES: Rules = matrix.rules!;
const ALL_IDS = [...matrix.linux, ...matrix.darwin].map(
  (e) =>
    `${e.os === 'darwin' ? 'darwin:' : ''}${e.tagSuffix}${e.platformTag ? `@${e.platformTag}` : ''}`,
);
/** What scripts/build/cuda-*.sh rebuilds in the example: the CUDA and L4T builds. */
const CUDA_IDS = matrix.linux
  .filter((e) => ['cublas', 'l4t'].includes(String(e.fields['build-type'])))
  .map((e) => `${e.tagSuffix}${e.platformTag ? `@${e.platformTag}` : ''}`);

// The schema at the base, and head revisions that add to it or break it.
const BASE = renderProto(backendSchema());
const ADDITIVE = ((): string => {
  const s = backendSchema();
  s.messages
    .find((m) => m.name === 'ModelOptions')!
    .fields.push({ name: 'foo', number: 99, type: 'int32' });
  s.services[0].rpcs.push({ name: 'Translate', request: 'PredictOptions', response: 'Reply' });
  return renderProto(s, { comments: false, reversed: false, indent: '    ' });
})();
const ADDED = 'only adds rpc Backend.Translate, field ModelOptions.foo = 99';
const BREAKING = ((): string => {
  const s = backendSchema();
  s.messages
    .find((m) => m.name === 'PredictOptions')!
    .fields.find((f) => f.name === 'Seed')!.number = 60;
  return renderProto(s);
})();
const BROKEN = 'field PredictOptions.Seed renumbered 2 → 60';

// ---------------------------------------------------------------------------

/** A RevisionReader over fixed answers that records the reads and how many overlapped. */
function reader(answers: Record<string, { base: Revision | Error; head: Revision | Error }>) {
  const reads: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const read =
    (side: 'base' | 'head') =>
    async (path: string): Promise<Revision> => {
      reads.push(`${side}:${path}`);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      const answer = answers[path]?.[side];
      if (!answer) throw new Error(`unexpected read of ${path}`);
      if (answer instanceof Error) throw answer;
      return answer;
    };
  const r: RevisionReader = { base: read('base'), head: read('head') };
  return { reader: r, reads, maxInFlight: () => maxInFlight };
}

describe('schemaVerdicts', () => {
  it('reads nothing when no changed file is guarded by `unless`', async () => {
    const fake = reader({});
    const files = ['backend/python/vllm/backend.py', 'backend/other.proto', CUDA_SCRIPT];
    expect(await schemaVerdicts(RULES, files, fake.reader)).toEqual(new Map());
    expect(fake.reads).toEqual([]);
  });

  it('gives no verdicts without rules or without revisions', async () => {
    const fake = reader({});
    expect(await schemaVerdicts(undefined, [PROTO], fake.reader)).toEqual(new Map());
    expect(await schemaVerdicts(RULES, [PROTO], undefined)).toEqual(new Map());
    expect(fake.reads).toEqual([]);
  });

  it('compares the base and the head, read at the same time', async () => {
    const fake = reader({ [PROTO]: { base: { text: BASE }, head: { text: ADDITIVE } } });
    const verdicts = await schemaVerdicts(RULES, [CUDA_SCRIPT, PROTO], fake.reader);
    expect(verdicts).toEqual(new Map([[PROTO, { additive: true, summary: ADDED }]]));
    expect(fake.reads.sort()).toEqual([`base:${PROTO}`, `head:${PROTO}`]);
    expect(fake.maxInFlight()).toBe(2);
  });

  it.each<[string, Revision | Error, Revision | Error, object]>([
    ['a breaking edit', { text: BASE }, { text: BREAKING }, { additive: false, summary: BROKEN }],
    [
      'a file added by the change',
      { absent: true, why: `the change adds ${PROTO}` },
      { text: BASE },
      { additive: false, summary: 'added by this change' },
    ],
    [
      'a file deleted by the change',
      { text: BASE },
      { absent: true, why: `the change deletes ${PROTO}` },
      { additive: false, summary: 'deleted by this change' },
    ],
    [
      'an unreadable base',
      { error: 'REST API: HTTP 500 after 4 attempts' },
      { text: ADDITIVE },
      {
        additive: false,
        summary: 'its base revision could not be read: REST API: HTTP 500 after 4 attempts',
        fallback: true,
      },
    ],
    [
      'an unreadable head',
      { text: BASE },
      { error: 'the event names no head revision' },
      {
        additive: false,
        summary: 'its head revision could not be read: the event names no head revision',
        fallback: true,
      },
    ],
    [
      'a reader that throws',
      new Error('socket hang up'),
      { text: ADDITIVE },
      {
        additive: false,
        summary: 'its base revision could not be read: socket hang up',
        fallback: true,
      },
    ],
    [
      'a head that does not parse',
      { text: BASE },
      { text: 'syntax = "proto3";\nmessage {\n' },
      {
        additive: false,
        summary: "its head revision does not parse: illegal type name '{' at line 2",
        fallback: true,
      },
    ],
  ])('%s', async (_, base, head, verdict) => {
    const fake = reader({ [PROTO]: { base, head } });
    expect((await schemaVerdicts(RULES, [PROTO], fake.reader)).get(PROTO)).toEqual(verdict);
  });
});

// ---------------------------------------------------------------------------
// Through dist/index.js.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const PR = JSON.parse(readFileSync('__tests__/fixtures/events/pull_request.json', 'utf8')) as Json;
const PR_BASE: string = PR.pull_request.base.sha;
const PR_HEAD: string = PR.pull_request.head.sha;
const REPO_API = '/repos/acme/images';
const PR_FILES_PATH = `${REPO_API}/pulls/42/files?per_page=100`;
const contentsPath = (ref: string): string => `${REPO_API}/contents/${PROTO}?ref=${ref}`;

function prEvent(base: string, head: string): Json {
  const e = structuredClone(PR);
  e.pull_request.base.sha = base;
  e.pull_request.head.sha = head;
  return e;
}

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function fake(config: FakeGitHubConfig = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ token: TOKEN, ...config });
  servers.push(server);
  return server;
}

/** A pull request run: the example matrix in the workspace (plus `files`), audit off. */
function act(gh: FakeGitHub, c: ActionCase & { dir?: string } = {}): Promise<ActionRun> {
  return runAction(
    {
      eventName: 'pull_request',
      event: PR,
      ...c,
      files: { [MATRIX]: MATRIX_TEXT, ...c.files },
      inputs: { token: TOKEN, audit: 'false', ...c.inputs },
      env: { GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/pull/42/merge', ...API_ENV, ...c.env },
    },
    c.dir,
  );
}

/** What a run selected (ids as in ALL_IDS), its warnings, and whether it failed. */
function outcome(r: ActionRun) {
  const o = r.outputs ?? {};
  const list = (k: string): Json[] =>
    (JSON.parse(o[k] ?? '{"include":[]}') as { include: Json[] }).include;
  const ids = [
    ...list('matrix-singlearch').map((e) => e['tag-suffix']),
    ...list('matrix-multiarch').map((e) => `${e['tag-suffix']}@${e['platform-tag']}`),
    ...list('matrix-darwin').map((e) => `darwin:${e['tag-suffix']}`),
  ];
  return {
    code: r.code,
    stderr: r.stderr,
    runAll: o['run-all'],
    selected: ALL_IDS.filter((id) => ids.includes(id)),
    warnings: r.annotations.filter((a) => a.level === 'warning').map((a) => a.message),
  };
}
const want = (selected: string[], warnings: string[] = []) => ({
  code: 0,
  stderr: '',
  runAll: 'false',
  selected,
  warnings,
});

/** The reason text as the summary shows it (inert HTML in its <details> lines). */
const shown = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;');

describe('a pull request editing the schema, base from the contents API', () => {
  const served = (head: string, extra: { filename: string }[] = []): FakeGitHubConfig => ({
    data: {
      prFiles: { 42: [{ filename: PROTO }, ...extra] },
      contents: { [`${PR_BASE}:${PROTO}`]: BASE, [`${PR_HEAD}:${PROTO}`]: head },
    },
  });

  it('an additive edit selects nothing through the schema rule, and the summary says what it adds', async () => {
    const gh = await fake(served(ADDITIVE));
    const r = await act(gh, { files: { [PROTO]: ADDITIVE }, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want([]));
    expect(r.outputs?.['changed-backends']).toBe('[]');
    expect(r.summary).toContain(`- rules.shared&#91;1&#93; skipped: ${PROTO} ${ADDED}`);
    expect(r.summary).toContain('**Nothing to build:**');
    // The head came from the workspace; only the base needed the API.
    expect(gh.requests.map((q) => q.path)).toEqual([PR_FILES_PATH, contentsPath(PR_BASE)]);
  });

  it('other files still apply: the schema and a CUDA script rebuild what the script rebuilds', async () => {
    const gh = await fake(served(ADDITIVE, [{ filename: CUDA_SCRIPT }]));
    const r = await act(gh, { files: { [PROTO]: ADDITIVE }, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(CUDA_IDS));
    expect(CUDA_IDS).toHaveLength(11);
    expect(r.summary).toContain(shown(`rules.shared[2]: ${CUDA_SCRIPT}`));
    expect(r.summary).toContain(`- rules.shared&#91;1&#93; skipped: ${PROTO} ${ADDED}`);
  });

  it('a sparse checkout without the schema reads the head from the contents API too', async () => {
    const gh = await fake(served(ADDITIVE));
    const r = await act(gh, { inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want([]));
    expect(gh.requests.map((q) => q.path).sort()).toEqual(
      [PR_FILES_PATH, contentsPath(PR_BASE), contentsPath(PR_HEAD)].sort(),
    );
  });

  it('a breaking edit rebuilds everything the rule names, each with the difference as its reason', async () => {
    const gh = await fake(served(BREAKING));
    const r = await act(gh, { files: { [PROTO]: BREAKING }, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(ALL_IDS));
    expect(ALL_IDS).toHaveLength(43);
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (${BROKEN})`));
    expect(r.summary).not.toContain('skipped');
  });

  it('a schema the pull request adds rebuilds everything and says so', async () => {
    const gh = await fake({ data: { prFiles: { 42: [{ filename: PROTO, status: 'added' }] } } });
    const r = await act(gh, { files: { [PROTO]: ADDITIVE }, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(ALL_IDS));
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (added by this change)`));
  });

  it('a schema the pull request deletes, with no git to tell: everything built, the reason names the deletion', async () => {
    const gh = await fake({
      data: {
        prFiles: { 42: [{ filename: PROTO, status: 'removed' }] },
        contents: { [`${PR_BASE}:${PROTO}`]: BASE },
      },
    });
    const r = await act(gh, { inputs: { 'diff-source': 'api' } });
    expect(outcome(r).selected).toEqual(ALL_IDS);
    expect(r.summary).toContain(
      shown(
        `rules.shared[1]: ${PROTO} (its head revision could not be read: the contents API has no ${PROTO} at ${PR_HEAD.slice(0, 12)}: deleted by this change, or a commit the API cannot see)`,
      ),
    );
  });

  const fallback = (why: string): string =>
    `${PROTO}: its base revision could not be read: ${why}; the rule guarding it fires as for a breaking edit`;

  it('a base the contents API fails to serve (500) rebuilds everything, with a warning', async () => {
    const gh = await fake({
      ...served(ADDITIVE),
      faults: { contents: Array(8).fill({ status: 500 }) },
    });
    const r = await act(gh, { files: { [PROTO]: ADDITIVE }, inputs: { 'diff-source': 'api' } });
    const why = `REST API: GET ${contentsPath(PR_BASE)}: HTTP 500 after 4 attempts`;
    expect(outcome(r)).toEqual(want(ALL_IDS, [fallback(why)]));
    expect(r.summary).toContain(
      shown(`rules.shared[1]: ${PROTO} (its base revision could not be read`),
    );
  });

  it('a modified schema the contents API has no base of (404) rebuilds everything, with a warning', async () => {
    const gh = await fake({ data: { prFiles: { 42: [{ filename: PROTO }] } } });
    const r = await act(gh, { files: { [PROTO]: ADDITIVE }, inputs: { 'diff-source': 'api' } });
    const why = `the contents API has no ${PROTO} at ${PR_BASE.slice(0, 12)}, yet the change lists it as modified: the base revision cannot be read`;
    expect(outcome(r)).toEqual(want(ALL_IDS, [fallback(why)]));
  });

  it('reads no revision when the pull request does not touch the schema', async () => {
    const gh = await fake({ data: { prFiles: { 42: [{ filename: CUDA_SCRIPT }] } } });
    const r = await act(gh, { files: { [PROTO]: BREAKING }, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(CUDA_IDS));
    expect(gh.requests.map((q) => q.path)).toEqual([PR_FILES_PATH]);
  });
});

describe('a pull request editing the schema, base from a real git repository', () => {
  let repo: GitRepo;
  let base: string, additive: string, breaking: string, deleted: string;

  beforeAll(() => {
    repo = GitRepo.init();
    repo.write({ [MATRIX]: MATRIX_TEXT, [PROTO]: BASE, [CUDA_SCRIPT]: '#!/bin/sh\n' });
    base = repo.commit('base');
    repo.checkout('additive', base);
    additive = repo
      .write({ [PROTO]: ADDITIVE, [CUDA_SCRIPT]: '#!/bin/sh\necho cuda\n' })
      .commit('add');
    repo.checkout('breaking', base);
    breaking = repo.write({ [PROTO]: BREAKING }).commit('break');
    repo.checkout('deleted', base);
    deleted = repo.write({ [PROTO]: null }).commit('delete the schema');
    repo.checkout('main');
  });
  afterAll(() => removeRepos());

  it('an additive edit lets the schema off; the script still rebuilds its entries; no API request', async () => {
    const gh = await fake();
    const r = await act(gh, {
      event: prEvent(base, additive),
      inputs: { 'diff-source': 'git' },
      dir: repo.clone({ checkout: additive }).dir,
    });
    expect(outcome(r)).toEqual(want(CUDA_IDS));
    expect(r.summary).toContain(`- rules.shared&#91;1&#93; skipped: ${PROTO} ${ADDED}`);
    expect(gh.requests).toEqual([]);
  });

  it('a breaking edit rebuilds everything, with the reason', async () => {
    const gh = await fake();
    const r = await act(gh, {
      event: prEvent(base, breaking),
      inputs: { 'diff-source': 'git' },
      dir: repo.clone({ checkout: breaking }).dir,
    });
    expect(outcome(r)).toEqual(want(ALL_IDS));
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (${BROKEN})`));
    expect(gh.requests).toEqual([]);
  });

  it('a schema the pull request deletes rebuilds everything, and the reason says it was deleted', async () => {
    const gh = await fake();
    const r = await act(gh, {
      event: prEvent(base, deleted),
      inputs: { 'diff-source': 'git' },
      dir: repo.clone({ checkout: deleted }).dir,
    });
    expect(outcome(r)).toEqual(want(ALL_IDS));
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (deleted by this change)`));
  });

  it('`backend-matrix plan --base --head` says a deleted schema was deleted, on every entry', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS']) delete env[k];
    const r = spawnSync(
      process.execPath,
      [path.resolve('dist/cli/index.js'), 'plan', '--base', base, '--head', deleted],
      { cwd: repo.clone({ checkout: 'main' }).dir, env, encoding: 'utf8', timeout: 20_000 },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`43 of 43 entries selected by 1 changed file(s) (from git)`);
    const reasons = r.stdout.split('\n').filter((l) => l.includes(PROTO));
    expect(reasons).toHaveLength(43);
    for (const line of reasons)
      expect(line).toMatch(
        /rules\.shared\[1\]: backend\/backend\.proto \(deleted by this change\)$/,
      );
  });
});
