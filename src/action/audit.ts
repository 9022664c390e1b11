/**
 * The `audit` input: checks the entries' Dockerfiles against the rules when
 * they are in the workspace. Its findings are warnings; it never changes the plan.
 */
import { normalizePath } from '../core/globs.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Problem } from '../core/problems.js';
import { isPresent } from '../dockerfile/workspace.js';

export interface AuditReport {
  /** Gaps and unknowns, located in the Dockerfiles. */
  problems: Problem[];
  /** A step-summary section (Markdown), '' when there is nothing to say. */
  markdown: string;
  /** Why the audit did not run (a sparse checkout without Dockerfiles), for one log line. */
  skipped?: string;
}

export async function auditWorkspace(workspace: string, matrix: MatrixFile): Promise<AuditReport> {
  const named = new Set<string>();
  for (const e of [...matrix.linux, ...matrix.darwin]) {
    const df = e.fields.dockerfile;
    if (typeof df === 'string' && df.trim()) named.add(normalizePath(df.trim()));
  }
  const skip = (skipped: string): AuditReport => ({ problems: [], markdown: '', skipped });
  if (!named.size) return skip('no entry names a `dockerfile`');
  // A sparse plan job holds only the matrix file: then there is nothing to read.
  if (![...named].some((df) => isPresent(workspace, df))) {
    return skip(
      `none of the ${named.size} Dockerfile(s) the entries name is in the workspace (a sparse checkout?)`,
    );
  }
  const [{ audit }, { openRepository }, findings] = await Promise.all([
    import('../dockerfile/audit.js'),
    import('../dockerfile/workspace.js'),
    import('../dockerfile/findings.js'),
  ]);
  const result = await audit(matrix, await openRepository(workspace));
  // Annotations only: an unreadable Dockerfile must not fail the plan.
  const problems = findings
    .auditProblems(result)
    .map((p): Problem => (p.level === 'error' ? { ...p, level: 'warning' } : p));
  return { problems, markdown: findings.auditMarkdown(result) };
}
