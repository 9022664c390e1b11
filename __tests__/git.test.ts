import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  GitError,
  gitChangedFiles,
  hasCommit,
  isGitRepo,
  isShallow,
  LocalGit,
  showFile,
} from '../src/git/git.js';
import { git, GitRepo, removeRepos } from './support/git-repo.js';
import { trustWorkspace } from '../src/git/safe-directory.js';

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

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  removeRepos();
});

describe('gitChangedFiles', () => {
  it('lists both names of a rename and odd file names verbatim', async () => {
    // --no-renames: the rename is a deletion and an addition, in git's path order.
    expect(await gitChangedFiles(repo, A, B)).toEqual([
      'a.txt',
      'dir/new näme.txt',
      'dir/old name.txt',
      'keep.txt',
      NEWLINE_NAME,
      'ünïcödé/文件.md',
    ]);
  });

  it('says which paths the diff adds (absent at the base)', async () => {
    const list = await new LocalGit(repo).diff(A, B, { mergeBase: false });
    expect(list.added).toEqual(['dir/new näme.txt', NEWLINE_NAME, 'ünïcödé/文件.md']);
    expect(list).toMatchObject({ complete: true, count: 6 });
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
      `git diff --name-status --no-renames -z --no-ext-diff ${missing} ${B} -- failed: fatal: bad object ${missing}`,
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

  it('isAncestor follows history, and a missing commit is an error', async () => {
    const g = new LocalGit(repo);
    expect(await g.isAncestor(A, B)).toBe(true);
    expect(await g.isAncestor(B, B)).toBe(true);
    expect(await g.isAncestor(B, A)).toBe(false);
    expect(await g.isAncestor(C, B)).toBe(false);
    await expect(g.isAncestor('f'.repeat(40), B)).rejects.toThrow(GitError);
    await expect(g.isAncestor('--all', B)).rejects.toThrow('not a valid revision: "--all"');
  });

  it('isGitRepo is false outside a work tree', async () => {
    expect(await isGitRepo(repo)).toBe(true);
    expect(await isGitRepo(path.join(repo, 'dir'))).toBe(true);
    expect(await isGitRepo(plain)).toBe(false);
    expect(await isGitRepo(path.join(tmp, 'does-not-exist'))).toBe(false);
  });

  it('without a .git here or above (and no GIT_DIR), isGitRepo answers without running git', async () => {
    // A `git` on PATH that only records that it ran.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'bma-fake-git-'));
    const ran = path.join(bin, 'ran');
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$@" >> '${ran}'\necho true\n`, {
      mode: 0o755,
    });
    const saved = { PATH: process.env.PATH, GIT_DIR: process.env.GIT_DIR };
    process.env.PATH = bin;
    delete process.env.GIT_DIR;
    try {
      expect(await isGitRepo(plain)).toBe(false);
      expect(existsSync(ran)).toBe(false);
      // The control: with a .git above, git is asked (and this fake says yes).
      mkdirSync(path.join(bin, 'tree', '.git'), { recursive: true });
      mkdirSync(path.join(bin, 'tree', 'sub'));
      expect(await isGitRepo(path.join(bin, 'tree', 'sub'))).toBe(true);
      expect(readFileSync(ran, 'utf8')).toMatch(/rev-parse --is-inside-work-tree/);
      // GIT_DIR names a repository anywhere: then git is asked too.
      rmSync(ran);
      process.env.GIT_DIR = path.join(bin, 'tree', '.git');
      expect(await isGitRepo(plain)).toBe(true);
      expect(existsSync(ran)).toBe(true);
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.GIT_DIR === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved.GIT_DIR;
      rmSync(bin, { recursive: true, force: true });
    }
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

describe('where runners are', () => {
  /** A repository: a file, then a change to it and a rename. */
  function history(): { src: GitRepo; first: string; second: string } {
    const src = GitRepo.init();
    const first = src.write({ 'a.txt': 'one\n', 'b.txt': RENAMED_TEXT }).commit('first');
    // A rename with an edit: only the blobs' contents tell git it is one.
    src.write({ 'a.txt': 'two\n' }).mv('b.txt', 'sub/b.txt');
    src.write({ 'sub/b.txt': `${RENAMED_TEXT}edited\n` });
    return { src, first, second: src.commit('second') };
  }
  /** git as a runner's user has it: no global or system configuration to trust anything. */
  const bare = (cwd: string, ...args: string[]) =>
    spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GIT_CONFIG_GLOBAL: os.devNull, GIT_CONFIG_NOSYSTEM: '1' },
    });

  it('a blobless clone whose remote is gone: the diff works, a missing blob is an error, not absent', async () => {
    const { src, first, second } = history();
    const clone = src.clone({ filter: 'blob:none', removeRemote: true });
    const g = new LocalGit(clone.dir);
    expect(await g.diff(first, second, { mergeBase: true })).toEqual({
      files: ['a.txt', 'b.txt', 'sub/b.txt'],
      complete: true,
      count: 3,
      added: ['sub/b.txt'],
    });
    // With rename detection git would need the blobs, which it can no longer fetch.
    expect(bare(clone.dir, 'diff', '--name-status', '-M', `${first}...${second}`).status).not.toBe(
      0,
    );
    expect(await g.show(second, 'a.txt')).toBe('two\n'); // checked out, so present
    expect(await g.show(first, 'sub/b.txt')).toBeUndefined(); // the tree says: not there
    await expect(g.show(first, 'a.txt')).rejects.toThrow(GitError); // there, but unreadable
  });

  it('a partial clone with its remote: a commit it lacks is not fetched to answer hasCommit', async () => {
    const { src, first, second } = history();
    const shallow = src.clone({ depth: 1, filter: 'blob:none' });
    const g = new LocalGit(shallow.dir);
    expect(await g.hasCommit(second)).toBe(true);
    expect(await g.hasCommit(first)).toBe(false);
    expect(await g.hasCommit(first)).toBe(false); // still not there: nothing was fetched
  });

  describe('a checkout owned by another user (a container job)', () => {
    let owned: GitRepo;
    let first: string;
    let second: string;
    beforeAll(() => {
      const h = history();
      [first, second] = [h.first, h.second];
      owned = h.src.clone().chown('nobody');
    });

    it('plain git refuses it', () => {
      const r = bare(owned.dir, 'rev-parse', '--is-inside-work-tree');
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('dubious ownership');
    });

    it('the adapter refuses it, as git does, naming the reason', async () => {
      const err = await new LocalGit(owned.dir).isRepo().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GitError);
      expect((err as GitError).message).toMatch(
        /"detected dubious ownership" \(it belongs to another user\)/,
      );
    });

    it('the action trusts its workspace (safe.directory for that directory only)', async () => {
      trustWorkspace(owned.dir);
      const g = new LocalGit(owned.dir);
      expect(await g.isRepo()).toBe(true);
      expect((await g.diff(first, second, { mergeBase: true })).files).toEqual([
        'a.txt',
        'b.txt',
        'sub/b.txt',
      ]);
      expect(await g.show(first, 'a.txt')).toBe('one\n');
    });

    it('git still refusing (from a subdirectory) is named, with the fix', async () => {
      const sub = path.join(owned.dir, 'sub');
      const err = await new LocalGit(sub).isRepo().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GitError);
      const real = realpathSync(owned.dir);
      expect((err as GitError).message).toBe(
        `git refuses the repository at ${real}: "detected dubious ownership" (it belongs to another user). ` +
          `Run the job as the checkout's owner, or trust it with: git config --global --add safe.directory ${real}`,
      );
    });
  });
});
