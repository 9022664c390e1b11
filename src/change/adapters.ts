/**
 * The real ports: git in the workspace, GitHub's REST API, the workspace's
 * files. The adapters are imported on first use, so a run with explicit
 * changes loads neither git's module nor Octokit.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Ports } from './access.js';

/** Where the run is and how it reaches GitHub. */
export interface Connection {
  workspace: string;
  /** `owner/name`; '' when unknown (the API cannot be used). */
  repository: string;
  apiUrl: string;
  token: string;
  /** REST time limits (ms), for tests and slow GitHub Enterprise servers. */
  apiLimits?: { requestTimeoutMs?: number; totalBudgetMs?: number; retryBaseMs?: number };
}

export function defaultPorts(c: Connection): Ports {
  return {
    async git() {
      const { LocalGit } = await import('../git/git.js');
      return new LocalGit(c.workspace);
    },
    async api() {
      if (!c.repository) throw new Error('GITHUB_REPOSITORY is not set');
      const { GitHubApi } = await import('../github/api.js');
      return new GitHubApi({
        baseUrl: c.apiUrl,
        token: c.token,
        repository: c.repository,
        ...c.apiLimits,
      });
    },
    workspaceFile: (file) => readWorkspaceFile(c.workspace, file),
  };
}

/** A file under the workspace by its repository path; undefined when it is not there. */
export async function readWorkspaceFile(
  workspace: string,
  file: string,
): Promise<string | undefined> {
  const full = path.resolve(workspace, file);
  const rel = path.relative(workspace, full);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  try {
    return await readFile(full, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw err;
  }
}
