/**
 * Image lineage for the action: read from the workspace's Dockerfiles (else
 * git at the head) when the matrix file has `rules.build.image`.
 */
import type { Lineage } from '../core/lineage.js';
import type { MatrixFile } from '../core/matrix-file.js';
import { hasErrors, UserError, type Problem } from '../core/problems.js';
import { info } from './log.js';

export async function loadLineage(
  workspace: string,
  matrix: MatrixFile,
  report: (problems: Problem[]) => void,
): Promise<Lineage | undefined> {
  if (!matrix.rules?.build?.image) return undefined;
  const { readLineage, workspaceReader } = await import('../dockerfile/lineage.js');
  const result = await readLineage(matrix, workspaceReader(workspace));
  if (!result) return undefined;
  if (hasErrors(result.problems)) {
    throw new UserError('the image lineage has a cycle; see the annotations', result.problems);
  }
  report(result.problems);
  const { lineage } = result;
  const links = [...lineage.parents.values()].reduce((n, l) => n + l.length, 0);
  info(`Image lineage: ${lineage.images.length} images, ${links} parent link(s)`);
  return lineage;
}
