/**
 * The action's outputs: their names (defined here once), their values for a
 * plan, and GitHub's limits on them.
 */
import { isMultiArch, type Entry } from './entry.js';

export type MatrixClass = 'singlearch' | 'multiarch' | 'darwin';

/**
 * Every fixed output, in the order they are written. `{class}` names exist for
 * each class in `classes`; with singlearch-shards > 1 the single-arch ones are
 * numbered instead (`matrix-singlearch-1` …). One output per backend follows.
 */
export const OUTPUT_TABLE = [
  { name: 'run-all' },
  { name: 'changed-backends' },
  { name: 'matrix-{class}', classes: ['singlearch', 'multiarch', 'darwin'] },
  { name: 'merge-matrix-{class}', classes: ['singlearch', 'multiarch'] },
  { name: 'has-backends-{class}', classes: ['singlearch', 'multiarch', 'darwin'] },
  { name: 'has-merges-{class}', classes: ['singlearch', 'multiarch'] },
  { name: 'stage-count' },
  { name: 'promoted' },
  { name: 'has-promotes' },
] as const satisfies readonly { name: string; classes?: readonly MatrixClass[] }[];

/** The build matrix an entry belongs to. */
export const matrixOf = (e: Entry): MatrixClass =>
  e.os === 'darwin' ? 'darwin' : isMultiArch(e) ? 'multiarch' : 'singlearch';

const classes = (row: (typeof OUTPUT_TABLE)[number]): readonly MatrixClass[] =>
  'classes' in row ? row.classes : [];

/** The names `action.yml` declares: the table without sharding. */
export const DECLARED_OUTPUTS: readonly string[] = OUTPUT_TABLE.flatMap((row) =>
  'classes' in row ? classes(row).map((c) => row.name.replace('{class}', c)) : [row.name],
);

/**
 * With `stages` > 1, the Linux classes' outputs once more per stage n:
 * `matrix-singlearch-stage-<n>` (sharded: `matrix-singlearch-stage-<n>-<m>`).
 */
export const STAGED_CLASSES: readonly MatrixClass[] = ['singlearch', 'multiarch'];
export const stageLabel = (cls: MatrixClass, stage: number, shard?: number): string =>
  `${cls}-stage-${stage}${shard === undefined ? '' : `-${shard}`}`;

/** A name the action writes itself, for any shard or stage count: a backend must not take it. */
const BUILTIN = new RegExp(
  `^(${OUTPUT_TABLE.map((row) =>
    'classes' in row
      ? row.name.replace('{class}', `(${classes(row).join('|')})`) + '(-stage-\\d+)?(-\\d+)?'
      : row.name,
  ).join('|')})$`,
  'i',
);
export const isBuiltinOutput = (name: string): boolean => BUILTIN.test(name);

/**
 * GitHub caps a job's outputs at 1,048,576 bytes "approximated based on UTF-16
 * encoding": two bytes for every UTF-16 code unit of every name and value.
 */
export const OUTPUT_LIMIT_BYTES = 1_048_576;
export const outputBytes = (outputs: readonly (readonly [string, string])[]): number =>
  outputs.reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);

export interface MatrixSets {
  singlearch: readonly (readonly Entry[])[];
  multiarch: readonly Entry[];
  darwin: readonly Entry[];
  /** Selected entries, file order. */
  selected: readonly Entry[];
  runAll: boolean;
  /** With `stages` > 1: per stage, its single-arch shards and its multi-arch entries. */
  staged?: {
    count: number;
    singlearch: readonly (readonly (readonly Entry[])[])[];
    multiarch: readonly (readonly Entry[])[];
  };
  /** With `base: published`: the `promoted` output's items ([] otherwise). */
  promoted?: readonly Record<string, unknown>[];
}

export type MergeEntry = Record<string, unknown>;

/**
 * One merge entry per distinct tag-suffix, first-appearance order: tag-suffix,
 * tag-latest ('' when absent) and the `merge-fields`, all from the first leg.
 */
export function mergeEntries(
  entries: readonly Entry[],
  mergeFields: readonly string[] = [],
): MergeEntry[] {
  const seen = new Map<string, MergeEntry>();
  for (const e of entries) {
    if (seen.has(e.tagSuffix)) continue;
    const merge: MergeEntry = {
      'tag-suffix': e.tagSuffix,
      'tag-latest': e.fields['tag-latest'] ?? '',
    };
    for (const f of mergeFields) if (f in e.fields) merge[f] = e.fields[f];
    seen.set(e.tagSuffix, merge);
  }
  return [...seen.values()];
}

const matrixJson = (items: readonly unknown[]): string => JSON.stringify({ include: items });
const bool = (b: boolean): string => (b ? 'true' : 'false');

/** A build matrix's name and job count, for the max-jobs check. */
export type JobCount = [name: string, jobs: number];

/** Output name → value in the table's order, and each build matrix's job count. */
export function outputsOf(
  p: MatrixSets,
  all: readonly Entry[],
  mergeFields: readonly string[],
): { outputs: [string, string][]; jobs: JobCount[] } {
  const sharded = p.singlearch.length > 1;
  const backends = [...new Set(p.selected.map((e) => e.backend))];
  const lists: [MatrixClass, string, readonly Entry[]][] = [
    ...p.singlearch.map((entries, i): [MatrixClass, string, readonly Entry[]] => [
      'singlearch',
      sharded ? `singlearch-${i + 1}` : 'singlearch',
      entries,
    ]),
    ['multiarch', 'multiarch', p.multiarch],
    ['darwin', 'darwin', p.darwin],
  ];
  const outputs: [string, string][] = [];
  const jobs: JobCount[] = [];
  for (const row of OUTPUT_TABLE) {
    if (row.name === 'run-all') outputs.push([row.name, bool(p.runAll)]);
    else if (row.name === 'changed-backends') outputs.push([row.name, JSON.stringify(backends)]);
  }
  classOutputs(lists, mergeFields, outputs, jobs);
  if (p.staged) {
    outputs.push(['stage-count', String(p.staged.count)]);
    p.staged.multiarch.forEach((multiarch, i) => {
      const shards = p.staged!.singlearch[i];
      const stageLists: [MatrixClass, string, readonly Entry[]][] = [
        ...shards.map((entries, m): [MatrixClass, string, readonly Entry[]] => [
          'singlearch',
          stageLabel('singlearch', i + 1, sharded ? m + 1 : undefined),
          entries,
        ]),
        ['multiarch', stageLabel('multiarch', i + 1), multiarch],
      ];
      // Stage matrices are parts of the unstaged ones: the job limit is checked on those.
      classOutputs(stageLists, mergeFields, outputs, []);
    });
  }
  const promoted = p.promoted ?? [];
  outputs.push(['promoted', JSON.stringify(promoted)], ['has-promotes', bool(promoted.length > 0)]);
  const chosen = new Set(backends);
  for (const name of new Set(all.map((e) => e.backend)))
    outputs.push([name, bool(chosen.has(name))]);
  return { outputs, jobs };
}

/** Per class, the four outputs of one matrix together, in the table's order. */
function classOutputs(
  lists: readonly [MatrixClass, string, readonly Entry[]][],
  mergeFields: readonly string[],
  outputs: [string, string][],
  jobs: JobCount[],
): void {
  for (const [cls, label, entries] of lists) {
    for (const row of OUTPUT_TABLE) {
      if (!(classes(row) as readonly string[]).includes(cls)) continue;
      const name = row.name.replace('{class}', label);
      switch (row.name) {
        case 'matrix-{class}':
          outputs.push([name, matrixJson(entries.map((e) => e.fields))]);
          jobs.push([name, entries.length]);
          break;
        case 'merge-matrix-{class}':
          outputs.push([name, matrixJson(mergeEntries(entries, mergeFields))]);
          break;
        default:
          outputs.push([name, bool(entries.length > 0)]);
      }
    }
  }
}
