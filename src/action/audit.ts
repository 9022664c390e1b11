/**
 * The `audit` input: checks the entries' Dockerfiles against the rules when
 * they are in the workspace and the change can alter the findings, and only
 * those whose findings it can alter. Its findings are warnings; it never
 * changes the plan.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FoundChange } from '../change/detect.js';
import { normalizePath } from '../core/globs.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Problem } from '../core/problems.js';
import { loadParser } from '../dockerfile/parse.js';
import { isPresent, openRepository } from '../dockerfile/workspace.js';

export interface AuditReport {
  /** Gaps and unknowns, located in the Dockerfiles. */
  problems: Problem[];
  /** A step-summary section (Markdown), '' when there is nothing to say. */
  markdown: string;
  /** Why the audit did not run (a sparse checkout without Dockerfiles), for one log line. */
  skipped?: string;
  /** Which Dockerfiles it read, when not all of them, for one log line. */
  scope?: string;
}

/** The Dockerfiles the entries name, as repository paths. */
function namedDockerfiles(matrix: MatrixFile): Set<string> {
  const named = new Set<string>();
  for (const e of [...matrix.linux, ...matrix.darwin]) {
    const df = e.fields.dockerfile;
    if (typeof df === 'string' && df.trim()) named.add(normalizePath(df.trim()));
  }
  return named;
}

/**
 * The Dockerfiles whose findings this change can alter, or 'all'. The audit
 * reads the matrix file, the entries' Dockerfiles, `.dockerignore` and
 * `.gitignore` files and which files exist: a change that edits none of the
 * matrix file and those ignore files, and adds or removes no file, can alter
 * only the findings of the Dockerfiles it edits (none: every finding is as
 * it was on the run before).
 */
function scopeOf(
  change: { found: FoundChange; matrixPath: string },
  named: ReadonlySet<string>,
  workspace: string,
): ReadonlySet<string> | 'all' {
  const { found, matrixPath } = change;
  if (found.change.kind !== 'files' || !found.added || found.added.length) return 'all';
  const matrixFile = normalizePath(matrixPath);
  const edited = new Set<string>();
  for (const file of found.change.files.map(normalizePath)) {
    const name = path.posix.basename(file);
    if (file === matrixFile || name === '.gitignore' || name.endsWith('.dockerignore'))
      return 'all';
    // Not in the workspace: removed by the change.
    if (!existsSync(path.join(workspace, file))) return 'all';
    if (named.has(file)) edited.add(file);
  }
  return edited;
}

/** The audit of the workspace; with `change`, skipped when that change cannot alter its findings. */
export async function auditWorkspace(
  workspace: string,
  matrix: MatrixFile,
  change?: { found: FoundChange; matrixPath: string },
): Promise<AuditReport> {
  const named = namedDockerfiles(matrix);
  const skip = (skipped: string): AuditReport => ({ problems: [], markdown: '', skipped });
  if (!named.size) return skip('no entry names a `dockerfile`');
  // A sparse plan job holds only the matrix file: then there is nothing to read.
  if (![...named].some((df) => isPresent(workspace, df))) {
    return skip(
      `none of the ${named.size} Dockerfile(s) the entries name is in the workspace (a sparse checkout?)`,
    );
  }
  const scope = change ? scopeOf(change, named, workspace) : 'all';
  if (scope !== 'all' && !scope.size) {
    return skip(
      `this change edits none of the files it reads (the matrix file, the entries' Dockerfiles, .dockerignore and .gitignore files) and adds or removes none`,
    );
  }
  // The file list (a git process) starts first, and the modules load together: all of it
  // overlaps the caller's work.
  const repository = openRepository(workspace);
  repository.catch(() => undefined); // awaited below, after the imports
  const [{ audit }, findings] = await Promise.all([
    import('../dockerfile/audit.js'),
    import('../dockerfile/findings.js'),
    loadParser(),
  ]);
  const only = scope === 'all' ? undefined : scope;
  const result = await audit(matrix, await repository, only);
  // Annotations only: an unreadable Dockerfile must not fail the plan.
  const problems = findings
    .auditProblems(result)
    .map((p): Problem => (p.level === 'error' ? { ...p, level: 'warning' } : p));
  const markdown = findings.auditMarkdown(result);
  if (!only) return { problems, markdown };
  const scoped = `only the Dockerfile(s) this change edits (${[...only].join(', ')}): the others' findings are those of the run before`;
  return {
    problems,
    markdown: markdown.replace('\n\n', `\n\nThe audit read ${scoped}.\n\n`),
    scope: `Dockerfile audit of ${scoped}`,
  };
}
