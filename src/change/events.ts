/**
 * The event decision table (README, Events and how changes are found): from the
 * event, its payload and the inputs to the diff that must be computed, or to
 * "build everything" with the cause. Pure, so the action and
 * `backend-matrix plan --event` share one copy and tests read it as a table.
 */
import { PR_FILES_CAP } from './ports.js';

export type DiffSource = 'auto' | 'api' | 'git';
/** Where a diff can come from, in the order to try them. */
export type Source = 'git' | 'api';

/** The `base` input's value that asks for the last successful run's head. */
export const LAST_SUCCESSFUL = 'last-successful';

/** What the decision reads: the event as the runner gives it, and the change-related inputs. */
export interface EventInputs {
  eventName: string;
  event: Readonly<Record<string, unknown>>;
  /** `GITHUB_REF`. */
  ref: string;
  /** `GITHUB_SHA`: the head of a push whose payload has no `after`. */
  sha: string;
  forceAll: boolean;
  /** The `changed-files` input; undefined: find the changes from the event. */
  changedFiles: readonly string[] | undefined;
  /** '' for the event's own base, a SHA/ref, or `last-successful`. */
  base: string;
  diffSource: DiffSource;
}

/** The two revisions a diff runs between, and how to ask GitHub for it. */
export interface Range {
  base: string;
  head: string;
  /** A pull request number: its files endpoint is the API's diff. */
  pr?: number;
  /** The payload's `changed_files` for that pull request (a hint: it can be wrong). */
  filesHint?: number;
  /** Compare the trees of base and head directly (a forced push), not from their merge base. */
  twoDot?: boolean;
}

export type Decision =
  | { kind: 'all'; cause: string }
  /** Files given as input; `range` (when the event has one) says where their revisions are. */
  | { kind: 'given'; files: readonly string[]; range: Range | undefined }
  /** A diff to compute; with `lastSuccessful`, from that run's head when one qualifies. */
  | { kind: 'diff'; range: Range; lastSuccessful?: { branch: string } };

const ZERO_SHA = /^0+$/;

export function decide(i: EventInputs): Decision {
  if (i.forceAll) return { kind: 'all', cause: 'force-all is set' };
  const own = eventRange(i);
  if (i.changedFiles) {
    // Explicit files need no diff; the range only says where their revisions are.
    const explicit = i.base && i.base !== LAST_SUCCESSFUL ? i.base : undefined;
    const range = explicit ? rebase(own ?? { base: '', head: i.sha }, explicit) : own;
    return { kind: 'given', files: i.changedFiles, range };
  }
  if (i.ref.startsWith('refs/tags/')) {
    return { kind: 'all', cause: `a tag push (${i.ref}) builds every image` };
  }
  if (!own) {
    return { kind: 'all', cause: `the ${i.eventName || 'unknown'} event has no diff to filter by` };
  }
  // The event's base may be all zeros: a last successful run can still give one.
  if (i.base === LAST_SUCCESSFUL) {
    return { kind: 'diff', range: own, lastSuccessful: { branch: branchOf(i) } };
  }
  const range = i.base ? rebase(own, i.base) : own;
  const cause = undiffable(range);
  return cause ? { kind: 'all', cause } : { kind: 'diff', range };
}

/** The range from another base: a plain compare, no longer the pull request's file list. */
export function rebase(r: Range, base: string): Range {
  return { base, head: r.head, ...(r.twoDot ? { twoDot: true } : {}) };
}

/** Why a range cannot be diffed, if it cannot: a side that is all zeros is no commit. */
export function undiffable(r: Range): string | undefined {
  if (ZERO_SHA.test(r.head)) return 'a push that deletes a branch has no head commit to diff';
  if (ZERO_SHA.test(r.base)) {
    return 'a push that creates a branch has no previous commit to diff against (set base to diff it)';
  }
  return undefined;
}

/**
 * The sources to try, in order, and the causes of those ruled out before any
 * request: a pull request whose payload already counts more files than GitHub
 * lists cannot get a complete list from the API, so no page is fetched.
 */
export function sourcesFor(
  r: Range,
  diffSource: DiffSource,
): { order: Source[]; ruledOut: Partial<Record<Source, string>> } {
  const order: Source[] = diffSource === 'api' ? ['api', 'git'] : ['git', 'api'];
  if (r.pr !== undefined && r.filesHint !== undefined && r.filesHint > PR_FILES_CAP) {
    return {
      order,
      ruledOut: {
        api: `pull request #${r.pr} has ${r.filesHint} changed files (event payload), over GitHub's ${PR_FILES_CAP.toLocaleString('en-US')}-file list cap, so no file list was requested`,
      },
    };
  }
  return { order, ruledOut: {} };
}

/** The diff an event implies, or undefined for events without one. */
function eventRange(i: EventInputs): Range | undefined {
  const e = i.event;
  switch (i.eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(e.pull_request);
      const n = typeof e.number === 'number' ? e.number : pr.number;
      const hint = pr.changed_files;
      return {
        base: sha(obj(pr.base).sha),
        head: sha(obj(pr.head).sha),
        ...(typeof n === 'number' ? { pr: n } : {}),
        ...(typeof hint === 'number' ? { filesHint: hint } : {}),
      };
    }
    case 'push':
      return {
        base: sha(e.before),
        head: sha(e.after) || i.sha,
        ...(e.forced === true ? { twoDot: true } : {}),
      };
    case 'merge_group': {
      const mg = obj(e.merge_group);
      return { base: sha(mg.base_sha), head: sha(mg.head_sha) };
    }
    default:
      return undefined;
  }
}

/** The branch whose pushes `last-successful` looks at. */
function branchOf(i: EventInputs): string {
  const e = i.event;
  if (i.eventName.startsWith('pull_request')) return sha(obj(obj(e.pull_request).head).ref);
  if (i.eventName === 'merge_group') return heads(sha(obj(e.merge_group).base_ref));
  return heads(i.ref);
}

const heads = (ref: string): string => ref.replace(/^refs\/heads\//, '');
const sha = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
