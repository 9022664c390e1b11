/**
 * What changed in this run, from the inputs and the event: a file list, or
 * "everything" with the reason. Failing safe means building too much, never
 * silently building nothing: every fallback is a warning naming its cause.
 *
 * The REST client and git are imported on first use, so runs that need
 * neither (explicit changes, run-all events) do not pay for loading them.
 */
import type { GitHubApi } from '../github/api.js';
import type { Change } from '../core/plan.js';
import type { Settings } from '../action/settings.js';

export interface FoundChange {
  change: Change;
  /** Where the file list came from, for the summary. */
  source: 'input' | 'api' | 'git' | 'none';
  /** Fallbacks taken on the way, each naming its cause (shown as warnings). */
  warnings: string[];
  /** Expected detours, for the log only (auto mode without the commits checked out). */
  notes: string[];
}

/** The two revisions a diff runs between, and how to ask GitHub for it. */
interface Range {
  base: string;
  head: string;
  /** A pull request number: its files endpoint is the API's diff. */
  pr?: number;
  /** Compare the trees of base and head directly (a forced push), not from their merge base. */
  twoDot?: boolean;
}

const ZERO_SHA = /^0+$/;
const NO_DIFF = 'has no diff to filter by';

export async function findChange(s: Settings): Promise<FoundChange> {
  const warnings: string[] = [];
  const notes: string[] = [];
  const all = (cause: string): FoundChange => ({
    change: { kind: 'all', cause },
    source: 'none',
    warnings,
    notes,
  });
  if (s.forceAll) return all('force-all is set');
  const tools = new Tools(s);

  if (s.changedFiles) {
    const files = s.changedFiles;
    const base = s.base && s.base !== 'last-successful' ? s.base : eventRange(s)?.base;
    const baseMatrix = await tools.baseMatrix(files, base, warnings);
    return { change: { kind: 'files', files, baseMatrix }, source: 'input', warnings, notes };
  }
  if (s.ref.startsWith('refs/tags/')) return all(`a tag push (${s.ref}) builds every image`);
  const range = eventRange(s);
  if (!range) return all(`the ${s.eventName || 'unknown'} event ${NO_DIFF}`);

  if (s.base === 'last-successful') {
    const sha = await tools.lastSuccessful(warnings);
    if (sha) Object.assign(range, { base: sha, pr: undefined, twoDot: true });
  } else if (s.base) {
    Object.assign(range, { base: s.base, pr: undefined });
  }
  if (ZERO_SHA.test(range.base)) {
    return all(
      'a push that creates a branch has no previous commit to diff against (set base to diff it)',
    );
  }

  const order = s.diffSource === 'api' ? (['api', 'git'] as const) : (['git', 'api'] as const);
  const causes: string[] = [];
  for (const source of order) {
    const found = source === 'git' ? await tools.gitDiff(range) : await tools.apiDiff(range);
    if (typeof found === 'string') {
      causes.push(found);
      continue;
    }
    // In auto mode git without the commits is the expected way to the API, not a fault.
    const expected = s.diffSource === 'auto' && source === 'api';
    for (const c of causes) {
      (expected ? notes : warnings).push(
        `${c}; used the ${source === 'git' ? 'git' : 'REST API'} diff instead`,
      );
    }
    const baseMatrix = await tools.baseMatrix(found, range.base, warnings);
    return { change: { kind: 'files', files: found, baseMatrix }, source, warnings, notes };
  }
  const cause = `the changed files could not be found completely (${causes.join('; ')})`;
  warnings.push(`${cause}; every entry is built`);
  return all(cause);
}

/** The diff an event implies, or undefined for events without one. */
function eventRange(s: Settings): Range | undefined {
  const e = s.event;
  const sha = (v: unknown): string => (typeof v === 'string' ? v : '');
  switch (s.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(e.pull_request);
      const n = typeof e.number === 'number' ? e.number : pr.number;
      return {
        base: sha(obj(pr.base).sha),
        head: sha(obj(pr.head).sha),
        pr: typeof n === 'number' ? n : undefined,
      };
    }
    case 'push':
      return { base: sha(e.before), head: sha(e.after) || s.sha, twoDot: e.forced === true };
    case 'merge_group': {
      const mg = obj(e.merge_group);
      return { base: sha(mg.base_sha), head: sha(mg.head_sha) };
    }
    default:
      return undefined;
  }
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/** Git and the REST API, loaded on first use and shared for the run. */
class Tools {
  private api: GitHubApi | undefined;

  constructor(private readonly s: Settings) {}

  private async client(): Promise<GitHubApi> {
    if (!this.api) {
      const { GitHubApi } = await import('../github/api.js');
      this.api = new GitHubApi({
        baseUrl: this.s.apiUrl,
        token: this.s.token,
        ...this.s.apiLimits,
      });
    }
    return this.api;
  }

  /** The files, or why git could not give them. */
  async gitDiff(r: Range): Promise<string[] | string> {
    if (!r.base || !r.head) return 'the event names no commits to diff';
    const git = await import('../git/git.js');
    const ws = this.s.workspace;
    try {
      if (!(await git.isGitRepo(ws))) return 'the workspace is not a git checkout';
      const missing = [];
      for (const rev of [r.base, r.head]) if (!(await git.hasCommit(ws, rev))) missing.push(rev);
      if (missing.length) {
        const shallow = (await git.isShallow(ws))
          ? ' (the checkout is shallow: set fetch-depth: 0 on actions/checkout)'
          : '';
        const which = missing.map((m) => m.slice(0, 12)).join(' and ');
        return `git: ${missing.length > 1 ? `commits ${which} are` : `commit ${which} is`} not in the checkout${shallow}`;
      }
      return await git.gitChangedFiles(ws, r.base, r.head, { mergeBase: !r.twoDot });
    } catch (err) {
      const message = (err as Error).message;
      const hint = /no merge base/.test(message) && (await git.isShallow(ws).catch(() => false));
      return hint
        ? `${message} (the checkout is shallow: set fetch-depth: 0 on actions/checkout)`
        : message;
    }
  }

  async apiDiff(r: Range): Promise<string[] | string> {
    if (!this.s.repository) return 'GITHUB_REPOSITORY is not set';
    try {
      const api = await this.client();
      if (r.pr !== undefined) {
        const list = await api.pullRequestFiles(this.s.repository, r.pr);
        return list.complete
          ? list.files
          : `pull request #${r.pr} lists ${list.count} files, GitHub's cap, so its file list may be incomplete`;
      }
      if (!r.base || !r.head) return 'the event names no commits to compare';
      const lists = [await api.compareFiles(this.s.repository, r.base, r.head)];
      // The compare API diffs from the merge base; both directions cover a rewritten history.
      if (r.twoDot) lists.push(await api.compareFiles(this.s.repository, r.head, r.base));
      const capped = lists.find((l) => !l.complete);
      if (capped)
        return `the compare API lists ${capped.count} files, its cap, so the diff may be incomplete`;
      return [...new Set(lists.flatMap((l) => l.files))];
    } catch (err) {
      return `REST API: ${(err as Error).message}`;
    }
  }

  /** Head SHA of this workflow's last successful run on this branch (SPEC §5, like nx-set-shas). */
  async lastSuccessful(warnings: string[]): Promise<string | undefined> {
    const workflow = /\/\.github\/workflows\/([^@]+)@/.exec(this.s.workflowRef)?.[1];
    const branch = this.branch();
    let sha: string | undefined;
    let why = 'none was found';
    if (!workflow || !branch) why = 'the workflow or branch is unknown';
    else {
      try {
        sha = await (await this.client()).lastSuccessfulRunSha(this.s.repository, workflow, branch);
      } catch (err) {
        why = (err as Error).message;
      }
    }
    if (!sha)
      warnings.push(
        `base: last-successful: no successful run of this workflow on ${branch || 'this branch'} (${why}); diffing against the event's own base`,
      );
    return sha;
  }

  private branch(): string {
    const e = this.s.event;
    if (this.s.eventName.startsWith('pull_request'))
      return String(obj(obj(e.pull_request).head).ref ?? '');
    if (this.s.eventName === 'merge_group')
      return String(obj(e.merge_group).base_ref ?? '').replace(/^refs\/heads\//, '');
    return this.s.ref.replace(/^refs\/heads\//, '');
  }

  /**
   * The matrix file at the base revision, needed only when the change touches
   * the file itself. A file that did not exist at the base reads as empty: all
   * of its entries are new.
   */
  async baseMatrix(
    files: readonly string[],
    base: string | undefined,
    warnings: string[],
  ): Promise<{ text: string } | { error: string } | undefined> {
    const target = this.s.matrixPath;
    if (!files.some((f) => f.replace(/^(\.\/)+/, '') === target)) return undefined;
    if (!base || ZERO_SHA.test(base)) return { error: 'the event names no base revision' };
    const git = await import('../git/git.js');
    const ws = this.s.workspace;
    try {
      if ((await git.isGitRepo(ws)) && (await git.hasCommit(ws, base))) {
        return { text: (await git.showFile(ws, base, target)) ?? '' };
      }
    } catch (err) {
      warnings.push(
        `reading ${target} at ${base.slice(0, 12)} with git failed (${(err as Error).message}); trying the REST API`,
      );
    }
    try {
      return { text: await (await this.client()).fileAtRef(this.s.repository, target, base) };
    } catch (err) {
      const e = err as { status?: number; message: string };
      return e.status === 404 ? { text: '' } : { error: `REST API: ${e.message}` };
    }
  }
}
