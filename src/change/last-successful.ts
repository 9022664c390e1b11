/**
 * `base: last-successful` (README, Events and how changes are found): the head
 * SHA of the newest successful `push` run of this workflow on this branch, in
 * this repository, that is an ancestor of the head. A run from a fork, or one
 * whose commit a forced push dropped, would make the diff skip changes that
 * were never built, so such runs are passed over for the next candidate.
 */
import type { Access } from './access.js';
import type { Source } from './events.js';

/** Ancestry checks per run at most; each may cost a compare request. */
export const MAX_CANDIDATES = 10;

export interface LastSuccessfulQuery {
  /** `owner/repo/.github/workflows/ci.yml@ref` (`GITHUB_WORKFLOW_REF`). */
  workflowRef: string;
  branch: string;
  /** `owner/name` of this repository. */
  repository: string;
  head: string;
  /** The diff's source order: ancestry is asked of the first (an API compare is also the diff). */
  order: readonly Source[];
}

export const workflowOf = (workflowRef: string): string | undefined =>
  /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1];

/** The base SHA, or a warning saying why the event's own base is used instead. */
export async function lastSuccessfulBase(
  q: LastSuccessfulQuery,
  access: Access,
): Promise<{ sha: string } | { warning: string }> {
  const none = (why: string) => ({
    warning: `base: last-successful: no successful run of this workflow on ${q.branch || 'this branch'} (${why}); diffing against the event's own base`,
  });
  const workflow = workflowOf(q.workflowRef);
  if (!workflow || !q.branch) return none('the workflow or branch is unknown');
  if (!q.head) return none('the event names no head commit');
  try {
    const runs = await (await access.api()).successfulPushRuns(workflow, q.branch);
    const foreign: string[] = [];
    const notAncestors: string[] = [];
    const unverified: string[] = [];
    let checked = 0;
    for (const run of runs) {
      if (run.headRepository && run.headRepository !== q.repository) {
        foreign.push(run.headRepository);
        continue;
      }
      if (checked++ >= MAX_CANDIDATES) break;
      try {
        if (await isAncestor(run.headSha, q, access)) return { sha: run.headSha };
        notAncestors.push(run.headSha.slice(0, 12));
      } catch (err) {
        unverified.push(`${run.headSha.slice(0, 12)}: ${(err as Error).message}`);
      }
    }
    const skipped = [
      foreign.length
        ? `${foreign.length} from another repository (${[...new Set(foreign)].join(', ')})`
        : '',
      notAncestors.length
        ? `${notAncestors.length} not an ancestor of ${q.head.slice(0, 12)} (${notAncestors.join(', ')})`
        : '',
      unverified.length ? `${unverified.length} unverified (${unverified.join('; ')})` : '',
    ].filter(Boolean);
    return none(skipped.length ? `runs skipped: ${skipped.join('; ')}` : 'none was found');
  } catch (err) {
    return none((err as Error).message);
  }
}

/** Git answers when it comes first and holds both commits; otherwise the compare API's status. */
async function isAncestor(sha: string, q: LastSuccessfulQuery, access: Access): Promise<boolean> {
  if (sha === q.head) return true;
  const git = q.order[0] === 'git' ? await access.repoWith(sha, q.head) : undefined;
  if (git) return git.isAncestor(sha, q.head);
  const { status } = await access.compare(sha, q.head);
  return status === 'ahead' || status === 'identical';
}
