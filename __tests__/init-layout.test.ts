/**
 * `init` maps every entry whose own directory exists, with or without a
 * Dockerfile: macOS entries that carry only `backend` and `lang` (where `lang`
 * may name the runner's toolchain rather than the sources' language) get
 * `{field}` templates and `if` selectors that send each one to its own
 * directory, and a file anywhere under that directory selects the entry.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { loadMatrixFile, type MatrixFile } from '../src/core/matrix-file.js';
import { hasErrors } from '../src/core/problems.js';
import { FileTree } from '../src/dockerfile/file-tree.js';
import { propose } from '../src/dockerfile/init.js';
import { renderRules } from '../src/dockerfile/render.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { assignSources } from '../src/core/select.js';
import { entryId, selectedBy } from './support/matrix.js';

afterAll(removeRepos);

const CLI = path.resolve('dist/cli/index.js');
const MATRIX = '.github/backend-matrix.yml';

interface Backend {
  name: string;
  /** Where its code lives: backend/<src>/<name>. */
  src: 'python' | 'go' | 'cpp' | 'rust';
  linux: number;
  darwin: boolean;
  /** The macOS entry's `lang` ('' for none). */
  darwinLang: string;
  hasDir: boolean;
  files: string[];
}

const DOCKERFILES: Record<Backend['src'], string> = {
  python:
    'FROM scratch\nARG BACKEND\nCOPY backend/python/${BACKEND} /b\nCOPY backend/backend.proto /b/\n',
  go: 'FROM scratch\nARG BACKEND\nCOPY . /src\nRUN make -C /src/backend/go/${BACKEND}\n',
  cpp: 'FROM scratch\nARG BACKEND\nCOPY . /src\n',
  rust: 'FROM scratch\nARG BACKEND\nCOPY . /src\n',
};

/** A matrix file and a tree for these backends. */
function layout(backends: readonly Backend[]): { matrix: string; files: Record<string, string> } {
  const include: Record<string, string>[] = [];
  const includeDarwin: Record<string, string>[] = [];
  const files: Record<string, string> = { 'backend/backend.proto': 'syntax = "proto3";\n' };
  for (const b of backends) {
    for (let i = 0; i < b.linux; i++) {
      include.push({
        backend: b.name,
        'tag-suffix': `-${['cpu', 'cuda', 'rocm'][i]}-${b.name}`,
        'build-type': ['', 'cublas', 'hipblas'][i],
        dockerfile: `./backend/Dockerfile.${b.src}`,
      });
      files[`backend/Dockerfile.${b.src}`] = DOCKERFILES[b.src];
    }
    if (b.darwin) {
      const e: Record<string, string> = {
        backend: b.name,
        'tag-suffix': `-metal-darwin-arm64-${b.name}`,
      };
      if (b.darwinLang) e.lang = b.darwinLang;
      includeDarwin.push(e);
    }
    if (b.hasDir) for (const f of b.files) files[`backend/${b.src}/${b.name}/${f}`] = '';
  }
  return { matrix: stringify({ include, includeDarwin }), files };
}

/** What `init` proposes for this layout, loaded back as the matrix file it would write. */
async function proposeFor(
  backends: readonly Backend[],
  extra: Record<string, string> = {},
): Promise<MatrixFile> {
  const { matrix, files: laid } = layout(backends);
  const files = { ...laid, ...extra };
  const before = loadMatrixFile(matrix, MATRIX);
  const all: Record<string, string> = { ...files, [MATRIX]: matrix };
  const repo = { tree: new FileTree(Object.keys(all)), read: (f: string) => all[f] };
  const block = renderRules(await propose(before, repo));
  const m = loadMatrixFile(`${matrix}\n${block}`, MATRIX);
  expect(m.problems.filter((p) => p.level === 'error')).toEqual([]);
  return m;
}

describe('init maps every entry with a directory', () => {
  it('macOS entries without a Dockerfile in a backend/{lang}/{backend} layout, through the built CLI', () => {
    const backends: Backend[] = [
      ['vllm', 'python', 2, true, ''],
      ['mlx', 'python', 0, true, ''],
      ['diffusers', 'python', 1, true, ''],
      ['whisper', 'go', 2, true, 'go'],
      ['parakeet-cpp', 'go', 1, true, 'go'],
      ['stablediffusion-ggml', 'go', 1, true, 'go'],
      ['piper', 'go', 1, false, 'go'],
      ['llama-cpp', 'cpp', 3, true, 'go'], // lang names the runner's toolchain, not the sources
      ['ds4', 'cpp', 1, true, 'go'],
      ['kokoros', 'rust', 1, true, 'rust'],
      ['ghost', 'go', 0, true, 'go', false], // listed, but no directory
    ].map(([name, src, linux, darwin, darwinLang, hasDir = true]) => ({
      name: name as string,
      src: src as Backend['src'],
      linux: linux as number,
      darwin: darwin as boolean,
      darwinLang: darwinLang as string,
      hasDir: hasDir as boolean,
      files: ['Makefile', 'src/main.c'],
    }));
    const { matrix, files } = layout(backends);
    const repo = GitRepo.init().write({ ...files, [MATRIX]: matrix });
    repo.commit('fixture');
    const r = spawnSync(process.execPath, [CLI, 'init', '--write'], {
      cwd: repo.dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stderr).not.toMatch(/unexpected|\n\s+at /);
    expect(r.status).toBe(0);
    const written = readFileSync(path.join(repo.dir, MATRIX), 'utf8');
    const m = loadMatrixFile(written, MATRIX);
    expect(hasErrors(m.problems)).toBe(false);
    // The macOS rules: the C++ exceptions by name, the Go ones by their lang, then the Python ones.
    expect(written).toContain(
      '- if: {os: darwin, backend: [ds4, llama-cpp]}\n      paths: ["backend/cpp/{backend}/**"]',
    );
    expect(written).toContain(
      '- if: {os: darwin, lang: go}\n      paths: ["backend/go/{backend}/**"]',
    );
    expect(written).toContain('- if: {os: darwin}\n      paths: ["backend/python/{backend}/**"]');
    const entries = [...m.linux, ...m.darwin];
    const assigned = assignSources(entries, m.rules!);
    for (const e of entries) {
      const b = backends.find((x) => x.name === e.backend)!;
      if (!b.hasDir) continue;
      expect([entryId(e), assigned.get(e)?.patterns]).toEqual([
        entryId(e),
        [`backend/${b.src}/${b.name}/**`],
      ]);
    }
    expect(selectedBy(m, 'backend/go/parakeet-cpp/Makefile')).toEqual([
      'darwin:-metal-darwin-arm64-parakeet-cpp',
      'linux:-cpu-parakeet-cpp',
    ]);
    expect(selectedBy(m, 'backend/cpp/llama-cpp/src/main.c')).toEqual([
      'darwin:-metal-darwin-arm64-llama-cpp',
      'linux:-cpu-llama-cpp',
      'linux:-cuda-llama-cpp',
      'linux:-rocm-llama-cpp',
    ]);
    expect(selectedBy(m, 'backend/python/mlx/Makefile')).toEqual([
      'darwin:-metal-darwin-arm64-mlx',
    ]);
  });

  it('property: every file under an entry’s own directory selects that entry, and each entry is mapped to exactly its directory', async () => {
    const name = fc
      .stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?$/)
      .filter((n) => !['python', 'go', 'cpp', 'rust', 'backend', 'src'].includes(n));
    const backend = fc
      .record({
        name,
        src: fc.constantFrom<Backend['src']>('python', 'go', 'cpp', 'rust'),
        linux: fc.integer({ min: 0, max: 3 }),
        darwin: fc.boolean(),
        toolchainLang: fc.boolean(),
        hasDir: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
        files: fc.uniqueArray(
          fc.constantFrom(
            'Makefile',
            'main.go',
            'src/a.cpp',
            'sub/dir/b.py',
            '.hidden',
            'README.md',
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
      })
      .map(({ toolchainLang, ...b }): Backend => {
        const darwinLang =
          b.src === 'python'
            ? toolchainLang
              ? 'python'
              : ''
            : b.src === 'cpp' && toolchainLang
              ? 'go'
              : b.src;
        return { ...b, darwin: b.darwin || b.linux === 0, darwinLang };
      });
    const backends = fc.uniqueArray(backend, {
      minLength: 1,
      maxLength: 10,
      selector: (b) => b.name,
    });

    await fc.assert(
      fc.asyncProperty(backends, async (list) => {
        const m = await proposeFor(list);
        const entries = [...m.linux, ...m.darwin];
        const assigned = assignSources(entries, m.rules!);
        for (const e of entries) {
          const b = list.find((x) => x.name === e.backend)!;
          if (!b.hasDir) continue;
          const dir = `backend/${b.src}/${b.name}`;
          expect([entryId(e), assigned.get(e)?.patterns]).toEqual([entryId(e), [`${dir}/**`]]);
          for (const f of b.files) expect(selectedBy(m, `${dir}/${f}`)).toContain(entryId(e));
        }
      }),
      { seed: 20261206, numRuns: 60 },
    );
  });

  it('a directory beside an entry that its own Makefile builds from selects it too', async () => {
    const cpp = (name: string, darwin = false): Backend => ({
      name,
      src: 'cpp',
      linux: 1,
      darwin,
      darwinLang: 'go',
      hasDir: true,
      files: ['Makefile', 'grpc-server.cpp'],
    });
    const m = await proposeFor([cpp('llama-cpp', true), cpp('turboquant'), cpp('ds4', true)], {
      'backend/cpp/turboquant/Makefile':
        'LLAMA_CPP_DIR := $(CURRENT_MAKEFILE_DIR)/../llama-cpp\nNOPE := ../missing-dir\n',
      'backend/cpp/ds4/CMakeLists.txt': 'add_subdirectory(../../../outside)\n',
    });
    expect(selectedBy(m, 'backend/cpp/llama-cpp/grpc-server.cpp')).toEqual([
      'darwin:-metal-darwin-arm64-llama-cpp',
      'linux:-cpu-llama-cpp',
      'linux:-cpu-turboquant',
    ]);
    // Naming a fork's sources does not make the fork an input of the original.
    expect(selectedBy(m, 'backend/cpp/turboquant/Makefile')).toEqual(['linux:-cpu-turboquant']);
    expect(selectedBy(m, 'backend/cpp/ds4/Makefile')).toEqual([
      'darwin:-metal-darwin-arm64-ds4',
      'linux:-cpu-ds4',
    ]);
  });

  it('prefers the directory that holds the Dockerfile and is the build context over a deeper one of the same name', async () => {
    const images = ['base', 'minimal', 'scipy'];
    const matrix = stringify({
      include: images.map((i) => ({
        backend: i,
        'tag-suffix': `-${i}`,
        dockerfile: `./images/${i}/Dockerfile`,
        context: `./images/${i}`,
      })),
    });
    const files: Record<string, string> = { [MATRIX]: matrix };
    for (const i of images) {
      files[`images/${i}/Dockerfile`] = 'FROM scratch\nCOPY start.sh /\n';
      files[`images/${i}/start.sh`] = '';
      files[`images/${i}/README.md`] = '';
      files[`images/${i}/.dockerignore`] = 'README.md\n';
      files[`tests/by_image/${i}/test_${i}.py`] = '';
    }
    const repo = { tree: new FileTree(Object.keys(files)), read: (f: string) => files[f] };
    const block = renderRules(await propose(loadMatrixFile(matrix, MATRIX), repo));
    // One rule for all: the images' directories, less what every image's .dockerignore leaves out.
    expect(block).toContain('paths: ["images/{backend}/**", "!images/{backend}/README.md"]');
    expect(block).toContain('context: "{context}"');
    const m = loadMatrixFile(`${matrix}\n${block}`, MATRIX);
    expect(m.rules!.sources).toHaveLength(1);
    expect(selectedBy(m, 'images/scipy/start.sh')).toEqual(['linux:-scipy']);
    expect(selectedBy(m, 'images/scipy/README.md')).toEqual([]);
  });
});
