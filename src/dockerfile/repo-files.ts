/**
 * The repository's file list: `git ls-files` (tracked and untracked files that
 * .gitignore does not hide), or a walk of the directory when it is no git work tree.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function listRepoFiles(root: string): Promise<string[]> {
  try {
    const { stdout } = await run(
      'git',
      [
        '-c',
        `safe.directory=${root}`,
        'ls-files',
        '-z',
        '--cached',
        '--others',
        '--exclude-standard',
      ],
      { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', timeout: 30_000 },
    );
    return stdout.split('\0').filter(Boolean);
  } catch {
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
