/**
 * Glob matching in time proportional to pattern × path, for the patterns
 * rule files and `.dockerignore` files are made of: literal characters
 * (`\x` escapes one), `?`, `*` within a segment, and `**` as a whole segment.
 * picomatch compiles globs to regular expressions, which backtrack: a pattern
 * like `*a*a*a*a*a*b` against a long name takes minutes. Here every `*` (and
 * every `**`) resumes from the last one only, so no input can do that.
 * Other syntax (classes, braces, extglobs, quotes) is left to picomatch.
 */
import picomatch from 'picomatch/posix.js';

type Item = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' };
type Segment = { kind: 'globstar' } | { kind: 'items'; items: Item[] };

/** Characters outside the subset: their meaning is picomatch's. */
const OTHER = /[[\]{}()!+@|"]/;

/** The compiled pattern, or undefined when it uses syntax outside the subset. */
export function compileLinear(pattern: string): ((path: string) => boolean) | undefined {
  if (pattern === '' || pattern.startsWith('/') || pattern.endsWith('/')) return undefined;
  const segments: Segment[] = [];
  for (const raw of pattern.split('/')) {
    if (raw === '' || raw === '.' || raw === '..') return undefined;
    if (raw === '**') {
      // `**/**` means what `**` means.
      if (segments.at(-1)?.kind !== 'globstar') segments.push({ kind: 'globstar' });
      continue;
    }
    const items: Item[] = [];
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') {
        const next = raw[i + 1];
        if (next === undefined || next === '/') return undefined;
        items.push({ kind: 'char', c: next });
        i++;
      } else if (c === '*') {
        // A run of stars inside a segment is one star.
        if (items.at(-1)?.kind !== 'star') items.push({ kind: 'star' });
      } else if (c === '?') items.push({ kind: 'any' });
      else if (OTHER.test(c)) return undefined;
      else items.push({ kind: 'char', c });
    }
    segments.push({ kind: 'items', items });
  }
  // picomatch's `/**` at the end may match nothing, except after a segment
  // that ends in `*`: there it needs one more segment at least.
  const last = segments.at(-2);
  if (
    segments.at(-1)?.kind === 'globstar' &&
    last?.kind === 'items' &&
    last.items.at(-1)?.kind === 'star'
  )
    segments.splice(-1, 0, { kind: 'items', items: [{ kind: 'star' }] });
  let fallback: ((path: string) => boolean) | undefined;
  return (path) => {
    const parts = path.split('/');
    // Paths no repository holds (`a/`, `a//b`, `./a`): picomatch's own reading, when it is cheap.
    if (parts.some((p) => p === '' || p === '.' || p === '..')) {
      if (wildcardCount(pattern) > MAX_BACKTRACKING_WILDCARDS) return true;
      fallback ??= picomatch(pattern, { dot: true });
      return fallback(path);
    }
    return matchSegments(segments, parts);
  };
}

/** Segments: `**` matches any number of path segments (none included), greedy with one resume point. */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  let p = 0;
  let s = 0;
  let resumeP = -1;
  let resumeS = 0;
  while (s < path.length) {
    const seg = pattern[p];
    if (seg?.kind === 'globstar') {
      resumeP = p++;
      resumeS = s;
    } else if (seg && matchItems(seg.items, path[s])) {
      p++;
      s++;
    } else if (resumeP >= 0) {
      p = resumeP + 1;
      s = ++resumeS;
    } else return false;
  }
  while (pattern[p]?.kind === 'globstar') p++;
  return p === pattern.length;
}

/** One segment: `*` matches any run (a segment of a lone `*` is never empty), `?` one character. */
function matchItems(items: Item[], text: string): boolean {
  if (text === '') return false;
  let i = 0;
  let t = 0;
  let resumeI = -1;
  let resumeT = 0;
  while (t < text.length) {
    const item = items[i];
    if (item?.kind === 'star') {
      resumeI = i++;
      resumeT = t;
    } else if (item && (item.kind === 'any' || item.c === text[t])) {
      i++;
      t++;
    } else if (resumeI >= 0) {
      i = resumeI + 1;
      t = ++resumeT;
    } else return false;
  }
  while (items[i]?.kind === 'star') i++;
  return i === items.length;
}

/** Unbounded wildcards (`*`, `**`, `*(`, `+(`): what makes a backtracking matcher slow. */
export function wildcardCount(pattern: string): number {
  let n = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*') {
      n++;
      while (pattern[i + 1] === '*') i++;
    } else if (c === '+' && pattern[i + 1] === '(') n++;
  }
  return n;
}

/** Wildcards allowed in one pattern; real rule files and `.dockerignore` files use at most three. */
export const MAX_WILDCARDS = 8;
/** The same for a pattern picomatch matches (classes, braces, extglobs): its cost grows as length^wildcards. */
export const MAX_BACKTRACKING_WILDCARDS = 3;

/** Why a pattern has too many wildcards to be matched in bounded time, if it has. */
export function wildcardProblem(pattern: string): string | undefined {
  const n = wildcardCount(pattern);
  if (n > MAX_WILDCARDS)
    return `"${pattern.slice(0, 60)}${pattern.length > 60 ? '…' : ''}" has ${n} wildcards (* or **); at most ${MAX_WILDCARDS} are allowed in one pattern`;
  if (n > MAX_BACKTRACKING_WILDCARDS && !compileLinear(pattern))
    return `"${pattern.slice(0, 60)}${pattern.length > 60 ? '…' : ''}" has ${n} wildcards (* or **) and uses classes, braces or extglobs; at most ${MAX_BACKTRACKING_WILDCARDS} are allowed in such a pattern`;
  return undefined;
}
