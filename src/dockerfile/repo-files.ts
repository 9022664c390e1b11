/**
 * The repository's file list: `git ls-files` (tracked and untracked files that
 * .gitignore does not hide), or a walk of the directory when it is no git work tree.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isRefusal, LocalGit } from '../git/git.js';

/** git starts before the first await: a caller that goes on with other work overlaps it. */
export async function listRepoFiles(root: string): Promise<string[]> {
  try {
    const out = await new LocalGit(root).run([
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
    ]);
    return out.split('\0').filter(Boolean);
  } catch (err) {
    // Another user's repository is refused by name, not read as a plain directory.
    if (isRefusal(err)) throw err;
    return walk(root);
  }
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== '.git' && e.name !== 'node_modules') await visit(rel);
      } else out.push(rel);
    }
  };
  await visit('');
  return out;
}
