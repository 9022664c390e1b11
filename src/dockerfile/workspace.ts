/** A repository on disk as the audit and `init` read it. */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { FileRefused, readChecked } from '../fs/checked-read.js';
import type { Repository } from './audit.js';
import { FileTree } from './file-tree.js';
import { listRepoFiles } from './repo-files.js';

/** Dockerfiles and `.dockerignore` files are small; anything larger is refused by name. */
export const DOCKERFILE_SIZE_LIMIT = 1024 * 1024;

export async function openRepository(root: string): Promise<Repository> {
  const tree = new FileTree(await listRepoFiles(root));
  const refusals = new Map<string, string>();
  const read = (file: string): string | undefined => {
    const r = readInside(root, file);
    if (typeof r === 'string') return r;
    if (r) refusals.set(file, r.refused);
    return undefined;
  };
  return { tree, read, refused: (file) => refusals.get(file) };
}

/**
 * A regular file inside `root` (symlinks resolved), of at most
 * DOCKERFILE_SIZE_LIMIT bytes: its text; undefined when absent; otherwise
 * why it was refused, naming the file and never quoting it.
 */
export function readInside(root: string, file: string): string | { refused: string } | undefined {
  try {
    return readChecked(root, file, {
      shown: file,
      limit: DOCKERFILE_SIZE_LIMIT,
      rootName: 'the repository',
    }).toString('utf8');
  } catch (err) {
    if (!(err instanceof FileRefused)) throw err;
    return err.absent ? undefined : { refused: err.message };
  }
}

/** Whether something (a file, a link, a device) is at `file`, without reading or following it. */
export function isPresent(root: string, file: string): boolean {
  try {
    lstatSync(path.resolve(root, file));
    return true;
  } catch {
    return false;
  }
}
