/**
 * Puts `init`'s rules block into a matrix file without touching anything
 * else: first through the yaml document API, and when its re-stringify would
 * change any other line (it normalises spacing and comments), as text at the
 * end of the top-level mapping. Either way the result is parsed again and
 * checked: the same entries, the proposed rules, every other line as it was.
 */
import { isMap, parseDocument, type Node, type Pair } from 'yaml';
import { UserError } from '../core/problems.js';

export interface Inserted {
  text: string;
  method: 'document' | 'text';
}

export function insertRules(
  text: string,
  block: string,
  expected: unknown,
  file: string,
): Inserted {
  const doc = parseDocument(text, { uniqueKeys: true, merge: true });
  if (doc.errors.length) throw new UserError(`${file}: ${doc.errors[0].message}`);
  if (!isMap(doc.contents) || (doc.contents as { flow?: boolean }).flow)
    throw new UserError(
      `${file}: the top level is not a block mapping, so the rules cannot be inserted`,
    );
  const existing = (doc.contents.items as Pair<Node, Node>[]).find(
    (p) => (p.key as { value?: unknown })?.value === 'rules',
  );
  const lines = text.split('\n');
  // The lines an existing `rules` section (with --force) takes, which the block replaces.
  const removed = existing
    ? {
        start: lineOf(text, existing.key!.range![0]),
        end: lineOf(text, existing.value ? existing.value.range![2] : existing.key!.range![2]),
      }
    : undefined;

  const viaDocument = (): string => {
    const blockDoc = parseDocument(block);
    const pair = (blockDoc.contents as { items: Pair<Node, Node>[] }).items[0];
    const copy = parseDocument(text, { uniqueKeys: true, merge: true });
    copy.delete('rules');
    (copy.contents as { items: unknown[] }).items.push(pair);
    return copy.toString({ lineWidth: 0, flowCollectionPadding: false });
  };
  const viaText = (): string => {
    if (existing && removed) {
      const start = existing.key!.range![0];
      const end = existing.value ? existing.value.range![2] : existing.key!.range![2];
      return text.slice(0, start) + block + text.slice(end);
    }
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    const blank = /\n\s*\n$/.test(text + sep) || text === '' ? '' : '\n';
    return text + sep + blank + block;
  };

  for (const [method, make] of [
    ['document', viaDocument],
    ['text', viaText],
  ] as const) {
    const out = make();
    if (keepsOtherLines(lines, out.split('\n'), removed) && holds(out, text, expected))
      return { text: out, method };
  }
  throw new UserError(
    `${file}: the rules could not be inserted without changing other lines; paste the printed block by hand`,
  );
}

/** 0-based line of an offset. */
const lineOf = (text: string, offset: number): number =>
  text.slice(0, offset).split('\n').length - 1;

/** Every original line outside the replaced range survives, in order, around one inserted run. */
function keepsOtherLines(
  before: string[],
  after: string[],
  removed: { start: number; end: number } | undefined,
): boolean {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix])
    prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  if (!removed) return prefix + suffix >= before.length;
  return prefix >= removed.start && suffix >= before.length - removed.end;
}

/** Parsed again: the entries are untouched and `rules` is what was proposed. */
function holds(out: string, original: string, expected: unknown): boolean {
  const a = parseDocument(out, { uniqueKeys: true, merge: true });
  const b = parseDocument(original, { uniqueKeys: true, merge: true });
  if (a.errors.length) return false;
  const ja = a.toJS({ maxAliasCount: -1 }) as Record<string, unknown>;
  const jb = b.toJS({ maxAliasCount: -1 }) as Record<string, unknown>;
  const { rules, ...rest } = ja;
  const { rules: _old, ...restBefore } = jb;
  void _old;
  return (
    JSON.stringify(rest) === JSON.stringify(restBefore) &&
    JSON.stringify(rules) === JSON.stringify(expected)
  );
}
