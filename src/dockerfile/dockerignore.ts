/**
 * `.dockerignore` as Docker reads it: one pattern a line, `#` comments, `!`
 * re-includes, the last matching pattern wins, and a pattern that matches a
 * directory excludes everything under it.
 */
import path from 'node:path';
import { pushTo } from '../core/collections.js';
import { boundedMatcher } from '../core/globs.js';
import { wildcardProblem } from '../core/wildmatch.js';

/** BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile first, then the context's. */
export const readDockerIgnore = (
  read: (file: string) => string | undefined,
  dockerfile: string,
  context: string,
): string | undefined =>
  read(`${dockerfile}.dockerignore`) ??
  read(context ? `${context}/.dockerignore` : '.dockerignore');

export interface Pattern {
  text: string;
  include: boolean;
  test: (p: string) => boolean;
  /** Position in the file's patterns: the last matching pattern decides. */
  index: number;
}

// Wildcard lines a `.dockerignore` may hold beyond the common forms indexed
// below (real files have a few): each is tried on every file it could match.
export const MAX_WILDCARD_LINES = 256;

const WILDCARD = /[*?[\]{}\\]/;

// Lines are indexed so a file meets only those that could match it: literal
// paths are looked up by path, `**/name` and `**/*.ext` by each segment of
// the file, and other wildcard lines are filed under their literal directory.
// A 20,000-line file of those forms costs a few lookups per path.
export class DockerIgnore {
  private readonly literal = new Map<string, Pattern>();
  // `**/name`: any segment of the file named so.
  private readonly anySegment = new Map<string, Pattern>();
  // `**/*suffix`: any segment of the file ending so.
  private readonly anySuffix = new Map<string, Pattern>();
  private readonly suffixLengths = new Set<number>();
  private readonly byBase = new Map<string, Pattern[]>();

  private constructor(
    readonly patterns: readonly Pattern[],
    /** Why the file is not applied (too costly to match), naming the line; undefined when it is. */
    readonly refused?: string,
  ) {
    for (const p of patterns) {
      const kind = indexKind(p.text);
      if (kind.kind === 'literal')
        this.literal.set(p.text, p); // a later identical line decides
      else if (kind.kind === 'segment') this.anySegment.set(kind.key, p);
      else if (kind.kind === 'suffix') {
        this.anySuffix.set(kind.key, p);
        this.suffixLengths.add(kind.key.length);
      } else pushTo(this.byBase, kind.key, p);
    }
  }

  static readonly NONE = new DockerIgnore([]);

  static parse(text: string): DockerIgnore {
    const patterns: Pattern[] = [];
    let wildcards = 0;
    let lineNo = 0;
    for (const raw of text.split(/\r?\n|\r/)) {
      lineNo++;
      let line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const include = line.startsWith('!');
      if (include) line = line.slice(1).trim();
      const clean = path.posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
      if (!clean || clean === '.') continue;
      const costly = wildcardProblem(clean);
      if (costly) return new DockerIgnore([], `line ${lineNo}: ${costly}`);
      if (indexKind(clean).kind === 'base' && ++wildcards > MAX_WILDCARD_LINES)
        return new DockerIgnore(
          [],
          `it has more than ${MAX_WILDCARD_LINES} wildcard lines other than **/name and **/*.ext (line ${lineNo})`,
        );
      const test = boundedMatcher(clean, { dot: true });
      if (!test) continue; // Docker rejects the file; building more is the safe reading
      patterns.push({ text: clean, include, test, index: patterns.length });
    }
    return new DockerIgnore(patterns);
  }

  /** Whether `file` (relative to the context) is left out of the context. */
  excludes(file: string): boolean {
    if (!this.patterns.length) return false;
    const last = this.lastMatch(file);
    return last !== undefined && !last.include;
  }

  /** Whether one pattern, read on its own, leaves `file` out. */
  patternExcludes(p: Pattern, file: string): boolean {
    return matchesOrParent(p.test, file);
  }

  /** True when no `!` line can bring a file back, so each line reads as a plain exclusion. */
  get excludeOnly(): boolean {
    return this.patterns.every((p) => !p.include);
  }

  /** The last pattern that matches the file or one of its directories. */
  private lastMatch(file: string): Pattern | undefined {
    let best: Pattern | undefined;
    const better = (p: Pattern | undefined): void => {
      if (p && (!best || p.index > best.index)) best = p;
    };
    const prefixes: string[] = [];
    for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1))
      prefixes.push(file.slice(0, i));
    prefixes.push(file);
    for (const p of prefixes) better(this.literal.get(p));
    for (const seg of file.split('/')) {
      better(this.anySegment.get(seg));
      for (const n of this.suffixLengths)
        if (seg.length >= n) better(this.anySuffix.get(seg.slice(-n)));
    }
    // Wildcard lines filed under '' or a directory of the file; later lines first.
    for (const base of ['', ...prefixes]) {
      const list = this.byBase.get(base);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const p = list[i];
        if (best && p.index < best.index) break;
        if (matchesOrParent(p.test, file, base)) {
          better(p);
          break;
        }
      }
    }
    return best;
  }
}

type IndexKind =
  { kind: 'literal' } | { kind: 'segment' | 'suffix'; key: string } | { kind: 'base'; key: string };

/** How a line is indexed: by path, by segment name or ending, or under its literal directory. */
function indexKind(text: string): IndexKind {
  if (!WILDCARD.test(text)) return { kind: 'literal' };
  const m = /^\*\*\/(\*?)([^/]+)$/.exec(text);
  if (m && !WILDCARD.test(m[2])) return { kind: m[1] ? 'suffix' : 'segment', key: m[2] };
  const base: string[] = [];
  for (const seg of text.split('/')) {
    if (WILDCARD.test(seg)) break;
    base.push(seg);
  }
  return { kind: 'base', key: base.join('/') };
}

/** Whether the file or one of its directories (no shorter than `base`) matches. */
function matchesOrParent(test: (p: string) => boolean, file: string, base = ''): boolean {
  if (test(file)) return true;
  for (let i = file.lastIndexOf('/'); i >= base.length && i > 0; i = file.lastIndexOf('/', i - 1)) {
    if (test(file.slice(0, i))) return true;
  }
  return false;
}
