/**
 * The entries of many revisions of one matrix file, parsed item by item.
 *
 * Consecutive revisions differ in a few list items, and a 200 KB file takes
 * over 100 ms to parse, so a replay with hundreds of matrix edits would spend
 * its time re-parsing unchanged entries. When a revision is simple enough
 * that each top-level list item's value depends on its own text alone (block
 * lists, no anchors, aliases, merge keys or tags in the items), each item is
 * parsed once per distinct text and the rest of the file (the skeleton, with
 * the items cut out) is parsed to catch syntax errors anywhere else. Any
 * other revision is parsed whole, as `loadMatrixFile` always does.
 */
import type { Entry } from '../core/entry.js';
import { loadMatrixFile, type MatrixFile } from '../core/matrix-file.js';

const LIST_KEYS = ['include', 'includeDarwin'] as const;
/** Characters that can make an item depend on text outside it. */
const NOT_SELF_CONTAINED = /[&*!]|<</;
/** More new items than this in one revision: one whole parse is cheaper. */
const MAX_ITEM_PARSES = 40;

interface Split {
  skeleton: string;
  items: { list: (typeof LIST_KEYS)[number]; text: string }[];
}

/**
 * Cuts the block-list items of `include` and `includeDarwin` out of the text,
 * each as its verbatim lines; undefined when the text is not of the simple
 * shape this needs.
 */
export function splitItems(text: string): Split | undefined {
  if (text.includes('\r') || /^(%|---|\.\.\.)/m.test(text)) return undefined;
  const lines = text.split('\n');
  const skeleton: string[] = [];
  const items: Split['items'] = [];
  let list: (typeof LIST_KEYS)[number] | undefined;
  let indent = -1;
  let current: string[] | undefined;
  const flush = (): boolean => {
    if (!current || !list) return true;
    const itemText = current.join('\n');
    current = undefined;
    if (NOT_SELF_CONTAINED.test(itemText)) return false;
    items.push({ list, text: itemText });
    return true;
  };
  for (const line of lines) {
    const blank = /^\s*(#.*)?$/.test(line);
    if (list) {
      const lead = line.length - line.trimStart().length;
      const starts = /^ *-( |$)/.test(line);
      if (!blank && indent < 0) {
        if (!starts) return undefined;
        indent = lead;
      }
      if (!blank && starts && lead === indent) {
        if (!flush()) return undefined;
        current = [line];
        continue;
      }
      if (blank || lead > indent) {
        if (current) current.push(line);
        else skeleton.push(line);
        continue;
      }
      if (lead !== 0) return undefined;
      if (!flush()) return undefined;
      list = undefined;
    }
    const key = /^(include|includeDarwin):\s*(#.*)?$/.exec(line);
    if (key) {
      list = key[1] as (typeof LIST_KEYS)[number];
      indent = -1;
    }
    skeleton.push(line);
  }
  if (!flush()) return undefined;
  return { skeleton: skeleton.join('\n'), items };
}

/** Parsed items by list and text: an item's entry, or null when it is no valid entry. */
export class MatrixItems {
  private readonly items = new Map<string, Entry | null>();

  /**
   * The revision's entries, as `loadMatrixFile(text).linux/darwin` would give
   * them (positions aside); an Error when the text is not valid YAML.
   */
  entries(text: string, file: string): Pick<MatrixFile, 'linux' | 'darwin'> | Error {
    const split = splitItems(text);
    const missing = split?.items.filter((i) => !this.items.has(key(i.list, i.text))) ?? [];
    if (!split || missing.length > MAX_ITEM_PARSES) return this.whole(text, file, split);
    // The skeleton must parse, and must hold no list item the cut missed.
    const skeleton = loadMatrixFile(split.skeleton, file).source;
    if (!skeleton || LIST_KEYS.some((k) => hasItems(skeleton.value, k)))
      return this.whole(text, file, undefined);
    for (const item of missing) {
      const prefix = item.list === 'include' ? 'include:\n' : 'include: []\nincludeDarwin:\n';
      const m = loadMatrixFile(`${prefix}${item.text}\n`, file);
      if (!m.source) return this.whole(text, file, undefined);
      this.items.set(key(item.list, item.text), [...m.linux, ...m.darwin][0] ?? null);
    }
    const linux: Entry[] = [];
    const darwin: Entry[] = [];
    for (const item of split.items) {
      const e = this.items.get(key(item.list, item.text));
      if (e) (e.os === 'linux' ? linux : darwin).push(e);
    }
    return { linux, darwin };
  }

  /** One whole parse; its entries also fill the cache when the items could be cut out. */
  private whole(
    text: string,
    file: string,
    split: Split | undefined,
  ): Pick<MatrixFile, 'linux' | 'darwin'> | Error {
    const m = loadMatrixFile(text, file);
    if (!m.source) {
      const p = m.problems[0];
      return new Error(
        `${file} is not valid YAML${p ? ` (line ${p.line}: ${p.message})` : ''}, so its entry edits are unknown`,
      );
    }
    if (split && LIST_KEYS.every((k) => itemCount(m.source!.value, k) === count(split, k))) {
      const byList = { include: m.linux, includeDarwin: m.darwin };
      const seen = { include: 0, includeDarwin: 0 };
      for (const item of split.items) {
        const index = seen[item.list]++;
        const e = byList[item.list].find((x) => x.index === index) ?? null;
        this.items.set(key(item.list, item.text), e);
      }
    }
    return { linux: m.linux, darwin: m.darwin };
  }
}

const key = (list: string, text: string): string => `${list}\u0000${text}`;

function itemCount(root: unknown, list: string): number {
  const v = root && typeof root === 'object' ? (root as Record<string, unknown>)[list] : undefined;
  return Array.isArray(v) ? v.length : 0;
}

const hasItems = (root: unknown, list: string): boolean => itemCount(root, list) > 0;

const count = (split: Split, list: string): number =>
  split.items.filter((i) => i.list === list).length;
