/**
 * The `token` input as a runner may hand it over: with a trailing newline
 * (a secret pasted with its line end), or with a line break inside (which
 * would make an HTTP header out of the rest). Run through dist/index.js
 * against the fake API: the token is never printed — log, annotations,
 * summary, outputs — a trailing line end is trimmed before use, and a line
 * break inside is refused by the input's name.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { demo } from './support/fixtures.js';
import { runAction, workspace, type ActionCase, type ActionRun } from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const SECRET = 'ghs_Tr1mMeSecretTokenValue_Never_Print_7321';
/** Pieces of the token long enough to identify it if any part were printed. */
const PIECES = [SECRET, SECRET.slice(4, 24), SECRET.slice(-20)];

const PR_EVENT = {
  number: 42,
  pull_request: {
    number: 42,
    changed_files: 1,
    base: { sha: 'a'.repeat(40), ref: 'main' },
    head: { sha: 'b'.repeat(40), ref: 'topic' },
  },
};
const API_ENV = {
  ACTIONS_STEP_DEBUG: 'true',
  RUNNER_DEBUG: '1',
  BACKEND_MATRIX_API_RETRY_MS: '5',
  BACKEND_MATRIX_API_TIMEOUT_MS: '2000',
  BACKEND_MATRIX_API_BUDGET_MS: '5000',
};

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(c: ActionCase): Promise<ActionRun & { raw: string }> {
  const dir = workspace(c.files);
  const r = await runAction(c, dir);
  const file = path.join(dir, '.runner-output');
  return { ...r, raw: existsSync(file) ? readFileSync(file, 'utf8') : '' };
}

/** Every place a reader or a later step sees, minus the `::add-mask::` lines the runner consumes. */
function printed(r: ActionRun & { raw: string }): string[] {
  const log = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [
    log,
    r.stderr,
    r.summary,
    r.raw,
    JSON.stringify(r.outputs ?? {}),
    JSON.stringify(r.annotations),
  ];
}

function expectNeverPrinted(r: ActionRun & { raw: string }): void {
  for (const where of printed(r)) for (const piece of PIECES) expect(where).not.toContain(piece);
}

/** Runs the action on a pull request whose files the fake API serves to `SECRET` only. */
async function runWithToken(token: string): Promise<ActionRun & { raw: string }> {
  server = await startFakeGitHub({
    token: SECRET,
    data: { prFiles: { 42: [{ filename: 'backend/python/vllm/a.py' }] } },
  });
  return run({
    files: { [MATRIX]: JSON.stringify(demo, null, 2) },
    eventName: 'pull_request',
    event: PR_EVENT,
    inputs: { token, 'diff-source': 'api' },
    env: { ...API_ENV, GITHUB_API_URL: server.url },
  });
}

describe('the token input', () => {
  it.each([
    ['a trailing newline', `${SECRET}\n`],
    ['a trailing CR/LF', `${SECRET}\r\n`],
    ['surrounding spaces and tabs', `  \t${SECRET}\t \n`],
  ])('is used trimmed, and never printed, with %s', async (_, token) => {
    const r = await runWithToken(token);
    expect(r.code).toBe(0);
    expect(server!.requests.length).toBeGreaterThan(0);
    for (const req of server!.requests) {
      expect(req.headers.authorization).toMatch(new RegExp(`^(token|Bearer) ${SECRET}$`));
    }
    // The API answered: the plan is the pull request's, not "build everything".
    expect(r.outputs!['run-all']).toBe('false');
    expect(r.outputs!['changed-backends']).toBe('["vllm"]');
    expectNeverPrinted(r);
  });

  it.each([
    ['a newline inside', `${SECRET}\nX-Injected: 1`],
    ['a CR/LF inside', `${SECRET}\r\nX-Injected: 1`],
    ['a lone CR inside', `${SECRET}\rX-Injected: 1`],
    ['a line break between two halves of the token', `${SECRET.slice(0, 20)}\n${SECRET.slice(20)}`],
  ])('is refused by name, never printed and never sent, with %s', async (_, token) => {
    const r = await runWithToken(token);
    expect(r.code).toBe(1);
    // Nothing was sent with a header made from it.
    expect(server!.requests).toEqual([]);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.message)).toEqual([
      expect.stringMatching(/^the token input .*line break/),
    ]);
    expect(r.summary).toContain('the token input');
    expect(r.outputs).toBeUndefined();
    expectNeverPrinted(r);
    expect(printed(r).join('\n')).not.toContain('X-Injected');
  });

  it('is masked as given and as used, before anything else is printed', async () => {
    const r = await runWithToken(`${SECRET}\r\n`);
    const masks = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length));
    // The runner reads %0D%0A in a command's data as CR LF.
    expect(masks).toEqual(expect.arrayContaining([SECRET, `${SECRET}%0D%0A`]));
    expect(r.stdout.startsWith('::add-mask::')).toBe(true);
  });
});
