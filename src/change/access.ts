/**
 * Git and the REST API for one run, behind the ports: opened on first use and
 * shared by the diff, `last-successful` and the revision reader, so a run
 * loads neither unless it needs it and never asks GitHub the same thing twice.
 */
import type { ApiPort, CompareResult, GitPort } from './ports.js';

/** How a run reaches the outside world; the action and the CLI pass adapters, tests pass fakes. */
export interface Ports {
  /** The git adapter for the workspace (whether it is a repository is asked later). */
  git(): Promise<GitPort>;
  /** The REST API for this repository; rejects with the reason when it cannot be used. */
  api(): Promise<ApiPort>;
  /**
   * A workspace file's text; undefined when the workspace does not hold it.
   * Rejects when the file may not be read (outside the workspace, not a
   * regular file, too large).
   */
  workspaceFile(path: string): Promise<string | undefined>;
  /** The commit the workspace is checked out at; undefined when it is not a checkout (or unknown). */
  workspaceCommit?(): Promise<string | undefined>;
}

export class Access {
  private gitPort: Promise<GitPort> | undefined;
  private gitRepo: Promise<GitPort | string> | undefined;
  private client: Promise<ApiPort> | undefined;
  private opened: ApiPort | undefined;
  private readonly compares = new Map<string, Promise<CompareResult>>();

  constructor(readonly ports: Ports) {}

  /** The git adapter, opened once; whether the workspace is a repository is `repo`'s question. */
  git(): Promise<GitPort> {
    this.gitPort ??= this.ports.git();
    return this.gitPort;
  }

  /** The workspace's repository, or why git cannot be used. */
  repo(): Promise<GitPort | string> {
    this.gitRepo ??= (async () => {
      try {
        const git = await this.git();
        return (await git.isRepo()) ? git : 'the workspace is not a git checkout';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    return this.gitRepo;
  }

  /** The repository when it holds every one of `revs`. */
  async repoWith(...revs: string[]): Promise<GitPort | undefined> {
    const git = await this.repo();
    if (typeof git === 'string') return undefined;
    for (const r of revs) if (!r || !(await git.hasCommit(r))) return undefined;
    return git;
  }

  api(): Promise<ApiPort> {
    this.client ??= this.ports.api().then((api) => (this.opened = api));
    return this.client;
  }

  /** `compare(base, head)`, asked once per pair: an ancestry check's answer is also the diff. */
  compare(base: string, head: string): Promise<CompareResult> {
    const key = `${base}...${head}`;
    let answer = this.compares.get(key);
    if (!answer) {
      answer = this.api().then((api) => api.compare(base, head));
      this.compares.set(key, answer);
    }
    return answer;
  }

  /** What the REST API cost this run, for the log; undefined when it was never used. */
  usage(): string | undefined {
    if (!this.opened) return undefined;
    const { requests, maxInFlight, roundTrips } = this.opened.stats();
    const trips = roundTrips === undefined ? '' : ` in ${roundTrips} round trip(s)`;
    return `REST API: ${requests} request(s)${trips}, at most ${maxInFlight} in flight at once`;
  }
}
