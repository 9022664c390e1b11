/**
 * The plan: which entries to build and the outputs that carry them. Pure: no
 * I/O and no GitHub; the action and the CLI feed it and print what it returns.
 */
import { isMultiArch, type Entry } from './entry.js';
import { normalizePath } from './globs.js';
import { editsOnto, listIdentity, matrixEdits } from './matrix-diff.js';
import { selectDescendants, stageSelection, type Lineage, type Staging } from './lineage.js';
import {
  OUTPUT_LIMIT_BYTES,
  outputBytes,
  outputsOf,
  type JobCount,
  type MatrixSets,
} from './outputs.js';
import { loadMatrixFile, type MatrixFile } from './matrix-file.js';
import { hasErrors, UserError, type Problem } from './problems.js';
import { promotedItems, promotedOf, type Promoted } from './published.js';
import { publishedSelection, type PublishedState } from './published-plan.js';
import {
  inOrder,
  relevantFiles,
  selectByFiles,
  Selection,
  type Reason,
  type SchemaVerdict,
  type Selected,
  type Skip,
} from './select.js';

export type { Selected } from './select.js';

/** What changed: everything (with the reason), or a list of files. */
export type Change =
  | { kind: 'all'; cause: string }
  | {
      kind: 'files';
      files: readonly string[];
      /** The matrix file at the base revision, needed only when the file itself changed. */
      baseMatrix?: { text: string } | { error: string };
      /**
       * The matrix file at the diff's head when the working tree holds another
       * version (`plan --base B --head H`): the entry diff compares the base
       * with it, and selects the working tree's entries with the same identity.
       */
      headMatrix?: { text: string };
      /** Verdicts on the changed files that `unless: additive-proto` rules guard (see `schemaFiles`). */
      schemas?: ReadonlyMap<string, SchemaVerdict>;
    };

export interface PlanRequest {
  matrix: MatrixFile;
  /** The matrix file's path relative to the repository root, to notice edits to it. */
  matrixPath: string;
  change: Change;
  shards: number;
  maxJobs: number;
  /** Which images build on which (`rules.build.image`): descendants of a rebuilt image are rebuilt. */
  lineage?: Lineage;
  /** K > 1: the Linux outputs also come in K dependency-ordered stages. */
  stages?: number;
  /** With `base: published`: each image against its published revision (`change` is then unused). */
  published?: PublishedState;
}

export interface Plan {
  runAll: boolean;
  runAllCause: string | undefined;
  /** Changed files after normalising and `rules.ignore`. */
  files: number;
  ignored: number;
  selected: Selected[];
  singlearch: Entry[][];
  multiarch: Entry[];
  darwin: Entry[];
  /** Output name → value, in a fixed order. */
  outputs: [string, string][];
  /** Shared rules that `unless` let off for a file. */
  skipped: Skip[];
  /** Warnings from planning (validation warnings stay in `matrix.problems`). */
  warnings: Problem[];
  /** Each selected Linux image's stage, with a lineage or `stages` > 1. */
  staging: Staging | undefined;
  /** With `base: published`: the images left out of every matrix, promoted by digest. */
  promoted: Promoted[];
}

export function plan(req: PlanRequest): Plan {
  const { matrix } = req;
  if (hasErrors(matrix.problems)) {
    throw new UserError(`${matrix.file} has errors`, matrix.problems);
  }
  const entries = [...matrix.linux, ...matrix.darwin];
  const warnings: Problem[] = [];
  const warn = (message: string): void => {
    warnings.push({ level: 'warning', message, file: matrix.file, line: 0, col: 0 });
  };
  let runAllCause: string | undefined;
  let files: number;
  let ignored: number;
  let selection: Selection;
  let published: ReturnType<typeof publishedSelection> | undefined;
  if (req.published) {
    const selectAt = (_revision: string, change: Change, w: (m: string) => void) =>
      selectionOf(req, change, w);
    published = publishedSelection(req, entries, selectAt, warn);
    ({ selection, files, ignored } = published);
  } else {
    const s = selectionOf(req, req.change, warn);
    ({ runAllCause, files, ignored } = s);
    selection = s.selection ?? allSelected(entries, runAllCause ?? '');
  }
  // Run-all selects every descendant already.
  if (req.lineage && !runAllCause) selectDescendants(selection, req.lineage, entries);
  // Derived after every step that selects more: a rebuilt parent's descendants are not promoted.
  const promoted: Promoted[] =
    published && req.published
      ? promotedOf(published.images, req.published.verdicts, selection)
      : [];

  const selected = inOrder(selection, entries);
  const chosen = selected.map((s) => s.entry);
  const single = chosen.filter((e) => e.os === 'linux' && !isMultiArch(e));
  const result: Plan = {
    runAll: runAllCause !== undefined,
    runAllCause,
    files,
    ignored,
    selected,
    singlearch: req.shards > 1 ? shard(single, req.shards) : [single],
    multiarch: chosen.filter(isMultiArch),
    darwin: chosen.filter((e) => e.os === 'darwin'),
    outputs: [],
    skipped: selection.skipped,
    warnings,
    staging: undefined,
    promoted,
  };
  const k = req.stages ?? 1;
  if (k > 1 && !req.lineage)
    warn(
      `stages is ${k}, but without rules.build.image no image has a parent: every image is in stage 1`,
    );
  if (req.lineage || k > 1) result.staging = stageSelection(req.lineage, chosen, k);
  const { outputs, jobs } = outputsOf(
    {
      ...result,
      selected: chosen,
      staged: k > 1 ? staged(result.staging!, req.shards) : undefined,
      promoted: promotedItems(promoted, matrix.rules?.mergeFields ?? []),
    },
    entries,
    matrix.rules?.mergeFields ?? [],
  );
  result.outputs = outputs;
  checkLimits(result, jobs, req.maxJobs);
  return result;
}

/** What one change selects; no selection (with the cause) when everything must be built. */
function selectionOf(
  req: PlanRequest,
  change: Change,
  warn: (message: string) => void,
): {
  selection: Selection | undefined;
  runAllCause: string | undefined;
  files: number;
  ignored: number;
} {
  const { matrix } = req;
  if (change.kind === 'all')
    return { selection: undefined, runAllCause: change.cause, files: 0, ignored: 0 };
  const files = relevantFiles(change.files, matrix.rules?.ignore);
  const ignored = relevantFiles(change.files, undefined).length - files.length;
  let runAllCause: string | undefined;
  let selection: Selection | undefined;
  if (!matrix.rules) {
    runAllCause = `${matrix.file} has no \`rules\` section, so changes cannot be mapped to entries`;
    warn(`${runAllCause}; every entry is built`);
  } else {
    const edits = editsOf(req, change, files, warn);
    if (edits === 'all') runAllCause = `the base revision of ${matrix.file} could not be read`;
    else
      selection = selectByFiles(
        [...matrix.linux, ...matrix.darwin],
        matrix.rules,
        files,
        matrix.sources,
        edits,
        change.schemas,
      );
    for (const file of files) {
      const verdict = change.schemas?.get(file);
      if (verdict?.fallback)
        warn(`${file}: ${verdict.summary}; the rule guarding it fires as for a breaking edit`);
    }
  }
  return { selection, runAllCause, files: files.length, ignored };
}

function allSelected(entries: readonly Entry[], cause: string): Selection {
  const selection = new Selection();
  for (const e of entries) selection.add(e, { kind: 'run-all', cause });
  return selection;
}

function editsOf(
  req: PlanRequest,
  change: Extract<Change, { kind: 'files' }>,
  files: readonly string[],
  warn: (m: string) => void,
): ReadonlyMap<Entry, Reason> | 'all' {
  if (!files.includes(normalizePath(req.matrixPath))) return new Map();
  const base = change.baseMatrix;
  if (!base || 'error' in base) {
    warn(
      `${req.matrix.file} changed but its base revision could not be read (${base ? base.error : 'no base revision is known'}); every entry is built`,
    );
    return 'all';
  }
  const old = loadMatrixFile(base.text, `${req.matrix.file} (base)`);
  if (!old.source) {
    warn(
      `${req.matrix.file} changed and its base revision is not valid YAML; every entry is built`,
    );
    return 'all';
  }
  if (!change.headMatrix) return matrixEdits(old, req.matrix);
  const head = loadMatrixFile(change.headMatrix.text, `${req.matrix.file} (head)`);
  if (!head.source) {
    warn(
      `${req.matrix.file} changed and its head revision is not valid YAML; every entry is built`,
    );
    return 'all';
  }
  const current = [...req.matrix.linux, ...req.matrix.darwin];
  return editsOnto(old, head, new Map(current.map((e) => [listIdentity(e), e])));
}

function staged(s: Staging, shards: number): NonNullable<MatrixSets['staged']> {
  const single = s.entries.map((list) => list.filter((e) => !isMultiArch(e)));
  return {
    count: s.count,
    singlearch: single.map((list) => (shards > 1 ? shard(list, shards) : [list])),
    multiarch: s.entries.map((list) => list.filter(isMultiArch)),
  };
}

/** N contiguous chunks in order, sizes differing by at most one, earlier chunks larger. */
export function shard<T>(items: readonly T[], n: number): T[][] {
  const size = Math.floor(items.length / n);
  const extra = items.length % n;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const len = size + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + len));
    at += len;
  }
  return out;
}

function checkLimits(p: Plan, counts: readonly JobCount[], maxJobs: number): void {
  const over: string[] = [];
  for (const [name, jobs] of counts) {
    if (jobs <= maxJobs) continue;
    if (name.includes('singlearch')) {
      const total = p.singlearch.flat().length;
      over.push(
        `${name} has ${jobs} jobs, over max-jobs (${maxJobs}): set singlearch-shards to at least ${Math.ceil(total / maxJobs)}`,
      );
    } else {
      over.push(
        `${name} has ${jobs} jobs, over max-jobs (${maxJobs}), and only the single-arch matrix can be sharded: split the matrix file or narrow the rules`,
      );
    }
  }
  if (over.length) throw new UserError(over.join('\n'));
  const bytes = outputBytes(p.outputs);
  if (bytes > OUTPUT_LIMIT_BYTES) {
    throw new UserError(
      `the outputs would total ${bytes.toLocaleString('en-US')} bytes (counted as GitHub does, 2 per UTF-16 code unit), over GitHub's limit of ${OUTPUT_LIMIT_BYTES.toLocaleString('en-US')} bytes for a job's outputs; drop fields the build jobs do not use, or split the matrix file`,
    );
  }
}
