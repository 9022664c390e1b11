/**
 * How far apart two short texts are, for naming the rule an entry most likely
 * meant: a one-letter typo (`defualt` for `default`) is near, another name
 * altogether is far.
 */

/** Longer texts are compared on their first this-many characters: the ranking needs no more. */
const MAX_LENGTH = 64;

/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn `a` into
 * `b`: the optimal string alignment distance, so a transposition counts as one.
 */
export function editDistance(a: string, b: string): number {
  const s = a.slice(0, MAX_LENGTH);
  const t = b.slice(0, MAX_LENGTH);
  const n = t.length;
  // Three rows: the one before the previous is needed for transpositions.
  let older = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    row[0] = i;
    const c = s.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = c === t.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        c === t.charCodeAt(j - 2) &&
        s.charCodeAt(i - 2) === t.charCodeAt(j - 1)
      ) {
        d = Math.min(d, older[j - 2] + 1);
      }
      row[j] = d;
    }
    [older, prev, row] = [prev, row, older];
  }
  return prev[n];
}

/** The edit distance as a share of the longer text: 0 the same, 1 nothing in common. */
export function distanceShare(a: string, b: string): number {
  const longest = Math.min(MAX_LENGTH, Math.max(a.length, b.length));
  return longest === 0 ? 0 : editDistance(a, b) / longest;
}
