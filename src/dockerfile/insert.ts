/**
 * Puts `init`'s rules block into a matrix file without touching anything
 * else: first through the yaml document API, and when its re-stringify would
 * change any other line (it normalises spacing and comments), as text at the
 * end of the top-level mapping. Either way the result is parsed again and
 * checked: the same entries, the proposed rules, every other line as it was.
 */
import { isMap, parseDocument, type Node, type Pair } from 'yaml';
import { UserError } from '../core/problems.js';
import { RULES_HEADER } from './render.js';

export interface Inserted {
  text: string;
  method: 'document' | 'text';
}

export function insertRules(
  original: string,
  lfBlock: string,
  expected: unknown,
  file: string,
): Inserted {
  // A file whose every line ends in CRLF is edited as LF and written back as CRLF.
  const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  const text = crlf ? original.replace(/\r\n/g, '\n') : original;
  const block = lfBlock;
  const done = (out: string, method: Inserted['method']): Inserted => ({
    text: crlf ? out.replace(/\n/g, '\r\n') : out,
    method,
  });
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
  // The comment a previous init put above them goes too, so a second run does not stack headers.
  const from = existing ? headerStart(text, existing.key!.range![0]) : 0;
  const removed = existing
    ? {
        start: lineOf(text, from),
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
      const start = from;
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
      return done(out, method);
  }
  throw new UserError(
    `${file}: the rules could not be inserted without changing other lines; paste the printed block by hand`,
  );
}

/**
 * Where the `rules` key's block starts: at the key, or at the header comment
 * init wrote above it (`# Proposed by \`backend-matrix init\`…`), when that
 * comment is the line right above the key.
 */
function headerStart(text: string, keyOffset: number): number {
  const lineStart = text.lastIndexOf('\n', keyOffset - 1) + 1;
  if (lineStart === 0) return keyOffset;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1);
  return prev === `#${RULES_HEADER}` ? prevStart : keyOffset;
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
  // The lines before and after the replaced range, each compared on its own: the new block may
  // equal the old one, so the common prefix and suffix may overlap.
  const head = before.slice(0, removed.start);
  const tail = before.slice(removed.end);
  const at = after.length - tail.length;
  return (
    at >= head.length &&
    head.every((l, i) => after[i] === l) &&
    tail.every((l, i) => after[at + i] === l)
  );
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
