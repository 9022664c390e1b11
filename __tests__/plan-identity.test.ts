/**
 * The plan is byte for byte what the action planned before its start-up was
 * made faster (commit bf44787): the same outputs, in the same order, for the
 * example matrix and the generated 520-entry one, over several changes. The
 * earlier action is built from git into a temporary directory (once per
 * machine) and both builds run as the runner runs them.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionCase, type ActionRun } from './support/run-action.js';

const BASELINE = 'bf44787';
const MATRIX = '.github/backend-matrix.yml';
const BUILT = path.join(tmpdir(), `backend-matrix-action-${BASELINE}`);

/** The earlier action's dist/index.js, built on first use; undefined when git lacks the commit. */
function baselineDist(): string | undefined {
  const dist = path.join(BUILT, 'dist', 'index.js');
  if (existsSync(dist)) return dist;
  if (spawnSync('git', ['cat-file', '-e', `${BASELINE}^{commit}`]).status !== 0) return undefined;
  const work = mkdtempSync(path.join(tmpdir(), 'bma-baseline-'));
  const extract = spawnSync('sh', ['-c', `git archive ${BASELINE} | tar -x -C "$0"`, work]);
  if (extract.status !== 0) throw new Error(`git archive ${BASELINE}: ${String(extract.stderr)}`);
  symlinkSync(path.resolve('node_modules'), path.join(work, 'node_modules'));
  const ncc = path.resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');
  const build = spawnSync(
    process.execPath,
    [ncc, 'build', 'src/action/index.ts', '-o', 'dist', '--transpile-only'],
    { cwd: work, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`building ${BASELINE}: ${build.stderr}`);
  try {
    renameSync(work, BUILT);
  } catch {
    rmSync(work, { recursive: true, force: true }); // built meanwhile by another run
  }
  return dist;
}

interface Generated {
  text: string;
  changedFiles(n: number): string[];
}

let earlier: string | undefined;
let generated: Generated;
beforeAll(async () => {
  earlier = baselineDist();
  const { generateMatrix } = (await import('../bench/generate-matrix.mjs' as string)) as {
    generateMatrix(o: { linux: number; darwin: number; seed: number }): Generated;
  };
  generated = generateMatrix({ linux: 460, darwin: 60, seed: 1 });
}, 600_000);

/** The outputs in the order written, the exit code and the annotations of one run. */
function plan(r: ActionRun) {
  return {
    code: r.code,
    outputs: Object.entries(r.outputs ?? {}),
    annotations: r.annotations,
  };
}

const ADDED = new Map([
  ['promoted', '[]'],
  ['has-promotes', 'false'],
]);

async function both(c: ActionCase) {
  if (!earlier) {
    const why = `commit ${BASELINE} is not in this clone (fetch the history to compare plans)`;
    if (process.env.CI === 'true') throw new Error(why);
    console.warn(`skipped: ${why}`);
    return;
  }
  const before = await runAction({ ...c, dist: earlier, timeoutMs: 60_000 });
  const now = await runAction({ ...c, timeoutMs: 60_000 });
  // Outputs added since (base: published) are written on every run with their empty values.
  const added = new Map(plan(now).outputs.filter(([name]) => ADDED.has(name)));
  expect(Object.fromEntries(added)).toEqual(Object.fromEntries(ADDED));
  const rest = plan(now);
  expect({ ...rest, outputs: rest.outputs.filter(([name]) => !ADDED.has(name)) }).toEqual(
    plan(before),
  );
  // Something was planned: an empty or failed comparison would prove nothing.
  expect(before.code).toBe(0);
  expect(Object.keys(now.outputs ?? {}).length).toBeGreaterThan(5);
}

const example = readFileSync('examples/backend-matrix.yml', 'utf8');
const exampleChanges = readFileSync('examples/changed-files.txt', 'utf8');

describe('the plan is the one the earlier action made', () => {
  it.each([
    ['the example change list', exampleChanges, '1'],
    ['a Python backend and a doc', 'backend/python/vllm/backend.py\nREADME.md', '1'],
    ['shared C++ code', 'backend/cpp/common/grpc.cpp', '2'],
    ['a CUDA installer', 'scripts/build/cuda-12.sh', '1'],
    ['the schema, with no revisions to compare', 'backend/backend.proto', '1'],
    ['docs only', 'docs/index.md\nREADME.md', '1'],
  ])(
    'on the example matrix: %s',
    async (_, files, shards) => {
      await both({
        files: { [MATRIX]: example },
        eventName: 'pull_request',
        inputs: { 'changed-files': files, 'singlearch-shards': shards },
      });
    },
    120_000,
  );

  it('on the example matrix: force-all', async () => {
    await both({ files: { [MATRIX]: example }, inputs: { 'force-all': 'true' } });
  }, 120_000);

  it.each([
    ['100 files', 100],
    ['1,000 files', 1000],
    ['3 files', 3],
  ])(
    'on the generated 520-entry matrix: %s',
    async (_, n) => {
      await both({
        files: { [MATRIX]: generated.text },
        eventName: 'pull_request',
        inputs: { 'changed-files': generated.changedFiles(n).join('\n'), 'singlearch-shards': '2' },
      });
    },
    120_000,
  );

  it('on the generated 520-entry matrix: force-all', async () => {
    await both({
      files: { [MATRIX]: generated.text },
      inputs: { 'force-all': 'true', 'singlearch-shards': '2' },
    });
  }, 120_000);
});
