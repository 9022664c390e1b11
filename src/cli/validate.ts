/** `backend-matrix validate`: the matrix file's problems, as file:line:col lines. */
import { parseArgs } from 'node:util';
import type { MatrixFile } from '../core/matrix-file.js';
import { hasErrors, type Problem } from '../core/problems.js';
import { printable } from '../core/snippet.js';
import { DEFAULT_MATRIX, load, paint, print, UsageError, type Io } from './io.js';

export const help = `Usage: backend-matrix validate [FILE] [--matrix-file F] [--format text|json]
                         [--lineage] [--stages K]

Checks FILE (or F; default ${DEFAULT_MATRIX}) and prints file:line:col: level: message
for each problem (--format json: one object with the counts and every problem).
With rules.build.image, --lineage also reads the Dockerfiles and prints which
images build on which (a cycle is an error), and --stages K warns when building
every image takes more than K stages.
Exit 1 when there are errors, 0 otherwise.`;

export function run(args: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'matrix-file': { type: 'string' },
      format: { type: 'string', default: 'text' },
      lineage: { type: 'boolean' },
      stages: { type: 'string' },
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
  const problems = [...matrix.problems];
  const format = values.format;
  if (!values.lineage && values.stages === undefined) return report(matrix, io, format, problems);
  return lineageProblems(matrix, io, values.stages, problems).then((tree) =>
    report(matrix, io, format, problems, values.lineage ? tree : undefined),
  );
}

function report(
  matrix: MatrixFile,
  io: Io,
  format: string,
  problems: readonly Problem[],
  tree?: string,
): number {
  const errors = problems.filter((p) => p.level === 'error').length;
  if (format === 'json') {
    const counts = { linux: matrix.linux.length, darwin: matrix.darwin.length, errors };
    const report = { file: matrix.file, ...counts, warnings: problems.length - errors, problems };
    if (tree !== undefined) Object.assign(report, { lineage: tree });
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return errors ? 1 : 0;
  }
  for (const p of problems) io.err(`${paint(io, p)}\n`);
  if (tree) io.out(tree);
  io.out(
    `${printable(matrix.file)}: ${matrix.linux.length} Linux and ${matrix.darwin.length} macOS entries, ${errors} error(s), ${problems.length - errors} warning(s)\n`,
  );
  return errors ? 1 : 0;
}

/** Reads the lineage (when asked): its problems join the file's; returns the tree. */
async function lineageProblems(
  matrix: MatrixFile,
  io: Io,
  stagesText: string | undefined,
  problems: Problem[],
): Promise<string> {
  const stages = stagesText === undefined ? undefined : Number(stagesText);
  if (stages !== undefined && (!/^\d+$/.test(stagesText!) || stages < 1))
    throw new UsageError('--stages must be a whole number of at least 1');
  if (!matrix.rules?.build?.image) {
    problems.push({
      level: 'warning',
      file: matrix.file,
      line: 0,
      col: 0,
      message: 'no rules.build.image: without it there is no image lineage to read',
    });
    return 'No image lineage: the matrix file has no rules.build.image.\n';
  }
  if (hasErrors(matrix.problems)) return '';
  const [{ readLineage, workspaceReader }, { renderLineage }, { lineageDepth }] = await Promise.all(
    [import('../dockerfile/lineage.js'), import('./lineage-tree.js'), import('../core/lineage.js')],
  );
  const result = await readLineage(matrix, workspaceReader(io.cwd));
  if (!result) return '';
  problems.push(...result.problems);
  const depth = hasErrors(result.problems) ? 0 : lineageDepth(result.lineage);
  if (stages !== undefined && depth > stages) {
    problems.push({
      level: 'warning',
      file: matrix.file,
      ...(matrix.source?.locate(['rules', 'build', 'image']) ?? { line: 0, col: 0 }),
      message: `building every image takes ${depth} stages, more than --stages ${stages}: a change to the deepest parent would fail the plan; set stages to at least ${depth} and add the stage jobs`,
    });
  }
  return renderLineage(result.lineage);
}
