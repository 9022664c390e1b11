import { identity, type Entry } from './entry.js';
import type { MatrixFile } from './matrix-file.js';
import type { Reason } from './select.js';

/** What entry edits are computed from: a revision's two lists. */
export type EntryLists = Pick<MatrixFile, 'linux' | 'darwin'>;

/** An entry's list and identity: what finds it again in another revision. */
export const listIdentity = (e: Entry): string => `${e.os}\u0000${identity(e)}`;

/**
 * The edits from `base` to `head` (two revisions other than the working
 * tree's), as the entries of `current` (by `listIdentity`) with those
 * identities: an entry the working tree no longer has selects nothing.
 */
export function editsOnto(
  base: EntryLists,
  head: EntryLists,
  current: ReadonlyMap<string, Entry>,
): Map<Entry, Reason> {
  const edits = new Map<Entry, Reason>();
  for (const [e, reason] of matrixEdits(base, head)) {
    const now = current.get(listIdentity(e));
    if (now) edits.set(now, reason);
  }
  return edits;
}

/**
 * Trigger 4 (docs/rules.md, The four triggers): when the matrix file itself
 * changed, the entries that are new or whose fields changed against the base
 * revision. Entries are matched by identity; field order and YAML formatting do
 * not count, and `rules` edits rebuild nothing (rules decide what triggers, not
 * what an image contains).
 */
export function matrixEdits(base: EntryLists, current: EntryLists): Map<Entry, Reason> {
  const edits = new Map<Entry, Reason>();
  for (const os of ['linux', 'darwin'] as const) {
    const before = new Map(base[os].map((e) => [identity(e), e.fields]));
    for (const entry of current[os]) {
      const old = before.get(identity(entry));
      if (!old) {
        edits.set(entry, { kind: 'matrix', change: 'added', fields: [] });
        continue;
      }
      const fields = changedFields(old, entry.fields);
      if (fields.length) edits.set(entry, { kind: 'matrix', change: 'changed', fields });
    }
  }
  return edits;
}

function changedFields(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonical(a[k]) !== canonical(b[k]));
}

/** JSON with sorted keys, so that `{a, b}` and `{b, a}` compare equal. */
function canonical(v: unknown): string {
  return (
    JSON.stringify(v, (_, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : value,
    ) ?? 'undefined'
  );
}
