/**
 * `backend-matrix init` (README, Adopting on an existing matrix): rules
 * proposed from the repository, written into the matrix file without touching
 * any other line, that never under-build what the Dockerfiles prove is an
 * input, and that select what the bundled example's hand-written rules select
 * on a tree laid out as they describe.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main, type Io } from '../src/cli/main.js';
import { PatternList } from '../src/core/globs.js';
import { loadMatrixFile, type MatrixFile } from '../src/core/matrix-file.js';
import { audit } from '../src/dockerfile/audit.js';
import { openRepository } from '../src/dockerfile/workspace.js';
import { exampleRepo, fixtureRepo, MATRIX_ENTRIES, MATRIX_PATH } from './support/docker-repos.js';
import { git, removeRepos } from './support/git-repo.js';
import { assignSources } from '../src/core/select.js';
import { entryId, selectedBy } from './support/matrix.js';

afterAll(removeRepos);

async function cli(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    readStdin: () => '',
    color: false,
    cwd,
  };
  const code = await main(args, io);
  return { code, out, err };
}

const readMatrix = (dir: string): string => readFileSync(path.join(dir, MATRIX_PATH), 'utf8');
const load = (dir: string): MatrixFile => loadMatrixFile(readMatrix(dir), MATRIX_PATH);

describe('backend-matrix init', () => {
  it('prints the proposal, each rule with its reason, and leaves the file alone', async () => {
    const repo = fixtureRepo('');
    const r = await cli(repo.dir, 'init');
    expect(r.code).toBe(0);
    expect(readMatrix(repo.dir)).toBe(MATRIX_ENTRIES);
    expect(r.out).toContain(
      '    # Entries built by backend/Dockerfile.python keep their code in backend/python/{backend}\n    - if: {dockerfile: backend/Dockerfile.python}\n      paths: ["backend/python/{backend}/**"]\n',
    );
    expect(r.out).toContain(
      '    # Copied by backend/Dockerfile.python; macOS entries in backend/python/* are assumed to use it too\n    - paths: [scripts/build/package-gpu-libs.sh, backend/python/common/**, backend/backend.proto]\n',
    );
    expect(r.out).toContain(
      'rebuild: {linux: {dockerfile: backend/Dockerfile.python, build-type: cublas}, darwin: all}',
    );
    expect(r.out).toContain('args: {BACKEND: "{backend}", BUILD_TYPE: "{build-type}"}');
    // Every rule in the sources and shared lists has a comment line above it.
    const lines = r.out.split('\n');
    lines.forEach((l, i) => {
      if (/^ {4}- /.test(l)) expect(lines[i - 1]).toMatch(/^ {4}# \S/);
    });
  });

  it('--write inserts the rules, keeps every other line byte for byte, validates cleanly and audits without gaps', async () => {
    const repo = fixtureRepo('');
    const r = await cli(repo.dir, 'init', '--write');
    expect(r.code).toBe(0);
    const written = readMatrix(repo.dir);
    expect(written.startsWith(MATRIX_ENTRIES)).toBe(true);
    expect(written.slice(MATRIX_ENTRIES.length)).toMatch(
      /^\n# Proposed by `backend-matrix init`.*\nrules:\n/,
    );
    expect(r.out).toMatch(
      /audit: 3 Dockerfiles, 7 entries, 13 sources checked: 0 gaps, 2 cannot be checked/,
    );
    const v = await cli(repo.dir, 'validate', MATRIX_PATH);
    expect(v).toEqual(expect.objectContaining({ code: 0, err: '' }));
    expect(v.out).toContain('0 error(s), 0 warning(s)');
    const a = await cli(repo.dir, 'audit', '--format', 'json');
    expect((JSON.parse(a.out) as { gaps: unknown[] }).gaps).toEqual([]);
  });

  it('refuses a file that already has rules, and --force replaces them in place', async () => {
    const rules = "rules:\n  ignore: ['x/**']   # odd spacing kept\n";
    const trailer = '# trailing comment\nx-after: 1\n';
    const original = `${MATRIX_ENTRIES}${rules}${trailer}`;
    const repo = fixtureRepo('', { [MATRIX_PATH]: original });
    const refused = await cli(repo.dir, 'init', '--write');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already has rules');
    expect(readMatrix(repo.dir)).toBe(original);
    const forced = await cli(repo.dir, 'init', '--write', '--force');
    expect(forced.code).toBe(0);
    const written = readMatrix(repo.dir);
    expect(written.startsWith(MATRIX_ENTRIES)).toBe(true);
    expect(written.endsWith(trailer)).toBe(true);
    expect(written).not.toContain("'x/**'");
    expect(load(repo.dir).rules?.sources).toHaveLength(4);
  });

  it.each([
    ['the Python, Go and C++ fixture', () => fixtureRepo('').dir],
    ['the example layout', () => exampleRepo().repo.dir],
  ])('never under-builds a proven input (%s)', async (_, make) => {
    const dir = make();
    expect((await cli(dir, 'init', '--write')).code).toBe(0);
    const m = load(dir);
    // Everything a Dockerfile reads from the context: the audit finds no file that misses its entries.
    const result = await audit(m, await openRepository(dir));
    expect(result.gaps).toEqual([]);
    // And every file in an entry's directory selects it.
    const files = git(dir, 'ls-files').split('\n');
    const entries = [...m.linux, ...m.darwin];
    for (const [e, { patterns }] of assignSources(entries, m.rules!)) {
      const root = patterns[0].replace(/\/\*\*$/, '');
      // Less what `ignore` drops and what the rule's `!` patterns (from .dockerignore) leave out.
      const own = new PatternList(patterns);
      for (const f of files.filter((x) => x.startsWith(`${root}/`) && !m.rules!.ignore?.test(x))) {
        if (!own.excludes(f)) expect(selectedBy(m, f)).toContain(entryId(e));
      }
    }
    expect(entries.filter((e) => !assignSources(entries, m.rules!).has(e))).toEqual([]);
  });

  it('selects what the bundled example rules select, for every file of a tree laid out as they describe', async () => {
    const { repo, bundled } = exampleRepo();
    expect((await cli(repo.dir, 'init', '--write')).code).toBe(0);
    const proposed = load(repo.dir);
    const reference = loadMatrixFile(bundled, MATRIX_PATH);
    const files = [
      ...git(repo.dir, 'ls-files').split('\n'),
      'backend/go/whisper/new.go',
      'scripts/build/new.sh',
    ];
    const differences: Record<string, { extra: string[]; missing: string[] }> = {};
    for (const f of files) {
      if (f === MATRIX_PATH) continue; // matrix edits are decided by entry diffs, not by rules
      const a = selectedBy(proposed, f);
      const b = selectedBy(reference, f);
      const extra = a.filter((x) => !b.includes(x));
      const missing = b.filter((x) => !a.includes(x));
      if (extra.length || missing.length) differences[f] = { extra: summarize(extra), missing };
    }
    expect(differences).toEqual({
      // The Dockerfiles copy all of scripts/build into every image: init cannot know that
      // only the CUDA builds run the CUDA installer, or that the macOS scripts never run on Linux.
      'scripts/build/cuda-12.sh': {
        extra: [
          'linux: 27 entries',
          'darwin:-metal-darwin-arm64-diffusers',
          'darwin:-metal-darwin-arm64-llama-cpp',
          'darwin:-metal-darwin-arm64-mlx',
          'darwin:-metal-darwin-arm64-mlx-vlm',
          'darwin:-metal-darwin-arm64-whisper',
        ],
        missing: [],
      },
      'scripts/build/darwin/build.sh': { extra: ['linux: 38 entries'], missing: [] },
      // macOS entries have no Dockerfile, so nothing says their Go tests or their
      // READMEs stay out of the build: every file in an entry's own directory selects it.
      'backend/go/whisper/main_test.go': {
        extra: ['darwin:-metal-darwin-arm64-whisper'],
        missing: [],
      },
      ...Object.fromEntries(
        ['diffusers', 'mlx-vlm', 'mlx'].map((b) => [
          `backend/python/${b}/README.md`,
          { extra: [`darwin:-metal-darwin-arm64-${b}`], missing: [] },
        ]),
      ),
    });
  });
});

/** Long lists of Linux entries as a count, so the expectation stays readable. */
function summarize(ids: string[]): string[] {
  const linux = ids.filter((x) => x.startsWith('linux:'));
  return linux.length > 3
    ? [`linux: ${linux.length} entries`, ...ids.filter((x) => !x.startsWith('linux:'))]
    : ids;
}
