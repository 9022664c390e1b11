/**
 * Replays history: the working tree's entries and each rule set, applied to
 * every first-parent commit of a range against its first parent (README,
 * Replay). Rules are compiled once; revisions are read only for commits
 * that touch the matrix file or a file an `unless` rule guards.
 */
import type { Entry } from '../core/entry.js';
import { normalizePath } from '../core/globs.js';
import { selectDescendants } from '../core/lineage.js';
import {
  inOrder,
  relevantFiles,
  type RuleIndex,
  schemaFiles,
  type Reason,
  type SchemaVerdict,
  type Selected,
  type Skip,
} from '../core/select.js';
import { schemaVerdicts } from '../change/schemas.js';
import type { Commit, History, HistoryRequest, Repository } from '../git/history.js';
import { CommitRevisions, MatrixHistory, type MatrixEdits } from './revisions.js';
import type { RuleSet } from './rule-set.js';

/** What one rule set selects on one commit. */
export interface CommitPlan {
  runAllCause: string | undefined;
  /** Working tree entries in file order, each with its reasons. */
  selected: Selected[];
  /** Shared rules `unless` let off for a file. */
  skipped: Skip[];
}

export interface ReplayedCommit {
  commit: Commit;
  /** One plan per rule set, in the order of `Replay.sets`. */
  plans: CommitPlan[];
}

export interface Replay {
  /** The matrix file as the user named it, and its path in the repository. */
  matrixFile: string;
  matrixPath: string;
  entries: readonly Entry[];
  /** [0]: the working tree's rules; [1]: `--compare-rules`, when given. */
  sets: readonly RuleSet[];
  request: HistoryRequest;
  shallowEnd: History['shallowEnd'];
  /** Oldest first. */
  commits: ReplayedCommit[];
}

export interface ReplayInput {
  repo: Repository;
  matrixFile: string;
  matrixPath: string;
  entries: readonly Entry[];
  sets: readonly RuleSet[];
  request: HistoryRequest;
  /** Called after each commit, and once before the first. */
  progress?: (done: number, total: number) => void;
}

export const ROOT_CAUSE = "the repository's first commit has no parent to compare it with";

export async function replay(input: ReplayInput): Promise<Replay> {
  const { repo, entries, sets } = input;
  const history = await repo.firstParentHistory(input.request);
  // The commit a shallow clone was cut at has unknown changes: it is not replayed.
  const commits = history.commits.filter((c) => c.boundary !== 'shallow');
  const blobs = repo.blobs();
  const matrixPath = normalizePath(input.matrixPath);
  const matrices = new MatrixHistory(blobs, matrixPath, entries);
  const noRules = `${input.matrixFile} has no \`rules\` section, so changes cannot be mapped to entries`;
  const replayed: ReplayedCommit[] = [];
  try {
    input.progress?.(0, commits.length);
    for (const commit of commits) {
      const { parent } = commit;
      if (!parent) {
        replayed.push({ commit, plans: sets.map(() => everything(entries, ROOT_CAUSE)) });
      } else {
        const withParent = { ...commit, parent };
        const files = sets.map((s) => (s.rules ? relevantFiles(commit.files, s.rules.ignore) : []));
        const edits = files.some((f) => f.includes(matrixPath))
          ? await matrices.editsOf(withParent)
          : undefined;
        const schemas = await verdicts(sets, files, new CommitRevisions(blobs, withParent));
        const plans = sets.map((set, i) =>
          set.index
            ? planCommit(
                set,
                set.index,
                files[i],
                edits && files[i].includes(matrixPath) ? edits : undefined,
                schemas,
              )
            : everything(entries, noRules),
        );
        replayed.push({ commit, plans });
      }
      input.progress?.(replayed.length, commits.length);
    }
  } finally {
    blobs.close();
  }
  return {
    matrixFile: input.matrixFile,
    matrixPath,
    entries,
    sets,
    request: input.request,
    shallowEnd: history.shallowEnd,
    commits: replayed,
  };
}

/** Verdicts on every guarded file of the commit, each schema compared once for all rule sets. */
async function verdicts(
  sets: readonly RuleSet[],
  files: readonly string[][],
  revisions: CommitRevisions,
): Promise<Map<string, SchemaVerdict>> {
  const all = new Map<string, SchemaVerdict>();
  for (const [i, set] of sets.entries()) {
    if (!set.rules) continue;
    const todo = schemaFiles(set.rules, files[i]).filter((f) => !all.has(f));
    if (!todo.length) continue;
    for (const [f, v] of await schemaVerdicts(set.rules, todo, revisions)) all.set(f, v);
  }
  return all;
}

function planCommit(
  set: RuleSet,
  index: RuleIndex,
  files: readonly string[],
  edits: MatrixEdits | undefined,
  schemas: ReadonlyMap<string, SchemaVerdict>,
): CommitPlan {
  if (edits && 'runAll' in edits) return everything(index.entries, edits.runAll);
  const selection = index.select(files, edits?.edits, schemas);
  if (set.lineage) selectDescendants(selection, set.lineage, index.entries);
  return {
    runAllCause: undefined,
    selected: inOrder(selection, index.entries),
    skipped: selection.skipped,
  };
}

function everything(entries: readonly Entry[], cause: string): CommitPlan {
  const reason: Reason = { kind: 'run-all', cause };
  return {
    runAllCause: cause,
    selected: entries.map((entry) => ({ entry, reasons: [reason] })),
    skipped: [],
  };
}
