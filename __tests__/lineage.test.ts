import { describe, expect, it } from '@jest/globals';
import { normalizeReference, type Lineage } from '../src/core/lineage.js';
import { plan, type Plan } from '../src/core/plan.js';
import { formatReason } from '../src/core/select.js';
import { isBuiltinOutput } from '../src/core/outputs.js';
import { readLineage, type LineageResult } from '../src/dockerfile/lineage.js';
import { FAMILY_FILES, FAMILY_MATRIX } from './support/lineage-family.js';
import { matrixOf } from './support/matrix.js';
import { audit } from '../src/dockerfile/audit.js';
import { FileTree } from '../src/dockerfile/file-tree.js';
import { propose } from '../src/dockerfile/init.js';
import { loadMatrixFile } from '../src/core/matrix-file.js';

const reader =
  (files: Record<string, string>) =>
  async (f: string): Promise<{ text: string } | { error: string }> =>
    f in files ? { text: files[f] } : { error: 'not found' };

async function lineageOf(
  doc: string,
  files: Record<string, string>,
): Promise<LineageResult & { matrix: ReturnType<typeof matrixOf> }> {
  const matrix = matrixOf(doc);
  const result = await readLineage(matrix, reader(files));
  if (!result) throw new Error('no lineage');
  return { ...result, matrix };
}

async function planFamily(
  changed: string[] | 'all',
  opts: { stages?: number; shards?: number } = {},
  doc = FAMILY_MATRIX,
  files = FAMILY_FILES,
): Promise<Plan> {
  const { lineage, matrix } = await lineageOf(doc, files);
  return plan({
    matrix,
    matrixPath: '.github/backend-matrix.yml',
    change:
      changed === 'all' ? { kind: 'all', cause: 'forced' } : { kind: 'files', files: changed },
    shards: opts.shards ?? 1,
    maxJobs: 256,
    lineage,
    stages: opts.stages,
  });
}

const parentsOf = (l: Lineage, image: string): string[] =>
  (l.parents.get(image) ?? []).map((p) => p.parent);

/** tag-suffix → its reasons, one row per image (legs share them). */
const why = (p: Plan): Record<string, string[]> =>
  Object.fromEntries(
    p.selected.map(({ entry, reasons }) => [entry.tagSuffix, reasons.map(formatReason)]),
  );

const out = (p: Plan): Record<string, string> => Object.fromEntries(p.outputs);
const include = (json: string): { 'tag-suffix': string; 'platform-tag'?: string }[] =>
  (JSON.parse(json) as { include: { 'tag-suffix': string }[] }).include;
const suffixes = (json: string): string[] => include(json).map((e) => e['tag-suffix']);

describe('Docker references', () => {
  it.each([
    ['ubuntu', 'docker.io/library/ubuntu', undefined],
    ['ubuntu:24.04', 'docker.io/library/ubuntu', '24.04'],
    ['index.docker.io/library/ubuntu', 'docker.io/library/ubuntu', undefined],
    ['docker.io/jupyter/base', 'docker.io/jupyter/base', undefined],
    ['jupyter/base@sha256:abc', 'docker.io/jupyter/base', undefined],
    ['localhost:5000/x/y:1', 'localhost:5000/x/y', '1'],
    ['quay.io/jupyter/base-notebook:2024-01-01', 'quay.io/jupyter/base-notebook', '2024-01-01'],
  ])('%s is %s', (text, repository, tag) => {
    expect(normalizeReference(text)).toEqual({ repository, tag });
  });

  it('refuses what cannot be a reference', () => {
    expect(normalizeReference('$BASE')).toBeUndefined();
    expect(normalizeReference('')).toBeUndefined();
    expect(normalizeReference('Upper/Case')).toBeUndefined();
  });
});

describe('lineage from the Dockerfiles', () => {
  it('reads a three-level tree with a diamond: FROM, ARG defaults from other ARGs, COPY --from, a multi-stage intermediate', async () => {
    const { lineage, problems } = await lineageOf(FAMILY_MATRIX, FAMILY_FILES);
    expect(problems).toEqual([]);
    expect(parentsOf(lineage, '-foundation')).toEqual([]);
    // ARG BASE_IMAGE=$REGISTRY/$OWNER/foundation, then FROM $BASE_IMAGE.
    expect(parentsOf(lineage, '-base')).toEqual(['-foundation']);
    expect(lineage.parents.get('-base')?.[0].site).toEqual({
      file: 'images/base/Dockerfile',
      line: 4,
      col: 6,
      instruction: 'FROM',
      reference: 'ghcr.io/acme/foundation',
    });
    // A tag and a digest on the reference do not matter when the template has no tag.
    expect(parentsOf(lineage, '-minimal')).toEqual(['-base']);
    expect(parentsOf(lineage, '-tools')).toEqual(['-base']);
    // The diamond: FROM one parent, COPY --from the other.
    expect(parentsOf(lineage, '-lab')).toEqual(['-minimal', '-tools']);
    expect(lineage.parents.get('-lab')?.[1].site?.instruction).toBe('COPY --from');
    // Its intermediate stage is built FROM tools; COPY --from=deps is a stage, not an image.
    expect(parentsOf(lineage, '-extra')).toEqual(['-tools']);
    expect(parentsOf(lineage, '-standalone')).toEqual([]);
  });

  it('reads RUN --mount=from=<image> as a parent', async () => {
    const files = {
      ...FAMILY_FILES,
      'images/standalone/Dockerfile':
        'FROM alpine:3\nRUN --mount=type=bind,from=ghcr.io/acme/tools,source=/x,target=/x true\n',
    };
    const { lineage } = await lineageOf(FAMILY_MATRIX, files);
    expect(parentsOf(lineage, '-standalone')).toEqual(['-tools']);
  });

  it('reads a FROM with a --platform flag, ${VAR:-default} and a stage used only by COPY --from', async () => {
    const files = {
      ...FAMILY_FILES,
      'images/standalone/Dockerfile':
        'ARG BUILDPLATFORM\nFROM --platform=$BUILDPLATFORM ${REG:-ghcr.io}/acme/tools AS b\nFROM scratch\nCOPY --from=b /x /x\n',
    };
    const { lineage, problems } = await lineageOf(FAMILY_MATRIX, files);
    expect(problems).toEqual([]);
    expect(parentsOf(lineage, '-standalone')).toEqual(['-tools']);
  });

  it('resolves ARGs from rules.build.args templates before the Dockerfile defaults', async () => {
    const doc = FAMILY_MATRIX.replace(
      '    image: ghcr.io/acme/{backend}',
      '    image: ghcr.io/acme/{backend}\n    args: { OWNER: "{owner}" }',
    ).replace(
      'backend: base, tag-suffix: -base, platform-tag: amd64,',
      'backend: base, tag-suffix: -base, owner: other, platform-tag: amd64,',
    );
    const { lineage } = await lineageOf(doc, FAMILY_FILES);
    // The amd64 leg builds FROM ghcr.io/other/foundation: not an image of this file.
    // The arm64 leg (no owner field) keeps the default, so the image still has its parent.
    expect(parentsOf(lineage, '-base')).toEqual(['-foundation']);
    const amd64Only = doc.replace(
      '  - { backend: base, tag-suffix: -base, platform-tag: arm64, platforms: linux/arm64 }\n',
      '',
    );
    const alone = await lineageOf(amd64Only, FAMILY_FILES);
    expect(parentsOf(alone.lineage, '-base')).toEqual([]);
  });

  it('warns at the line of a FROM that an unresolved ARG hides', async () => {
    const files = {
      ...FAMILY_FILES,
      'images/minimal/Dockerfile': '# base\nARG BASE\nFROM $BASE\n',
    };
    const { lineage, problems } = await lineageOf(FAMILY_MATRIX, files);
    expect(parentsOf(lineage, '-minimal')).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: 'images/minimal/Dockerfile',
        line: 3,
        col: 6,
        message: expect.stringContaining('FROM $BASE: the image cannot be resolved'),
      }),
    ]);
  });

  it('treats a FROM naming a build stage through an ARG as a stage, not an image', async () => {
    const doc = `include:
  - { backend: builder, tag-suffix: -builder }
  - { backend: app, tag-suffix: -app }
  - { backend: plain, tag-suffix: -plain }
rules:
  sources: [{ paths: ["{backend}/**"] }]
  build: { context: "{backend}", image: "{backend}" }
`;
    const files = {
      'builder/Dockerfile': 'FROM alpine\n',
      // "builder" is also the image docker.io/library/builder of the matrix file.
      'app/Dockerfile': 'ARG STAGE=builder\nFROM alpine AS builder\nRUN make\nFROM $STAGE\n',
      'plain/Dockerfile': 'FROM builder\n',
    };
    const { lineage, problems } = await lineageOf(doc, files);
    expect(problems).toEqual([]);
    expect(parentsOf(lineage, '-app')).toEqual([]);
    expect(parentsOf(lineage, '-plain')).toEqual(['-builder']);
  });

  it('matches repository and tag with a tagged template: a GPU tag FROM the CPU tag of its repository is no cycle', async () => {
    const doc = `include:
  - { backend: base, variant: latest, tag-suffix: -base }
  - { backend: torch, variant: cpu, tag-suffix: -torch-cpu, dockerfile: torch/Dockerfile }
  - { backend: torch, variant: gpu, tag-suffix: -torch-gpu, dockerfile: torch/Dockerfile.gpu }
rules:
  sources: [{ paths: ["{backend}/{variant}/**"] }]
  build: { context: "{backend}", image: "acme/{backend}:{variant}" }
`;
    const files = {
      'base/Dockerfile': 'FROM ubuntu\n',
      'torch/Dockerfile': 'FROM acme/base\n', // no tag: latest
      'torch/Dockerfile.gpu': 'FROM docker.io/acme/torch:cpu\n',
    };
    const { lineage, problems, matrix } = await lineageOf(doc, files);
    expect(problems).toEqual([]);
    expect(parentsOf(lineage, '-torch-cpu')).toEqual(['-base']);
    expect(parentsOf(lineage, '-torch-gpu')).toEqual(['-torch-cpu']);
    const run = (files: string[]): string[] =>
      plan({
        matrix,
        matrixPath: 'm.yml',
        change: { kind: 'files', files },
        shards: 1,
        maxJobs: 256,
        lineage,
        stages: 3,
      }).selected.map((s) => s.entry.tagSuffix);
    expect(run(['torch/Dockerfile.gpu'])).toEqual(['-torch-gpu']);
    expect(run(['torch/Dockerfile'])).toEqual(['-torch-cpu', '-torch-gpu']);
  });

  it('reports a cycle as an error naming each image and its FROM line', async () => {
    const files = {
      ...FAMILY_FILES,
      'images/foundation/Dockerfile': 'FROM ubuntu\nCOPY --from=ghcr.io/acme/minimal /a /a\n',
    };
    const { problems } = await lineageOf(FAMILY_MATRIX, files);
    const errors = problems.filter((p) => p.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('cycle');
    for (const part of [
      '-foundation (COPY --from ghcr.io/acme/minimal, images/foundation/Dockerfile:2)',
      '-base (FROM ghcr.io/acme/foundation, images/base/Dockerfile:4)',
      '-minimal (FROM ghcr.io/acme/base:latest, images/minimal/Dockerfile:1)',
    ])
      expect(errors[0].message).toContain(part);
  });

  it('never makes an image its own parent', async () => {
    const files = {
      ...FAMILY_FILES,
      'images/standalone/Dockerfile': 'FROM ghcr.io/acme/standalone:old\n',
    };
    const { lineage, problems } = await lineageOf(FAMILY_MATRIX, files);
    expect(problems).toEqual([]);
    expect(parentsOf(lineage, '-standalone')).toEqual([]);
  });

  it('places an image whose Dockerfile cannot be read after every image it is not a parent of', async () => {
    const files = { ...FAMILY_FILES };
    delete files['images/standalone/Dockerfile'];
    const { lineage, problems } = await lineageOf(FAMILY_MATRIX, files);
    expect(problems).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('lineage of -standalone is unknown'),
      }),
    ]);
    expect(parentsOf(lineage, '-standalone')).toEqual([
      '-foundation',
      '-base',
      '-minimal',
      '-tools',
      '-lab',
      '-extra',
    ]);
  });
  it('two unreadable Dockerfiles with children of their own make no cycle', async () => {
    const files = { ...FAMILY_FILES };
    delete files['images/minimal/Dockerfile'];
    delete files['images/tools/Dockerfile'];
    const { lineage, problems } = await lineageOf(FAMILY_MATRIX, files);
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    // Both go after the images above them; lab, below both, stays after them.
    expect(parentsOf(lineage, '-minimal')).toEqual(['-foundation', '-base', '-standalone']);
    expect(parentsOf(lineage, '-tools')).toEqual(['-foundation', '-base', '-standalone']);
    expect(parentsOf(lineage, '-lab')).toEqual(['-minimal', '-tools']);
  });

  it('warns about an entry rules.build.image cannot name', async () => {
    const doc = FAMILY_MATRIX.replace(
      'image: ghcr.io/acme/{backend}',
      'image: ghcr.io/acme/{flavour}',
    );
    const { problems } = await lineageOf(doc, FAMILY_FILES);
    expect(problems.filter((p) => p.message.includes('names no valid image'))).toHaveLength(7);
  });
});

describe('descendants and stages', () => {
  it('selects the descendants of a changed parent, transitively, with reasons', async () => {
    const p = await planFamily(['images/base/setup.sh']);
    expect(why(p)).toEqual({
      '-base': ['rules.sources[0]: images/base/setup.sh'],
      '-minimal': ['parent -base rebuilt'],
      '-tools': ['parent -base rebuilt'],
      '-lab': ['parent -minimal rebuilt'],
      '-extra': ['parent -tools rebuilt'],
    });
  });

  it('rebuilds nothing above or beside the changed image', async () => {
    const p = await planFamily(['images/lab/notebook.ipynb']);
    expect(Object.keys(why(p))).toEqual(['-lab']);
    const none = await planFamily(['README.md']);
    expect(none.selected).toEqual([]);
  });

  it('numbers stages from the selection: 1 + the highest stage of its selected ancestors', async () => {
    const p = await planFamily(['images/base/x'], { stages: 4 });
    expect(Object.fromEntries(p.staging!.of)).toEqual({
      '-base': 1,
      '-minimal': 2,
      '-tools': 2,
      '-lab': 3,
      '-extra': 3,
    });
    const o = out(p);
    expect(o['stage-count']).toBe('3');
    expect(suffixes(o['matrix-multiarch-stage-1'])).toEqual(['-base', '-base']);
    expect(suffixes(o['matrix-singlearch-stage-2'])).toEqual(['-minimal', '-tools']);
    expect(suffixes(o['matrix-singlearch-stage-3'])).toEqual(['-lab', '-extra']);
    expect(suffixes(o['merge-matrix-singlearch-stage-3'])).toEqual(['-lab', '-extra']);
    // The unstaged outputs keep every selected entry.
    expect(suffixes(o['matrix-singlearch'])).toEqual(['-minimal', '-tools', '-lab', '-extra']);
    // A diamond child waits for its deeper parent: lab is after minimal and tools.
    const all = await planFamily('all', { stages: 4 });
    expect(all.staging!.of.get('-lab')).toBe(4);
    expect(all.staging!.of.get('-standalone')).toBe(1);
  });

  it('keeps the legs of an image together in one stage', async () => {
    const p = await planFamily(['images/foundation/Dockerfile'], { stages: 4 });
    const o = out(p);
    expect(
      include(o['matrix-multiarch-stage-1']).map((e) => [e['tag-suffix'], e['platform-tag']]),
    ).toEqual([
      ['-foundation', 'amd64'],
      ['-foundation', 'arm64'],
    ]);
    expect(
      include(o['matrix-multiarch-stage-2']).map((e) => [e['tag-suffix'], e['platform-tag']]),
    ).toEqual([
      ['-base', 'amd64'],
      ['-base', 'arm64'],
    ]);
    expect(JSON.parse(o['merge-matrix-multiarch-stage-2'])).toEqual({
      include: [{ 'tag-suffix': '-base', 'tag-latest': '' }],
    });
  });

  it('leaves trailing stages empty when stages is deeper than needed', async () => {
    const p = await planFamily(['images/tools/x'], { stages: 5 });
    const o = out(p);
    expect(o['stage-count']).toBe('2');
    for (const n of [3, 4, 5]) {
      expect(o[`matrix-singlearch-stage-${n}`]).toBe('{"include":[]}');
      expect(o[`matrix-multiarch-stage-${n}`]).toBe('{"include":[]}');
      expect(o[`has-backends-singlearch-stage-${n}`]).toBe('false');
      expect(o[`has-merges-multiarch-stage-${n}`]).toBe('false');
    }
    expect(o['has-backends-singlearch-stage-2']).toBe('true');
    expect(o['matrix-singlearch-stage-6']).toBeUndefined();
  });

  it('fails a selection deeper than stages, saying how many it needs', async () => {
    await expect(planFamily(['images/foundation/x'], { stages: 2 })).rejects.toThrow(
      /set stages to at least 4/,
    );
    // A shallower change fits.
    await expect(planFamily(['images/minimal/x'], { stages: 2 })).resolves.toBeDefined();
  });

  it("shards each stage's single-arch outputs", async () => {
    const p = await planFamily('all', { stages: 4, shards: 2 });
    const o = out(p);
    expect(suffixes(o['matrix-singlearch-stage-1-1'])).toEqual(['-standalone']);
    expect(suffixes(o['matrix-singlearch-stage-1-2'])).toEqual([]);
    expect(suffixes(o['matrix-singlearch-stage-3-1'])).toEqual(['-minimal']);
    expect(suffixes(o['matrix-singlearch-stage-3-2'])).toEqual(['-tools']);
    expect(suffixes(o['merge-matrix-singlearch-stage-4-1'])).toEqual(['-lab']);
    expect(o['has-merges-singlearch-stage-4-2']).toBe('true');
    expect(o['matrix-singlearch-stage-3']).toBeUndefined();
    // Every selected single-arch entry is in exactly one stage shard.
    const staged = Object.entries(o)
      .filter(([k]) => /^matrix-singlearch-stage-\d+-\d+$/.test(k))
      .flatMap(([, v]) => suffixes(v))
      .sort();
    expect(staged).toEqual(['-extra', '-lab', '-minimal', '-standalone', '-tools']);
  });

  it('emits no stage outputs with stages 1, and stage names are no backend names', async () => {
    const p = await planFamily(['images/base/x']);
    expect(Object.keys(out(p)).filter((k) => k.includes('stage'))).toEqual([]);
    expect(isBuiltinOutput('stage-count')).toBe(true);
    expect(isBuiltinOutput('matrix-singlearch-stage-2-3')).toBe(true);
    expect(isBuiltinOutput('has-merges-multiarch-stage-10')).toBe(true);
  });

  it('without rules.build.image, stages holds every image in stage 1', async () => {
    const doc = FAMILY_MATRIX.replace('    image: ghcr.io/acme/{backend}\n', '');
    const matrix = matrixOf(doc);
    expect(await readLineage(matrix, reader(FAMILY_FILES))).toBeUndefined();
    const p = plan({
      matrix,
      matrixPath: 'm.yml',
      change: { kind: 'files', files: ['images/base/x'] },
      shards: 1,
      maxJobs: 256,
      stages: 3,
    });
    expect(p.selected.map((s) => s.entry.tagSuffix)).toEqual(['-base', '-base']);
    expect(out(p)['stage-count']).toBe('1');
    expect(p.warnings.map((w) => w.message)).toEqual([
      'stages is 3, but without rules.build.image no image has a parent: every image is in stage 1',
    ]);
  });
});

const repository = (files: Record<string, string>) => ({
  tree: new FileTree(Object.keys(files)),
  read: (f: string) => files[f],
});

describe('init and the audit', () => {
  const withoutRules = FAMILY_MATRIX.slice(0, FAMILY_MATRIX.indexOf('rules:'))
    // init reads the build context from a field.
    .replace(/backend: (\w+), tag-suffix/g, 'backend: $1, context: images/$1, tag-suffix');

  it('init proposes rules.build.image when the FROM lines name images of the matrix file', async () => {
    const matrix = loadMatrixFile(withoutRules, 'm.yml');
    const proposal = await propose(matrix, repository(FAMILY_FILES));
    expect(proposal.build?.value).toMatchObject({ image: 'ghcr.io/acme/{backend}' });
    expect(proposal.build?.comment).toContain('6 entries build FROM an image of this file');
  });

  it('init proposes no image when no Dockerfile names one of the matrix file', async () => {
    const files = Object.fromEntries(
      Object.entries(FAMILY_FILES).map(([f, t]) => [
        f,
        t.replace(/(acme|\$OWNER)\/(\w+)/g, '$1/$2-x'),
      ]),
    );
    const matrix = loadMatrixFile(withoutRules, 'm.yml');
    const proposal = await propose(matrix, repository(files));
    expect(proposal.build?.value?.image).toBeUndefined();
  });

  it('the audit does not take a parent image for an unmapped input', async () => {
    const files = {
      ...FAMILY_FILES,
      'images/standalone/Dockerfile':
        'FROM ghcr.io/acme/base\nCOPY --from=ghcr.io/acme/tools /x /x\nRUN --mount=type=bind,from=ghcr.io/acme/minimal,source=/y,target=/y true\n',
    };
    const result = await audit(matrixOf(FAMILY_MATRIX), repository(files));
    expect(result.problems).toEqual([]);
    expect(result.gaps).toEqual([]);
    expect(result.unknowns).toEqual([]);
  });
});
