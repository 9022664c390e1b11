/**
 * Step outputs, all or nothing. @actions/core's setOutput appends one output
 * per call, so a failure part-way (a full disk) would leave half a set, and
 * its random delimiters make the file differ on every run. Here the whole set
 * is built in the same file-command format (`name=value`, or `name<<delimiter`
 * for values with line breaks), appended in one write, and the file is cut
 * back to its previous length if that write fails.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { UserError } from '../core/problems.js';

/**
 * One output in the runner's format. The delimiter is the first
 * `ghadelimiter_N` that does not occur in the value, so the same value is
 * always written the same way (the CLI's `--format github-output` relies on it).
 */
export function formatOutput(name: string, value: string): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  let n = 0;
  while (value.includes(`ghadelimiter_${n}`)) n++;
  const delimiter = `ghadelimiter_${n}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

const VARIABLE = 'GITHUB_OUTPUT';

/** A problem with the runner's files is the environment's, not a bug: say which variable and path. */
function environmentError(file: string, err: unknown): UserError {
  const e = err as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EISDIR: 'is a directory',
    ENOENT: 'does not exist (nor does its directory)',
    EACCES: 'is not writable',
    EPERM: 'is not writable',
    EROFS: 'is on a read-only file system',
    ENOSPC: 'is on a full disk',
    EDQUOT: 'is over the disk quota',
    EFBIG: 'has reached the file size limit',
  };
  return new UserError(
    `cannot write the step outputs: ${VARIABLE} (${file}) ${why[e.code ?? ''] ?? `cannot be written (${e.message})`}; no outputs were written`,
  );
}

/** Appends every output in one write; on failure the file is restored and the step fails. */
export function writeOutputs(
  file: string | undefined,
  outputs: readonly (readonly [string, string])[],
): void {
  if (!file) {
    throw new UserError(
      `cannot write the step outputs: ${VARIABLE} is not set (run this as a workflow step, or use the backend-matrix CLI)`,
    );
  }
  const block = Buffer.from(outputs.map(([k, v]) => formatOutput(k, v)).join(''));
  let fd: number;
  try {
    fd = openSync(file, 'a');
  } catch (err) {
    throw environmentError(file, err);
  }
  try {
    const before = fstatSync(fd).size;
    try {
      for (let at = 0; at < block.length;) at += writeSync(fd, block, at);
    } catch (err) {
      try {
        ftruncateSync(fd, before);
      } catch {
        // A device such as /dev/full cannot be truncated, and holds nothing to restore.
      }
      throw environmentError(file, err);
    }
  } finally {
    closeSync(fd);
  }
}
