/**
 * The real ports: git in the workspace, GitHub's REST API, the workspace's
 * files. The adapters are imported on first use, so a run with explicit
 * changes loads neither git's module nor Octokit.
 */
import { FileRefused, readChecked } from '../fs/checked-read.js';
import type { Ports } from './access.js';

/** The most a workspace file read for a revision may hold (the matrix file's limit). */
const WORKSPACE_FILE_LIMIT = 50 * 1024 * 1024;

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
    async workspaceCommit() {
      const { LocalGit } = await import('../git/git.js');
      try {
        return (
          await new LocalGit(c.workspace).run(['rev-parse', '--verify', '-q', 'HEAD'])
        ).trim();
      } catch {
        return undefined; // not a checkout, or no commit yet
      }
    },
  };
}

/**
 * A file under the workspace by its repository path, through the checked
 * reader: undefined when it is not there; a FileRefused error when it leads
 * outside the workspace, is not a regular file or is too large.
 */
export async function readWorkspaceFile(
  workspace: string,
  file: string,
): Promise<string | undefined> {
  try {
    return readChecked(workspace, file, { shown: file, limit: WORKSPACE_FILE_LIMIT }).toString(
      'utf8',
    );
  } catch (err) {
    if (err instanceof FileRefused && err.absent) return undefined;
    throw err;
  }
}
