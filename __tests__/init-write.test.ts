/**
 * `backend-matrix init --write` run as a user runs it (the bundled
 * dist/cli/index.js in a child process): it never writes outside the
 * repository, replaces the file in one step (a failed write leaves it as it
 * was and says why), is idempotent with --force, and keeps the file's line
 * endings, mode and byte order mark. Build first: `npm run build`.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitRepo, removeRepos } from './support/git-repo.js';

afterAll(removeRepos);

const CLI = path.resolve('dist/cli/index.js');
const MATRIX = '.github/backend-matrix.yml';

const ENTRIES = [
  '# Backends',
  'include:',
  '  - backend: vllm',
  '    tag-suffix: -cpu-vllm',
  '    dockerfile: ./backend/Dockerfile.python',
  'includeDarwin:',
  '  - backend: whisper',
  '    tag-suffix: -metal-darwin-arm64-whisper',
  '    lang: go',
  '',
];

/** A small repository: one Python backend built by a Dockerfile, one macOS Go backend without one. */
function repo(matrix: string | Buffer): GitRepo {
  const r = GitRepo.init().write({
    'backend/Dockerfile.python': 'FROM scratch\nARG BACKEND\nCOPY backend/python/${BACKEND} /b\n',
    'backend/python/vllm/backend.py': '',
    'backend/go/whisper/main.go': '',
    '.github/README': 'matrices\n',
  });
  writeFileSync(path.join(r.dir, MATRIX), matrix);
  r.commit('fixture');
  return r;
}

function run(cwd: string, args: string[], limitKb?: number) {
  const r =
    limitKb === undefined
      ? spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 })
      : spawnSync(
          'bash',
          ['-c', `ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, CLI, ...args],
          { cwd, encoding: 'utf8', timeout: 30_000 },
        );
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (r: GitRepo): Buffer => readFileSync(path.join(r.dir, MATRIX));

describe('init --write', () => {
  it('refuses a matrix file that is a symlink to a file outside the repository, and writes nothing', () => {
    const outsideDir = mkdtempSync(path.join(os.tmpdir(), 'bma-outside-'));
    try {
      const outside = path.join(outsideDir, 'matrix.yml');
      writeFileSync(outside, ENTRIES.join('\n'));
      const r = repo('');
      rmSync(path.join(r.dir, MATRIX));
      symlinkSync(outside, path.join(r.dir, MATRIX));
      const res = run(r.dir, ['init', '--write']);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`matrix file ${MATRIX} resolves to`);
      expect(res.stderr).toContain('outside the repository');
      expect(res.stderr).not.toMatch(/unexpected|\n\s+at /);
      expect(readFileSync(outside, 'utf8')).toBe(ENTRIES.join('\n'));
      expect(lstatSync(path.join(r.dir, MATRIX)).isSymbolicLink()).toBe(true);
    } finally {
      rmSync(outsideDir, { recursive: true, force: true });
    }
  });

  it('under a file-size limit (ulimit -f) leaves the file exactly as it was and says why', () => {
    // Just under 1 KiB, so the limit lets the original exist and stops the larger result.
    const padded = `${ENTRIES.join('\n')}#${'x'.repeat(1000 - ENTRIES.join('\n').length)}\n`;
    const r = repo(padded);
    const before = read(r);
    expect(before.length).toBeLessThan(1024);
    const res = run(r.dir, ['init', '--write'], 1);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`could not write ${MATRIX}`);
    expect(res.stderr).toContain('file-size limit (ulimit -f) (EFBIG)');
    expect(res.stderr).toContain('the file is left as it was');
    expect(res.stderr).not.toMatch(/unexpected failure/);
    expect(read(r).equals(before)).toBe(true);
    // No temporary file left beside it.
    expect(readdirSync(path.join(r.dir, '.github')).sort()).toEqual([
      'README',
      'backend-matrix.yml',
    ]);
    // Without the limit the same command succeeds.
    expect(run(r.dir, ['init', '--write']).code).toBe(0);
    expect(read(r).toString()).toContain('\nrules:\n');
  });

  it('--force run twice writes what one run writes: one header, one rules block', () => {
    const r = repo(ENTRIES.join('\n'));
    expect(run(r.dir, ['init', '--write']).code).toBe(0);
    const once = read(r).toString();
    expect(once.match(/Proposed by `backend-matrix init`/g)).toHaveLength(1);
    expect(run(r.dir, ['init', '--write', '--force']).code).toBe(0);
    expect(read(r).toString()).toBe(once);
    expect(run(r.dir, ['init', '--write', '--force']).code).toBe(0);
    expect(read(r).toString()).toBe(once);
  });

  it('keeps a CRLF file CRLF, every original line byte for byte', () => {
    const text = ENTRIES.join('\r\n');
    const r = repo(text);
    const res = run(r.dir, ['init', '--write']);
    expect(res.code).toBe(0);
    const written = read(r).toString();
    expect(written.startsWith(text)).toBe(true);
    expect(written).toMatch(/\r\nrules:\r\n/);
    expect(written.replace(/\r\n/g, '')).not.toContain('\n');
    // And --force on it stays CRLF and idempotent.
    expect(run(r.dir, ['init', '--write', '--force']).code).toBe(0);
    expect(read(r).toString()).toBe(written);
  });

  it("keeps the file's mode and byte order mark", () => {
    const r = repo(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENTRIES.join('\n'))]),
    );
    chmodSync(path.join(r.dir, MATRIX), 0o640);
    expect(run(r.dir, ['init', '--write']).code).toBe(0);
    expect(statSync(path.join(r.dir, MATRIX)).mode & 0o777).toBe(0o640);
    const written = read(r);
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(written.subarray(3).toString()).toContain('\nrules:\n');
  });

  it('writes through a symlink that stays inside the repository, keeping the link', () => {
    const r = repo(ENTRIES.join('\n'));
    const real = path.join(r.dir, 'matrices/backends.yml');
    rmSync(path.join(r.dir, MATRIX));
    r.write({ 'matrices/backends.yml': ENTRIES.join('\n') });
    symlinkSync('../matrices/backends.yml', path.join(r.dir, MATRIX));
    expect(run(r.dir, ['init', '--write']).code).toBe(0);
    expect(lstatSync(path.join(r.dir, MATRIX)).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('\nrules:\n');
  });
});
