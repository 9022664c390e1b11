/**
 * The bundled example (examples/backend-matrix.yml + examples/changed-files.txt)
 * is what `npm start` shows a newcomer: it must validate cleanly, map every
 * entry to its sources, and the example change must select a readable mix.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { isMultiArch, type Entry } from '../src/core/entry.js';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { plan, type Plan } from '../src/core/plan.js';
import { assignSources, formatReason } from '../src/core/select.js';

const MATRIX_PATH = 'examples/backend-matrix.yml';
const text = readFileSync(new URL('../examples/backend-matrix.yml', import.meta.url), 'utf8');
const changedFiles = readFileSync(new URL('../examples/changed-files.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

const matrix = loadMatrixFile(text, MATRIX_PATH);
const id = (e: Entry): string =>
  `${e.os === 'darwin' ? 'darwin:' : ''}${e.tagSuffix}${e.platformTag ? `@${e.platformTag}` : ''}`;

function planOf(files: readonly string[], shards = 1): Plan {
  return plan({
    matrix,
    matrixPath: MATRIX_PATH,
    change: { kind: 'files', files },
    shards,
    maxJobs: 256,
  });
}

describe('examples/backend-matrix.yml', () => {
  it('points editors at the schema on its first line', () => {
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/backend-matrix.schema.json',
    );
  });

  it('validates with no errors and no warnings', () => {
    expect(matrix.problems).toEqual([]);
    expect(matrix.rules).toBeDefined();
  });

  it('has the entry counts the README describes', () => {
    expect(matrix.linux).toHaveLength(38);
    expect(matrix.darwin).toHaveLength(5);
    expect(matrix.linux.filter((e) => !isMultiArch(e))).toHaveLength(24);
    expect(matrix.linux.filter(isMultiArch)).toHaveLength(14);
    expect([...new Set(matrix.linux.filter(isMultiArch).map((e) => e.tagSuffix))]).toEqual([
      '-cpu-vllm',
      '-cpu-diffusers',
      '-cpu-kokoro',
      '-cpu-whisper',
      '-cpu-piper',
      '-cpu-silero-vad',
      '-cpu-llama-cpp',
    ]);
    expect([...new Set([...matrix.linux, ...matrix.darwin].map((e) => e.backend))]).toEqual([
      'vllm',
      'diffusers',
      'transformers',
      'rerankers',
      'kokoro',
      'chatterbox',
      'whisper',
      'piper',
      'silero-vad',
      'stablediffusion-ggml',
      'llama-cpp',
      'mlx',
      'mlx-vlm',
    ]);
  });

  it('maps every entry to a sources rule (no "unmapped" warning)', () => {
    const entries = [...matrix.linux, ...matrix.darwin];
    const sources = assignSources(entries, matrix.rules!);
    expect(entries.filter((e) => !sources.has(e)).map(id)).toEqual([]);
    // Which rule each kind of entry lands on, and what it expands to.
    const at = (e: Entry) => {
      const s = sources.get(e)!;
      return [s.rule.index, ...s.patterns];
    };
    const find = (os: string, suffix: string, pt = '') =>
      entries.find((e) => e.os === os && e.tagSuffix === suffix && e.platformTag === pt)!;
    expect(at(find('darwin', '-metal-darwin-arm64-llama-cpp'))).toEqual([
      0,
      'backend/cpp/llama-cpp/**',
      'backend/cpp/common/**',
    ]);
    expect(at(find('darwin', '-metal-darwin-arm64-mlx'))).toEqual([
      1,
      'backend/python/mlx/**',
      '!**/*_test.go',
    ]);
    expect(at(find('linux', '-cpu-vllm', 'arm64'))).toEqual([2, 'backend/python/vllm/**']);
    expect(at(find('linux', '-cpu-silero-vad', 'amd64'))).toEqual([
      3,
      'backend/go/silero-vad/**',
      '!**/*_test.go',
    ]);
    expect(at(find('linux', '-gpu-vulkan-llama-cpp'))).toEqual([
      4,
      'backend/cpp/llama-cpp/**',
      'backend/cpp/common/**',
    ]);
  });

  it('plans every entry without warnings when nothing is filtered', () => {
    const p = plan({
      matrix,
      matrixPath: MATRIX_PATH,
      change: { kind: 'all', cause: 'force-all is set' },
      shards: 2,
      maxJobs: 256,
    });
    expect(p.warnings).toEqual([]);
    expect(p.runAll).toBe(true);
    expect(p.singlearch.map((s) => s.length)).toEqual([12, 12]);
    expect(p.multiarch).toHaveLength(14);
    expect(p.darwin).toHaveLength(5);
  });
});

describe('examples/changed-files.txt', () => {
  it('lists a Python, a Go, a shared C++ file and two ignored READMEs', () => {
    expect(changedFiles).toEqual([
      'backend/python/vllm/backend.py',
      'backend/python/vllm/README.md',
      'backend/go/whisper/gowhisper.go',
      'backend/cpp/common/grpc-server.cpp',
      'README.md',
    ]);
  });

  const p = planOf(changedFiles);

  it('selects vllm (both legs of -cpu-vllm), whisper and every llama-cpp build', () => {
    expect(p.runAll).toBe(false);
    expect(p.warnings).toEqual([]);
    expect(p.files).toBe(3);
    expect(p.ignored).toBe(2);
    expect(p.selected.map((s) => id(s.entry))).toEqual([
      '-gpu-nvidia-cuda-12-vllm',
      '-gpu-rocm-hipblas-vllm',
      '-gpu-intel-vllm',
      '-cpu-vllm@amd64',
      '-cpu-vllm@arm64',
      '-gpu-nvidia-cuda-12-whisper',
      '-gpu-vulkan-whisper',
      '-cpu-whisper@amd64',
      '-cpu-whisper@arm64',
      '-gpu-nvidia-cuda-12-llama-cpp',
      '-gpu-rocm-hipblas-llama-cpp',
      '-gpu-intel-sycl-f16-llama-cpp',
      '-gpu-vulkan-llama-cpp',
      '-nvidia-l4t-arm64-llama-cpp',
      '-cpu-llama-cpp@amd64',
      '-cpu-llama-cpp@arm64',
      'darwin:-metal-darwin-arm64-llama-cpp',
      'darwin:-metal-darwin-arm64-whisper',
    ]);
  });

  it('gives each selected entry the rule and file that selected it', () => {
    const reasons = Object.fromEntries(
      p.selected.map((s) => [id(s.entry), s.reasons.map(formatReason)]),
    );
    expect(reasons['-cpu-vllm@arm64']).toEqual([
      'rules.sources[2]: backend/python/vllm/backend.py',
    ]);
    expect(reasons['-gpu-vulkan-llama-cpp']).toEqual([
      'rules.sources[4]: backend/cpp/common/grpc-server.cpp',
    ]);
  });

  it('names the rule assigned to the entry, not to another entry with equal patterns', () => {
    const sources = assignSources([...matrix.linux, ...matrix.darwin], matrix.rules!);
    const reasonsOf = (backend: string) => {
      const entry = matrix.darwin.find((e) => e.backend === backend)!;
      return [
        sources.get(entry)?.rule.index,
        ...p.selected.find((s) => s.entry === entry)!.reasons.map(formatReason),
      ];
    };
    expect(reasonsOf('whisper')).toEqual([1, 'rules.sources[1]: backend/go/whisper/gowhisper.go']);
    expect(reasonsOf('llama-cpp')).toEqual([
      0,
      'rules.sources[0]: backend/cpp/common/grpc-server.cpp',
    ]);
  });

  it('emits the outputs a workflow consumes', () => {
    const out = Object.fromEntries(p.outputs);
    expect(out['run-all']).toBe('false');
    expect(JSON.parse(out['changed-backends'])).toEqual(['vllm', 'whisper', 'llama-cpp']);
    expect(JSON.parse(out['merge-matrix-multiarch'])).toEqual({
      include: [
        { 'tag-suffix': '-cpu-vllm', 'tag-latest': 'auto', backend: 'vllm' },
        { 'tag-suffix': '-cpu-whisper', 'tag-latest': 'auto', backend: 'whisper' },
        { 'tag-suffix': '-cpu-llama-cpp', 'tag-latest': 'auto', backend: 'llama-cpp' },
      ],
    });
    expect(JSON.parse(out['matrix-singlearch']).include).toHaveLength(10);
    expect(out['has-backends-darwin']).toBe('true');
    expect(out.vllm).toBe('true');
    expect(out.diffusers).toBe('false');
  });

  it('a change to the shared Python helpers rebuilds Python entries on both OSes', () => {
    const q = planOf(['backend/python/common/libbackend.sh']);
    expect(new Set(q.selected.map((s) => s.entry.backend))).toEqual(
      new Set([
        'vllm',
        'diffusers',
        'transformers',
        'rerankers',
        'kokoro',
        'chatterbox',
        'mlx',
        'mlx-vlm',
      ]),
    );
    expect(q.selected).toHaveLength(21 + 3);
  });

  it('a specific shared rule narrows what one build script rebuilds', () => {
    const cuda = planOf(['scripts/build/cuda-install.sh']);
    expect(cuda.selected.map((s) => id(s.entry))).toEqual(
      matrix.linux
        .filter((e) => ['cublas', 'l4t'].includes(String(e.fields['build-type'])))
        .map(id),
    );
    expect(cuda.selected).toHaveLength(11);
    expect(planOf(['scripts/build/darwin/package.sh']).selected.map((s) => s.entry.os)).toEqual(
      Array(5).fill('darwin'),
    );
    expect(planOf(['scripts/build/package_test.sh']).selected).toEqual([]);
    expect(planOf(['scripts/build/package.sh']).selected).toHaveLength(43);
    expect(planOf(['backend/backend.proto']).selected).toHaveLength(43);
    expect(planOf(['backend/go/piper/piper_test.go']).selected).toEqual([]);
  });
});
