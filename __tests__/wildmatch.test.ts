/**
 * Glob matching in linear time (src/core/wildmatch.ts) and the indexed
 * `.dockerignore`: both must answer exactly as picomatch, which they replace
 * for speed, answers. Random patterns and paths from a small alphabet, so
 * that the corner cases (empty runs, dots, `**` at either end) come up often.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import picomatch from 'picomatch/posix.js';
import { compileLinear, wildcardCount, wildcardProblem } from '../src/core/wildmatch.js';
import { DockerIgnore } from '../src/dockerfile/dockerignore.js';

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
}

function randomPath(rnd: (n: number) => number): string {
  const atoms = ['a', 'b', '.', 'ab', 'ba', '.a', 'a.b', 'x'];
  const parts: string[] = [];
  for (let i = 0, n = 1 + rnd(3); i < n; i++) {
    let seg = '';
    for (let k = 0, l = 1 + rnd(3); k < l; k++) seg += atoms[rnd(atoms.length)];
    parts.push(seg === '.' || seg === '..' ? 'a' : seg);
  }
  return parts.join('/');
}

describe('the linear matcher', () => {
  it('agrees with picomatch on 40,000 random patterns of its syntax', () => {
    const rnd = random(7);
    const atoms = ['a', 'b', '.', '*', '**', '?', '/', '\\*', 'ab', '*.a', '.a'];
    let compared = 0;
    const differ: string[] = [];
    for (let k = 0; k < 40_000; k++) {
      let pattern = '';
      for (let i = 0, n = 1 + rnd(6); i < n; i++) pattern += atoms[rnd(atoms.length)];
      const linear = compileLinear(pattern);
      if (!linear) continue;
      const reference = picomatch(pattern, { dot: true });
      for (let j = 0; j < 10; j++) {
        const p = randomPath(rnd);
        compared++;
        if (linear(p) !== reference(p)) differ.push(`${pattern} ${p}`);
      }
    }
    expect(compared).toBeGreaterThan(100_000);
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('reads `/**` after a segment ending in `*`, and paths no repository holds, as picomatch does', () => {
    const cases = [
      ['*/**', 'a'],
      ['b*/**', 'ba'],
      ['*.sh/**', 'd.sh'],
      ['?/**', 'a'],
      ['**/*/**', 'a'],
      ['*/**', 'a/b'],
      ['a/*', 'a/'],
      ['a/b*', 'a/b/'],
      ['*', 'a/'],
      ['a/**', 'a/'],
      ['a/*', 'a//b'],
    ];
    for (const [pattern, p] of cases)
      expect([pattern, p, compileLinear(pattern)!(p)]).toEqual([
        pattern,
        p,
        picomatch(pattern, { dot: true })(p),
      ]);
  });

  it('leaves other syntax to picomatch', () => {
    for (const p of ['a/[bc]', '{a,b}/x', '@(a|b)', 'a/"b"', '!(x)', '/a', 'a/', 'a//b', './a'])
      expect(compileLinear(p)).toBeUndefined();
  });

  it('answers a pattern that makes picomatch backtrack, at once', () => {
    const pattern = `src/${'*a'.repeat(7)}*b`;
    expect(compileLinear(pattern)!(`src/${'a'.repeat(5000)}`)).toBe(false);
    expect(compileLinear(`**/${'x/**/'.repeat(7)}y`)!(`${'x/'.repeat(2000)}z`)).toBe(false);
  });

  it('counts wildcards as a backtracking matcher pays for them', () => {
    expect(wildcardCount('a/**/b/*.c')).toBe(2);
    expect(wildcardCount('a/***b\\*c?')).toBe(1);
    expect(wildcardProblem(`x/${'*a'.repeat(8)}`)).toBeUndefined();
    expect(wildcardProblem(`x/${'*a'.repeat(9)}`)).toMatch(/has 9 wildcards .*at most 8/);
    expect(wildcardProblem('{a,b}/*x*y*z*')).toMatch(
      /has 4 wildcards .*classes, braces or extglobs/,
    );
  });
});

describe('the indexed .dockerignore', () => {
  /** Docker's reading, as the audit read it before: every line in order, the last match wins. */
  function reference(text: string): (file: string) => boolean {
    const lines: { include: boolean; test: (s: string) => boolean }[] = [];
    for (const raw of text.split('\n')) {
      let line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const include = line.startsWith('!');
      if (include) line = line.slice(1).trim();
      const clean = path.posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
      if (!clean || clean === '.') continue;
      lines.push({ include, test: picomatch(clean, { dot: true }) });
    }
    return (file) => {
      let excluded = false;
      for (const l of lines) {
        const parts = file.split('/');
        const hit = parts.some((_, i) => l.test(parts.slice(0, i + 1).join('/')));
        if (hit) excluded = !l.include;
      }
      return excluded;
    };
  }

  it('agrees with reading every line in order, on 2,000 random files', () => {
    const rnd = random(11);
    const forms = [
      () => randomPath(rnd),
      () => `**/${['a', 'b', 'ab', '.a'][rnd(4)]}`,
      () => `**/*${['a', '.a', 'b', 'x'][rnd(4)]}`,
      () => `${['a', 'b', 'ab'][rnd(3)]}/*${['a', 'b'][rnd(2)]}`,
      () => `**/${['a', 'b'][rnd(2)]}/**`,
      () => `*.${['a', 'b'][rnd(2)]}`,
    ];
    let disagreements = 0;
    for (let round = 0; round < 100; round++) {
      const lines: string[] = [];
      for (let i = 0, n = 1 + rnd(12); i < n; i++)
        lines.push(`${rnd(4) === 0 ? '!' : ''}${forms[rnd(forms.length)]()}`);
      const text = lines.join('\n');
      const indexed = DockerIgnore.parse(text);
      const naive = reference(text);
      for (let j = 0; j < 20; j++) {
        const file = randomPath(rnd);
        if (indexed.excludes(file) !== naive(file)) disagreements++;
      }
    }
    expect(disagreements).toBe(0);
  });

  it('more wildcard lines than it can try on every file: not applied, and says which line', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `src/a*${i}`);
    const ignore = DockerIgnore.parse(lines.join('\n'));
    expect(ignore.refused).toBe(
      'it has more than 256 wildcard lines other than **/name and **/*.ext (line 257)',
    );
    expect(DockerIgnore.parse(`**/*.md\n${'x/*a'.repeat(1)}`).refused).toBeUndefined();
  });
});
