/**
 * How changes are found per event (README, Events and how changes are found),
 * end to end: the bundled dist/index.js against the fake GitHub REST server and
 * real git repositories.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubConfig } from './support/fake-github.js';
import { demo, eventFixture, type EventJson } from './support/fixtures.js';
import { git, GitRepo, removeRepos } from './support/git-repo.js';
import {
  parseOutputFile,
  runAction,
  workspace,
  type ActionCase,
  type ActionRun,
} from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const PRETTY = JSON.stringify(demo, null, 2);
const TOKEN = 'ghs_N3verPr1ntTh1sT0ken_e9c4a1';
const REPO_API = '/repos/acme/images';
const PR_FILES_PATH = `${REPO_API}/pulls/42/files?per_page=100`;
/** Short REST limits so no test waits long: 4 attempts in ~70 ms, 500 ms per attempt, 3 s in all. */
const API_ENV = {
  BACKEND_MATRIX_API_RETRY_MS: '10',
  BACKEND_MATRIX_API_TIMEOUT_MS: '500',
  BACKEND_MATRIX_API_BUDGET_MS: '3000',
};
/**
 * For the 30-page lists that must succeed: limits no loaded machine reaches,
 * so a slow answer is never mistaken for a failing server.
 */
const PATIENT_API = {
  BACKEND_MATRIX_API_TIMEOUT_MS: '20000',
  BACKEND_MATRIX_API_BUDGET_MS: '20000',
};

// ---------------------------------------------------------------------------
// Events: the fixtures, with SHAs swapped for the ones a test serves or commits.

type Json = EventJson;
const fixture = eventFixture;

const PR = fixture('pull_request');
const PR_BASE: string = PR.pull_request.base.sha;
const PR_HEAD: string = PR.pull_request.head.sha;
const PUSH = fixture('push');
const FORCED = fixture('push-forced');
const MERGE_GROUP = fixture('merge_group');

function prEvent(base = PR_BASE, head = PR_HEAD, name = 'pull_request'): Json {
  const e = fixture(name);
  e.pull_request.base.sha = base;
  e.pull_request.head.sha = head;
  return e;
}
const pushEvent = (before: string, after: string, extra: Json = {}): Json => ({
  ...fixture('push'),
  before,
  after,
  ...extra,
});
function mergeGroupEvent(base: string, head: string): Json {
  const e = fixture('merge_group');
  e.merge_group.base_sha = base;
  e.merge_group.head_sha = head;
  return e;
}

// ---------------------------------------------------------------------------
// What a run produced, in one comparable shape.

const ENTRIES = [
  ...demo.include.map((e) => ({
    id: 'platform-tag' in e ? `${e['tag-suffix']}@${e['platform-tag']}` : e['tag-suffix'],
    backend: e.backend,
    cls: 'platform-tag' in e ? 'multi' : 'single',
  })),
  ...demo.includeDarwin.map((e) => ({ id: e['tag-suffix'], backend: e.backend, cls: 'darwin' })),
];
const BACKENDS = [...new Set(ENTRIES.map((e) => e.backend))];

interface Selection {
  runAll: string;
  single: string[];
  /** `tag-suffix@platform-tag` */
  multi: string[];
  darwin: string[];
  backends: string[];
}

/** The selection of these demo entries (ids as in ENTRIES), in file order. */
function sel(...ids: string[]): Selection {
  const unknown = ids.filter((id) => !ENTRIES.some((e) => e.id === id));
  if (unknown.length) throw new Error(`not a demo entry: ${unknown.join(', ')}`);
  const chosen = ENTRIES.filter((e) => ids.includes(e.id));
  const of = (cls: string): string[] => chosen.filter((e) => e.cls === cls).map((e) => e.id);
  return {
    runAll: 'false',
    single: of('single'),
    multi: of('multi'),
    darwin: of('darwin'),
    backends: [...new Set(chosen.map((e) => e.backend))],
  };
}

const WHISPER = ['-cpu-whisper'];
const DIFFUSERS = ['-gpu-diffusers'];
const VLLM = ['-cpu-vllm@amd64', '-cpu-vllm@arm64', '-gpu-vllm'];
const LLAMA = ['-cpu-llama-cpp', '-cpu-turboquant', '-metal-darwin-arm64-llama-cpp'];
const ALL: Selection = { ...sel(...ENTRIES.map((e) => e.id)), runAll: 'true' };

type Entries = { include: Record<string, string>[] };

function outcome(r: ActionRun) {
  const o = r.outputs ?? {};
  const list = (k: string): Record<string, string>[] =>
    (JSON.parse(o[k] ?? '{"include":[]}') as Entries).include;
  const single = list('matrix-singlearch').map((e) => e['tag-suffix']);
  const multi = list('matrix-multiarch').map((e) => `${e['tag-suffix']}@${e['platform-tag']}`);
  const darwin = list('matrix-darwin').map((e) => e['tag-suffix']);
  const backends = JSON.parse(o['changed-backends'] ?? '[]') as string[];
  // The gates and per-backend flags must agree with the matrices (no empty matrix behind a `true`).
  const bad: string[] = [];
  const gate = (name: string, n: number): void => {
    if (o[name] !== String(n > 0)) bad.push(`${name}=${o[name]}`);
  };
  gate('has-backends-singlearch', single.length);
  gate('has-merges-singlearch', single.length);
  gate('has-backends-multiarch', multi.length);
  gate('has-merges-multiarch', multi.length);
  gate('has-backends-darwin', darwin.length);
  for (const b of BACKENDS) {
    if (b in o && o[b] !== String(backends.includes(b))) bad.push(`${b}=${o[b]}`);
  }
  const changes = /\*\*Changes:\*\* (?:\d+ changed file\(s\) from (\w+)|no diff)/.exec(r.summary);
  return {
    code: r.code,
    stderr: r.stderr,
    runAll: o['run-all'],
    single,
    multi,
    darwin,
    backends,
    flags: bad.length ? `inconsistent: ${bad.join(', ')}` : 'consistent',
    source: changes ? (changes[1] ?? 'none') : 'missing',
    warnings: r.annotations.filter((a) => a.level !== 'notice').map((a) => a.message),
  };
}

/** The expected outcome: a selection, where the files came from, and the exact warnings. */
const want = (s: Selection, source: string, warnings: (string | RegExp)[] = []) => ({
  code: 0,
  stderr: '',
  flags: 'consistent',
  ...s,
  source,
  warnings: warnings.map((w) => (typeof w === 'string' ? w : expect.stringMatching(w))),
});

// ---------------------------------------------------------------------------
// Running the action against a fake GitHub.

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A fake GitHub that insists on the test token; closed after the test. */
async function fake(config: FakeGitHubConfig = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ token: TOKEN, ...config });
  servers.push(server);
  return server;
}

/** Runs dist/index.js with the fake as GITHUB_API_URL; a fresh non-git workspace unless `dir`. */
function act(gh: FakeGitHub, c: ActionCase, dir?: string): Promise<ActionRun> {
  return runAction(
    {
      files: { [MATRIX]: PRETTY },
      ...c,
      inputs: { token: TOKEN, ...c.inputs },
      env: { GITHUB_API_URL: gh.url, ...API_ENV, ...c.env },
    },
    dir,
  );
}
const prCase = (c: ActionCase = {}): ActionCase => ({
  eventName: 'pull_request',
  event: PR,
  ...c,
  env: { GITHUB_REF: 'refs/pull/42/merge', ...c.env },
});

const paths = (gh: FakeGitHub): string[] => gh.requests.map((q) => q.path);
const docs = (n: number, prefix = 'docs/page'): { filename: string }[] =>
  Array.from({ length: n }, (_, i) => ({ filename: `${prefix}-${i}.html` }));
const fallbackAll = (...causes: string[]): string =>
  `the changed files could not be found completely (${causes.join('; ')}); every entry is built`;
const NOT_GIT = 'the workspace is not a git checkout';

// ---------------------------------------------------------------------------
// One repository for the git cases:
//
//   main:      A ── M (llama-cpp) ── X (diffusers)
//   rewritten:      M ── F (scripts/build/special.sh → whisper)   a forced push X → F
//   topic:     A ── T1 (whisper, README) ── T2 (rename vllm/big.py → diffusers/big.py)
//   queue:          M ── Q (merge of T1)
//   edit:      A ── E (matrix file edited)
//   proto:     A ── P (the schema rule gains `unless: additive-proto`)
//   schema:         P ── S1 (backend.proto) ── S2 (additive) ── S3 (breaking)

const BIG = Array.from({ length: 40 }, (_, i) => `def f${i}():\n    return ${i}\n`).join('');
const EDITED = ((): Json => {
  const m = JSON.parse(PRETTY) as Json;
  m.include[2]['tag-latest'] = 'true'; // -gpu-vllm: one field changed
  m.include[6] = Object.fromEntries(Object.entries(m.include[6] as Json).reverse()); // reordered
  m.include.push({
    backend: 'whisper',
    dockerfile: './backend/Dockerfile.golang',
    'tag-suffix': '-gpu-whisper',
  }); // new
  m.rules.ignore.push('docs/**'); // rules edits rebuild nothing
  m.rules.shared.unshift({ paths: ['ci/**'], rebuild: 'all' });
  return m;
})();
const EDITED_TEXT = JSON.stringify(EDITED); // other formatting too: flow style on one line
const EDITED_SELECTION: Selection = {
  runAll: 'false',
  single: ['-gpu-vllm', '-gpu-whisper'],
  multi: [],
  darwin: [],
  backends: ['vllm', 'whisper'],
};

/** The demo matrix with its schema rule (`rules.shared[3]`) let off for additive edits. */
const PROTO_MATRIX = ((): string => {
  const m = JSON.parse(PRETTY) as Json;
  m.rules.shared[3].unless = 'additive-proto';
  return JSON.stringify(m, null, 2);
})();
const PROTO = 'backend/backend.proto';
const BASE_PROTO = 'syntax = "proto3";\npackage backend;\nmessage Opts {\n  string model = 1;\n}\n';
const ADDITIVE_PROTO = BASE_PROTO.replace(
  'string model = 1;',
  'string model = 1;\n  int32 seed = 2;',
);
const BREAKING_PROTO = BASE_PROTO.replace('model = 1', 'model = 3');

let src: GitRepo;
let A: string, M: string, X: string, F: string, T1: string, T2: string, Q: string, E: string;
let S1: string, S2: string, S3: string;
const short = (sha: string): string => sha.slice(0, 12);
const SHALLOW = '(the checkout is shallow: set fetch-depth: 0 on actions/checkout)';

beforeAll(() => {
  src = GitRepo.init();
  src.write({
    [MATRIX]: PRETTY,
    'README.md': '# images\n',
    'backend/python/vllm/big.py': BIG,
    'backend/python/diffusers/model.py': 'x = 1\n',
    'backend/go/whisper/main.go': 'package main\n',
    'backend/cpp/llama-cpp/a.cpp': 'int a;\n',
    'scripts/build/special.sh': '#!/bin/sh\n',
  });
  A = src.commit('A');
  M = src.write({ 'backend/cpp/llama-cpp/a.cpp': 'int a = 2;\n' }).commit('M');
  X = src.write({ 'backend/python/diffusers/model.py': 'x = 2\n' }).commit('X');
  src.checkout('rewritten', M);
  F = src.write({ 'scripts/build/special.sh': '#!/bin/sh\necho special\n' }).commit('F');
  src.checkout('topic', A);
  T1 = src
    .write({ 'backend/go/whisper/main.go': 'package main\n// v2\n', 'README.md': '# v2\n' })
    .commit('T1');
  T2 = src.mv('backend/python/vllm/big.py', 'backend/python/diffusers/big.py').commit('T2');
  src.checkout('queue', M);
  Q = src.merge(T1, 'Q');
  src.checkout('edit', A);
  E = src.write({ [MATRIX]: EDITED_TEXT }).commit('E');
  src.checkout('proto', A);
  src.checkout('schema', src.write({ [MATRIX]: PROTO_MATRIX }).commit('P'));
  S1 = src.write({ [PROTO]: BASE_PROTO }).commit('S1');
  S2 = src.write({ [PROTO]: ADDITIVE_PROTO }).commit('S2');
  S3 = src.write({ [PROTO]: BREAKING_PROTO }).commit('S3');
  src.checkout('main');
});

afterAll(() => removeRepos());

/** A full clone with `sha` checked out, as actions/checkout with fetch-depth: 0 leaves it. */
const fullClone = (sha: string): string => src.clone({ checkout: sha }).dir;

// ---------------------------------------------------------------------------

describe('pull requests through the REST API', () => {
  const many = [
    ...docs(148),
    { filename: 'backend/go/whisper/main.go' },
    {
      filename: 'backend/python/diffusers/model.py',
      previous_filename: 'backend/python/vllm/m.py',
    },
  ];

  it.each(['pull_request', 'pull_request_target'])(
    '%s: pages through 150 files, and a rename selects its old name too',
    async (name) => {
      const gh = await fake({ data: { prFiles: { 42: many } } });
      const r = await act(gh, prCase({ eventName: name, event: prEvent(PR_BASE, PR_HEAD, name) }));
      // auto in a non-git workspace: the API, saying why not git in the log (not a warning).
      expect(outcome(r)).toEqual(want(sel(...VLLM, ...DIFFUSERS, ...WHISPER), 'api', []));
      expect(r.stdout).toContain(`\n${NOT_GIT}; used the REST API diff instead\n`);
      expect(paths(gh)).toEqual([PR_FILES_PATH, `${PR_FILES_PATH}&page=2`]);
      expect(r.summary).toContain('**Changes:** 151 changed file(s) from api');
    },
  );

  it('at the 3,000-file cap with no git commits available, builds everything and names the cap', async () => {
    const gh = await fake({ data: { prFiles: { 42: [...docs(3005), ...many] } } });
    const shallow = src.clone({ depth: 1, branch: 'topic' }).dir; // has T2, not M
    const r = await act(gh, prCase({ event: prEvent(M, T2), env: PATIENT_API }), shallow);
    expect(outcome(r)).toEqual(
      want(ALL, 'none', [
        fallbackAll(
          `git: commit ${short(M)} is not in the checkout ${SHALLOW}`,
          "pull request #42 lists 3000 files, GitHub's cap, so its file list may be incomplete",
        ),
      ]),
    );
    expect(gh.requests).toHaveLength(30);
    expect(r.summary).toContain(
      '**Building everything:** the changed files could not be found completely (git: commit',
    );
  });

  it('at the 3,000-file cap with diff-source api, falls back to the git diff when the commits are there', async () => {
    const gh = await fake({ data: { prFiles: { 42: docs(3001) } } });
    const r = await act(
      gh,
      prCase({ event: prEvent(M, T1), inputs: { 'diff-source': 'api' }, env: PATIENT_API }),
      fullClone(T1),
    );
    expect(outcome(r)).toEqual(
      want(sel(...WHISPER), 'git', [
        "pull request #42 lists 3000 files, GitHub's cap, so its file list may be incomplete; used the git diff instead",
      ]),
    );
    expect(gh.requests).toHaveLength(30);
  });
});

describe('pushes', () => {
  it('diffs before...after through the compare API', async () => {
    const key = `${PUSH.before}...${PUSH.after}`;
    const gh = await fake({
      data: { compare: { [key]: { files: [{ filename: 'backend/python/diffusers/model.py' }] } } },
    });
    const r = await act(gh, { event: PUSH, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(sel(...DIFFUSERS), 'api'));
    expect(paths(gh)).toEqual([`${REPO_API}/compare/${key}?per_page=100`]);
  });

  it('at the compare cap (300 files) without git, builds everything and names the cap', async () => {
    const key = `${PUSH.before}...${PUSH.after}`;
    const gh = await fake({ data: { compare: { [key]: { files: docs(301) } } } });
    const r = await act(gh, { event: PUSH, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(
      want(ALL, 'none', [
        fallbackAll(
          'the compare API lists 300 files, its cap, so the diff may be incomplete',
          NOT_GIT,
        ),
      ]),
    );
  });

  it('at the compare cap with git available, uses the git diff', async () => {
    const gh = await fake({ data: { compare: { [`${M}...${X}`]: { files: docs(300) } } } });
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { 'diff-source': 'api' } },
      fullClone(X),
    );
    expect(outcome(r)).toEqual(
      want(sel(...DIFFUSERS), 'git', [
        'the compare API lists 300 files, its cap, so the diff may be incomplete; used the git diff instead',
      ]),
    );
    expect(paths(gh)).toEqual([`${REPO_API}/compare/${M}...${X}?per_page=100`]);
  });

  it('a forced push whose compare says diverged asks the compare API in both directions', async () => {
    const fwd = `${FORCED.before}...${FORCED.after}`;
    const back = `${FORCED.after}...${FORCED.before}`;
    const gh = await fake({
      data: {
        compare: {
          [fwd]: {
            files: [{ filename: 'backend/python/vllm/requirements.txt' }],
            status: 'diverged',
          },
          [back]: {
            files: [{ filename: 'backend/python/diffusers/model.py' }],
            status: 'diverged',
          },
        },
      },
    });
    const r = await act(gh, { event: FORCED, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(sel(...VLLM, ...DIFFUSERS), 'api'));
    expect(paths(gh)).toEqual([
      `${REPO_API}/compare/${fwd}?per_page=100`,
      `${REPO_API}/compare/${back}?per_page=100`,
    ]);
  });

  it('a forced push whose compare says ahead needs no reverse compare', async () => {
    const fwd = `${FORCED.before}...${FORCED.after}`;
    const gh = await fake({
      data: {
        compare: {
          [fwd]: { files: [{ filename: 'backend/python/vllm/requirements.txt' }] },
          [`${FORCED.after}...${FORCED.before}`]: { files: docs(3) },
        },
      },
    });
    const r = await act(gh, { event: FORCED, inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toEqual(want(sel(...VLLM), 'api'));
    expect(paths(gh)).toEqual([`${REPO_API}/compare/${fwd}?per_page=100`]);
    expect(r.stdout).toContain('\nREST API: 1 request(s) in 1 round trip(s), at most 1 in flight');
  });

  it('a forced push through git diffs the two trees: a dropped commit still selects its backend', async () => {
    // X (diffusers) is dropped by the rewrite to F; from the merge base M, F alone is whisper.
    const gh = await fake();
    const r = await act(
      gh,
      { event: pushEvent(X, F, { forced: true }), inputs: { 'diff-source': 'git' } },
      fullClone(F),
    );
    expect(outcome(r)).toEqual(want(sel(...DIFFUSERS, ...WHISPER), 'git'));
    expect(gh.requests).toHaveLength(0);
  });

  it('a push that creates a branch (before all zeros) builds everything', async () => {
    const gh = await fake();
    const r = await act(gh, {
      event: fixture('push-new-branch'),
      env: { GITHUB_REF: 'refs/heads/feature/arm64-legs' },
    });
    expect(outcome(r)).toEqual(want(ALL, 'none'));
    expect(r.summary).toContain(
      '**Building everything:** a push that creates a branch has no previous commit to diff against (set base to diff it)',
    );
    expect(gh.requests).toHaveLength(0);
  });

  it('a tag push builds everything', async () => {
    const gh = await fake();
    const r = await act(gh, {
      event: fixture('push-tag'),
      env: { GITHUB_REF: 'refs/tags/v1.2.3' },
    });
    expect(outcome(r)).toEqual(want(ALL, 'none'));
    expect(r.summary).toContain(
      '**Building everything:** a tag push (refs/tags/v1.2.3) builds every image',
    );
    expect(gh.requests).toHaveLength(0);
  });

  it('through git, a rename counts under both names', async () => {
    const gh = await fake();
    const r = await act(
      gh,
      {
        event: pushEvent(T1, T2, { ref: 'refs/heads/topic' }),
        inputs: { 'diff-source': 'git' },
        env: { GITHUB_REF: 'refs/heads/topic' },
      },
      fullClone(T2),
    );
    expect(outcome(r)).toEqual(want(sel(...VLLM, ...DIFFUSERS), 'git'));
    expect(gh.requests).toHaveLength(0);
  });
});

describe('merge_group', () => {
  it('diffs base_sha...head_sha through the compare API', async () => {
    const key = `${MERGE_GROUP.merge_group.base_sha}...${MERGE_GROUP.merge_group.head_sha}`;
    const gh = await fake({
      data: { compare: { [key]: { files: [{ filename: 'backend/go/whisper/main.go' }] } } },
    });
    const r = await act(gh, {
      eventName: 'merge_group',
      event: MERGE_GROUP,
      inputs: { 'diff-source': 'api' },
      env: { GITHUB_REF: MERGE_GROUP.merge_group.head_ref },
    });
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    expect(paths(gh)).toEqual([`${REPO_API}/compare/${key}?per_page=100`]);
  });

  it('diffs base_sha...head_sha through git', async () => {
    const gh = await fake();
    const r = await act(
      gh,
      { eventName: 'merge_group', event: mergeGroupEvent(M, Q) },
      fullClone(Q),
    );
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'git'));
    expect(gh.requests).toHaveLength(0);
  });
});

describe('git', () => {
  it.each(['git', 'auto'])(
    'diff-source %s in a full clone: base...head from the merge base, no API request',
    async (source) => {
      // M...T1 is T1 alone (whisper; README ignored); M..T1 would add M's llama-cpp change.
      const gh = await fake({ data: { prFiles: { 42: docs(3001) } } });
      const r = await act(
        gh,
        prCase({ event: prEvent(M, T1), inputs: { 'diff-source': source } }),
        fullClone(T1),
      );
      expect(outcome(r)).toEqual(want(sel(...WHISPER), 'git'));
      expect(gh.requests).toHaveLength(0);
    },
  );

  it('a shallow clone missing the base says fetch-depth: 0 and uses the API', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const shallow = src.clone({ depth: 1, branch: 'topic' }).dir;
    const r = await act(
      gh,
      prCase({ event: prEvent(M, T2), inputs: { 'diff-source': 'git' } }),
      shallow,
    );
    expect(outcome(r)).toEqual(
      want(sel(...WHISPER), 'api', [
        `git: commit ${short(M)} is not in the checkout ${SHALLOW}; used the REST API diff instead`,
      ]),
    );
    expect(paths(gh)).toEqual([PR_FILES_PATH]);
  });

  it('a shallow clone with both commits but not their merge base uses the API', async () => {
    // fetch-depth: 2 on a merge commit: both parents are there, their merge base A is not.
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const shallow = src.clone({ depth: 2, branch: 'queue' }).dir; // Q, M, T1
    const r = await act(gh, prCase({ event: prEvent(M, T1) }), shallow);
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api', []));
    expect(r.stdout).toContain(
      `git diff --name-status --no-renames -z --no-ext-diff ${M}...${T1} -- failed: fatal: ${M}...${T1}: no merge base (${SHALLOW.slice(1, -1)}); used the REST API diff instead`,
    );
    expect(paths(gh)).toEqual([PR_FILES_PATH]);
  });

  it.each<[string, FakeGitHubConfig, string]>([
    ['404', {}, `REST API: GET ${PR_FILES_PATH}: HTTP 404 (Not Found)`],
    [
      'persistent 500s',
      { faults: { prFiles: Array(8).fill({ status: 500 }) } },
      `REST API: GET ${PR_FILES_PATH}: HTTP 500 after 4 attempts`,
    ],
  ])(
    'a shallow clone and an API that fails (%s) build everything, naming both causes',
    async (_, config, apiCause) => {
      const gh = await fake(config);
      const shallow = src.clone({ depth: 1, branch: 'topic' }).dir;
      const r = await act(
        gh,
        prCase({ event: prEvent(M, T2), inputs: { 'diff-source': 'git' } }),
        shallow,
      );
      expect(outcome(r)).toEqual(
        want(ALL, 'none', [
          fallbackAll(`git: commit ${short(M)} is not in the checkout ${SHALLOW}`, apiCause),
        ]),
      );
    },
  );
});

describe('the base input', () => {
  it('an explicit SHA replaces the event base (git)', async () => {
    const gh = await fake();
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { base: A, 'diff-source': 'git' } },
      fullClone(X),
    );
    expect(outcome(r)).toEqual(want(sel(...LLAMA, ...DIFFUSERS), 'git'));
    expect(gh.requests).toHaveLength(0);
  });

  it('an explicit SHA on a pull request compares from it instead of listing the PR files (API)', async () => {
    const base = 'feedfacefeedfacefeedfacefeedfacefeedface';
    const gh = await fake({
      data: {
        prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] },
        compare: {
          [`${base}...${PR_HEAD}`]: { files: [{ filename: 'backend/python/diffusers/x.py' }] },
        },
      },
    });
    const r = await act(gh, prCase({ inputs: { base, 'diff-source': 'api' } }));
    expect(outcome(r)).toEqual(want(sel(...DIFFUSERS), 'api'));
    expect(paths(gh)).toEqual([`${REPO_API}/compare/${base}...${PR_HEAD}?per_page=100`]);
  });

  const WORKFLOW_ENV = {
    GITHUB_WORKFLOW_REF: 'acme/images/.github/workflows/ci.yml@refs/heads/main',
  };
  const RUNS_PATH = `${REPO_API}/actions/workflows/ci.yml/runs?branch=main&event=push&status=success`;

  it('last-successful diffs from the last successful run on this branch (git)', async () => {
    const gh = await fake({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: T1, head_branch: 'topic' },
            { head_sha: M, head_branch: 'main', conclusion: 'failure' },
            { head_sha: A, head_branch: 'main' },
          ],
        },
      },
    });
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { base: 'last-successful' }, env: WORKFLOW_ENV },
      fullClone(X),
    );
    expect(outcome(r)).toEqual(want(sel(...LLAMA, ...DIFFUSERS), 'git'));
    expect(paths(gh)).toEqual([RUNS_PATH]);
  });

  it('last-successful through the API compares that SHA with the head', async () => {
    const last = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
    const gh = await fake({
      data: {
        runs: { 'ci.yml': [{ head_sha: last, head_branch: 'main' }] },
        compare: {
          [`${last}...${PUSH.after}`]: { files: [{ filename: 'backend/go/whisper/main.go' }] },
          [`${PUSH.after}...${last}`]: { files: [] },
          [`${PUSH.before}...${PUSH.after}`]: { files: [{ filename: 'backend/cpp/llama-cpp/a' }] },
        },
      },
    });
    const r = await act(gh, {
      event: PUSH,
      inputs: { base: 'last-successful', 'diff-source': 'api' },
      env: WORKFLOW_ENV,
    });
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    expect(paths(gh)[0]).toBe(RUNS_PATH);
    expect(paths(gh)).toContain(`${REPO_API}/compare/${last}...${PUSH.after}?per_page=100`);
    expect(paths(gh)).not.toContain(
      `${REPO_API}/compare/${PUSH.before}...${PUSH.after}?per_page=100`,
    );
  });

  it('last-successful with no successful run warns and uses the event base', async () => {
    const gh = await fake({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: T1, head_branch: 'topic' },
            { head_sha: A, head_branch: 'main', conclusion: 'failure' },
          ],
        },
      },
    });
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { base: 'last-successful' }, env: WORKFLOW_ENV },
      fullClone(X),
    );
    expect(outcome(r)).toEqual(
      want(sel(...DIFFUSERS), 'git', [
        "base: last-successful: no successful run of this workflow on main (none was found); diffing against the event's own base",
      ]),
    );
    expect(paths(gh)).toEqual([RUNS_PATH]);
  });
});

describe('edits to the matrix file (docs/rules.md, trigger 4)', () => {
  it('git: reads the base with git; only changed and new entries are selected', async () => {
    const gh = await fake();
    const r = await act(
      gh,
      prCase({ event: prEvent(A, E), inputs: { 'diff-source': 'git' } }),
      fullClone(E),
    );
    expect(outcome(r)).toEqual(want(EDITED_SELECTION, 'git'));
    expect(gh.requests).toHaveLength(0);
  });

  it('API: reads the base from the contents endpoint at the base SHA', async () => {
    const gh = await fake({
      data: {
        prFiles: { 42: [{ filename: MATRIX }] },
        contents: { [`${PR_BASE}:${MATRIX}`]: PRETTY },
      },
    });
    const r = await act(
      gh,
      prCase({ files: { [MATRIX]: EDITED_TEXT }, inputs: { 'diff-source': 'api' } }),
    );
    expect(outcome(r)).toEqual(want(EDITED_SELECTION, 'api'));
    expect(paths(gh)).toEqual([PR_FILES_PATH, `${REPO_API}/contents/${MATRIX}?ref=${PR_BASE}`]);
  });

  it('API: a matrix file the change adds makes every entry new (a filtered run)', async () => {
    const gh = await fake({ data: { prFiles: { 42: [{ filename: MATRIX, status: 'added' }] } } });
    const r = await act(gh, prCase({ inputs: { 'diff-source': 'api' } }));
    expect(outcome(r)).toEqual(want({ ...ALL, runAll: 'false' }, 'api'));
  });

  it('API: a 404 at the base for a matrix file the change modifies is unreadable: everything, with a warning', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: MATRIX, status: 'modified' }] } },
    });
    const r = await act(
      gh,
      prCase({ files: { [MATRIX]: EDITED_TEXT }, inputs: { 'diff-source': 'api' } }),
    );
    expect(outcome(r)).toEqual(
      want({ ...ALL, single: [...ALL.single, '-gpu-whisper'] }, 'api', [
        `${MATRIX} changed but its base revision could not be read (the contents API has no ${MATRIX} at ${short(PR_BASE)}, yet the change lists it as modified: the base revision cannot be read); every entry is built`,
      ]),
    );
    expect(paths(gh)).toEqual([PR_FILES_PATH, `${REPO_API}/contents/${MATRIX}?ref=${PR_BASE}`]);
  });

  it('an unreadable base (contents 500s, no git) builds everything with a warning', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: MATRIX }] } },
      faults: { contents: Array(8).fill({ status: 500 }) },
    });
    const r = await act(
      gh,
      prCase({ files: { [MATRIX]: EDITED_TEXT }, inputs: { 'diff-source': 'api' } }),
    );
    const edited = {
      ...ALL,
      single: [...ALL.single, '-gpu-whisper'],
    };
    expect(outcome(r)).toEqual(
      want(edited, 'api', [
        `${MATRIX} changed but its base revision could not be read (REST API: GET ${REPO_API}/contents/${MATRIX}?ref=${PR_BASE}: HTTP 500 after 4 attempts); every entry is built`,
      ]),
    );
    expect(r.annotations.find((a) => a.level === 'warning')?.props).toEqual({
      file: MATRIX,
      title: 'backend-matrix: plan',
    });
    expect(r.summary).toContain(
      `**Building everything:** the base revision of ${MATRIX} could not be read`,
    );
  });
});

describe('REST faults (pull request, non-git workspace, diff-source api)', () => {
  const ok = { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } };

  it.each<[string, FakeGitHubConfig['faults'], number]>([
    ['500 then 502', { prFiles: [{ status: 500 }, { status: 502 }] }, 3],
    [
      '403 secondary rate limit with Retry-After: 1',
      {
        prFiles: [
          {
            status: 403,
            retryAfter: 1,
            body: {
              message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
            },
          },
        ],
      },
      2,
    ],
    ['429 with Retry-After: 1', { prFiles: [{ status: 429, retryAfter: 1 }] }, 2],
    ['malformed JSON', { prFiles: [{ malformedJson: true }] }, 2],
    ['a connection reset', { prFiles: [{ reset: true }] }, 2],
    ['a hang on the first attempt', { prFiles: [{ hang: true }] }, 2],
  ])('%s, then success: the filtered plan', async (_, faults, requests) => {
    const gh = await fake({ data: ok, faults });
    const r = await act(gh, prCase({ inputs: { 'diff-source': 'api' } }));
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    expect(paths(gh)).toEqual(Array(requests).fill(PR_FILES_PATH));
  });

  it.each<[string, FakeGitHubConfig, string | RegExp, number]>([
    [
      'HTTP 404',
      { faults: { prFiles: [{ status: 404 }] } },
      `REST API: GET ${PR_FILES_PATH}: HTTP 404 (Not Found)`,
      1,
    ],
    [
      'persistent HTTP 500',
      { faults: { prFiles: Array(8).fill({ status: 500 }) } },
      `REST API: GET ${PR_FILES_PATH}: HTTP 500 after 4 attempts`,
      4,
    ],
    [
      'a rate limit whose Retry-After exceeds the budget',
      { faults: { prFiles: Array(8).fill({ status: 429, retryAfter: 60 }) } },
      `REST API: GET ${PR_FILES_PATH}: HTTP 429 (rate limited) after 1 attempt; retrying in 60 s would exceed the 3 s time budget`,
      1,
    ],
  ])('%s: builds everything, naming the cause', async (_, config, cause, requests) => {
    const gh = await fake({ data: ok, ...config });
    const r = await act(gh, prCase({ inputs: { 'diff-source': 'api' } }));
    expect(outcome(r)).toEqual(want(ALL, 'none', [fallbackAll(cause as string, NOT_GIT)]));
    expect(gh.requests).toHaveLength(requests);
  });

  it('a server that never answers: builds everything within the budget', async () => {
    const gh = await fake({ data: ok, faults: { prFiles: Array(20).fill({ hang: true }) } });
    // The run is killed at 15 s: a run that outlived its budget would fail here.
    const r = await act(gh, prCase({ inputs: { 'diff-source': 'api' }, timeoutMs: 15_000 }));
    expect(outcome(r)).toEqual(
      want(ALL, 'none', [
        new RegExp(
          `^the changed files could not be found completely \\(REST API: GET ${PR_FILES_PATH.replace(/[?]/g, '\\?')}: no response within \\d+ ms after \\d attempts?(; retrying in .* would exceed the 3 s time budget)?; ${NOT_GIT}\\); every entry is built$`,
        ),
      ]),
    );
    expect(gh.requests.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the token', () => {
  it.each<[string, FakeGitHubConfig['faults'], string]>([
    [
      '401 echoing the token',
      { prFiles: [{ status: 401, body: { message: `Bad credentials: ${TOKEN} is expired` } }] },
      `REST API: GET ${PR_FILES_PATH}: HTTP 401 (Bad credentials: *** is expired)`,
    ],
    [
      '404 echoing the token',
      { prFiles: [{ status: 404, body: { message: `Not Found for token=${TOKEN}` } }] },
      `REST API: GET ${PR_FILES_PATH}: HTTP 404 (Not Found for token=***)`,
    ],
    [
      '500s echoing the token',
      { prFiles: Array(8).fill({ status: 500, body: { message: `oops ${TOKEN}` } }) },
      `REST API: GET ${PR_FILES_PATH}: HTTP 500 after 4 attempts`,
    ],
  ])('is never printed (%s) and is sent in the Authorization header', async (_, faults, cause) => {
    const gh = await fake({ faults });
    const r = await act(gh, prCase({ inputs: { 'diff-source': 'api' } }));
    expect(outcome(r)).toEqual(want(ALL, 'none', [fallbackAll(cause, NOT_GIT)]));
    // The one place it may appear: the command that tells the runner to mask it.
    const stdout = r.stdout.replace(`::add-mask::${TOKEN}\n`, '');
    for (const text of [stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(gh.requests.length).toBeGreaterThan(0);
    for (const q of gh.requests) expect(q.headers.authorization).toBe(`token ${TOKEN}`);
  });
});

describe('explicit changed-files', () => {
  it('filters without loading the REST client: no request reaches the server', async () => {
    const gh = await fake({ data: { prFiles: { 42: docs(3001) } } });
    const r = await act(
      gh,
      prCase({
        inputs: { 'changed-files': 'backend/go/whisper/main.go', 'diff-source': 'api' },
      }),
    );
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'input'));
    expect(gh.requests).toHaveLength(0);
  });
});

describe('no request whose answer is known', () => {
  const HUGE = fixture('pull_request-huge'); // changed_files: 4200
  const CAP =
    "pull request #42 has 4200 changed files (event payload), over GitHub's 3,000-file list cap, so no file list was requested";
  const huge = (base: string, head: string): Json => {
    const e = structuredClone(HUGE);
    e.pull_request.base.sha = base;
    e.pull_request.head.sha = head;
    return e;
  };

  it('a PR whose payload says more than 3,000 files goes straight to git: no page request', async () => {
    const gh = await fake({ data: { prFiles: { 42: docs(3000) } } });
    const r = await act(
      gh,
      prCase({ event: huge(M, T1), inputs: { 'diff-source': 'api' } }),
      fullClone(T1),
    );
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'git', [`${CAP}; used the git diff instead`]));
    expect(gh.requests).toHaveLength(0);
  });

  it('…and without the commits, builds everything naming the cap, still without a request', async () => {
    const gh = await fake({ data: { prFiles: { 42: docs(3000) } } });
    const r = await act(gh, prCase({ event: HUGE }));
    expect(outcome(r)).toEqual(want(ALL, 'none', [fallbackAll(NOT_GIT, CAP)]));
    expect(gh.requests).toHaveLength(0);
  });
});

describe('a large pull request: concurrent pages through dist/index.js', () => {
  // 2,998 files that select nothing and one that selects whisper, on the last page.
  const files = [...docs(2998), { filename: 'backend/go/whisper/main.go' }];
  const withHint = (hint: number): Json => {
    const e = prEvent();
    e.pull_request.changed_files = hint;
    return e;
  };
  const pageRequests = (gh: FakeGitHub): number[] =>
    gh.requests.filter((q) => q.route === 'prFiles').map((q) => q.page);

  it('fetches the 30 pages of a 2,999-file PR at once, at most 10 in flight, and says so', async () => {
    // The fake answers only when 10 requests wait together: three waves, counted, not timed.
    // Held answers must not run into the short per-attempt timeout of the other tests.
    const gh = await fake({ data: { prFiles: { 42: files } }, holdUntil: 10 });
    const r = await act(
      gh,
      prCase({ event: withHint(2999), inputs: { 'diff-source': 'api' }, env: PATIENT_API }),
    );
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    expect(pageRequests(gh).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    expect(gh.maxInFlight).toBe(10);
    expect(r.stdout).toMatch(
      /REST API: 30 request\(s\) in 3 round trip\(s\), at most 10 in flight/,
    );
  });

  it.each([
    ['a hint of 0', 0],
    ['a hint too small', 120],
    ['a hint too large', 2999],
  ])('%s still yields the complete list', async (_, hint) => {
    const list = hint === 2999 ? files.slice(-250) : files;
    const gh = await fake({ data: { prFiles: { 42: list } }, latencyMs: 5 });
    const r = await act(
      gh,
      prCase({ event: withHint(hint), inputs: { 'diff-source': 'api' }, env: PATIENT_API }),
    );
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    const real = Math.ceil(list.length / 100);
    const pages = pageRequests(gh);
    for (let p = 1; p <= real; p++) expect(pages.filter((x) => x === p)).toHaveLength(1);
  });

  it('a page that fails once is retried on its own: the list is complete', async () => {
    let failed = false;
    const gh = await fake({
      data: { prFiles: { 42: files } },
      fault: (q) => {
        if (q.route !== 'prFiles' || q.page !== 17 || failed) return null;
        failed = true;
        return { status: 502 };
      },
    });
    const r = await act(
      gh,
      prCase({ event: withHint(2999), inputs: { 'diff-source': 'api' }, env: PATIENT_API }),
    );
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    expect(pageRequests(gh).filter((p) => p === 17)).toHaveLength(2);
    expect(pageRequests(gh).filter((p) => p !== 17)).toHaveLength(29);
  });

  it('a page that always fails ends in the fallback, never a partial list', async () => {
    const gh = await fake({
      data: { prFiles: { 42: files } },
      fault: (q) => (q.route === 'prFiles' && q.page === 23 ? { status: 500 } : null),
    });
    const r = await act(gh, prCase({ event: withHint(2999), inputs: { 'diff-source': 'api' } }));
    expect(outcome(r)).toEqual(
      want(ALL, 'none', [
        /^the changed files could not be found completely \(.*500.*\); every entry is built$/,
      ]),
    );
  });
});

describe('base: last-successful cannot be fooled', () => {
  const WORKFLOW_ENV = {
    GITHUB_WORKFLOW_REF: 'acme/images/.github/workflows/ci.yml@refs/heads/main',
  };
  const RUNS = `${REPO_API}/actions/workflows/ci.yml/runs?branch=main&event=push&status=success`;
  const compareOf = (base: string, head: string) =>
    `${REPO_API}/compare/${base}...${head}?per_page=100`;

  it('API: skips a fork run and a run that is not an ancestor; the accepted compare is the diff', async () => {
    const fork = 'f0'.repeat(20);
    const rewritten = 'a1'.repeat(20);
    const good = 'c2'.repeat(20);
    const head = PUSH.after as string;
    const gh = await fake({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: fork, head_branch: 'main', head_repository: 'mallory/images' },
            { head_sha: rewritten, head_branch: 'main' },
            { head_sha: good, head_branch: 'main' },
          ],
        },
        compare: {
          [`${fork}...${head}`]: { files: [] },
          [`${rewritten}...${head}`]: { files: docs(2), status: 'diverged' },
          [`${good}...${head}`]: { files: [{ filename: 'backend/go/whisper/main.go' }] },
        },
      },
    });
    const r = await act(gh, {
      event: PUSH,
      inputs: { base: 'last-successful', 'diff-source': 'api' },
      env: WORKFLOW_ENV,
    });
    expect(outcome(r)).toEqual(want(sel(...WHISPER), 'api'));
    expect(paths(gh)).toEqual([RUNS, compareOf(rewritten, head), compareOf(good, head)]);
  });

  it('git: a fork run and a run a forced push dropped are skipped; ancestry is asked of git', async () => {
    // Head X. A fork's run at X itself would diff nothing; F is off the branch (M...X from it:
    // diffusers only); A is the right base (llama-cpp and diffusers since).
    const gh = await fake({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: X, head_branch: 'main', head_repository: 'mallory/images' },
            { head_sha: F, head_branch: 'main' },
            { head_sha: A, head_branch: 'main' },
          ],
        },
      },
    });
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { base: 'last-successful' }, env: WORKFLOW_ENV },
      fullClone(X),
    );
    expect(outcome(r)).toEqual(want(sel(...LLAMA, ...DIFFUSERS), 'git'));
    expect(paths(gh)).toEqual([RUNS]);
  });

  it('no run qualifies: the event base, with a warning naming what was skipped', async () => {
    const gh = await fake({
      data: {
        runs: {
          'ci.yml': [
            { head_sha: X, head_branch: 'main', head_repository: 'mallory/images' },
            { head_sha: F, head_branch: 'main' },
          ],
        },
      },
    });
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { base: 'last-successful' }, env: WORKFLOW_ENV },
      fullClone(X),
    );
    expect(outcome(r)).toEqual(
      want(sel(...DIFFUSERS), 'git', [
        `base: last-successful: no successful run of this workflow on main (runs skipped: 1 from another repository (mallory/images); 1 not an ancestor of ${short(X)} (${short(F)})); diffing against the event's own base`,
      ]),
    );
  });
});

describe('a sparse plan job: a shallow checkout of the matrix file alone', () => {
  /** As actions/checkout leaves it with sparse-checkout and fetch-depth 1; the PR's commits are not there. */
  const sparse = (branch: string): string => {
    const dir = src.clone({ depth: 1, branch, sparse: [MATRIX], filter: 'blob:none' }).dir;
    const tracked = git(dir, 'ls-files', '-t').split('\n');
    expect(tracked.filter((l) => l.startsWith('H '))).toEqual([`H ${MATRIX}`]);
    expect(tracked.length).toBeGreaterThan(1); // the commit holds more than the checkout shows
    return dir;
  };

  it('a matrix edit: the base matrix comes from the contents API', async () => {
    const gh = await fake({
      data: {
        prFiles: { 42: [{ filename: MATRIX }] },
        contents: { [`${A}:${MATRIX}`]: PRETTY },
      },
    });
    const r = await act(
      gh,
      prCase({ event: prEvent(A, PR_HEAD), inputs: { 'diff-source': 'api' } }),
      sparse('edit'),
    );
    expect(outcome(r)).toEqual(want(EDITED_SELECTION, 'api'));
    expect(paths(gh)).toEqual([PR_FILES_PATH, `${REPO_API}/contents/${MATRIX}?ref=${A}`]);
  });

  it('a matrix edit whose base the API does not have (404 for a modified file): everything, with a warning', async () => {
    const gh = await fake({ data: { prFiles: { 42: [{ filename: MATRIX }] } } });
    const r = await act(
      gh,
      prCase({ event: prEvent(A, PR_HEAD), inputs: { 'diff-source': 'api' } }),
      sparse('edit'),
    );
    expect(outcome(r)).toEqual(
      want({ ...ALL, single: [...ALL.single, '-gpu-whisper'] }, 'api', [
        `${MATRIX} changed but its base revision could not be read (the contents API has no ${MATRIX} at ${short(A)}, yet the change lists it as modified: the base revision cannot be read); every entry is built`,
      ]),
    );
  });

  it.each<[string, string, Selection, string]>([
    ['additive', ADDITIVE_PROTO, sel(), 'backend/backend.proto only adds field Opts.seed = 2'],
    [
      'breaking',
      BREAKING_PROTO,
      sel(...ENTRIES.filter((e) => e.cls !== 'darwin').map((e) => e.id)),
      'backend/backend.proto (field Opts.model renumbered 1 → 3)',
    ],
  ])(
    'a %s schema edit: both revisions come from the contents API',
    async (_, head, expected, why) => {
      const gh = await fake({
        data: {
          prFiles: { 42: [{ filename: PROTO }] },
          contents: { [`${A}:${PROTO}`]: BASE_PROTO, [`${PR_HEAD}:${PROTO}`]: head },
        },
      });
      const r = await act(
        gh,
        prCase({ event: prEvent(A, PR_HEAD), inputs: { 'diff-source': 'api' } }),
        sparse('proto'),
      );
      expect(outcome(r)).toEqual(want(expected, 'api'));
      expect(paths(gh).sort()).toEqual(
        [
          PR_FILES_PATH,
          `${REPO_API}/contents/${PROTO}?ref=${A}`,
          `${REPO_API}/contents/${PROTO}?ref=${PR_HEAD}`,
        ].sort(),
      );
      expect(r.summary).toContain(why);
    },
  );
});

describe('git where runners are', () => {
  /** No global or system configuration: nothing trusts the directory but the action itself. */
  const NO_GIT_CONFIG = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

  it('a checkout owned by another user: plain git refuses it, the action diffs it', async () => {
    const owned = src.clone({ checkout: X }).chown('nobody').dir;
    const refused = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {
      cwd: owned,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...NO_GIT_CONFIG },
    });
    expect(refused.stderr).toContain('dubious ownership');
    const gh = await fake();
    const r = await act(
      gh,
      { event: pushEvent(M, X), inputs: { 'diff-source': 'git' }, env: NO_GIT_CONFIG },
      owned,
    );
    expect(outcome(r)).toEqual(want(sel(...DIFFUSERS), 'git'));
    expect(gh.requests).toHaveLength(0);
  });

  it('a blobless clone whose remote is gone: the git diff, a rename under both names', async () => {
    const blobless = src.clone({ filter: 'blob:none', checkout: T2, removeRemote: true }).dir;
    const gh = await fake();
    const r = await act(
      gh,
      {
        event: pushEvent(T1, T2, { ref: 'refs/heads/topic' }),
        inputs: { 'diff-source': 'git' },
        env: { GITHUB_REF: 'refs/heads/topic' },
      },
      blobless,
    );
    expect(outcome(r)).toEqual(want(sel(...VLLM, ...DIFFUSERS), 'git'));
    expect(gh.requests).toHaveLength(0);
  });

  it('a blobless clone: a base matrix whose blob git cannot fetch comes from the contents API', async () => {
    // Checked out at E from the start, so the clone never fetched the base's matrix blob.
    const blobless = src.clone({ filter: 'blob:none', branch: 'edit', removeRemote: true }).dir;
    const gh = await fake({ data: { contents: { [`${A}:${MATRIX}`]: PRETTY } } });
    const r = await act(
      gh,
      prCase({ event: prEvent(A, E), inputs: { 'diff-source': 'git' } }),
      blobless,
    );
    expect(outcome(r)).toEqual(want(EDITED_SELECTION, 'git'));
    expect(paths(gh)).toEqual([`${REPO_API}/contents/${MATRIX}?ref=${A}`]);
  });
});

describe('backend-matrix plan --event replays the run', () => {
  const CLI = path.resolve('dist/cli/index.js');
  /** The bundled CLI as a child process; asynchronous, so the fake server in this process can answer. */
  const plan = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'plan', ...args], {
        cwd,
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const REPLAY = ['--event', 'event.json', '--event-name', 'pull_request'];

  it.each<[string, FakeGitHubConfig['data'], Record<string, string>]>([
    [
      'a pull request through the API',
      { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
      {},
    ],
    [
      'a matrix edit, its base from the contents API',
      { prFiles: { 42: [{ filename: MATRIX }] }, contents: { [`${PR_BASE}:${MATRIX}`]: PRETTY } },
      { [MATRIX]: EDITED_TEXT },
    ],
  ])('%s: the same requests and the same outputs as the action', async (_, data, files) => {
    const gh = await fake({ data });
    const action = await act(gh, prCase({ files: { [MATRIX]: PRETTY, ...files } }));
    expect(action.code).toBe(0);
    const asked = paths(gh);
    gh.requests.length = 0;

    const dir = workspace({ [MATRIX]: PRETTY, ...files, 'event.json': JSON.stringify(PR) });
    const cli = await plan([...REPLAY, '--format', 'github-output'], dir, {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'acme/images',
    });
    expect(cli.status).toBe(0);
    expect(cli.stderr).toBe(
      `note: ${NOT_GIT}; used the REST API diff instead\nnote: REST API: ${asked.length} request(s) in ${asked.length} round trip(s), at most 1 in flight at once\n`,
    );
    expect(parseOutputFile(cli.stdout)).toEqual(action.outputs);
    expect(paths(gh)).toEqual(asked);
  });

  it('without GITHUB_TOKEN it asks no API, and says so when git cannot answer', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const dir = workspace({ [MATRIX]: PRETTY, 'event.json': JSON.stringify(PR) });
    const cli = await plan([...REPLAY, '--format', 'json'], dir, { GITHUB_API_URL: gh.url });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ runAll: true, source: 'none' });
    expect(cli.stderr).toContain(
      `warning: ${fallbackAll(NOT_GIT, 'REST API: GITHUB_TOKEN is not set, so the REST API was not asked')}`,
    );
    expect(gh.requests).toHaveLength(0);
  });

  it('GITHUB_TOKEN with a trailing newline is used trimmed; one with a line break inside is refused by name', async () => {
    const gh = await fake({
      data: { prFiles: { 42: [{ filename: 'backend/go/whisper/main.go' }] } },
    });
    const dir = workspace({ [MATRIX]: PRETTY, 'event.json': JSON.stringify(PR) });
    const env = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/images' };
    const trimmed = await plan([...REPLAY, '--format', 'json'], dir, {
      ...env,
      GITHUB_TOKEN: `${TOKEN}\r\n`,
    });
    expect(trimmed.status).toBe(0);
    expect(JSON.parse(trimmed.stdout)).toMatchObject({ runAll: false, source: 'api' });
    expect(gh.requests.length).toBeGreaterThan(0);
    gh.requests.length = 0;

    const inside = await plan([...REPLAY, '--format', 'json'], dir, {
      ...env,
      GITHUB_TOKEN: `${TOKEN}\nX-Injected: 1`,
    });
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain('GITHUB_TOKEN has a line break inside it');
    expect(inside.stderr + inside.stdout).not.toContain(TOKEN);
    expect(gh.requests).toHaveLength(0);
  });

  it('through git in a full clone, like the action in a full checkout', async () => {
    const dir = fullClone(T1);
    writeFileSync(path.join(dir, 'event.json'), JSON.stringify(prEvent(M, T1)));
    const cli = await plan([...REPLAY, '--format', 'json'], dir);
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const p = JSON.parse(cli.stdout) as { source: string; selected: { 'tag-suffix': string }[] };
    expect(p.source).toBe('git');
    expect(p.selected.map((e) => e['tag-suffix'])).toEqual(WHISPER);
  });
});

describe('backend-matrix plan --base/--head: every revision from git', () => {
  const CLI = path.resolve('dist/cli/index.js');
  const plan = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [CLI, 'plan', ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
  type Planned = {
    runAll: boolean;
    selected: { 'tag-suffix': string; reasons: string[] }[];
    skipped: string[];
  };
  const json = (r: { stdout: string }): Planned => JSON.parse(r.stdout) as Planned;

  it("the entry diff compares the file at base with the file at head; the working tree's entries are planned", () => {
    // Working tree at main (the file as at A); A → E changes -gpu-vllm and adds -gpu-whisper.
    const r = plan(['--base', A, '--head', E, '--format', 'json'], fullClone(X));
    expect(r.stderr).toBe('');
    const p = json(r);
    expect(p.runAll).toBe(false);
    expect(p.selected).toEqual([
      expect.objectContaining({
        'tag-suffix': '-gpu-vllm',
        reasons: ['matrix: changed tag-latest'],
      }),
    ]);
  });

  it('an additive schema edit between base and head rebuilds nothing, and says so (json and table)', () => {
    const dir = fullClone(S2);
    const p = json(plan(['--base', S1, '--head', S2, '--format', 'json'], dir));
    const skip = 'rules.shared[3] skipped: backend/backend.proto only adds field Opts.seed = 2';
    expect(p).toMatchObject({ runAll: false, selected: [], skipped: [skip] });
    const table = plan(['--base', S1, '--head', S2], dir);
    expect(table.stdout).toContain(`Nothing to build.\n\nNot rebuilt:\n  ${skip}\n`);
  });

  it('a breaking one rebuilds what the rule names, with the first difference', () => {
    const p = json(plan(['--base', S1, '--head', S3, '--format', 'json'], fullClone(S3)));
    expect(p.skipped).toEqual([]);
    expect(p.selected.map((e) => e['tag-suffix'])).toEqual([
      '-cpu-vllm',
      '-cpu-vllm',
      '-gpu-vllm',
      '-gpu-diffusers',
      '-cpu-whisper',
      '-cpu-llama-cpp',
      '-cpu-turboquant',
    ]);
    expect(p.selected[0].reasons).toEqual([
      'rules.shared[3]: backend/backend.proto (field Opts.model renumbered 1 → 3)',
    ]);
  });

  it('--changed-file with no revisions counts a schema edit as breaking, and says why', () => {
    const p = json(plan(['--changed-file', PROTO, '--format', 'json'], fullClone(S2)));
    expect(p.skipped).toEqual([]);
    expect(p.selected).toHaveLength(7);
    expect(p.selected[0].reasons[0]).toMatch(
      /^rules\.shared\[3\]: backend\/backend\.proto \(.*not read.*\)$/,
    );
  });
});
