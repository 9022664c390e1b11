/** Reading the matrix file from the workspace, through the checked reader. */
import { FileRefused, readChecked } from '../fs/checked-read.js';
import { UserError } from '../core/problems.js';
import { decodeMatrixText } from '../core/text.js';

export const MATRIX_SIZE_LIMIT = 50 * 1024 * 1024;

/** The matrix file's text; `shown` is the input as written, for messages. */
export function readMatrixFile(
  workspace: string,
  full: string,
  shown: string,
  where: { rootName?: string; absent?: string } = {},
): string {
  try {
    const bytes = readChecked(workspace, full, {
      shown: `matrix file ${shown}`,
      limit: MATRIX_SIZE_LIMIT,
      rootName: where.rootName,
    });
    return decodeMatrixText(bytes, shown);
  } catch (err) {
    if (!(err instanceof FileRefused)) throw err;
    throw new UserError(
      err.absent
        ? (where.absent ??
            `matrix file ${shown} not found in the workspace: check out the repository first, or set matrix-file`)
        : err.message,
    );
  }
}
