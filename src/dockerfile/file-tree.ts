/** The repository's files, sorted, for "which files lie under this path or glob". */
import { boundedMatcher } from '../core/globs.js';

const GLOB_CHARS = /[*?[\]{}\\]/;

export class FileTree {
  readonly files: readonly string[];
  private readonly set: ReadonlySet<string>;
  private dirs: Set<string> | undefined;

  constructor(files: Iterable<string>) {
    this.files = [...new Set(files)].sort(compare);
    this.set = new Set(this.files);
  }

  has(file: string): boolean {
    return this.set.has(file);
  }

  /** Every directory that holds a file (at any depth), without a trailing slash. */
  directories(): ReadonlySet<string> {
    if (this.dirs) return this.dirs;
    const dirs = new Set<string>();
    for (const f of this.files) {
      for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
    }
    return (this.dirs = dirs);
  }

  /** The file itself, or the files under it when it is a directory ('' is the root). */
  under(p: string): string[] {
    if (p === '') return [...this.files];
    const prefix = `${p}/`;
    const out = this.set.has(p) ? [p] : [];
    for (let i = lowerBound(this.files, prefix); i < this.files.length; i++) {
      if (!this.files[i].startsWith(prefix)) break;
      out.push(this.files[i]);
    }
    return out;
  }

  /**
   * Files a COPY source names: a literal path as `under`; a wildcard
   * (Go `filepath.Match`: `*` stays within a segment) matches files, or
   * directories whose files it then takes. A wildcard too costly to match
   * (see `wildcardProblem`) matches every file under its literal directory.
   */
  matching(source: string): string[] {
    if (!GLOB_CHARS.test(source)) return this.under(source);
    const segments = source.split('/');
    const literal: string[] = [];
    for (const s of segments) {
      if (GLOB_CHARS.test(s)) break;
      literal.push(s);
    }
    const test =
      boundedMatcher(source, { dot: true, noextglob: true, nobrace: true }) ?? (() => true);
    const depth = segments.length;
    const out: string[] = [];
    for (const f of this.under(literal.join('/'))) {
      const parts = f.split('/');
      if (parts.length >= depth && test(parts.slice(0, depth).join('/'))) out.push(f);
    }
    return out;
  }
}

/** Code-unit order, so prefix scans work whatever the locale. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
