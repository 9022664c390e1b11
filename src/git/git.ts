/**
 * The local git repository as a source of changed files and old file versions
 * (the `GitPort` of change detection, and the CLI's `--base/--head`).
 *
 * Every call carries the options of `safe-directory.ts` (git's ownership check
 * respected except for the action's workspace; config that could run a
 * program overridden); diffs use
 * `--no-renames`, which lists a rename as its deletion and its addition (both
 * names, as the rules want) and needs only trees, so it works in a blobless
 * clone whose remote is gone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ExecFileOptions } from 'node:child_process';
import type { FileList, GitPort } from '../change/ports.js';
import { gitConfig, gitEnv } from './safe-directory.js';

/**
 * git's stdout. node:child_process is loaded on the first call, synchronously,
 * so that git starts at once: a run without a checkout never loads it.
 */
function execGit(args: string[], options: ExecFileOptions): Promise<string> {
  const { execFile } = process.getBuiltinModule('node:child_process');
  return promisify(execFile)('git', args, { ...options, encoding: 'utf8' }).then((r) => r.stdout);
}

/** No git call may hang the step (a lazy fetch in a partial clone, a lock). */
export const GIT_TIMEOUT_MS = 30_000;

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** A revision given by a user or an event must not be read as an option. */
export function rev(r: string): string {
  if (!r || r.startsWith('-')) throw new GitError(`not a valid revision: "${r}"`);
  return r;
}

const repoPath = (p: string): string => p.replace(/^(\.\/)+/, '');

/** The repository whose work tree contains `dir`. */
export class LocalGit implements GitPort {
  constructor(readonly dir: string) {}

  /** Runs git and returns stdout; a failure is a GitError whose message says what to do. */
  async run(args: string[]): Promise<string> {
    try {
      return await execGit([...gitConfig(this.dir), ...args], {
        cwd: this.dir,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 256 * 1024 * 1024,
        // Literal pathspecs: a file name with `*` in it names that file only.
        env: { ...gitEnv(), GIT_LITERAL_PATHSPECS: '1' },
      });
    } catch (err) {
      throw failure(err, `git ${args.join(' ')}`, this.dir);
    }
  }

  /** Whether `dir` is inside a work tree; a repository git refuses to open is an error, not a no. */
  async isRepo(): Promise<boolean> {
    if (!this.mayBeRepo()) return false;
    try {
      return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    } catch (err) {
      if (err instanceof GitError && err.message.includes(DUBIOUS)) throw err;
      return false;
    }
  }

  /** Without GIT_DIR git finds a repository only through a `.git` in `dir` or above it. */
  mayBeRepo(): boolean {
    return Boolean(process.env.GIT_DIR) || dotGitAbove(this.dir);
  }

  /**
   * Whether the commit is here. Asked so that a partial clone does not fetch
   * it lazily (`cat-file -e` would, one round trip per object): a commit that
   * is not local is for the API to answer.
   */
  async hasCommit(revision: string): Promise<boolean> {
    if (!revision || revision.startsWith('-')) return false;
    try {
      await this.run([
        'rev-list',
        '--no-walk',
        '--missing=allow-any',
        `${revision}^{commit}`,
        '--',
      ]);
      return true;
    } catch {
      return false;
    }
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  /** Whether `ancestor` is `revision` or one of its ancestors (both commits must be present). */
  async isAncestor(ancestor: string, revision: string): Promise<boolean> {
    try {
      await this.run(['merge-base', '--is-ancestor', rev(ancestor), rev(revision)]);
      return true;
    } catch (err) {
      // Exit status 1 is "no"; anything else (a missing commit) is an error.
      if ((err as GitError).message.endsWith(`failed: exit status 1`)) return false;
      throw err;
    }
  }

  /**
   * Files changed from `base` to `head`: from their merge base with `mergeBase`
   * (`base...head`, as a pull request is diffed), else between the two trees.
   */
  async diff(base: string, head: string, opts: { mergeBase: boolean }): Promise<FileList> {
    const revs = opts.mergeBase ? [`${rev(base)}...${rev(head)}`] : [rev(base), rev(head)];
    // -z: paths verbatim, whatever characters they hold. --name-status reads no
    // content, so no textconv runs; --no-ext-diff keeps diff.external out.
    const out = await this.run([
      'diff',
      '--name-status',
      '--no-renames',
      '-z',
      '--no-ext-diff',
      ...revs,
      '--',
    ]);
    const fields = out.split('\0');
    const files: string[] = [];
    const added: string[] = [];
    for (let i = 0; i + 1 < fields.length && fields[i]; i += 2) {
      files.push(fields[i + 1]);
      if (fields[i] === 'A') added.push(fields[i + 1]);
    }
    return { files, complete: true, count: files.length, added };
  }

  async changedFiles(base: string, head: string, opts: { mergeBase: boolean }): Promise<string[]> {
    return (await this.diff(base, head, opts)).files;
  }

  /**
   * A file's text at `revision` (path from the repository root); undefined when
   * the commit is there and the file is not. The tree is read first, so a blob
   * that a partial clone cannot fetch is an error, never "absent".
   */
  async show(revision: string, file: string): Promise<string | undefined> {
    const p = repoPath(file);
    const listed = await this.run(['ls-tree', '--full-tree', '-z', rev(revision), '--', p]);
    const entry = listed.split('\0').find((l) => l.endsWith(`\t${p}`));
    if (!entry || !/^\S+ blob /.test(entry)) return undefined;
    return this.run(['cat-file', 'blob', `${revision}:${p}`]);
  }
}

const DUBIOUS = 'dubious ownership';

/** Whether git refused the repository because another user owns it. */
export const isRefusal = (err: unknown): boolean =>
  err instanceof GitError && err.message.includes(DUBIOUS);

/** The error for a failed git call; `cmd` is the command as the user would type it, without our `-c` options. */
export function failure(err: unknown, cmd: string, dir: string): GitError {
  const e = err as Error & { stderr?: string; killed?: boolean; code?: unknown };
  if (e.killed) return new GitError(`${cmd} timed out after ${GIT_TIMEOUT_MS / 1000} s`);
  if (e.code === 'ENOENT') return new GitError(`${cmd}: git is not installed or ${dir} is missing`);
  const stderr = String(e.stderr ?? '').trim();
  if (stderr.includes(DUBIOUS)) {
    const at = /repository at '([^']*)'/.exec(stderr)?.[1] ?? dir;
    return new GitError(
      `git refuses the repository at ${at}: "detected ${DUBIOUS}" (it belongs to another user). ` +
        `Run the job as the checkout's owner, or trust it with: git config --global --add safe.directory ${at}`,
    );
  }
  const detail =
    stderr.split('\n')[0] ||
    (typeof e.code === 'number' ? `exit status ${e.code}` : e.message.split('\n')[0]);
  return new GitError(`${cmd} failed: ${detail}`);
}

// One-call forms, for callers that hold a directory rather than a LocalGit.

export const gitChangedFiles = (
  cwd: string,
  base: string,
  head: string,
  opts: { mergeBase?: boolean } = {},
): Promise<string[]> => new LocalGit(cwd).changedFiles(base, head, { mergeBase: !!opts.mergeBase });

export const hasCommit = (cwd: string, revision: string): Promise<boolean> =>
  new LocalGit(cwd).hasCommit(revision);

export const isShallow = (cwd: string): Promise<boolean> => new LocalGit(cwd).isShallow();

/** Whether `dir` or a directory above it holds a `.git` (a directory, or a worktree's file). */
function dotGitAbove(dir: string): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return true;
    if (path.dirname(d) === d) return false;
  }
}

export const isGitRepo = (cwd: string): Promise<boolean> => new LocalGit(cwd).isRepo();

export const showFile = (
  cwd: string,
  revision: string,
  file: string,
): Promise<string | undefined> => new LocalGit(cwd).show(revision, file);
