/** The local git repository as a source of changed files and old file versions. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** No git call may hang the step (a lazy fetch in a partial clone, a lock). */
export const GIT_TIMEOUT_MS = 30_000;

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return stdout;
  } catch (err) {
    const e = err as Error & { stderr?: string; killed?: boolean; code?: unknown };
    const cmd = `git ${args.join(' ')}`;
    if (e.killed) throw new GitError(`${cmd} timed out after ${GIT_TIMEOUT_MS / 1000} s`);
    if (e.code === 'ENOENT')
      throw new GitError(`${cmd}: git is not installed or ${cwd} is missing`);
    const detail = (e.stderr ?? '').trim().split('\n')[0] || e.message.split('\n')[0];
    throw new GitError(`${cmd} failed: ${detail}`);
  }
}

/** A revision given by a user or an event must not be read as an option. */
function rev(r: string): string {
  if (!r || r.startsWith('-')) throw new GitError(`not a valid revision: "${r}"`);
  return r;
}

/**
 * Files changed from `base` to `head` (`base...head`, from their merge base, with
 * `mergeBase`); a rename or copy contributes both its old and its new path.
 */
export async function gitChangedFiles(
  cwd: string,
  base: string,
  head: string,
  opts: { mergeBase?: boolean } = {},
): Promise<string[]> {
  const revs = opts.mergeBase ? [`${rev(base)}...${rev(head)}`] : [rev(base), rev(head)];
  // -z: paths verbatim, whatever characters they hold.
  const out = await git(cwd, ['diff', '--name-status', '-M', '-z', '--no-ext-diff', ...revs, '--']);
  const fields = out.split('\0');
  const files = new Set<string>();
  for (let i = 0; i < fields.length && fields[i];) {
    const status = fields[i++];
    const paths = /^[RC]/.test(status) ? 2 : 1;
    for (let k = 0; k < paths; k++) files.add(fields[i++]);
  }
  return [...files];
}

export async function hasCommit(cwd: string, revision: string): Promise<boolean> {
  if (!revision || revision.startsWith('-')) return false;
  try {
    await git(cwd, ['cat-file', '-e', `${revision}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

export async function isGitRepo(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

/** A file's text at `revision` (path from the repository root); undefined when it is not there. */
export async function showFile(
  cwd: string,
  revision: string,
  path: string,
): Promise<string | undefined> {
  const spec = `${rev(revision)}:${path.replace(/^\.\//, '')}`;
  try {
    return await git(cwd, ['cat-file', 'blob', spec]);
  } catch (err) {
    // Absent file at a known commit: undefined; an unknown commit is an error.
    if (await hasCommit(cwd, revision)) return undefined;
    throw err;
  }
}
