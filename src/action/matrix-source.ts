/**
 * Reading the matrix file from the workspace: only a regular file whose real
 * path (symlinks resolved) is inside the workspace's real path, of a bounded
 * size, as UTF-8. Type and size are checked before the file is opened, so a
 * FIFO or a device never blocks or floods the step.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/problems.js';
import { decodeMatrixText } from '../core/text.js';

export const MATRIX_SIZE_LIMIT = 50 * 1024 * 1024;

const MB = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function kind(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  if (s.isDirectory()) return 'a directory';
  return 'not a regular file';
}

const inside = (root: string, full: string): boolean => {
  const rel = path.relative(root, full);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
};

/** The matrix file's text; `shown` is the input as written, for messages. */
export function readMatrixFile(workspace: string, full: string, shown: string): string {
  let root: string;
  try {
    root = realpathSync(workspace);
  } catch (err) {
    throw new UserError(
      `the workspace GITHUB_WORKSPACE (${workspace}) cannot be read: ${(err as Error).message}`,
    );
  }
  let real: string;
  try {
    real = realpathSync(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(
        `matrix file ${shown} not found in the workspace: check out the repository first, or set matrix-file`,
      );
    throw new UserError(`cannot read matrix file ${shown}: ${(err as Error).message}`);
  }
  if (!inside(root, real)) {
    throw new UserError(
      `matrix file ${shown} resolves to ${real}, outside the workspace (${root}): a symlink may not lead the action to other files on the runner`,
    );
  }
  let stat: Stats;
  try {
    stat = statSync(real);
  } catch (err) {
    throw new UserError(`cannot read matrix file ${shown}: ${(err as Error).message}`);
  }
  if (!stat.isFile())
    throw new UserError(`matrix file ${shown} is ${kind(stat)}, not a regular file`);
  if (stat.size > MATRIX_SIZE_LIMIT) {
    throw new UserError(
      `matrix file ${shown} is ${MB(stat.size)}, over the ${MB(MATRIX_SIZE_LIMIT)} limit`,
    );
  }
  return decodeMatrixText(readBounded(real, shown), shown);
}

/** Reads at most the limit; O_NONBLOCK so that a file swapped for a FIFO meanwhile cannot block the open. */
function readBounded(real: string, shown: string): Buffer {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    throw new UserError(`cannot read matrix file ${shown}: ${(err as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new UserError(`matrix file ${shown} is ${kind(stat)}, not a regular file`);
    // One byte more than expected tells a file that grew meanwhile from one read whole.
    const buffer = Buffer.alloc(Math.min(stat.size, MATRIX_SIZE_LIMIT) + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < buffer.length; n += got) {
      got = readSync(fd, buffer, n, buffer.length - n, null);
    }
    if (n === buffer.length) {
      throw new UserError(`matrix file ${shown} changed while it was read; run the step again`);
    }
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
