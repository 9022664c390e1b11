/** What every command shares: the terminal, file reading, problem printing. */
import path from 'node:path';
import { MATRIX_SIZE_LIMIT, readMatrixFile } from '../action/matrix-source.js';
import { loadMatrixFile, type MatrixFile } from '../core/matrix-file.js';
import { formatProblem, UserError, type Problem } from '../core/problems.js';
import { printable } from '../core/snippet.js';
import { decodeMatrixText } from '../core/text.js';
import { FileRefused, isInside, readChecked } from '../fs/checked-read.js';

export const VERSION = '1.0.0';
export const DEFAULT_MATRIX = '.github/backend-matrix.yml';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => string;
  color: boolean;
  cwd: string;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  errIsTty?: boolean;
}

/** Bad usage: printed with the command's help, exit 2. */
export class UsageError extends Error {}

export function print(io: Io, text: string): number {
  io.out(`${text}\n`);
  return 0;
}

/**
 * The root a file given on the command line is read within: the working
 * directory when the path lies in it (so a symlink in the repository cannot
 * lead to other files, or to a device), else the directory the path names.
 */
function rootOf(cwd: string, full: string): { root: string; rootName: string } {
  return isInside(path.resolve(cwd), full)
    ? { root: cwd, rootName: 'the working directory' }
    : { root: path.dirname(full), rootName: 'its directory' };
}

/** A file named on the command line, through the checked reader: regular, bounded, not leading elsewhere. */
export function readText(full: string, shown: string, cwd = path.dirname(full)): string {
  const { root, rootName } = rootOf(cwd, full);
  let bytes: Buffer;
  try {
    bytes = readChecked(root, full, { shown, limit: MATRIX_SIZE_LIMIT, rootName });
  } catch (err) {
    if (!(err instanceof FileRefused)) throw err;
    throw new UserError(err.absent ? `cannot read ${shown}: ENOENT: not found` : err.message);
  }
  return decodeMatrixText(bytes, shown);
}

export function load(file: string, io: Io): MatrixFile {
  const full = path.resolve(io.cwd, file);
  const { root, rootName } = rootOf(io.cwd, full);
  const text = readMatrixFile(root, full, file, {
    rootName,
    absent: `cannot read ${file}: ENOENT: not found`,
  });
  return loadMatrixFile(text, file);
}

/**
 * A line for the terminal: control characters from file names and file text
 * (terminal escape sequences) made visible; the line breaks of a multi-line
 * message kept.
 */
export const terminalText = (s: string): string => s.split('\n').map(printable).join('\n');

export function paint(io: Io, p: Problem): string {
  const text = terminalText(formatProblem(p));
  if (!io.color) return text;
  return text.replace(
    `: ${p.level}:`,
    `: \u001b[${p.level === 'error' ? 31 : 33}m${p.level}\u001b[0m:`,
  );
}
