/** `backend-matrix replay`: what the rules cost over the local history, and what a rules change would do. */
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors, UserError } from '../core/problems.js';
import { GitError } from '../git/git.js';
import { Repository, type HistoryRequest } from '../git/history.js';
import { toJson } from '../replay/json.js';
import { replay } from '../replay/replay.js';
import { loadCompareRules, ruleSet, type RuleSet } from '../replay/rule-set.js';
import type { MatrixFile } from '../core/matrix-file.js';
import { report } from '../replay/summary.js';
import { renderTable, shallowNote } from '../replay/table.js';
import { DEFAULT_MATRIX, load, paint, print, readText, UsageError, type Io } from './io.js';

const FORMATS = ['table', 'json', 'html'];

export const help = `Usage: backend-matrix replay [options]

Applies the working tree's matrix file and rules to each first-parent commit
of the local history (each commit against its first parent) and reports what
the rules cost: jobs per commit, per rule, the costliest commits.

  --matrix-file F        matrix file (default ${DEFAULT_MATRIX})
  --range A..B           commits to replay (default HEAD: all of its history)
  --since DATE           only commits after DATE ("6 months ago", 2025-01-31)
  --until DATE           only commits before DATE
  --max-commits N        only the N most recent commits of the range
  --compare-rules FILE   also replay the rules in FILE (a matrix file, a file
                         with a rules: key, or a rules mapping) and list every
                         commit where they select an entry these rules do not
  --format F             table (default), json, html (one self-contained page)
  --output FILE          write the report to FILE instead of stdout`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
      range: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      'max-commits': { type: 'string' },
      'compare-rules': { type: 'string' },
      format: { type: 'string', default: 'table' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(io, help);
  const format = values.format;
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const request: HistoryRequest = {
    range: option('--range', values.range),
    since: option('--since', values.since),
    until: option('--until', values.until),
    maxCommits:
      values['max-commits'] === undefined
        ? undefined
        : whole('--max-commits', values['max-commits']),
  };

  const matrixFile = values['matrix-file'];
  const matrix = load(matrixFile, io);
  for (const p of matrix.problems) io.err(`${paint(io, p)}\n`);
  if (hasErrors(matrix.problems)) throw new UserError(`${matrixFile} has errors`);
  const entries = [...matrix.linux, ...matrix.darwin];
  const sets = [ruleSet(matrixFile, matrix.rules, entries, matrix.sources)];
  const compareFile = values['compare-rules'];
  if (compareFile !== undefined) {
    const text = readText(path.resolve(io.cwd, compareFile), compareFile, io.cwd);
    sets.push(ruleSet(compareFile, loadCompareRules(text, compareFile), entries));
  }

  await withLineage(sets, matrix, io);
  const repo = await gitStep(() => Repository.open(io.cwd));
  const matrixPath = repoPath(repo.root, path.resolve(io.cwd, matrixFile), matrixFile);
  const progress = io.errIsTty ? progressLine(io) : undefined;
  const result = await gitStep(() =>
    replay({ repo, matrixFile, matrixPath, entries, sets, request, progress: progress?.update }),
  ).finally(() => progress?.end());

  const rep = report(result);
  if (result.shallowEnd) io.err(`backend-matrix: warning: ${shallowNote(rep)}\n`);
  if (!result.commits.length) {
    const filters = [
      request.since && `since ${request.since}`,
      request.until && `until ${request.until}`,
    ].filter(Boolean);
    throw new UserError(
      `no commits to replay in ${request.range ?? 'HEAD'}${filters.length ? ` (${filters.join(', ')})` : ''}`,
    );
  }
  const text =
    format === 'json'
      ? `${JSON.stringify(toJson(rep), null, 2)}\n`
      : format === 'html'
        ? (await import('../replay/html.js')).renderHtml(rep)
        : renderTable(rep, { color: io.color && values.output === undefined });
  if (values.output === undefined) io.out(text);
  else {
    try {
      writeFileSync(path.resolve(io.cwd, values.output), text);
    } catch (err) {
      throw new UserError(`cannot write ${values.output}: ${(err as Error).message}`);
    }
  }
  return 0;
}

/** Each rule set with `build.image` gets the working tree's lineage under it. */
async function withLineage(sets: RuleSet[], matrix: MatrixFile, io: Io): Promise<void> {
  if (!sets.some((s) => s.rules?.build?.image)) return;
  const { readLineage, workspaceReader } = await import('../dockerfile/lineage.js');
  for (const set of sets) {
    if (!set.rules?.build?.image) continue;
    const result = await readLineage({ ...matrix, rules: set.rules }, workspaceReader(io.cwd));
    for (const p of result?.problems ?? []) io.err(`${paint(io, p)}\n`);
    if (result && hasErrors(result.problems))
      throw new UserError(`the image lineage of ${set.file} has a cycle`);
    set.lineage = result?.lineage;
  }
}

/** git's failures are the user's to fix (no repository, unknown revision): a message, exit 1. */
async function gitStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof GitError) throw new UserError(err.message);
    throw err;
  }
}

/** The matrix file's path from the repository's top level, as the history names it. */
function repoPath(root: string, full: string, shown: string): string {
  const real = (p: string): string => {
    try {
      return path.join(realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      return p;
    }
  };
  const rel = path.relative(realpathSync(root), real(full));
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new UserError(
      `${shown} is outside the repository at ${root}, so its history cannot be read`,
    );
  return rel.split(path.sep).join('/');
}

function option(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.trim() || value.startsWith('-'))
    throw new UsageError(`${flag} needs a value, not "${value}"`);
  return value;
}

function whole(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1`);
  return Number(value);
}

/** One line on stderr, rewritten in place: commits done of the total, and time so far. */
function progressLine(io: Io): { update: (done: number, total: number) => void; end: () => void } {
  const started = performance.now();
  let shown = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (done !== total && done !== 0 && now - shown < 100) return;
      shown = now;
      drawn = true;
      io.err(
        `\r\u001b[Kreplay: ${done}/${total} commits, ${((now - started) / 1000).toFixed(1)} s`,
      );
    },
    end() {
      if (drawn) io.err('\r\u001b[K');
    },
  };
}
