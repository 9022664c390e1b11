/**
 * Finds the top-level block lists (`include:` followed by `- …` items) in a
 * matrix file's text, so that their items can be parsed a slice at a time:
 * a parser's event stream for a 100k-entry file is several times the size of
 * the values it describes. Anything this scan is unsure of returns
 * undefined, and the file is parsed whole.
 */

export interface ListRegion {
  key: string;
  /** Offset of the first line after `key:`, and of the line that ends the list. */
  start: number;
  end: number;
  /** Offset of each item's `-` line. */
  items: number[];
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const DASH = 45;

/** Directives and document markers change how everything after them parses. */
const DOCUMENT_SYNTAX = /^(?:%|---|\.\.\.)/m;

export function findBlockLists(text: string, keys: readonly string[]): ListRegion[] | undefined {
  if (DOCUMENT_SYNTAX.test(text)) return undefined;
  const regions: ListRegion[] = [];
  let open: { key: string; start: number } | undefined;
  let list: ListRegion | undefined;
  let indent = -1;

  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    let first = at;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    const ch = first < end ? text.charCodeAt(first) : -1;
    const blank = ch === -1 || ch === CR;
    const column = first - at;

    if (ch === TAB && (open || list)) return undefined; // tab indentation: let the parser judge
    if (!blank && ch !== HASH) {
      const item = ch === DASH && isSeparator(text.charCodeAt(first + 1), first + 1, end);
      if (open) {
        // The first line of the value decides whether it is a block list.
        if (item) {
          list = { key: open.key, start: open.start, end: text.length, items: [at] };
          indent = column;
        }
        open = undefined;
      } else if (list) {
        if (column > indent) {
          // inside the current item
        } else if (column === indent && item) {
          list.items.push(at);
        } else {
          if (column !== 0) return undefined; // a list that ends at an odd indentation
          list.end = at;
          regions.push(list);
          list = undefined;
        }
      }
      if (!open && !list && column === 0) {
        const key = keys.find((k) => isKeyLine(text, at, end, k));
        if (key) open = { key, start: nl < 0 ? text.length : nl + 1 };
      }
    }
    at = nl < 0 ? text.length : nl + 1;
  }
  if (list) regions.push(list);
  return regions;
}

/** `-` is an item marker when a space, CR or the line's end follows it. */
function isSeparator(c: number, at: number, end: number): boolean {
  return at >= end || c === SPACE || c === CR;
}

/** `key:` alone on its line, optionally with a comment. */
function isKeyLine(text: string, at: number, end: number, key: string): boolean {
  if (!text.startsWith(`${key}:`, at)) return false;
  const rest = text.slice(at + key.length + 1, end).trim();
  return rest === '' || (rest.startsWith('#') && /^\s/.test(text.charAt(at + key.length + 1)));
}
