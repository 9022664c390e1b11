/** `backend-matrix init`: rules for a matrix file that has none, read off the repository. */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMatrixFile } from '../core/matrix-file.js';
import { hasErrors, UserError } from '../core/problems.js';
import { decodeMatrixText } from '../core/text.js';
import { FileRefused, readChecked } from '../fs/checked-read.js';
import { audit } from '../dockerfile/audit.js';
import { propose } from '../dockerfile/init.js';
import { insertRules } from '../dockerfile/insert.js';
import { renderRules, rulesValue } from '../dockerfile/render.js';
import { openRepository } from '../dockerfile/workspace.js';
import { exitCode, printAudit } from './audit.js';
import { DEFAULT_MATRIX, paint, print, type Io } from './io.js';
import { replaceFile } from '../fs/replace-file.js';

/** The action's limit for a matrix file. */
const MATRIX_SIZE_LIMIT = 50 * 1024 * 1024;
const UTF8_BOM = '\uFEFF';

export const help = `Usage: backend-matrix init [--write] [--force] [--matrix-file F]

Proposes rules for a matrix file without them, from the repository: sources
from the directory layout (per Dockerfile, the narrowest {field} directory
template its entries have), shared rules from what the Dockerfiles copy from
outside those directories, ignore for documentation, and the build args the
Dockerfiles declare that match entry fields. Each rule has a comment saying why.
Run it from the repository root.

  --matrix-file F   matrix file (default ${DEFAULT_MATRIX})
  --write           insert the rules into the file (every other line, its line
                    endings and its mode are kept; the file is replaced in one
                    step, so a failed write leaves it as it was), then run the
                    audit on the result. A matrix file that resolves outside
                    the repository (a symlink) is refused.
  --force           replace the rules the file already has (and the comment
                    a previous init put above them)`;

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
  const { text: original, real, bom } = readMatrix(io.cwd, file);
  const matrix = loadMatrixFile(original, file);
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
  const inserted = insertRules(original, block, rulesValue(proposal), file);
  replaceFile(real, (bom ? UTF8_BOM : '') + inserted.text, file);
  io.err(
    `backend-matrix: wrote ${proposal.sources.length} sources and ${proposal.shared.length} shared rules to ${file}; auditing the result\n`,
  );
  const written = loadMatrixFile(inserted.text, file);
  for (const p of written.problems) io.err(`${paint(io, p)}\n`);
  const result = await audit(written, repo);
  printAudit(result, io);
  return exitCode(result, false);
}

/**
 * The matrix file through the checked reader: a regular file whose real path
 * is inside the repository (the directory init runs in), within the action's
 * size limit. `real` is where --write replaces it; `bom` whether it starts
 * with a UTF-8 byte order mark, which is written back.
 */
function readMatrix(root: string, file: string): { text: string; real: string; bom: boolean } {
  let bytes: Buffer;
  try {
    bytes = readChecked(root, path.resolve(root, file), {
      shown: `matrix file ${file}`,
      limit: MATRIX_SIZE_LIMIT,
      rootName: 'the repository',
    });
  } catch (err) {
    if (err instanceof FileRefused) throw new UserError(err.message);
    throw err;
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: decodeMatrixText(bytes, file), real: realpathSync(path.resolve(root, file)), bom };
}
