/**
 * The local history as `replay` reads it: every first-parent commit of a range
 * with its changed files from one `git log` process, and old file versions
 * from one long-lived `git cat-file --batch` process.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { failure, GitError, rev as checkRev } from './git.js';
import { gitConfig, gitEnv } from './safe-directory.js';

/** The whole log of a long range may take a while; a hung git must not hang the CLI forever. */
const LOG_TIMEOUT_MS = 10 * 60_000;
const SMALL_TIMEOUT_MS = 30_000;

export interface Commit {
  sha: string;
  /** The first parent; undefined at the history's start (see `boundary`). */
  parent: string | undefined;
  /** Committer date, ISO 8601 (what --since and --until filter on). */
  date: string;
  subject: string;
  /** Paths changed against the first parent, first-appearance order; a rename contributes both names. */
  files: string[];
  /** The blob of each changed path before and after; undefined where the path is absent. */
  blobs: Map<string, FileBlobs>;
  /** Why there is no parent: the repository's first commit, or where a shallow clone was cut. */
  boundary?: 'root' | 'shallow';
}

export interface FileBlobs {
  before: string | undefined;
  after: string | undefined;
}

export interface HistoryRequest {
  /** A revision range (`A..B`) or a single revision; default HEAD. */
  range?: string;
  since?: string;
  until?: string;
  maxCommits?: number;
}

export interface History {
  /** Oldest first. */
  commits: Commit[];
  /** Set when the range reaches back past what a shallow clone holds. */
  shallowEnd?: { sha: string; date: string; droppedStart?: string };
}

function runGit(
  cwd: string,
  args: string[],
  opts: { timeout?: number; allowFailure?: boolean } = {},
): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...gitConfig(cwd), ...args], {
      cwd,
      env: gitEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill(), opts.timeout ?? SMALL_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new GitError(e.code === 'ENOENT' ? `git is not installed or ${cwd} is missing` : e.message),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      // The command as the user would type it: our -c options are not theirs.
      const cmd = `git ${args.join(' ')}`;
      if (signal) return reject(new GitError(`${cmd} was stopped (${signal}), probably timed out`));
      if (code !== 0 && !opts.allowFailure) return reject(failure({ stderr, code }, cmd, cwd));
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr });
    });
  });
}

export class Repository {
  private constructor(
    /** The working tree's top level: every path in the history is relative to it. */
    readonly root: string,
  ) {}

  /** The repository holding `cwd`; a GitError says so when there is none. */
  static async open(cwd: string): Promise<Repository> {
    const r = await runGit(cwd, ['rev-parse', '--show-toplevel'], { allowFailure: true });
    if (r.code !== 0) {
      // Another user's repository: its config could run programs, so git (and this tool) refuse it.
      if (r.stderr.includes('dubious ownership')) throw failure(r, 'git rev-parse', cwd);
      const why = r.stderr
        .trim()
        .split('\n')[0]
        .replace(/^fatal: /, '');
      throw new GitError(`${cwd} is not in a git repository with a working tree (${why})`);
    }
    return new Repository(r.stdout.toString('utf8').trim());
  }

  git(args: string[], opts?: { timeout?: number; allowFailure?: boolean }) {
    return runGit(this.root, args, opts);
  }

  /** The commits a shallow clone was cut at (their parents are not here); empty for a full clone. */
  async shallowCommits(): Promise<Set<string>> {
    const r = await this.git(['rev-parse', '--git-path', 'shallow']);
    const file = path.resolve(this.root, r.stdout.toString('utf8').trim());
    try {
      return new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean));
    } catch {
      return new Set();
    }
  }

  async hasCommit(rev: string): Promise<boolean> {
    const r = await this.git(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      {
        allowFailure: true,
      },
    );
    return r.code === 0;
  }

  /**
   * The first-parent commits of the range, oldest first, each with its
   * changed files against its first parent (a merge: against the branch it
   * was merged into), from one `git log` process.
   */
  async firstParentHistory(req: HistoryRequest): Promise<History> {
    const shallow = await this.shallowCommits();
    let range = req.range ?? 'HEAD';
    let droppedStart: string | undefined;
    const sides = range.includes('...') ? undefined : range.split('..');
    if (sides && sides.length <= 2) {
      const [from, to = 'HEAD'] = sides.length === 2 ? sides : [undefined, sides[0]];
      if (!(await this.hasCommit(checkRev(to || 'HEAD'))))
        throw new GitError(`unknown revision "${to}" in --range ${range}`);
      if (from !== undefined && from !== '' && !(await this.hasCommit(checkRev(from)))) {
        if (!shallow.size) throw new GitError(`unknown revision "${from}" in --range ${range}`);
        // The start was cut off by a shallow clone: replay back to where the clone ends.
        droppedStart = from;
        range = to || 'HEAD';
      }
    } else {
      checkRev(range);
    }
    const args = [
      'log',
      '-z',
      '--first-parent',
      '--diff-merges=first-parent',
      '--no-renames',
      '--raw',
      '--no-abbrev',
      '--no-ext-diff',
      '--no-textconv',
      '--no-show-signature',
      '--format=%x1e%H%x00%P%x00%cI%x00%s',
    ];
    if (req.since) args.push(`--since=${req.since}`);
    if (req.until) args.push(`--until=${req.until}`);
    if (req.maxCommits) args.push(`--max-count=${req.maxCommits}`);
    args.push('--end-of-options', range, '--');
    const { stdout } = await this.git(args, { timeout: LOG_TIMEOUT_MS });
    const commits = parseLog(stdout.toString('utf8')).reverse();
    let shallowEnd: History['shallowEnd'];
    for (const c of commits) {
      if (c.parent) continue;
      c.boundary = shallow.has(c.sha) ? 'shallow' : 'root';
      // A cut commit lists its whole tree as added: that is not what it changed.
      if (c.boundary === 'shallow') {
        c.files = [];
        c.blobs.clear();
        shallowEnd = { sha: c.sha, date: c.date, droppedStart };
      }
    }
    if (droppedStart && !shallowEnd) {
      const first = commits[0];
      if (first) shallowEnd = { sha: first.sha, date: first.date, droppedStart };
    }
    return { commits, shallowEnd };
  }

  /** A reader of file versions; close it when done. */
  blobs(): BlobReader {
    return new BlobReader(this.root);
  }
}

/**
 * `git log -z --raw` output: each commit starts with a record separator, then
 * hash, parents, date and subject separated by NULs, then for each changed
 * path a `:mode mode old new status` token (the first after a newline) and
 * the path. An all-zero blob id means the path is absent on that side.
 */
export function parseLog(out: string): Commit[] {
  const tokens = out.split('\0');
  const commits: Commit[] = [];
  let current: Commit | undefined;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.startsWith('\u001e')) {
      const parents = tokens[i + 1] ?? '';
      current = {
        sha: t.slice(1),
        parent: parents.split(' ')[0] || undefined,
        date: tokens[i + 2] ?? '',
        subject: tokens[i + 3] ?? '',
        files: [],
        blobs: new Map(),
      };
      commits.push(current);
      i += 4;
      continue;
    }
    const raw = t.replace(/^\n/, '');
    i++;
    if (!raw.startsWith(':') || !current) continue;
    const [, , before, after, status] = raw.slice(1).split(' ');
    // Renames and copies (only if a config turns detection on) name two paths.
    const names = /^[RC]/.test(status ?? '') ? [tokens[i], tokens[i + 1]] : [tokens[i]];
    i += names.length;
    names.forEach((file, k) => {
      if (file === undefined || current!.blobs.has(file)) return;
      current!.files.push(file);
      const blobs = { before: present(before), after: present(after) };
      // A rename's old name is gone afterwards; its new name was absent before.
      if (names.length === 2) blobs[k === 0 ? 'after' : 'before'] = undefined;
      current!.blobs.set(file, blobs);
    });
  }
  return commits;
}

const present = (oid: string | undefined): string | undefined =>
  oid && !/^0+$/.test(oid) ? oid : undefined;

interface Pending {
  resolve: (text: string | undefined) => void;
  reject: (err: Error) => void;
}

/**
 * One `git cat-file --batch` process: requests are written as they come and
 * answered in order, so many small reads cost no process start each.
 */
export class BlobReader {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];
  private partsLength = 0;
  /** Bytes still to come before the blob being received is complete. */
  private needed = 0;
  private failure: Error | undefined;

  constructor(private readonly root: string) {}

  /** The file's text at `rev` (a commit); undefined when the commit has no such file. */
  read(rev: string, file: string): Promise<string | undefined> {
    if (file.includes('\n'))
      return Promise.reject(new GitError(`cannot read "${file}": its name holds a line break`));
    return this.request(`${checkRev(rev)}:${file}`);
  }

  /** A blob's text by its id (as `FileBlobs` gives it); undefined when it is not a blob here. */
  blob(oid: string): Promise<string | undefined> {
    return this.request(checkRev(oid));
  }

  private request(name: string): Promise<string | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${name}\n`);
    });
  }

  close(): void {
    this.child?.stdin.end();
    this.child = undefined;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', [...gitConfig(this.root), 'cat-file', '--batch'], {
      cwd: this.root,
      env: gitEnv(),
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => this.receive(d));
    const fail = (why: string): void => {
      this.failure = new GitError(`git cat-file --batch ${why}`);
      for (const p of this.pending.splice(0)) p.reject(this.failure);
    };
    child.on('error', (e) => fail(`could not start: ${e.message}`));
    child.on('close', (code) => {
      if (this.pending.length) fail(`ended early (exit ${code}): ${stderr.trim().split('\n')[0]}`);
    });
    // Requests already queued when the process dies are answered by `fail`.
    child.stdin.on('error', () => undefined);
    this.child = child;
    return child;
  }

  private receive(data: Buffer): void {
    // A large blob arrives in many pieces: gather them and join once it is complete.
    this.parts.push(data);
    this.partsLength += data.length;
    if (this.partsLength < this.needed) return;
    this.buffer = Buffer.concat([this.buffer, ...this.parts]);
    this.parts = [];
    this.partsLength = 0;
    this.needed = 0;
    for (;;) {
      const eol = this.buffer.indexOf(0x0a);
      if (eol < 0 || !this.pending.length) return;
      const header = this.buffer.subarray(0, eol).toString('utf8');
      const words = header.split(' ');
      const last = words[words.length - 1];
      if (last === 'missing' || last === 'ambiguous') {
        this.buffer = this.buffer.subarray(eol + 1);
        this.pending.shift()!.resolve(undefined);
        continue;
      }
      const end = eol + 1 + Number(last);
      if (this.buffer.length < end + 1) {
        this.needed = end + 1 - this.buffer.length;
        return;
      }
      const body = this.buffer.subarray(eol + 1, end);
      this.buffer = this.buffer.subarray(end + 1);
      // A directory at that path is no file to read.
      this.pending.shift()!.resolve(words[1] === 'blob' ? body.toString('utf8') : undefined);
    }
  }
}
