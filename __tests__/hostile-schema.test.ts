/**
 * `unless: additive-proto` against a hostile pull request: imports the
 * comparison must see, a `pull_request_target` workspace that holds the base,
 * a schema head that is a FIFO or a device, and schemas too large to compare.
 * Pull requests run through the bundled dist/index.js against the fake GitHub
 * API or a real git repository; the matrix is examples/backend-matrix.yml,
 * whose rules.shared[1] guards backend/backend.proto.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Access, type Ports } from '../src/change/access.js';
import type { ApiPort, GitPort } from '../src/change/ports.js';
import { Revisions } from '../src/change/revisions.js';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { compareSchemas } from '../src/core/proto-diff.js';
import { SCHEMA_BOUNDS } from '../src/core/schema-bounds.js';
import { backendSchema, renderProto } from './support/backend-proto.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubConfig } from './support/fake-github.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { runAction, workspace, type ActionCase, type ActionRun } from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const MATRIX_TEXT = readFileSync('examples/backend-matrix.yml', 'utf8');
const PROTO = 'backend/backend.proto';
const TOKEN = 'ghs_h0st1leSch3maT0ken_7c2e';
const API_ENV = {
  BACKEND_MATRIX_API_RETRY_MS: '10',
  BACKEND_MATRIX_API_TIMEOUT_MS: '500',
  BACKEND_MATRIX_API_BUDGET_MS: '3000',
};

const matrix = loadMatrixFile(MATRIX_TEXT, MATRIX);
const ALL_IDS = [...matrix.linux, ...matrix.darwin].map(
  (e) =>
    `${e.os === 'darwin' ? 'darwin:' : ''}${e.tagSuffix}${e.platformTag ? `@${e.platformTag}` : ''}`,
);

const BASE = renderProto(backendSchema());
const BREAKING = ((): string => {
  const s = backendSchema();
  s.messages
    .find((m) => m.name === 'PredictOptions')!
    .fields.find((f) => f.name === 'Seed')!.number = 60;
  return renderProto(s);
})();
const BROKEN = 'field PredictOptions.Seed renumbered 2 → 60';

const breaking = (summary: string) => ({ additive: false, summary });
const additive = (summary: string) => ({ additive: true, summary });
const tooLarge = (summary: string) => ({ additive: false, summary, fallback: true });

// ---------------------------------------------------------------------------

describe('imports', () => {
  const WITH_IMPORTS = `syntax = "proto3";
import "google/protobuf/timestamp.proto";
import public "common/types.proto";
import weak "legacy/old.proto";
package backend;
message Reply {
  bytes message = 1;
  google.protobuf.Timestamp created = 2;
}
`;
  const swap = (from: string, to: string): string => WITH_IMPORTS.replace(from, to);

  it.each([
    [
      'an import swapped for another',
      swap('"google/protobuf/timestamp.proto"', '"google/protobuf/duration.proto"'),
      'import "google/protobuf/timestamp.proto" removed',
    ],
    [
      'an import a field still uses, removed',
      swap('import "google/protobuf/timestamp.proto";\n', ''),
      'import "google/protobuf/timestamp.proto" removed',
    ],
    [
      'a public import made plain',
      swap('import public', 'import'),
      'import "common/types.proto" changed from import public to import',
    ],
    [
      'a weak import made plain',
      swap('import weak', 'import'),
      'import "legacy/old.proto" changed from import weak to import',
    ],
  ])('%s is breaking', (_, head, summary) => {
    expect(compareSchemas(WITH_IMPORTS, head)).toEqual(breaking(summary));
  });

  it('an added import is additive', () => {
    const head = swap('package backend;', 'import "extra/more.proto";\npackage backend;');
    expect(compareSchemas(WITH_IMPORTS, head)).toEqual(
      additive('only adds import "extra/more.proto"'),
    );
  });

  it('imports in another order, or with comments between them, change nothing', () => {
    const head = `syntax = "proto3";
import weak "legacy/old.proto"; // kept for old clients
import /* re-exported */ public "common/types.proto";
package backend;
import "google/protobuf/timestamp.proto";
message Reply {
  bytes message = 1;
  google.protobuf.Timestamp created = 2;
}
`;
    expect(compareSchemas(WITH_IMPORTS, head)).toEqual(
      additive('only changes comments or formatting'),
    );
  });
});

// ---------------------------------------------------------------------------

/** A message named `name` with fields f1 … fn, and the text around it. */
const bigMessage = (name: string, n: number, first = 1): string => {
  const lines = [`message ${name} {`];
  for (let i = first; i < first + n; i++) lines.push(`  int32 f${i} = ${i};`);
  return `${lines.join('\n')}\n}\n`;
};
const FILE = 'syntax = "proto3";\npackage backend;\n';

describe('schemas beyond the bounds are breaking, with the reason, and never parsed', () => {
  it('a head with 20,000 fields in one message', () => {
    const head = `${FILE}${bigMessage('Small', 3)}${bigMessage('Huge', 20_000)}`;
    const line = head.split('\n').indexOf('message Huge {') + 1;
    expect(compareSchemas(`${FILE}${bigMessage('Small', 3)}`, head)).toEqual(
      tooLarge(
        `its head revision has more than 1,000 fields and statements in message Huge (line ${line}), the most a compared message may have, so the edit counts as breaking`,
      ),
    );
  });

  it('a base with 20,000 fields in one message', () => {
    const base = `${FILE}${bigMessage('Huge', 20_000)}`;
    expect(compareSchemas(base, base).summary).toMatch(
      /^its base revision has more than 1,000 fields and statements in message Huge/,
    );
  });

  it('fields of a oneof count against their message', () => {
    const oneof = bigMessage('Choice', 1_001).replace(
      'message Choice {',
      'message M {\n oneof Choice {',
    );
    expect(compareSchemas(FILE, `${FILE}${oneof}}\n`).summary).toMatch(
      /more than 1,000 fields and statements in message M \(line 3\)/,
    );
  });

  it('more than 20,000 declarations in small messages', () => {
    const many = Array.from(
      { length: 7_000 },
      (_, i) => `message M${i} { int32 a = 1; int32 b = 2; }\n`,
    );
    expect(compareSchemas(FILE, FILE + many.join(''))).toEqual(
      tooLarge(
        'its head revision has more than 20,000 declarations, the most a compared schema may have, so the edit counts as breaking',
      ),
    );
  });

  it('more than 1 MiB, comments included', () => {
    const head = `${FILE}// ${'x'.repeat(SCHEMA_BOUNDS.bytes)}\n${bigMessage('A', 1)}`;
    expect(compareSchemas(FILE, head)).toEqual(
      tooLarge(
        'its head revision is larger than 1,048,576 bytes, the most a compared schema may have, so the edit counts as breaking',
      ),
    );
    // Bytes, not characters: 600,000 two-byte characters are over the bound.
    expect(compareSchemas(FILE, `${FILE}// ${'é'.repeat(600_000)}\n`).summary).toMatch(
      /larger than 1,048,576 bytes/,
    );
  });

  // The scan reads comments as protobufjs's tokenizer does, so no field it parses is hidden from the count.
  it.each([
    ['a block comment that `/*/` closes', '/*/'],
    ['`//` inside a token, which is no comment', 'reserved a//b;'],
    ['a string that spans lines', 'option (x) = "a\\nb\n";'],
  ])('%s hides no field from the bound', (_, before) => {
    const fields = Array.from({ length: 1_001 }, (_, i) => `int32 f${i + 1} = ${i + 1};`).join(' ');
    const head = `${FILE}message Huge {\n  ${before} ${fields}\n}\n`;
    expect(compareSchemas(FILE, head).summary).toMatch(
      /^its head revision has more than 1,000 fields and statements in message Huge \(line 3\)/,
    );
  });

  it('semicolons and braces in comments and strings are not declarations', () => {
    const noise = `  // ${';{'.repeat(2_000)}\n  /* ${'};'.repeat(2_000)} */\n  string s = 2 [json_name = "${';'.repeat(2_000)}"];\n`;
    const base = `${FILE}message M {\n  int32 a = 1;\n}\n`;
    const head = `${FILE}message M {\n  int32 a = 1;\n${noise}}\n`;
    expect(compareSchemas(base, head)).toEqual(additive('only adds field M.s = 2'));
  });
});

describe('within the bounds, large schemas are compared in full', () => {
  // Enums and services parse in linear time: only the file's bound applies to them.
  it('an enum of 10,000 values and a service of 5,000 rpcs', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => `  V${i} = ${i};`).join('\n');
    const rpcs = Array.from({ length: 5_000 }, (_, i) => `  rpc R${i}(A) returns (A);`).join('\n');
    const base = `${FILE}message A {}\nenum E {\n${values}\n}\nservice S {\n${rpcs}\n}\n`;
    const head = base.replace('  V9999 = 9999;', '  V9999 = 9999;\n  V10000 = 10000;');
    expect(compareSchemas(base, head)).toEqual(additive('only adds enum value E.V10000 = 10000'));
    expect(compareSchemas(base, base.replace('  rpc R4999(A) returns (A);\n', ''))).toEqual(
      breaking('rpc S.R4999 removed'),
    );
  });

  it('5 messages of 999 fields, each field renamed: every rename found', () => {
    const messages = (prefix: string): string =>
      Array.from({ length: 5 }, (_, m) =>
        bigMessage(`M${m}`, 999, 1).replace(/int32 f(\d+)/g, `int32 ${prefix}$1`),
      ).join('');
    const base = FILE + messages('f');
    const head = FILE + messages('g');
    const verdict = compareSchemas(base, head);
    expect(verdict).toEqual(
      breaking(
        'field M0.f1 renamed to g1, field M0.f2 renamed to g2, field M0.f3 renamed to g3 and 4992 more',
      ),
    );
    // At the bound a message is still compared: one field more is listed.
    const one = head.replace(
      '  int32 g999 = 999;\n}\nmessage M1 {',
      '  int32 g999 = 999;\n  int32 x = 1000;\n}\nmessage M1 {',
    );
    expect(compareSchemas(head, one)).toEqual(additive('only adds field M0.x = 1000'));
  });
});

// ---------------------------------------------------------------------------

describe('where the head is read: the workspace only when it is at the head', () => {
  const B = 'b'.repeat(40);
  const H = 'c'.repeat(40);
  const M = 'd'.repeat(40);
  /** Reads the head of the schema; each source answers with its own name. */
  async function headFrom(
    eventName: string,
    sha: string,
    workspaceAt: string | undefined,
    head: string | null = H,
  ): Promise<string> {
    const git = {
      isRepo: async () => true,
      hasCommit: async (rev: string) => rev === H,
      show: async (rev: string) => `git at ${rev.slice(0, 1)}`,
    } as unknown as GitPort;
    const api = { fileAt: async (_: string, rev: string) => `api at ${rev.slice(0, 1)}` };
    const ports: Ports = {
      git: async () => git,
      api: async () => api as unknown as ApiPort,
      workspaceFile: async () => 'workspace',
      workspaceCommit: async () => workspaceAt,
    };
    const revisions = new Revisions(new Access(ports), {
      base: B,
      head: head ?? undefined,
      added: new Set(),
      workspaceHead: true,
      checkout: { eventName, sha },
      useApi: true,
    });
    const r = await revisions.head(PROTO);
    return 'text' in r ? r.text : JSON.stringify(r);
  }

  it.each<[string, string, string, string | undefined, string]>([
    ['pull_request_target, base checked out', 'pull_request_target', B, B, 'git at c'],
    ['pull_request_target, not a checkout', 'pull_request_target', B, undefined, 'git at c'],
    ['pull_request_target, head checked out', 'pull_request_target', B, H, 'workspace'],
    ['pull_request at its merge commit', 'pull_request', M, M, 'workspace'],
    ['pull_request, not a checkout', 'pull_request', M, undefined, 'workspace'],
    ['pull_request with the base checked out instead', 'pull_request', M, B, 'git at c'],
    ['push, at the head', 'push', H, H, 'workspace'],
    ['push, another commit checked out', 'push', H, B, 'git at c'],
    ['push, not a checkout', 'push', H, undefined, 'workspace'],
  ])('%s', async (_, eventName, sha, at, from) => {
    expect(await headFrom(eventName, sha, at)).toBe(from);
  });

  it('no head commit named: the workspace, except for pull_request_target', async () => {
    expect(await headFrom('workflow_dispatch', B, undefined, null)).toBe('workspace');
    expect(await headFrom('pull_request_target', B, B, null)).toBe(
      JSON.stringify({ error: 'the event names no head revision' }),
    );
  });
});

// ---------------------------------------------------------------------------
// Through dist/index.js.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const PR = JSON.parse(readFileSync('__tests__/fixtures/events/pull_request.json', 'utf8')) as Json;
const PR_BASE: string = PR.pull_request.base.sha;
const PR_HEAD: string = PR.pull_request.head.sha;
const REPO_API = '/repos/acme/images';
const contentsPath = (ref: string): string => `${REPO_API}/contents/${PROTO}?ref=${ref}`;

function prEvent(base: string, head: string): Json {
  const e = structuredClone(PR);
  e.pull_request.base.sha = base;
  e.pull_request.head.sha = head;
  return e;
}

const servers: FakeGitHub[] = [];
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => {
  removeRepos();
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
async function fake(config: FakeGitHubConfig = {}): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ token: TOKEN, ...config });
  servers.push(server);
  return server;
}

/** A pull request run on `dir` (a workspace holding the example matrix), audit off. */
function act(gh: FakeGitHub, dir: string, c: ActionCase = {}): Promise<ActionRun> {
  return runAction(
    {
      eventName: 'pull_request',
      event: PR,
      timeoutMs: 30_000,
      ...c,
      inputs: { token: TOKEN, audit: 'false', ...c.inputs },
      env: { GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/pull/42/merge', ...API_ENV, ...c.env },
    },
    dir,
  );
}

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
    selected: ALL_IDS.filter((id) => ids.includes(id)),
    warnings: r.annotations.filter((a) => a.level === 'warning').map((a) => a.message),
  };
}

/** The reason text as the summary shows it (inert HTML in its <details> lines). */
const shown = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;');

describe('pull_request_target: the workspace holds the base', () => {
  let repo: GitRepo;
  let base: string, breakingHead: string;

  beforeAll(() => {
    repo = GitRepo.init();
    repo.write({ [MATRIX]: MATRIX_TEXT, [PROTO]: BASE });
    base = repo.commit('base');
    repo.checkout('breaking', base);
    breakingHead = repo.write({ [PROTO]: BREAKING }).commit('break');
    repo.checkout('main');
  });

  it('a breaking edit in the pull request, head commit in the checkout: read from git, everything built', async () => {
    const gh = await fake();
    const r = await act(gh, repo.clone({ checkout: base }).dir, {
      eventName: 'pull_request_target',
      event: prEvent(base, breakingHead),
      inputs: { 'diff-source': 'git' },
      env: { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' },
    });
    expect(outcome(r)).toEqual({ code: 0, selected: ALL_IDS, warnings: [] });
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (${BROKEN})`));
    expect(gh.requests).toEqual([]);
  });

  it('a breaking edit in the pull request, head commit not fetched: read from the contents API, everything built', async () => {
    const gh = await fake({
      data: {
        prFiles: { 42: [{ filename: PROTO }] },
        contents: { [`${breakingHead}:${PROTO}`]: BREAKING },
      },
    });
    const r = await act(gh, repo.clone({ branch: 'main', depth: 1 }).dir, {
      eventName: 'pull_request_target',
      event: prEvent(base, breakingHead),
      env: { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' },
    });
    expect(outcome(r)).toEqual({ code: 0, selected: ALL_IDS, warnings: [] });
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (${BROKEN})`));
    expect(gh.requests.map((q) => q.path)).toContain(contentsPath(breakingHead));
  });

  it('a workspace checked out at the pull request head is read as the head', async () => {
    const gh = await fake();
    const r = await act(gh, repo.clone({ checkout: breakingHead }).dir, {
      eventName: 'pull_request_target',
      event: prEvent(base, breakingHead),
      inputs: { 'diff-source': 'git' },
      env: { GITHUB_SHA: base, GITHUB_REF: 'refs/heads/main' },
    });
    expect(outcome(r).selected).toEqual(ALL_IDS);
    expect(r.summary).toContain(shown(`rules.shared[1]: ${PROTO} (${BROKEN})`));
  });
});

describe('a schema head that is not a regular file inside the workspace', () => {
  const served: FakeGitHubConfig = {
    data: {
      prFiles: { 42: [{ filename: PROTO }] },
      contents: { [`${PR_BASE}:${PROTO}`]: BASE, [`${PR_HEAD}:${PROTO}`]: BASE },
    },
  };
  const fired = (why: RegExp) =>
    expect.arrayContaining([
      expect.stringMatching(
        new RegExp(
          `^${PROTO}: its head revision could not be read: the workspace's copy was refused: ${why.source}.*; the rule guarding it fires as for a breaking edit$`,
        ),
      ),
    ]);

  /** A workspace with the matrix whose backend/backend.proto is a symlink to `target`. */
  const linked = (target: string): string => {
    const dir = workspace({ [MATRIX]: MATRIX_TEXT, 'backend/.keep': '' });
    temps.push(dir);
    symlinkSync(target, path.join(dir, PROTO));
    return dir;
  };
  const fifo = (where: string): string => {
    const p = path.join(where, 'pipe');
    execFileSync('mkfifo', [p]);
    return p;
  };

  it('a symlink to a FIFO outside the workspace: refused, never waited on; everything built', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'bma-outside-'));
    temps.push(outside);
    const gh = await fake(served);
    const r = await act(gh, linked(fifo(outside)), { inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toMatchObject({ code: 0, selected: ALL_IDS });
    expect(outcome(r).warnings).toEqual(
      fired(/backend\/backend\.proto resolves to .*pipe, outside the workspace/),
    );
  });

  it('a FIFO inside the workspace: refused as not a regular file', async () => {
    const dir = workspace({ [MATRIX]: MATRIX_TEXT, 'backend/.keep': '' });
    temps.push(dir);
    execFileSync('mkfifo', [path.join(dir, PROTO)]);
    const gh = await fake(served);
    const r = await act(gh, dir, { inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toMatchObject({ code: 0, selected: ALL_IDS });
    expect(outcome(r).warnings).toEqual(
      fired(/backend\/backend\.proto is a named pipe \(FIFO\), not a regular file/),
    );
  });

  it('a symlink to /dev/zero: refused before any byte is read; everything built', async () => {
    const gh = await fake(served);
    const r = await act(gh, linked('/dev/zero'), { inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toMatchObject({ code: 0, selected: ALL_IDS });
    expect(outcome(r).warnings).toEqual(
      fired(/backend\/backend\.proto resolves to \/dev\/zero, outside the workspace/),
    );
    // The head was never asked of the API: the refusal is the answer.
    expect(gh.requests.map((q) => q.path)).not.toContain(contentsPath(PR_HEAD));
  });

  it('a head of 20,000 fields in one message: everything built, with the bound as the reason', async () => {
    const huge = `${FILE}${bigMessage('Huge', 20_000)}`;
    const dir = workspace({ [MATRIX]: MATRIX_TEXT, [PROTO]: huge });
    temps.push(dir);
    const gh = await fake(served);
    const r = await act(gh, dir, { inputs: { 'diff-source': 'api' } });
    expect(outcome(r)).toMatchObject({ code: 0, selected: ALL_IDS });
    expect(r.summary).toContain(
      shown(
        `rules.shared[1]: ${PROTO} (its head revision has more than 1,000 fields and statements in message Huge`,
      ),
    );
  });
});
