/**
 * Real git repositories in temp dirs for integration tests: commits, branches,
 * full and shallow clones. The helper's git ignores the machine's config; the
 * action under test runs git as it would on a runner.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** Runs git in `cwd` and returns its trimmed stdout; throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  ).trim();
}

/** Every temp dir this module made, for `removeRepos`. */
const made: string[] = [];

const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};

/** Deletes every repository and clone made so far (call in afterAll). */
export function removeRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export class GitRepo {
  private constructor(readonly dir: string) {}

  /** A new repository in a fresh temp dir, on branch `main`, with no commits. */
  static init(): GitRepo {
    const dir = tempDir('bma-git-');
    git(dir, 'init', '-q');
    return new GitRepo(dir);
  }

  /** Writes files (path → text); `null` deletes the file. */
  write(files: Record<string, string | null>): this {
    for (const [name, text] of Object.entries(files)) {
      const full = path.join(this.dir, name);
      if (text === null) {
        rmSync(full, { force: true });
        continue;
      }
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    return this;
  }

  mv(from: string, to: string): this {
    mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true });
    git(this.dir, 'mv', from, to);
    return this;
  }

  /** Commits everything in the work tree; returns the new commit's SHA. */
  commit(message: string): string {
    git(this.dir, 'add', '-A');
    git(this.dir, 'commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  /** Checks out a branch, creating it at `start` when given. */
  checkout(branch: string, start?: string): this {
    if (start) git(this.dir, 'checkout', '-q', '-B', branch, start);
    else git(this.dir, 'checkout', '-q', branch);
    return this;
  }

  /** Creates or moves a branch without checking it out. */
  branch(name: string, at: string): this {
    git(this.dir, 'branch', '-f', name, at);
    return this;
  }

  merge(rev: string, message: string): string {
    git(this.dir, 'merge', '-q', '--no-ff', '-m', message, rev);
    return this.head();
  }

  /**
   * A clone in a fresh temp dir, through `file://` so `depth` and `filter` really
   * apply. Without `depth` it holds every branch. `checkout` is a commit or
   * branch to check out (detached for a SHA), as actions/checkout does.
   * `filter: 'blob:none'` makes a blobless clone; with `removeRemote` its
   * missing blobs can never be fetched. `sparse` checks out only those files.
   */
  clone(
    opts: {
      depth?: number;
      branch?: string;
      checkout?: string;
      filter?: 'blob:none';
      removeRemote?: boolean;
      sparse?: string[];
    } = {},
  ): GitRepo {
    const dir = tempDir('bma-clone-');
    const args = ['clone', '-q'];
    if (opts.depth) args.push('--depth', String(opts.depth));
    if (opts.branch) args.push('--branch', opts.branch);
    if (opts.filter) {
      // The serving side must allow it, or git quietly makes a full clone.
      git(this.dir, 'config', 'uploadpack.allowFilter', 'true');
      args.push(`--filter=${opts.filter}`);
    }
    if (opts.sparse) args.push('--no-checkout');
    git(dir, ...args, `file://${this.dir}`, '.');
    if (opts.sparse) {
      git(dir, 'sparse-checkout', 'set', '--no-cone', ...opts.sparse.map((f) => `/${f}`));
      git(dir, 'checkout', '-q');
    }
    if (opts.checkout) git(dir, 'checkout', '-q', '--detach', opts.checkout);
    if (opts.removeRemote) git(dir, 'remote', 'remove', 'origin');
    return new GitRepo(dir);
  }

  /** Gives every file to another user, as a container job's checkout belongs to the runner's. */
  chown(user: string): this {
    execFileSync('chown', ['-R', user, this.dir]);
    return this;
  }
}
