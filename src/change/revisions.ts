/**
 * Changed files at the diff's base and head: the base from `git show` when the
 * commit is present, else the contents API at the base SHA; the head from the
 * workspace when it is checked out at the head, else `git show`, else the
 * contents API at the head SHA. So a sparse plan job holding only the matrix
 * file still reads every revision it needs, and a `pull_request_target` job,
 * whose workspace holds the base, never takes the base for the head.
 *
 * Absent and unreadable are different answers: a file is absent at the base
 * only when the diff lists it as added (or, for a change given without
 * statuses, when git read the base commit and found no such file). A 404 for a
 * file the diff lists as modified means the base cannot be read.
 */
import type { Access } from './access.js';
import type { Revision, RevisionReader } from './ports.js';

export interface RevisionSpec {
  /** Base and head commits; undefined when the change names none. */
  base: string | undefined;
  head: string | undefined;
  /** Paths the diff lists as added; undefined when the change came without statuses. */
  added: ReadonlySet<string> | undefined;
  /** The workspace may hold the head: read it there first when it is checked out at the head. */
  workspaceHead: boolean;
  /**
   * The run's event name and `GITHUB_SHA`, which say where actions/checkout
   * put the workspace when git cannot: at the head for a push or merge group,
   * at the pull request's merge commit for `pull_request`, at the base for
   * `pull_request_target`. Undefined: only git's answer counts.
   */
  checkout?: { eventName: string; sha: string };
  /** Whether the REST API may be asked (not for a local `--base/--head` plan). */
  useApi: boolean;
}

/** One read: the text, "not at that revision" (with who said so), or why it failed. */
type Read = { text: string } | { missing: string; by: 'git' | 'api' } | { error: string };

const ZERO_SHA = /^0+$/;
const short = (sha: string): string => sha.slice(0, 12);
const repoPath = (p: string): string => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

export class Revisions implements RevisionReader {
  private readonly reads = new Map<string, Promise<Revision>>();
  private atHead: Promise<boolean> | undefined;

  constructor(
    private readonly access: Access,
    private readonly spec: RevisionSpec,
  ) {}

  base(path: string): Promise<Revision> {
    return this.once('base', repoPath(path), (p) => this.readBase(p));
  }

  head(path: string): Promise<Revision> {
    return this.once('head', repoPath(path), (p) => this.readHead(p));
  }

  /** Each revision of a file is read once, whoever asks (the matrix file, a schema rule). */
  private once(
    side: string,
    path: string,
    read: (path: string) => Promise<Revision>,
  ): Promise<Revision> {
    const key = `${side}:${path}`;
    let r = this.reads.get(key);
    if (!r) this.reads.set(key, (r = read(path)));
    return r;
  }

  private async readBase(path: string): Promise<Revision> {
    const { base, added } = this.spec;
    if (!base || ZERO_SHA.test(base)) return { error: 'the event names no base revision' };
    const r = await this.read(path, base);
    if (!('missing' in r)) return r;
    if (added ? added.has(path) : r.by === 'git') {
      return { absent: true, why: `the change adds ${path}` };
    }
    return {
      error: `${r.missing}, yet the change lists it as modified: the base revision cannot be read`,
    };
  }

  private async readHead(path: string): Promise<Revision> {
    if (this.spec.workspaceHead && (await (this.atHead ??= this.workspaceAtHead()))) {
      let text: string | undefined;
      try {
        text = await this.access.ports.workspaceFile(path);
      } catch (err) {
        // A symlink out of the workspace, a FIFO, a device: never read, and never judged additive.
        return { error: `the workspace's copy was refused: ${(err as Error).message}` };
      }
      if (text !== undefined) return { text };
    }
    const { head } = this.spec;
    if (!head) return { error: 'the event names no head revision' };
    const r = await this.read(path, head);
    if (!('missing' in r)) return r;
    // git read the head's tree; the API's 404 could also be a ref it cannot see,
    // so it stays unreadable (the rule fires) but the reason names both.
    return r.by === 'git'
      ? { absent: true, why: `the change deletes ${path}` }
      : { error: `${r.missing}: deleted by this change, or a commit the API cannot see` };
  }

  /**
   * Whether the workspace holds the head: git says HEAD is the head commit,
   * or the event says actions/checkout put it there (and git, when it can
   * tell, agrees that nothing else was checked out since).
   */
  private async workspaceAtHead(): Promise<boolean> {
    const { head, checkout } = this.spec;
    const base = checkout?.eventName === 'pull_request_target';
    // With no head commit named the workspace is all there is to read, except
    // where it is known to hold the base.
    if (!head) return !base;
    const eventSays =
      checkout !== undefined &&
      !base &&
      (checkout.sha === head || checkout.eventName === 'pull_request');
    let at: string | undefined;
    try {
      at = await this.access.ports.workspaceCommit?.();
    } catch {
      at = undefined;
    }
    if (at === undefined) return eventSays;
    const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
    return same(at, head) || (eventSays && same(at, checkout.sha));
  }

  /** Git when it has the commit, else the contents API. */
  private async read(path: string, rev: string): Promise<Read> {
    // A commit git lacks is the expected way to the API, so only a failed `git show` is named.
    const failures: string[] = [];
    const git = await this.access.repoWith(rev);
    if (git) {
      try {
        const text = await git.show(rev, path);
        return text === undefined
          ? { missing: `${path} is not in commit ${short(rev)}`, by: 'git' }
          : { text };
      } catch (err) {
        failures.push(`git: ${(err as Error).message}`);
      }
    }
    if (!this.spec.useApi) {
      return { error: failures.join('; ') || `commit ${short(rev)} is not in the repository` };
    }
    try {
      const text = await (await this.access.api()).fileAt(path, rev);
      return text === undefined
        ? { missing: `the contents API has no ${path} at ${short(rev)}`, by: 'api' }
        : { text };
    } catch (err) {
      failures.push(`REST API: ${(err as Error).message}`);
      return { error: failures.join('; ') };
    }
  }
}
