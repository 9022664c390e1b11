import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GitError,
  gitChangedFiles,
  hasCommit,
  isGitRepo,
  isShallow,
  showFile,
} from '../src/git/git.js';
import { git } from './support/git-repo.js';

const sh = git;

function write(repo: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function commit(repo: string, message: string): string {
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', message);
  return sh(repo, 'rev-parse', 'HEAD');
}

const RENAMED_TEXT = 'a file long enough for rename detection\n'.repeat(5);
const NEWLINE_NAME = 'line\nbreak.txt';

let tmp: string;
let repo: string;
let shallow: string;
let plain: string;
let A: string; // first commit on main
let B: string; // second commit on main
let C: string; // a topic branch from A

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'git-adapter-'));
  repo = path.join(tmp, 'repo');
  mkdirSync(repo);
  sh(repo, 'init', '-q');
  write(repo, 'a.txt', 'one\n');
  write(repo, 'dir/old name.txt', RENAMED_TEXT);
  write(repo, 'keep.txt', 'keep\n');
  write(repo, '.github/backend-matrix.yml', 'include: []\n');
  A = commit(repo, 'first');

  write(repo, 'a.txt', 'two\n');
  sh(repo, 'mv', 'dir/old name.txt', 'dir/new näme.txt');
  write(repo, NEWLINE_NAME, 'x\n');
  write(repo, 'ünïcödé/文件.md', '# hi\n');
  rmSync(path.join(repo, 'keep.txt'));
  B = commit(repo, 'second');

  sh(repo, 'checkout', '-q', '-b', 'topic', A);
  write(repo, 'topic file.txt', 'topic\n');
  C = commit(repo, 'topic');
  sh(repo, 'checkout', '-q', 'main');

  shallow = path.join(tmp, 'shallow');
  sh(tmp, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
  plain = path.join(tmp, 'plain');
  mkdirSync(plain);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('gitChangedFiles', () => {
  it('lists both names of a rename and odd file names verbatim', async () => {
    expect(await gitChangedFiles(repo, A, B)).toEqual([
      'a.txt',
      'dir/old name.txt',
      'dir/new näme.txt',
      'keep.txt',
      NEWLINE_NAME,
      'ünïcödé/文件.md',
    ]);
  });

  it('diffs from the merge base with mergeBase, else the two trees', async () => {
    expect(await gitChangedFiles(repo, B, C, { mergeBase: true })).toEqual(['topic file.txt']);
    expect((await gitChangedFiles(repo, B, C)).sort()).toEqual(
      [
        'a.txt',
        'dir/new näme.txt',
        'dir/old name.txt',
        'keep.txt',
        NEWLINE_NAME,
        'topic file.txt',
        'ünïcödé/文件.md',
      ].sort(),
    );
  });

  it('accepts branch names and returns nothing for identical revisions', async () => {
    expect(await gitChangedFiles(repo, 'main', 'topic', { mergeBase: true })).toEqual([
      'topic file.txt',
    ]);
    expect(await gitChangedFiles(repo, B, 'main')).toEqual([]);
  });

  it('fails with a one-line message for an unknown revision', async () => {
    const missing = 'f'.repeat(40);
    const err = await gitChangedFiles(repo, missing, B).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).message).toBe(
      `git diff --name-status -M -z --no-ext-diff ${missing} ${B} -- failed: fatal: bad object ${missing}`,
    );
  });

  it('refuses a revision that looks like an option', async () => {
    await expect(gitChangedFiles(repo, '--output=/tmp/x', B)).rejects.toThrow(
      new GitError('not a valid revision: "--output=/tmp/x"'),
    );
  });

  it('fails when the merge base is missing from a shallow clone', async () => {
    await expect(gitChangedFiles(shallow, A, 'HEAD', { mergeBase: true })).rejects.toThrow(
      GitError,
    );
  });
});

describe('repository facts', () => {
  it('hasCommit is true only for commits that are present', async () => {
    expect(await hasCommit(repo, A)).toBe(true);
    expect(await hasCommit(repo, 'topic')).toBe(true);
    expect(await hasCommit(repo, '0123456789abcdef0123456789abcdef01234567')).toBe(false);
    expect(await hasCommit(repo, sh(repo, 'rev-parse', `${A}^{tree}`))).toBe(false);
    expect(await hasCommit(repo, '--all')).toBe(false);
    expect(await hasCommit(shallow, B)).toBe(true);
    expect(await hasCommit(shallow, A)).toBe(false);
  });

  it('isShallow tells a --depth 1 clone from a full one', async () => {
    expect(await isShallow(repo)).toBe(false);
    expect(await isShallow(shallow)).toBe(true);
  });

  it('isGitRepo is false outside a work tree', async () => {
    expect(await isGitRepo(repo)).toBe(true);
    expect(await isGitRepo(path.join(repo, 'dir'))).toBe(true);
    expect(await isGitRepo(plain)).toBe(false);
    expect(await isGitRepo(path.join(tmp, 'does-not-exist'))).toBe(false);
  });
});

describe('showFile', () => {
  it('reads a file at a revision, byte for byte', async () => {
    expect(await showFile(repo, A, 'dir/old name.txt')).toBe(RENAMED_TEXT);
    expect(await showFile(repo, A, './a.txt')).toBe('one\n');
    expect(await showFile(repo, B, 'a.txt')).toBe('two\n');
    expect(await showFile(repo, B, NEWLINE_NAME)).toBe('x\n');
    expect(await showFile(repo, 'main', '.github/backend-matrix.yml')).toBe('include: []\n');
  });

  it('is undefined for a file absent at that revision', async () => {
    expect(await showFile(repo, B, 'dir/old name.txt')).toBeUndefined();
    expect(await showFile(repo, A, 'topic file.txt')).toBeUndefined();
  });

  it('throws for a revision that is not there', async () => {
    await expect(showFile(shallow, A, 'a.txt')).rejects.toThrow(GitError);
  });
});
