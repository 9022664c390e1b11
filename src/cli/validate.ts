/** `backend-matrix validate`: the matrix file's problems, as file:line:col lines. */
import { parseArgs } from 'node:util';
import { printable } from '../core/snippet.js';
import { DEFAULT_MATRIX, load, paint, print, UsageError, type Io } from './io.js';

export const help = `Usage: backend-matrix validate [FILE] [--matrix-file F] [--format text|json]

Checks FILE (or F; default ${DEFAULT_MATRIX}) and prints file:line:col: level: message
for each problem (--format json: one object with the counts and every problem).
Exit 1 when there are errors, 0 otherwise.`;

export function run(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'matrix-file': { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(io, help);
  if (positionals.length > 1) throw new UsageError('validate takes one file');
  if (positionals.length && values['matrix-file'] !== undefined)
    throw new UsageError('give the file once: as FILE or as --matrix-file');
  if (!['text', 'json'].includes(values.format))
    throw new UsageError(`unknown format "${values.format}"`);
  const matrix = load(positionals[0] ?? values['matrix-file'] ?? DEFAULT_MATRIX, io);
  // Every problem, however many: only the action's annotations are capped.
  const problems = matrix.problems;
  const errors = problems.filter((p) => p.level === 'error').length;
  if (values.format === 'json') {
    const counts = { linux: matrix.linux.length, darwin: matrix.darwin.length, errors };
    const report = { file: matrix.file, ...counts, warnings: problems.length - errors, problems };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return errors ? 1 : 0;
  }
  for (const p of problems) io.err(`${paint(io, p)}\n`);
  io.out(
    `${printable(matrix.file)}: ${matrix.linux.length} Linux and ${matrix.darwin.length} macOS entries, ${errors} error(s), ${problems.length - errors} warning(s)\n`,
  );
  return errors ? 1 : 0;
}
