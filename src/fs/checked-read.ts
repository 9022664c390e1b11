/**
 * Reading a file of the repository on the runner: only a regular file whose
 * real path (symlinks resolved) is inside the root's real path, of a bounded
 * size. Type and size are checked before the file is opened, so a FIFO or a
 * device never blocks or floods the step, and a symlink never leads the tool
 * to other files on the machine. Messages name the file, never its content.
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

/** Why a file was not read: `absent` is an ordinary answer, the rest are refusals. */
export class FileRefused extends Error {
  constructor(
    message: string,
    readonly absent = false,
  ) {
    super(message);
  }
}

export const MB = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function kind(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  if (s.isDirectory()) return 'a directory';
  return 'not a regular file';
}

export const isInside = (root: string, full: string): boolean => {
  const rel = path.relative(root, full);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
};

export interface ReadLimits {
  /** How the file is named in messages, e.g. "matrix file .github/m.yml". */
  shown: string;
  /** Bytes. */
  limit: number;
  /** What the root is called in messages ("the workspace", "the repository"). */
  rootName?: string;
}

/**
 * The bytes of `file` (absolute, or relative to `root`). Throws FileRefused:
 * absent (`absent` set), outside the root, not a regular file, over the limit.
 */
export function readChecked(root: string, file: string, o: ReadLimits): Buffer {
  const rootName = o.rootName ?? 'the workspace';
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch (err) {
    throw new FileRefused(`${rootName} (${root}) cannot be read: ${(err as Error).message}`);
  }
  let real: string;
  try {
    real = realpathSync(path.resolve(root, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new FileRefused(`${o.shown} not found`, true);
    throw new FileRefused(`cannot read ${o.shown}: ${(err as Error).message}`);
  }
  if (!isInside(realRoot, real)) {
    throw new FileRefused(
      `${o.shown} resolves to ${real}, outside ${rootName} (${realRoot}): a symlink may not lead to other files on this machine`,
    );
  }
  let stat: Stats;
  try {
    stat = statSync(real);
  } catch (err) {
    throw new FileRefused(`cannot read ${o.shown}: ${(err as Error).message}`);
  }
  if (!stat.isFile()) throw new FileRefused(`${o.shown} is ${kind(stat)}, not a regular file`);
  if (stat.size > o.limit)
    throw new FileRefused(`${o.shown} is ${MB(stat.size)}, over the ${MB(o.limit)} limit`);
  return readBounded(real, o);
}

/** Reads at most the limit; O_NONBLOCK so that a file swapped for a FIFO meanwhile cannot block the open. */
function readBounded(real: string, o: ReadLimits): Buffer {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    throw new FileRefused(`cannot read ${o.shown}: ${(err as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileRefused(`${o.shown} is ${kind(stat)}, not a regular file`);
    // One byte more than expected tells a file that grew meanwhile from one read whole.
    const buffer = Buffer.alloc(Math.min(stat.size, o.limit) + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < buffer.length; n += got) {
      got = readSync(fd, buffer, n, buffer.length - n, null);
    }
    if (n === buffer.length) throw new FileRefused(`${o.shown} changed while it was read`);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
