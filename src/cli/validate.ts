/** `backend-matrix validate`: the matrix file's problems, as file:line:col lines. */
import { DEFAULT_MATRIX, load, paint, print, UsageError, type Io } from './io.js';
import { parseArgs } from 'node:util';

export const help = `Usage: backend-matrix validate [FILE]

Checks FILE (default ${DEFAULT_MATRIX}) and prints file:line:col: level: message
for each problem. Exit 1 when there are errors, 0 otherwise.`;

export function run(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return print(io, help);
  if (positionals.length > 1) throw new UsageError('validate takes one file');
  const matrix = load(positionals[0] ?? DEFAULT_MATRIX, io);
  // Every problem, however many: only the action's annotations are capped.
  const problems = matrix.problems;
  for (const p of problems) io.err(`${paint(io, p)}\n`);
  const errors = problems.filter((p) => p.level === 'error').length;
  io.out(
    `${matrix.file}: ${matrix.linux.length} Linux and ${matrix.darwin.length} macOS entries, ${errors} error(s), ${problems.length - errors} warning(s)\n`,
  );
  return errors ? 1 : 0;
}
