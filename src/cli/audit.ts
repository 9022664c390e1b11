/** `backend-matrix audit`: inputs the Dockerfiles read that no rule maps. */
import { parseArgs } from 'node:util';
import { hasErrors, UserError } from '../core/problems.js';
import type { MatrixFile } from '../core/matrix-file.js';
import { audit, type AuditResult } from '../dockerfile/audit.js';
import { auditJson, auditProblems, auditSummaryLine } from '../dockerfile/findings.js';
import { openRepository } from '../dockerfile/workspace.js';
import { DEFAULT_MATRIX, load, paint, print, UsageError, type Io } from './io.js';

export const help = `Usage: backend-matrix audit [--strict] [--format text|json] [--matrix-file F]

For every entry whose dockerfile is in the repository, reads the Dockerfile's
COPY/ADD sources (not --from) and RUN --mount=type=bind sources, resolves them
in the build context (rules.build.context and rules.build.args, else the ARG
defaults; .dockerignore applied) and asks the rules whether a change to a file
there would select the entry. Prints one warning per gap at the Dockerfile
line, with a rule that would cover it. Run it from the repository root.

  --matrix-file F   matrix file (default ${DEFAULT_MATRIX})
  --format F        text (default) or json
  --strict          exit 1 when there are gaps or bad input

Exit 1 when a Dockerfile does not parse (and with --strict on any gap).`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(io, help);
  if (!['text', 'json'].includes(values.format))
    throw new UsageError(`unknown format "${values.format}"`);
  const matrix = load(values['matrix-file'], io);
  for (const p of matrix.problems) io.err(`${paint(io, p)}\n`);
  if (hasErrors(matrix.problems)) throw new UserError(`${matrix.file} has errors`);
  const result = await auditMatrix(matrix, io);
  if (values.format === 'json') io.out(`${JSON.stringify(auditJson(result), null, 2)}\n`);
  else printAudit(result, io);
  return exitCode(result, values.strict ?? false);
}

export async function auditMatrix(matrix: MatrixFile, io: Io): Promise<AuditResult> {
  return audit(matrix, await openRepository(io.cwd));
}

export function printAudit(result: AuditResult, io: Io): void {
  for (const p of auditProblems(result)) io.out(`${paint(io, p)}\n`);
  io.out(`${auditSummaryLine(result)}\n`);
}

export function exitCode(result: AuditResult, strict: boolean): number {
  if (hasErrors(result.problems)) return 1;
  return strict && (result.gaps.length || result.problems.length) ? 1 : 0;
}
