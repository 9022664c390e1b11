/** A repository on disk as the audit and `init` read it. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Repository } from './audit.js';
import { FileTree } from './file-tree.js';
import { listRepoFiles } from './repo-files.js';

export async function openRepository(root: string): Promise<Repository> {
  const tree = new FileTree(await listRepoFiles(root));
  return { tree, read: (file) => readInside(root, file) };
}

/** A regular file inside `root`, or undefined (absent, a directory, or a path that leaves the root). */
export function readInside(root: string, file: string): string | undefined {
  const full = path.resolve(root, file);
  const rel = path.relative(root, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  try {
    if (!statSync(full).isFile()) return undefined;
    return readFileSync(full, 'utf8');
  } catch {
    return undefined;
  }
}
