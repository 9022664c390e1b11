/**
 * A pull request's file list through dist/index.js when the server's page
 * count is wrong: neither the payload's `changed_files` nor `rel="last"` ends
 * the list, a short page does; pages that contradict each other make the
 * action build everything and say why.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeFile, type FakeGitHub } from './support/fake-github.js';
import { demo } from './support/fixtures.js';
import { runAction, type ActionRun } from './support/run-action.js';

const MATRIX = '.github/backend-matrix.yml';
const FILES_PATH = '/repos/acme/images/pulls/42/files?per_page=100';
/** 249 files that select nothing, then one that selects vllm: on page 3 of 3. */
const FILES: FakeFile[] = [
  ...Array.from({ length: 249 }, (_, i) => ({ filename: `docs/page${i}.md` })),
  { filename: 'backend/python/vllm/app.py' },
];
const items = (files: FakeFile[]) =>
  files.map((f) => ({ filename: f.filename, status: 'modified' }));

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The action on pull request #42, whose payload says it changes `hint` files. */
function runOnPr(gh: FakeGitHub, hint: number): Promise<ActionRun> {
  return runAction({
    files: { [MATRIX]: JSON.stringify(demo, null, 2) },
    eventName: 'pull_request',
    event: {
      number: 42,
      pull_request: {
        number: 42,
        changed_files: hint,
        base: { sha: 'a'.repeat(40), ref: 'main' },
        head: { sha: 'b'.repeat(40), ref: 'topic' },
      },
    },
    inputs: { 'diff-source': 'api', audit: 'false' },
    env: {
      GITHUB_API_URL: gh.url,
      BACKEND_MATRIX_API_RETRY_MS: '5',
      BACKEND_MATRIX_API_BUDGET_MS: '10000',
    },
  });
}

describe('a pull request whose page count is wrong', () => {
  it('page 1 full with rel="last" page 1 and a payload hint of 1: reads on, and selects from page 3', async () => {
    server = await startFakeGitHub({
      data: { prFiles: { 42: FILES } },
      fault: (r) =>
        r.route === 'prFiles' && r.page === 1
          ? {
              status: 200,
              body: items(FILES.slice(0, 100)),
              headers: { link: `<${server!.url}${FILES_PATH}&page=1>; rel="last"` },
            }
          : null,
    });
    const r = await runOnPr(server, 1);
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('false');
    expect(r.outputs!['changed-backends']).toBe('["vllm"]');
    expect(r.stdout).toContain('250 changed file(s) from the REST API');
    expect(server.requests.map((q) => q.page)).toEqual([1, 2, 3]);
  });

  it('a short page before a fuller one: builds everything, naming the disagreement', async () => {
    server = await startFakeGitHub({
      data: { prFiles: { 42: FILES } },
      fault: (r) =>
        r.route === 'prFiles' && r.page === 2
          ? { status: 200, body: items(FILES.slice(100, 130)) }
          : null,
    });
    const r = await runOnPr(server, 250);
    expect(r.code).toBe(0);
    expect(r.outputs!['run-all']).toBe('true');
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'page 2 holds 30 of 100 items, yet page 3 holds more: the pages disagree',
        ),
      ]),
    );
  });
});
