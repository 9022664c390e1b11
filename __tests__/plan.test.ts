import { describe, expect, it } from '@jest/globals';
import { mergeEntries } from '../src/core/outputs.js';
import { shard } from '../src/core/plan.js';
import { UserError } from '../src/core/problems.js';
import { ids, outputs, planFor } from './support/matrix.js';
import { demo } from './support/fixtures.js';

const entries = (n: number, extra: object = {}) =>
  Array.from({ length: n }, (_, i) => ({ backend: `b${i % 3}`, 'tag-suffix': `-s${i}`, ...extra }));

describe('shard', () => {
  it.each<[number, number, number[]]>([
    [0, 3, [0, 0, 0]],
    [2, 3, [1, 1, 0]],
    [7, 3, [3, 2, 2]],
    [9, 3, [3, 3, 3]],
    [5, 1, [5]],
  ])('%i entries in %i shards', (n, k, sizes) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const parts = shard(items, k);
    expect(parts.map((p) => p.length)).toEqual(sizes);
    expect(parts.flat()).toEqual(items);
  });
});

describe('outputs', () => {
  it('splits single-arch, multi-arch and darwin with merge matrices', () => {
    const o = outputs(planFor(demo, ['backend/python/vllm/a.py', 'backend/python/common/x.py']));
    expect(
      JSON.parse(o['matrix-singlearch']).include.map(
        (e: { 'tag-suffix': string }) => e['tag-suffix'],
      ),
    ).toEqual(['-gpu-vllm', '-gpu-diffusers']);
    expect(JSON.parse(o['matrix-multiarch']).include).toEqual([demo.include[0], demo.include[1]]);
    expect(o['merge-matrix-singlearch']).toBe(
      '{"include":[{"tag-suffix":"-gpu-vllm","tag-latest":"false"},{"tag-suffix":"-gpu-diffusers","tag-latest":""}]}',
    );
    expect(o['merge-matrix-multiarch']).toBe(
      '{"include":[{"tag-suffix":"-cpu-vllm","tag-latest":"auto"}]}',
    );
    expect(o['matrix-darwin']).toBe(JSON.stringify({ include: [demo.includeDarwin[0]] }));
    expect(o['has-backends-singlearch']).toBe('true');
    expect(o['has-merges-multiarch']).toBe('true');
    expect(o['has-backends-darwin']).toBe('true');
    expect(o['changed-backends']).toBe('["vllm","diffusers","mlx"]');
    expect(o['run-all']).toBe('false');
    expect([o.vllm, o.diffusers, o.whisper, o['llama-cpp'], o.turboquant, o.mlx]).toEqual([
      'true',
      'true',
      'false',
      'false',
      'false',
      'true',
    ]);
  });

  it('entries pass through verbatim, fields in file order', () => {
    const text =
      'include:\n  - z: 1\n    backend: a\n    nested: {x: [1, "2"]}\n    tag-suffix: -a\n    quoted: "007"\nrules:\n  sources: [{paths: ["**"]}]\n';
    expect(outputs(planFor(text, ['f']))['matrix-singlearch']).toBe(
      '{"include":[{"z":1,"backend":"a","nested":{"x":[1,"2"]},"tag-suffix":"-a","quoted":"007"}]}',
    );
  });

  it('an empty selection gives empty matrices and false gates', () => {
    const o = outputs(planFor(demo, ['nothing']));
    expect(o['matrix-singlearch']).toBe('{"include":[]}');
    expect(o['merge-matrix-multiarch']).toBe('{"include":[]}');
    expect(o['has-backends-singlearch']).toBe('false');
    expect(o['has-merges-singlearch']).toBe('false');
    expect(o['has-backends-darwin']).toBe('false');
    expect(o['changed-backends']).toBe('[]');
  });

  it('sharding replaces the single-arch outputs with numbered ones', () => {
    const doc = { include: entries(7), rules: { sources: [{ paths: ['**'] }] } };
    const o = outputs(planFor(doc, ['x'], { shards: 3 }));
    expect(o['matrix-singlearch']).toBeUndefined();
    expect(o['merge-matrix-singlearch']).toBeUndefined();
    const suffixes = [1, 2, 3].map((i) =>
      JSON.parse(o[`matrix-singlearch-${i}`]).include.map(
        (e: { 'tag-suffix': string }) => e['tag-suffix'],
      ),
    );
    expect(suffixes).toEqual([
      ['-s0', '-s1', '-s2'],
      ['-s3', '-s4'],
      ['-s5', '-s6'],
    ]);
    expect(JSON.parse(o['merge-matrix-singlearch-2']).include).toEqual([
      { 'tag-suffix': '-s3', 'tag-latest': '' },
      { 'tag-suffix': '-s4', 'tag-latest': '' },
    ]);
    expect([o['has-backends-singlearch-3'], o['has-merges-singlearch-3']]).toEqual([
      'true',
      'true',
    ]);
  });

  it('trailing shards may be empty', () => {
    const doc = { include: entries(1), rules: { sources: [{ paths: ['**'] }] } };
    const o = outputs(planFor(doc, ['x'], { shards: 3 }));
    expect([
      o['has-backends-singlearch-1'],
      o['has-backends-singlearch-2'],
      o['has-backends-singlearch-3'],
    ]).toEqual(['true', 'false', 'false']);
    expect(o['matrix-singlearch-3']).toBe('{"include":[]}');
  });

  it('output names come in a fixed order', () => {
    expect(planFor(demo, ['x']).outputs.map(([k]) => k)).toEqual([
      'run-all',
      'changed-backends',
      'matrix-singlearch',
      'merge-matrix-singlearch',
      'has-backends-singlearch',
      'has-merges-singlearch',
      'matrix-multiarch',
      'merge-matrix-multiarch',
      'has-backends-multiarch',
      'has-merges-multiarch',
      'matrix-darwin',
      'has-backends-darwin',
      'promoted',
      'has-promotes',
      'vllm',
      'diffusers',
      'whisper',
      'llama-cpp',
      'turboquant',
      'mlx',
    ]);
  });

  it('is deterministic', () => {
    const a = planFor(demo, ['scripts/build/x.sh']).outputs;
    const b = planFor(demo, ['scripts/build/x.sh']).outputs;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('merge entries', () => {
  it('one per tag-suffix, first appearance, tag-latest from the first leg', () => {
    const p = planFor(
      {
        include: [
          { backend: 'a', 'tag-suffix': '-x', 'platform-tag': 'amd64', 'tag-latest': 'auto' },
          { backend: 'a', 'tag-suffix': '-y' },
          { backend: 'a', 'tag-suffix': '-x', 'platform-tag': 'arm64', 'tag-latest': 'auto' },
        ],
      },
      { kind: 'all', cause: 'test' },
    );
    expect(mergeEntries(p.multiarch)).toEqual([{ 'tag-suffix': '-x', 'tag-latest': 'auto' }]);
    expect(mergeEntries(p.singlearch[0])).toEqual([{ 'tag-suffix': '-y', 'tag-latest': '' }]);
  });
});

describe('GitHub limits', () => {
  const all = { kind: 'all', cause: 'test' } as const;

  it('exactly max-jobs is allowed', () => {
    expect(ids(planFor({ include: entries(256) }, all))).toHaveLength(256);
  });

  it('more than max-jobs fails and names the shards needed', () => {
    expect(() => planFor({ include: entries(600) }, all)).toThrow(
      'matrix-singlearch has 600 jobs, over max-jobs (256): set singlearch-shards to at least 3',
    );
    expect(ids(planFor({ include: entries(600) }, all, { shards: 3 }))).toHaveLength(600);
    expect(() => planFor({ include: entries(10) }, all, { shards: 2, maxJobs: 4 })).toThrow(
      'matrix-singlearch-1 has 5 jobs, over max-jobs (4): set singlearch-shards to at least 3',
    );
  });

  it('a multi-arch matrix over the limit says it cannot be sharded', () => {
    const legs = entries(6).map((e, i) => ({
      ...e,
      'tag-suffix': `-m${i >> 1}`,
      'platform-tag': i % 2 ? 'arm64' : 'amd64',
    }));
    expect(() => planFor({ include: legs }, all, { maxJobs: 5 })).toThrow(
      /matrix-multiarch has 6 jobs.*only the single-arch matrix can be sharded/,
    );
  });

  it('outputs over 1 MB fail instead of being truncated', () => {
    const big = entries(200, { blob: 'x'.repeat(6000) });
    let err: unknown;
    try {
      planFor({ include: big }, all);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      /^the outputs would total [\d,]+ bytes \(counted as GitHub does, 2 per UTF-16 code unit\), over GitHub's limit of 1,048,576 bytes/,
    );
  });
});
