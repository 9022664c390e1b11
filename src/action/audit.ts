/**
 * The `audit` input: checks the entries' Dockerfiles against the rules when
 * they are in the workspace. Its findings are warnings; it never changes the plan.
 */
import type { MatrixFile } from '../core/matrix-file.js';
import type { Problem } from '../core/problems.js';

export interface AuditReport {
  /** Gaps and unknowns, located in the Dockerfiles. */
  problems: Problem[];
  /** A step-summary section (Markdown), '' when there is nothing to say. */
  markdown: string;
  /** Why the audit did not run (a sparse checkout without Dockerfiles), for one log line. */
  skipped?: string;
}

export async function auditWorkspace(workspace: string, matrix: MatrixFile): Promise<AuditReport> {
  void workspace;
  void matrix;
  return { problems: [], markdown: '', skipped: 'the Dockerfile audit is not available yet' };
}
