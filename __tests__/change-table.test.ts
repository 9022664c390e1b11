/**
 * Change detection in-process (README, Events and how changes are found): the
 * event decision table over the real payloads in fixtures/events, then its
 * orchestration against fake git and REST ports that record every call — which
 * source comes first, the fallbacks, warnings against notes, and the requests
 * that must not be made.
 */
import { describe, expect, it, jest } from '@jest/globals';
import type { Ports } from '../src/change/access.js';
import type { ChangeRequest } from '../src/change/detect.js';
import {
  decide,
  sourcesFor,
  undiffable,
  type Decision,
  type EventInputs,
  type Range,
} from '../src/change/events.js';
import { MAX_CANDIDATES, workflowOf } from '../src/change/last-successful.js';
import type {
  ApiPort,
  CompareResult,
  FileList,
  GitPort,
  RevisionReader,
  WorkflowRun,
} from '../src/change/ports.js';
import type { Change } from '../src/core/plan.js';
import type { Rules } from '../src/core/rules.js';
import type { SchemaVerdict } from '../src/core/select.js';
import { eventFixture, type EventJson } from './support/fixtures.js';

// Verdicts are the schema module's business; here only what reaches it and what comes back.
const verdictCalls: [Rules | undefined, readonly string[], RevisionReader | undefined][] = [];
const VERDICTS = new Map<string, SchemaVerdict>([
  ['proto/backend.proto', { additive: true, summary: 'only adds field X.y = 2' }],
]);
jest.unstable_mockModule('../src/change/schemas.js', () => ({
  schemaVerdicts: async (
    rules: Rules | undefined,
    files: readonly string[],
    revisions: RevisionReader | undefined,
  ) => {
    verdictCalls.push([rules, files, revisions]);
    return rules ? VERDICTS : new Map();
  },
}));
const { findChange } = await import('../src/change/detect.js');

type Json = EventJson;
const fixture = eventFixture;

const PR = fixture('pull_request');
const PR_BASE: string = PR.pull_request.base.sha;
const PR_HEAD: string = PR.pull_request.head.sha;
const PUSH = fixture('push');
const FORCED = fixture('push-forced');
const MG = fixture('merge_group').merge_group as Json;
const GITHUB_SHA = 'b'.repeat(40);
const SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';
const MATRIX = '.github/backend-matrix.yml';

/** The inputs for one event fixture, as the runner would give them. */
function inputs(eventName: string, name: string, over: Partial<EventInputs> = {}): EventInputs {
  const event = fixture(name);
  return {
    eventName,
    event,
    ref: typeof event.ref === 'string' ? event.ref : 'refs/pull/42/merge',
    sha: GITHUB_SHA,
    forceAll: false,
    changedFiles: undefined,
    base: '',
    diffSource: 'auto',
    ...over,
  };
}

// ---------------------------------------------------------------------------

describe('the event decision table', () => {
  const prRange: Range = { base: PR_BASE, head: PR_HEAD, pr: 42, filesHint: 5 };
  const pushRange: Range = { base: PUSH.before, head: PUSH.after };
  const all = (cause: string): Decision => ({ kind: 'all', cause });
  const NEW_BRANCH =
    'a push that creates a branch has no previous commit to diff against (set base to diff it)';

  it.each<[string, EventInputs, Decision]>([
    ['pull_request', inputs('pull_request', 'pull_request'), { kind: 'diff', range: prRange }],
    [
      'pull_request_target',
      inputs('pull_request_target', 'pull_request_target'),
      { kind: 'diff', range: prRange },
    ],
    [
      'a pull request of 4,200 files (the hint travels with the range)',
      inputs('pull_request', 'pull_request-huge'),
      { kind: 'diff', range: { ...prRange, filesHint: 4200 } },
    ],
    ['push', inputs('push', 'push'), { kind: 'diff', range: pushRange }],
    [
      'a forced push compares the two trees',
      inputs('push', 'push-forced'),
      { kind: 'diff', range: { base: FORCED.before, head: FORCED.after, twoDot: true } },
    ],
    ['a push that creates a branch', inputs('push', 'push-new-branch'), all(NEW_BRANCH)],
    [
      'a push that deletes a branch',
      inputs('push', 'push-delete-branch'),
      all('a push that deletes a branch has no head commit to diff'),
    ],
    [
      'a tag push',
      inputs('push', 'push-tag'),
      all('a tag push (refs/tags/v1.2.3) builds every image'),
    ],
    [
      'merge_group',
      inputs('merge_group', 'merge_group'),
      { kind: 'diff', range: { base: MG.base_sha, head: MG.head_sha } },
    ],
    ...(
      [
        ['schedule', 'schedule'],
        ['workflow_dispatch', 'workflow_dispatch'],
        ['release', 'release'],
        ['repository_dispatch', 'repository_dispatch'],
      ] as const
    ).map(([name, file]): [string, EventInputs, Decision] => [
      name,
      inputs(name, file),
      all(`the ${name} event has no diff to filter by`),
    ]),
    [
      'an unknown event name',
      inputs('', 'push'),
      all('the unknown event has no diff to filter by'),
    ],
    [
      'force-all wins over everything',
      inputs('pull_request', 'pull_request', { forceAll: true, changedFiles: ['a'] }),
      all('force-all is set'),
    ],
    [
      'changed-files: used as given; the range locates their revisions',
      inputs('push', 'push', { changedFiles: ['a.go'] }),
      { kind: 'given', files: ['a.go'], range: pushRange },
    ],
    [
      'changed-files on a tag push are still used as given',
      inputs('push', 'push-tag', { changedFiles: ['a.go'] }),
      {
        kind: 'given',
        files: ['a.go'],
        range: { base: '0'.repeat(40), head: fixture('push-tag').after },
      },
    ],
    [
      'changed-files with a base SHA on an event without a diff: base to GITHUB_SHA',
      inputs('workflow_dispatch', 'workflow_dispatch', { changedFiles: ['a.go'], base: SHA }),
      { kind: 'given', files: ['a.go'], range: { base: SHA, head: GITHUB_SHA } },
    ],
    [
      'changed-files with base last-successful: no lookup, the event range',
      inputs('push', 'push', { changedFiles: ['a.go'], base: 'last-successful' }),
      { kind: 'given', files: ['a.go'], range: pushRange },
    ],
    [
      'a base SHA on a pull request: a compare, not the PR file list',
      inputs('pull_request', 'pull_request', { base: SHA }),
      { kind: 'diff', range: { base: SHA, head: PR_HEAD } },
    ],
    [
      'a base SHA on a new branch makes it diffable',
      inputs('push', 'push-new-branch', { base: SHA }),
      { kind: 'diff', range: { base: SHA, head: fixture('push-new-branch').after } },
    ],
    [
      'a base SHA on a forced push keeps the two-tree diff',
      inputs('push', 'push-forced', { base: SHA }),
      { kind: 'diff', range: { base: SHA, head: FORCED.after, twoDot: true } },
    ],
    [
      'last-successful on a push: the branch of the ref',
      inputs('push', 'push', { base: 'last-successful' }),
      { kind: 'diff', range: pushRange, lastSuccessful: { branch: 'main' } },
    ],
    [
      'last-successful on a new branch: a run may still give a base',
      inputs('push', 'push-new-branch', { base: 'last-successful' }),
      {
        kind: 'diff',
        range: { base: '0'.repeat(40), head: fixture('push-new-branch').after },
        lastSuccessful: { branch: 'feature/arm64-legs' },
      },
    ],
    [
      "last-successful on a pull request: pushes to the PR's head branch",
      inputs('pull_request', 'pull_request', { base: 'last-successful' }),
      { kind: 'diff', range: prRange, lastSuccessful: { branch: 'bump-vllm' } },
    ],
    [
      "last-successful on merge_group: the queue's base branch",
      inputs('merge_group', 'merge_group', { base: 'last-successful' }),
      {
        kind: 'diff',
        range: { base: MG.base_sha, head: MG.head_sha },
        lastSuccessful: { branch: 'main' },
      },
    ],
    [
      'a push payload without after: GITHUB_SHA is the head',
      { ...inputs('push', 'push'), event: { ...PUSH, after: undefined } },
      { kind: 'diff', range: { base: PUSH.before, head: GITHUB_SHA } },
    ],
  ])('%s', (_, given, expected) => {
    expect(decide(given)).toEqual(expected);
  });

  it('diff-source orders the sources; a payload over the 3,000-file cap rules the API out', () => {
    expect(sourcesFor(prRange, 'auto')).toEqual({ order: ['git', 'api'], ruledOut: {} });
    expect(sourcesFor(prRange, 'git')).toEqual({ order: ['git', 'api'], ruledOut: {} });
    expect(sourcesFor(prRange, 'api')).toEqual({ order: ['api', 'git'], ruledOut: {} });
    const cause =
      "pull request #42 has 3001 changed files (event payload), over GitHub's 3,000-file list cap, so no file list was requested";
    expect(sourcesFor({ ...prRange, filesHint: 3001 }, 'api')).toEqual({
      order: ['api', 'git'],
      ruledOut: { api: cause },
    });
    // At the cap the list may be whole: GitHub is asked, and its answer judged.
    expect(sourcesFor({ ...prRange, filesHint: 3000 }, 'api').ruledOut).toEqual({});
    // A compare is not the PR file list: the hint does not apply.
    expect(sourcesFor({ base: SHA, head: PR_HEAD }, 'api').ruledOut).toEqual({});
  });

  it('undiffable names all-zero sides only', () => {
    expect(undiffable(pushRange)).toBeUndefined();
    expect(undiffable({ base: '', head: '' })).toBeUndefined();
    expect(undiffable({ base: '0'.repeat(40), head: 'a' })).toMatch(/creates a branch/);
    expect(undiffable({ base: 'a', head: '0'.repeat(40) })).toMatch(/deletes a branch/);
  });

  it('the workflow of GITHUB_WORKFLOW_REF', () => {
    expect(workflowOf('acme/images/.github/workflows/ci.yml@refs/heads/main')).toBe('ci.yml');
    expect(workflowOf('acme/images/.github/workflows/sub/x.yaml@refs/pull/1/merge')).toBe(
      'sub/x.yaml',
    );
    expect(workflowOf('')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// Fake ports: every call is recorded, so a test can say which were not made.

const list = (files: string[], added: string[] = []): FileList => ({
  files,
  complete: true,
  count: files.length,
  added,
});
const cmp = (status: CompareResult['status'], files: string[], added: string[] = []) => ({
  ...list(files, added),
  status,
});

interface GitSetup {
  repo?: boolean | string;
  commits?: string[];
  shallow?: boolean;
  diffs?: Record<string, FileList | Error>;
  files?: Record<string, string | Error>;
  /** `ancestor>descendant` pairs. */
  ancestry?: string[];
}

class FakeGit implements GitPort {
  readonly calls: string[] = [];
  constructor(private readonly o: GitSetup) {}
  async isRepo(): Promise<boolean> {
    this.calls.push('isRepo');
    if (typeof this.o.repo === 'string') throw new Error(this.o.repo);
    return this.o.repo ?? true;
  }
  mayBeRepo(): boolean {
    return this.o.repo !== false;
  }
  async hasCommit(rev: string): Promise<boolean> {
    this.calls.push(`hasCommit ${rev}`);
    return (this.o.commits ?? []).includes(rev);
  }
  async isShallow(): Promise<boolean> {
    return this.o.shallow ?? false;
  }
  async diff(base: string, head: string, opts: { mergeBase: boolean }): Promise<FileList> {
    const key = `${base}${opts.mergeBase ? '...' : ' '}${head}`;
    this.calls.push(`diff ${key}`);
    const d = this.o.diffs?.[key];
    if (d instanceof Error) throw d;
    if (!d) throw new Error(`no diff ${key}`);
    return d;
  }
  async changedFiles(base: string, head: string, opts: { mergeBase: boolean }) {
    return (await this.diff(base, head, opts)).files;
  }
  async show(rev: string, path: string): Promise<string | undefined> {
    this.calls.push(`show ${rev}:${path}`);
    const f = this.o.files?.[`${rev}:${path}`];
    if (f instanceof Error) throw f;
    return f;
  }
  async isAncestor(a: string, b: string): Promise<boolean> {
    this.calls.push(`isAncestor ${a} ${b}`);
    return (this.o.ancestry ?? []).includes(`${a}>${b}`);
  }
}

interface ApiSetup {
  prFiles?: FileList | Error;
  compare?: Record<string, CompareResult | Error>;
  contents?: Record<string, string | Error>;
  runs?: WorkflowRun[];
}

class FakeApi implements ApiPort {
  readonly calls: string[] = [];
  constructor(private readonly o: ApiSetup) {}
  async pullRequestFiles(pr: number, hint?: number): Promise<FileList> {
    this.calls.push(`pullRequestFiles ${pr} hint=${hint}`);
    return answer(this.o.prFiles);
  }
  async compare(base: string, head: string): Promise<CompareResult> {
    this.calls.push(`compare ${base}...${head}`);
    return answer(this.o.compare?.[`${base}...${head}`]);
  }
  async fileAt(path: string, ref: string): Promise<string | undefined> {
    this.calls.push(`fileAt ${ref}:${path}`);
    const c = this.o.contents?.[`${ref}:${path}`];
    if (c instanceof Error) throw c;
    return c;
  }
  async successfulPushRuns(workflow: string, branch: string): Promise<WorkflowRun[]> {
    this.calls.push(`runs ${workflow} ${branch}`);
    return this.o.runs ?? [];
  }
  stats() {
    return { requests: this.calls.length, maxInFlight: 1, roundTrips: this.calls.length };
  }
}

function answer<T>(v: T | Error | undefined): T {
  if (v instanceof Error) throw v;
  if (v === undefined) throw new Error('HTTP 404 (Not Found)');
  return v;
}

interface World {
  git?: GitSetup;
  api?: ApiSetup;
  /** Files the workspace holds (a sparse checkout holds few). */
  workspace?: Record<string, string>;
}

/** Runs findChange against fakes; says which adapters were opened at all. */
async function detect(req: Partial<ChangeRequest> & EventInputs, world: World = {}) {
  const git = new FakeGit(world.git ?? { repo: false });
  const api = new FakeApi(world.api ?? {});
  const opened: string[] = [];
  const ports: Ports = {
    git: async () => (opened.push('git'), git),
    api: async () => (opened.push('api'), api),
    workspaceFile: async (p) => world.workspace?.[p],
  };
  const full: ChangeRequest = {
    workspace: '/ws',
    repository: 'acme/images',
    apiUrl: 'http://api.invalid',
    token: 't',
    matrixPath: MATRIX,
    workflowRef: 'acme/images/.github/workflows/ci.yml@refs/heads/main',
    ...req,
  };
  const found = await findChange(full, { ports, rules: undefined });
  return { found, git: git.calls, api: api.calls, opened };
}

const pr = (over: Partial<EventInputs> = {}) => inputs('pull_request', 'pull_request', over);
const push = (over: Partial<EventInputs> = {}) => inputs('push', 'push', over);
const files = (f: { change: Change }) => (f.change.kind === 'files' ? f.change.files : f.change);

describe('orchestration: which source, in which order', () => {
  it('auto with the commits present: git, and the API is never opened', async () => {
    const r = await detect(pr(), {
      git: { commits: [PR_BASE, PR_HEAD], diffs: { [`${PR_BASE}...${PR_HEAD}`]: list(['a.go']) } },
    });
    expect(files(r.found)).toEqual(['a.go']);
    expect(r.found).toMatchObject({ source: 'git', warnings: [], notes: [] });
    expect(r.opened).toEqual(['git']);
  });

  it('auto outside a git checkout: the API, and why in the log only', async () => {
    const r = await detect(pr(), { api: { prFiles: list(['a.go']) } });
    expect(r.found).toMatchObject({
      source: 'api',
      warnings: [],
      notes: [
        'the workspace is not a git checkout; used the REST API diff instead',
        'REST API: 1 request(s) in 1 round trip(s), at most 1 in flight at once',
      ],
    });
    expect(r.api).toEqual(['pullRequestFiles 42 hint=5']);
  });

  it('diff-source git without the commits: the API, with a warning naming the fix', async () => {
    const r = await detect(pr({ diffSource: 'git' }), {
      git: { commits: [PR_HEAD], shallow: true },
      api: { prFiles: list(['a.go']) },
    });
    expect(r.found.source).toBe('api');
    expect(r.found.warnings).toEqual([
      `git: commit ${PR_BASE.slice(0, 12)} is not in the checkout (the checkout is shallow: set fetch-depth: 0 on actions/checkout); used the REST API diff instead`,
    ]);
  });

  it('a checkout holding both commits costs one git call, the diff; the checks only explain a failure', async () => {
    const key = `${PR_BASE}...${PR_HEAD}`;
    const r = await detect(pr({ diffSource: 'git' }), {
      git: { commits: [PR_BASE, PR_HEAD], diffs: { [key]: list(['x']) } },
    });
    expect(files(r.found)).toEqual(['x']);
    expect(r.git).toEqual([`diff ${key}`]);
    const failed = await detect(pr({ diffSource: 'git' }), {
      git: { commits: [PR_HEAD], diffs: { [key]: new Error('fatal: bad revision') } },
      api: { prFiles: list(['a.go']) },
    });
    expect(failed.git).toEqual([
      `diff ${key}`,
      'isRepo',
      `hasCommit ${PR_BASE}`,
      `hasCommit ${PR_HEAD}`,
    ]);
    expect(failed.found.warnings[0]).toMatch(/^git: commit \w+ is not in the checkout/);
  });

  it('diff-source api asks the API first even when git could answer', async () => {
    const r = await detect(pr({ diffSource: 'api' }), {
      git: { commits: [PR_BASE, PR_HEAD], diffs: { [`${PR_BASE}...${PR_HEAD}`]: list(['x']) } },
      api: { prFiles: list(['a.go']) },
    });
    expect(files(r.found)).toEqual(['a.go']);
    expect(r.git).toEqual([]);
  });

  it('git refusing the checkout (dubious ownership) is the named cause of the fallback', async () => {
    const refusal = 'git refuses the repository at /ws: "detected dubious ownership" (…)';
    const r = await detect(pr({ diffSource: 'git' }), {
      git: { repo: refusal },
      api: { prFiles: list(['a.go']) },
    });
    expect(r.found.warnings).toEqual([`${refusal}; used the REST API diff instead`]);
  });

  it('both failing: everything is built, both causes named, as a warning', async () => {
    const r = await detect(pr({ diffSource: 'api' }), {
      api: { prFiles: new Error('GET /pulls/42/files: HTTP 500 after 4 attempts') },
    });
    const cause =
      'the changed files could not be found completely (REST API: GET /pulls/42/files: HTTP 500 after 4 attempts; the workspace is not a git checkout)';
    expect(r.found.change).toEqual({ kind: 'all', cause });
    expect(r.found.warnings).toEqual([`${cause}; every entry is built`]);
    expect(r.found.revisions).toBeUndefined();
  });

  it('a PR list at the cap is incomplete: git if it can, else everything', async () => {
    const capped: FileList = { files: ['a'], complete: false, count: 3000, added: [] };
    const r = await detect(pr({ diffSource: 'api' }), { api: { prFiles: capped } });
    expect(r.found.change).toMatchObject({ kind: 'all' });
    expect(r.found.warnings[0]).toContain(
      "pull request #42 lists 3000 files, GitHub's cap, so its file list may be incomplete",
    );
  });
});

describe('no request whose answer is known', () => {
  const huge = (over: Partial<EventInputs> = {}) =>
    inputs('pull_request', 'pull_request-huge', over);
  const CAP =
    "pull request #42 has 4200 changed files (event payload), over GitHub's 3,000-file list cap, so no file list was requested";

  it('a PR whose payload says more than 3,000 files goes straight to git', async () => {
    const r = await detect(huge({ diffSource: 'api' }), {
      git: { commits: [PR_BASE, PR_HEAD], diffs: { [`${PR_BASE}...${PR_HEAD}`]: list(['a.go']) } },
    });
    expect(files(r.found)).toEqual(['a.go']);
    expect(r.found.warnings).toEqual([`${CAP}; used the git diff instead`]);
    expect(r.opened).toEqual(['git']);
  });

  it('…or to run-all with the cap named, without opening the API', async () => {
    const r = await detect(huge(), {});
    const cause = `the changed files could not be found completely (the workspace is not a git checkout; ${CAP})`;
    expect(r.found.change).toEqual({ kind: 'all', cause });
    expect(r.opened).toEqual(['git']);
  });

  it.each(['ahead', 'identical'])(
    'a forced push whose compare says %s needs no reverse compare',
    async (status) => {
      const r = await detect(inputs('push', 'push-forced', { diffSource: 'api' }), {
        api: { compare: { [`${FORCED.before}...${FORCED.after}`]: cmp(status, ['a.go']) } },
      });
      expect(files(r.found)).toEqual(['a.go']);
      expect(r.api).toEqual([`compare ${FORCED.before}...${FORCED.after}`]);
    },
  );

  it.each(['diverged', 'behind'])(
    'a forced push whose compare says %s also compares the other way, and unites both',
    async (status) => {
      const r = await detect(inputs('push', 'push-forced', { diffSource: 'api' }), {
        api: {
          compare: {
            [`${FORCED.before}...${FORCED.after}`]: cmp(status, ['new.go', 'both.go'], ['new.go']),
            [`${FORCED.after}...${FORCED.before}`]: cmp('diverged', ['dropped.go', 'both.go']),
          },
        },
      });
      expect(files(r.found)).toEqual(['new.go', 'both.go', 'dropped.go']);
      expect(r.api).toHaveLength(2);
    },
  );

  it('explicit changed-files open neither git nor the API', async () => {
    const r = await detect(push({ changedFiles: ['backend/a.go'] }));
    expect(r.found).toMatchObject({ source: 'input', warnings: [], notes: [] });
    expect(files(r.found)).toEqual(['backend/a.go']);
    expect(r.opened).toEqual([]);
  });

  it('run-all events open nothing', async () => {
    const r = await detect(inputs('push', 'push-tag'));
    expect(r.found.change).toMatchObject({ kind: 'all' });
    expect(r.opened).toEqual([]);
  });
});

describe('base: last-successful', () => {
  const HEAD = PUSH.after as string;
  const run = (headSha: string, headRepository = 'acme/images'): WorkflowRun => ({
    headSha,
    headRepository,
  });
  const [FORK, GONE, GOOD, OLD] = ['f0', 'a1', 'c2', 'd3'].map((p) => p.repeat(20));

  it('skips a fork run and a non-ancestor, takes the next, and its compare is the diff', async () => {
    const r = await detect(push({ base: 'last-successful', diffSource: 'api' }), {
      api: {
        runs: [run(FORK, 'mallory/images'), run(GONE), run(GOOD), run(OLD)],
        compare: {
          [`${GONE}...${HEAD}`]: cmp('diverged', ['x']),
          [`${GOOD}...${HEAD}`]: cmp('ahead', ['backend/a.go']),
        },
      },
    });
    expect(files(r.found)).toEqual(['backend/a.go']);
    expect(r.found.warnings).toEqual([]);
    expect(r.api).toEqual([
      'runs ci.yml main',
      `compare ${GONE}...${HEAD}`,
      `compare ${GOOD}...${HEAD}`,
    ]);
  });

  it('with git first and the commits present, git decides ancestry: no compare request', async () => {
    const r = await detect(push({ base: 'last-successful' }), {
      git: {
        commits: [GONE, GOOD, HEAD],
        ancestry: [`${GOOD}>${HEAD}`],
        diffs: { [`${GOOD}...${HEAD}`]: list(['backend/a.go']) },
      },
      api: { runs: [run(GONE), run(GOOD)] },
    });
    expect(files(r.found)).toEqual(['backend/a.go']);
    expect(r.git).toContain(`isAncestor ${GONE} ${HEAD}`);
    expect(r.api).toEqual(['runs ci.yml main']);
  });

  it('no qualifying run: the event base, with a warning saying what was skipped', async () => {
    const r = await detect(push({ base: 'last-successful', diffSource: 'api' }), {
      api: {
        runs: [run(FORK, 'mallory/images'), run(GONE)],
        compare: {
          [`${GONE}...${HEAD}`]: cmp('behind', []),
          [`${PUSH.before}...${HEAD}`]: cmp('ahead', ['backend/b.go']),
        },
      },
    });
    expect(files(r.found)).toEqual(['backend/b.go']);
    expect(r.found.warnings).toEqual([
      `base: last-successful: no successful run of this workflow on main (runs skipped: 1 from another repository (mallory/images); 1 not an ancestor of ${HEAD.slice(0, 12)} (${GONE.slice(0, 12)})); diffing against the event's own base`,
    ]);
  });

  it(`checks at most ${MAX_CANDIDATES} candidates`, async () => {
    const shas = Array.from({ length: 15 }, (_, i) => i.toString(16).padStart(40, 'e'));
    const r = await detect(push({ base: 'last-successful', diffSource: 'api' }), {
      api: {
        runs: shas.map((s) => run(s)),
        compare: Object.fromEntries([
          ...shas.map((s) => [`${s}...${HEAD}`, cmp('diverged', [])]),
          [`${PUSH.before}...${HEAD}`, cmp('ahead', ['a'])],
        ]),
      },
    });
    expect(r.api.filter((c) => c.startsWith('compare'))).toHaveLength(MAX_CANDIDATES + 1);
    expect(r.found.warnings[0]).toContain(`${MAX_CANDIDATES} not an ancestor`);
  });

  it('a new branch with no qualifying run builds everything', async () => {
    const r = await detect(inputs('push', 'push-new-branch', { base: 'last-successful' }), {
      api: { runs: [] },
    });
    expect(r.found.change).toEqual({
      kind: 'all',
      cause:
        'a push that creates a branch has no previous commit to diff against (set base to diff it)',
    });
    expect(r.found.warnings).toEqual([
      "base: last-successful: no successful run of this workflow on feature/arm64-legs (none was found); diffing against the event's own base",
    ]);
  });

  it('an unknown workflow asks nothing', async () => {
    const r = await detect(
      { ...push({ base: 'last-successful' }), workflowRef: '' },
      {
        git: { commits: [PUSH.before, HEAD], diffs: { [`${PUSH.before}...${HEAD}`]: list(['a']) } },
      },
    );
    expect(r.found.warnings[0]).toContain('(the workflow or branch is unknown)');
    expect(r.opened).toEqual(['git']);
  });
});

describe('revisions: absent or unreadable, from wherever they are', () => {
  const matrixChange = (added: string[] = []) => ({
    api: {
      prFiles: list([MATRIX, 'proto/backend.proto'], added),
      contents: { [`${PR_HEAD}:proto/backend.proto`]: 'syntax = "proto3";\n' },
    },
    workspace: { [MATRIX]: 'include: []\n' },
  });

  it('a 404 at the base for a file the diff lists as modified is unreadable', async () => {
    const r = await detect(pr({ diffSource: 'api' }), matrixChange());
    expect(r.found.change).toMatchObject({
      kind: 'files',
      baseMatrix: {
        error: `the contents API has no ${MATRIX} at ${PR_BASE.slice(0, 12)}, yet the change lists it as modified: the base revision cannot be read`,
      },
    });
  });

  it('only a file the diff lists as added is absent at the base', async () => {
    const r = await detect(pr({ diffSource: 'api' }), matrixChange([MATRIX]));
    expect(r.found.change).toMatchObject({ kind: 'files', baseMatrix: { text: '' } });
  });

  it('a sparse workspace: the head from the workspace when there, else the contents API', async () => {
    const r = await detect(pr({ diffSource: 'api' }), matrixChange());
    const rev = r.found.revisions!;
    expect(await rev.head(MATRIX)).toEqual({ text: 'include: []\n' });
    expect(await rev.head('proto/backend.proto')).toEqual({ text: 'syntax = "proto3";\n' });
    expect(await rev.head('./proto/backend.proto')).toEqual({ text: 'syntax = "proto3";\n' });
    // Each revision is read once, whoever asks.
    expect(r.api.filter((c) => c.includes('backend.proto'))).toEqual([
      `fileAt ${PR_HEAD}:proto/backend.proto`,
    ]);
    expect(await rev.base('proto/backend.proto')).toEqual({
      error: `the contents API has no proto/backend.proto at ${PR_BASE.slice(0, 12)}, yet the change lists it as modified: the base revision cannot be read`,
    });
  });

  it('git first when it has the commit; a git failure falls back to the API', async () => {
    const r = await detect(pr({ diffSource: 'api' }), {
      api: {
        prFiles: list([MATRIX, 'p.proto', 'q.proto']),
        contents: { [`${PR_BASE}:q.proto`]: 'from the API' },
      },
      git: {
        commits: [PR_BASE],
        files: {
          [`${PR_BASE}:${MATRIX}`]: 'include: []\n',
          [`${PR_BASE}:q.proto`]: new Error('git cat-file blob …: missing blob (a blobless clone)'),
        },
      },
    });
    expect(r.found.change).toMatchObject({ baseMatrix: { text: 'include: []\n' } });
    expect(r.api).not.toContain(`fileAt ${PR_BASE}:${MATRIX}`);
    expect(await r.found.revisions!.base('q.proto')).toEqual({ text: 'from the API' });
    // git says the commit lacks p.proto, yet the diff says it was modified: unreadable, not absent.
    expect(await r.found.revisions!.base('p.proto')).toEqual({
      error: `p.proto is not in commit ${PR_BASE.slice(0, 12)}, yet the change lists it as modified: the base revision cannot be read`,
    });
  });

  it('given files without statuses: git finding no file at the base commit means absent', async () => {
    const r = await detect(push({ changedFiles: [MATRIX] }), {
      git: { commits: [PUSH.before] },
    });
    expect(r.found.change).toMatchObject({ baseMatrix: { text: '' } });
  });

  it('given files without statuses: an API 404 is not proof of absence', async () => {
    const r = await detect(push({ changedFiles: [MATRIX] }), {});
    expect(r.found.change).toMatchObject({
      baseMatrix: {
        error: `the contents API has no ${MATRIX} at ${PUSH.before.slice(0, 12)}, yet the change lists it as modified: the base revision cannot be read`,
      },
    });
  });

  it('no base revision at all', async () => {
    const r = await detect(
      inputs('workflow_dispatch', 'workflow_dispatch', { changedFiles: [MATRIX] }),
    );
    expect(r.found.change).toMatchObject({
      baseMatrix: { error: 'the event names no base revision' },
    });
  });
});

describe('schema verdicts', () => {
  it("are asked with the matrix's rules, the changed files and the revision reader", async () => {
    const rules = { shared: [], sources: [] } as unknown as Rules;
    verdictCalls.length = 0;
    const git = new FakeGit({ repo: false });
    const api = new FakeApi({ prFiles: list(['proto/backend.proto']) });
    const found = await findChange(
      {
        ...pr({ diffSource: 'api' }),
        workspace: '/ws',
        repository: 'acme/images',
        apiUrl: '',
        token: '',
        matrixPath: MATRIX,
        workflowRef: '',
      },
      {
        rules,
        ports: { git: async () => git, api: async () => api, workspaceFile: async () => undefined },
      },
    );
    expect(verdictCalls).toEqual([[rules, ['proto/backend.proto'], found.revisions]]);
    expect(found.revisions).toBeDefined();
    expect(found.change).toMatchObject({ kind: 'files', schemas: VERDICTS });
  });
});
