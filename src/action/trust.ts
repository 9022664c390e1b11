/**
 * `pull_request_target` runs with the base repository's token and secrets. A
 * workspace checked out at the pull request's head means the matrix file, and
 * so `runs-on:`, build arguments and shell steps downstream, come from the
 * pull request's author (docs/rules.md, Validation).
 */
import type { Settings } from './settings.js';

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

/** The warning to give, or undefined when the workspace is not at the pull request's head. */
export async function untrustedHeadWarning(s: Settings): Promise<string | undefined> {
  if (s.eventName !== 'pull_request_target') return undefined;
  let event: Record<string, unknown>;
  try {
    event = s.event;
  } catch {
    return undefined; // a run that needs the payload reports it where it reads it
  }
  const head = obj(obj(event.pull_request).head).sha;
  if (typeof head !== 'string' || !/^[0-9a-f]{40,64}$/i.test(head)) return undefined;
  const at = s.sha === head || (await workspaceHead(s.workspace)) === head.toLowerCase();
  if (!at) return undefined;
  return (
    `pull_request_target with the workspace at the pull request's head (${head.slice(0, 12)}): ` +
    `the values in ${s.matrixFile} come from the pull request, and they reach runs-on:, build arguments ` +
    "and shell steps of the jobs that use these outputs, with this workflow's token and secrets. " +
    'Check out the base branch for the plan job, or use the pull_request event'
  );
}

/** HEAD of the workspace's repository, or undefined when it is not one. */
async function workspaceHead(workspace: string): Promise<string | undefined> {
  const { LocalGit } = await import('../git/git.js');
  try {
    return (await new LocalGit(workspace).run(['rev-parse', '--verify', '-q', 'HEAD'])).trim();
  } catch {
    return undefined;
  }
}
