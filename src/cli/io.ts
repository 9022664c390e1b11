/** What every command shares: the terminal, file reading, problem printing. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMatrixFile, type MatrixFile } from '../core/matrix-file.js';
import { formatProblem, UserError, type Problem } from '../core/problems.js';
import { decodeMatrixText } from '../core/text.js';

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

export function readText(full: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (err) {
    throw new UserError(`cannot read ${shown}: ${(err as Error).message}`);
  }
  return decodeMatrixText(bytes, shown);
}

export function load(file: string, io: Io): MatrixFile {
  return loadMatrixFile(readText(path.resolve(io.cwd, file), file), file);
}

export function paint(io: Io, p: Problem): string {
  const text = formatProblem(p);
  if (!io.color) return text;
  return text.replace(
    `: ${p.level}:`,
    `: \u001b[${p.level === 'error' ? 31 : 33}m${p.level}\u001b[0m:`,
  );
}
