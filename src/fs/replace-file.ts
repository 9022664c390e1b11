/**
 * Replacing a file in one step: the new text goes to a temporary file beside
 * it (same directory, so the same file system), is flushed, gets the old
 * file's mode (and owner, where allowed), and is renamed over it. A failure at
 * any point (a full disk, `ulimit -f`, a read-only directory) removes the
 * temporary file and leaves the original exactly as it was.
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../core/problems.js';

/** What a failed write means, in words, for the error codes a user can act on. */
const CAUSES: Record<string, string> = {
  EFBIG: 'the file would exceed the file-size limit (ulimit -f)',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EIO: 'an I/O error',
};

/** Replaces the regular file at `real` (a resolved path) with `text`; `shown` names it in errors. */
export function replaceFile(real: string, text: string, shown: string): void {
  const fail = (err: unknown): never => {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const cause = CAUSES[code] ? `${CAUSES[code]} (${code})` : (err as Error).message;
    throw new UserError(`could not write ${shown}: ${cause}; the file is left as it was`);
  };
  let mode: number;
  let uid: number;
  let gid: number;
  try {
    ({ mode, uid, gid } = statSync(real));
  } catch (err) {
    return fail(err);
  }
  const dir = path.dirname(real);
  const temp = path.join(dir, `.${path.basename(real)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(
      temp,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
    const bytes = Buffer.from(text, 'utf8');
    for (let n = 0; n < bytes.length;) n += writeSync(fd, bytes, n, bytes.length - n);
    fsyncSync(fd);
    try {
      fchownSync(fd, uid, gid);
    } catch {
      // Only root may give a file away; the mode is what matters.
    }
    fchmodSync(fd, mode & 0o7777);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, real);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing; the original error says why.
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already gone.
    }
    fail(err);
  }
}
