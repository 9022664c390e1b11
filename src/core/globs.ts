import picomatch from 'picomatch/posix.js';
import { pushTo } from './collections.js';
import { compileLinear, wildcardProblem } from './wildmatch.js';

/** Characters with a meaning to picomatch (`"…"` quotes a literal). */
const GLOB_CHARS = /[*?[\]{}()!+@\\|"]/;
const OPTIONS = { dot: true } as const;

/** Drops a leading `./` (or several): `./backend/x` and `backend/x` are the same file. */
export function normalizePath(p: string): string {
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** Escapes glob syntax so a field value matches only itself. */
export function escapeGlob(value: string): string {
  return value.replace(/[*?[\]{}()!+@\\|"]/g, '\\$&');
}

/**
 * One compiled glob. Most patterns in a matrix file are literal paths or
 * `literal/dir/**`; those are answered with string compares, and picomatch
 * compiles the rest lazily, on the first file that reaches them.
 */
export class Glob {
  /** The literal directory (or whole path) every match starts with; '' when none. */
  readonly base: string;
  readonly kind: 'exact' | 'tree' | 'glob';
  /** The literal directory every match lies under, when the pattern proves one ('' for none). */
  readonly within: string | undefined;
  private matcher: ((s: string) => boolean) | undefined;

  constructor(readonly pattern: string) {
    const segments = pattern.split('/');
    const literal: string[] = [];
    for (const s of segments) {
      if (s === '' || s === '.' || s === '..' || GLOB_CHARS.test(s)) break;
      literal.push(s);
    }
    this.base = literal.join('/');
    // The base binds only when a glob segment, not an empty or dot segment, ends it.
    this.within = GLOB_CHARS.test(segments[literal.length] ?? '') ? this.base : undefined;
    if (literal.length === segments.length) this.kind = 'exact';
    else if (literal.length === segments.length - 1 && segments.at(-1) === '**' && literal.length)
      this.kind = 'tree';
    else this.kind = 'glob';
  }

  /** Why the pattern is refused (too many wildcards, or picomatch refuses it), if it is. */
  problem(): string | undefined {
    if (this.kind !== 'glob') return undefined;
    const costly = wildcardProblem(this.pattern);
    if (costly) return costly;
    if (this.matcher) return undefined;
    try {
      this.matcher = compileLinear(this.pattern) ?? picomatch(this.pattern, OPTIONS);
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  }

  test(value: string): boolean {
    switch (this.kind) {
      case 'exact':
        return value === this.pattern;
      case 'tree':
        return (
          value.startsWith(this.base) &&
          (value.length === this.base.length ||
            (value[this.base.length] === '/' && !DOT_SEGMENT.test(value.slice(this.base.length))))
        );
      default:
        return (this.matcher ??= compile(this.pattern))(value);
    }
  }
}

/** picomatch's `**` never crosses a `.` or `..` segment; the shortcut must not either. */
const DOT_SEGMENT = /\/\.\.?(\/|$)/;

/**
 * Rule globs are checked when the file is loaded; a pattern built from a field
 * value can still be refused (picomatch caps length). It then matches every
 * path under its base: building too much beats building nothing. The common
 * syntax is matched in linear time; picomatch gets the rest, few wildcards.
 */
function compile(pattern: string): (s: string) => boolean {
  if (wildcardProblem(pattern)) return () => true;
  try {
    return compileLinear(pattern) ?? picomatch(pattern, OPTIONS);
  } catch {
    return () => true;
  }
}

/**
 * A matcher for a pattern of another syntax's origin (a `.dockerignore` line,
 * a COPY source), with picomatch's options for it; undefined when the pattern
 * is refused (too many wildcards, or picomatch refuses it).
 */
export function boundedMatcher(
  pattern: string,
  options: picomatch.PicomatchOptions,
): ((s: string) => boolean) | undefined {
  if (wildcardProblem(pattern)) return undefined;
  try {
    return compileLinear(pattern) ?? picomatch(pattern, options);
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Glob>();
/** Compiled globs are shared: legs of one backend expand to the same patterns. */
export function glob(pattern: string): Glob {
  let g = cache.get(pattern);
  if (!g) cache.set(pattern, (g = new Glob(pattern)));
  return g;
}

/**
 * Whether the exclusion `negative` provably removes every path `positive` can
 * match: a literal path it matches, or a pattern whose literal directory lies
 * inside an excluded `dir/**` (or `**`). Repository paths have no `.` or `..`
 * segments, the only paths `dir/**` leaves out. Other overlaps are not
 * decided, so a correct list is never reported.
 */
export function shadows(negative: Glob, positive: Glob): boolean {
  if (positive.kind === 'exact') return negative.test(positive.pattern);
  const dir = positive.kind === 'tree' ? positive.base : positive.within;
  const tree =
    negative.kind === 'tree' ? negative.base : negative.pattern === '**' ? '' : undefined;
  if (dir === undefined || tree === undefined) return false;
  return tree === '' || dir === tree || dir.startsWith(`${tree}/`);
}

/** `!(a|b)` is an extglob (a positive pattern), not a negation of `(a|b)`. */
export const isNegation = (p: string): boolean => p.startsWith('!') && !p.startsWith('!(');

/** A list of globs where `!` patterns exclude: a value matches some positive and no negative. */
export class PatternList {
  readonly positives: Glob[] = [];
  readonly negatives: Glob[] = [];

  constructor(patterns: readonly string[]) {
    for (const p of patterns) {
      if (isNegation(p)) this.negatives.push(glob(normalizePath(p.slice(1))));
      else this.positives.push(glob(normalizePath(p)));
    }
  }

  /** With no positive pattern, everything not excluded matches (selector lists). */
  test(value: string): boolean {
    if (this.positives.length && !this.positives.some((g) => g.test(value))) return false;
    return !this.excludes(value);
  }

  excludes(value: string): boolean {
    return this.negatives.some((g) => g.test(value));
  }
}

/**
 * Finds which of many globs match a path without testing them all: each glob
 * is filed under its literal base, and a path only meets the globs filed under
 * its own directory prefixes.
 */
export class GlobIndex<T> {
  private readonly buckets = new Map<string, { glob: Glob; item: T }[]>();

  add(g: Glob, item: T): void {
    pushTo(this.buckets, g.base, { glob: g, item });
  }

  /** Calls `visit` for every added item whose glob matches `path`. */
  query(path: string, visit: (item: T) => void): void {
    this.visitBucket('', path, visit);
    for (let i = path.indexOf('/', 1); i >= 0; i = path.indexOf('/', i + 1)) {
      this.visitBucket(path.slice(0, i), path, visit);
    }
    if (path) this.visitBucket(path, path, visit);
  }

  private visitBucket(base: string, path: string, visit: (item: T) => void): void {
    const bucket = this.buckets.get(base);
    if (bucket) for (const { glob, item } of bucket) if (glob.test(path)) visit(item);
  }
}
