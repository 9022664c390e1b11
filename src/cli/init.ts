/** `backend-matrix init`: rules for a matrix file that has none, read off the repository. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMatrixFile } from '../core/matrix-file.js';
import { hasErrors, UserError } from '../core/problems.js';
import { audit } from '../dockerfile/audit.js';
import { propose } from '../dockerfile/init.js';
import { insertRules } from '../dockerfile/insert.js';
import { renderRules, rulesValue } from '../dockerfile/render.js';
import { openRepository } from '../dockerfile/workspace.js';
import { exitCode, printAudit } from './audit.js';
import { DEFAULT_MATRIX, load, paint, print, type Io } from './io.js';

export const help = `Usage: backend-matrix init [--write] [--force] [--matrix-file F]

Proposes rules for a matrix file without them, from the repository: sources
from the directory layout (per Dockerfile, the narrowest {field} directory
template its entries have), shared rules from what the Dockerfiles copy from
outside those directories, ignore for documentation, and the build args the
Dockerfiles declare that match entry fields. Each rule has a comment saying why.
Run it from the repository root.

  --matrix-file F   matrix file (default ${DEFAULT_MATRIX})
  --write           insert the rules into the file (every other line is kept
                    as it is), then run the audit on the result
  --force           replace the rules the file already has`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
      write: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(io, help);
  const file = values['matrix-file'];
  const matrix = load(file, io);
  for (const p of matrix.problems) io.err(`${paint(io, p)}\n`);
  if (hasErrors(matrix.problems)) throw new UserError(`${file} has errors`);
  if (matrix.rules !== undefined && !values.force)
    throw new UserError(
      `${file} already has rules; init writes rules for a file without them (--force replaces them)`,
    );

  const repo = await openRepository(io.cwd);
  const proposal = await propose(matrix, repo);
  const block = renderRules(proposal);
  if (!values.write) {
    io.out(block);
    io.err(`backend-matrix: proposed rules for ${file}; run with --write to insert them\n`);
    return 0;
  }
  const text = matrix.source?.text ?? '';
  const inserted = insertRules(text, block, rulesValue(proposal), file);
  writeFileSync(path.resolve(io.cwd, file), inserted.text);
  io.err(
    `backend-matrix: wrote ${proposal.sources.length} sources and ${proposal.shared.length} shared rules to ${file}; auditing the result\n`,
  );
  const written = loadMatrixFile(inserted.text, file);
  for (const p of written.problems) io.err(`${paint(io, p)}\n`);
  const result = await audit(written, repo);
  printAudit(result, io);
  return exitCode(result, false);
}
