/**
 * `.dockerignore` as Docker reads it: one pattern a line, `#` comments, `!`
 * re-includes, the last matching pattern wins, and a pattern that matches a
 * directory excludes everything under it.
 */
import path from 'node:path';
import picomatch from 'picomatch/posix.js';

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
}

export class DockerIgnore {
  private constructor(readonly patterns: readonly Pattern[]) {}

  static readonly NONE = new DockerIgnore([]);

  static parse(text: string): DockerIgnore {
    const patterns: Pattern[] = [];
    for (const raw of text.split(/\r?\n|\r/)) {
      let line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const include = line.startsWith('!');
      if (include) line = line.slice(1).trim();
      const clean = path.posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
      if (!clean || clean === '.') continue;
      let test: (p: string) => boolean;
      try {
        test = picomatch(clean, { dot: true });
      } catch {
        continue; // Docker rejects the file; building more is the safe reading
      }
      patterns.push({ text: clean, include, test });
    }
    return new DockerIgnore(patterns);
  }

  /** Whether `file` (relative to the context) is left out of the context. */
  excludes(file: string): boolean {
    if (!this.patterns.length) return false;
    let excluded = false;
    for (const p of this.patterns) {
      if (p.include === !excluded) continue; // cannot change the verdict
      if (matchesOrParent(p.test, file)) excluded = !p.include;
    }
    return excluded;
  }

  /** Whether one pattern, read on its own, leaves `file` out. */
  patternExcludes(p: Pattern, file: string): boolean {
    return matchesOrParent(p.test, file);
  }

  /** True when no `!` line can bring a file back, so each line reads as a plain exclusion. */
  get excludeOnly(): boolean {
    return this.patterns.every((p) => !p.include);
  }
}

function matchesOrParent(test: (p: string) => boolean, file: string): boolean {
  if (test(file)) return true;
  for (let i = file.lastIndexOf('/'); i > 0; i = file.lastIndexOf('/', i - 1)) {
    if (test(file.slice(0, i))) return true;
  }
  return false;
}
