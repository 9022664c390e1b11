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

/** Lines with wildcards a `.dockerignore` may hold; real ones have a few dozen. */
export const MAX_WILDCARD_LINES = 2_000;

const WILDCARD = /[*?[\]{}\\]/;

/**
 * Literal lines are looked up by path, and wildcard lines are filed under
 * their literal directory, so a file meets only the lines that could match
 * it: a 20,000-line file costs a few lookups per path.
 */
export class DockerIgnore {
  private readonly literal = new Map<string, Pattern>();
  private readonly byBase = new Map<string, Pattern[]>();

  private constructor(
    readonly patterns: readonly Pattern[],
    /** Why the file is not applied (too costly to match), naming the line; undefined when it is. */
    readonly refused?: string,
  ) {
    for (const p of patterns) {
      if (!WILDCARD.test(p.text)) {
        this.literal.set(p.text, p); // a later identical line decides
        continue;
      }
      const segments = p.text.split('/');
      const base: string[] = [];
      for (const seg of segments) {
        if (WILDCARD.test(seg)) break;
        base.push(seg);
      }
      pushTo(this.byBase, base.join('/'), p);
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
      if (WILDCARD.test(clean) && ++wildcards > MAX_WILDCARD_LINES)
        return new DockerIgnore(
          [],
          `it has more than ${MAX_WILDCARD_LINES} lines with wildcards (line ${lineNo})`,
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

/** Whether the file or one of its directories (no shorter than `base`) matches. */
function matchesOrParent(test: (p: string) => boolean, file: string, base = ''): boolean {
  if (test(file)) return true;
  for (let i = file.lastIndexOf('/'); i >= base.length && i > 0; i = file.lastIndexOf('/', i - 1)) {
    if (test(file.slice(0, i))) return true;
  }
  return false;
}
