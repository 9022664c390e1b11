import { loadMatrixFile, type MatrixFile } from '../../src/core/matrix-file.js';
import type { Entry } from '../../src/core/entry.js';
import { plan, type Change, type Plan } from '../../src/core/plan.js';
import { assignSources, relevantFiles, selectByFiles } from '../../src/core/select.js';

/** Loads a matrix given as YAML text or as an object, failing the test on any error. */
export function matrixOf(doc: string | object): MatrixFile {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 1); // JSON is YAML
  const m = loadMatrixFile(text, 'm.yml');
  const errors = m.problems.filter((p) => p.level === 'error');
  if (errors.length) throw new Error(`unexpected errors: ${JSON.stringify(errors)}`);
  return m;
}

export function planFor(
  doc: string | object,
  files: string[] | Change,
  opts: { shards?: number; maxJobs?: number; baseMatrix?: string } = {},
): Plan {
  const change: Change = Array.isArray(files)
    ? {
        kind: 'files',
        files,
        ...(opts.baseMatrix !== undefined ? { baseMatrix: { text: opts.baseMatrix } } : {}),
      }
    : files;
  return plan({
    matrix: matrixOf(doc),
    matrixPath: '.github/backend-matrix.yml',
    change,
    shards: opts.shards ?? 1,
    maxJobs: opts.maxJobs ?? 256,
  });
}

/** `tag-suffix` (+ `@platform-tag`) of each selected entry, in order. */
export const ids = (p: Plan): string[] =>
  p.selected.map(({ entry }) =>
    entry.platformTag ? `${entry.tagSuffix}@${entry.platformTag}` : entry.tagSuffix,
  );

export const outputs = (p: Plan): Record<string, string> => Object.fromEntries(p.outputs);

/** An entry as `os:tag-suffix[/platform-tag]`. */
export const entryId = (e: Entry): string =>
  `${e.os}:${e.tagSuffix}${e.platformTag ? `/${e.platformTag}` : ''}`;

/** The entries (by `entryId`, sorted) that a change to `file` alone selects. */
export function selectedBy(m: MatrixFile, file: string): string[] {
  const entries = [...m.linux, ...m.darwin];
  const s = selectByFiles(
    entries,
    m.rules!,
    relevantFiles([file], m.rules!.ignore),
    assignSources(entries, m.rules!),
  );
  return [...s.reasons.keys()].map(entryId).sort();
}
