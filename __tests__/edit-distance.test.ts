import { describe, expect, it } from '@jest/globals';
import { distanceShare, editDistance } from '../src/core/edit-distance.js';

/** The optimal string alignment distance, straight from its definition (full table). */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** A deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe('editDistance', () => {
  it.each([
    ['defualt', 'default', 1],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['llama-cpp', 'llama.cpp', 1],
  ])('%s → %s is %i', (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
  });

  it('agrees with the full-table definition on random short texts', () => {
    const next = random(7);
    const text = (): string =>
      Array.from({ length: Math.floor(next() * 12) }, () => 'abcd-/'[Math.floor(next() * 6)]).join(
        '',
      );
    for (let n = 0; n < 3000; n++) {
      const a = text();
      const b = text();
      expect([a, b, editDistance(a, b)]).toEqual([a, b, reference(a, b)]);
    }
  });

  it('compares long texts on their first 64 characters', () => {
    const a = 'x'.repeat(64);
    expect(editDistance(`${a}abc`, `${a}xyz`)).toBe(0);
    expect(distanceShare(`${a}abc`, 'y'.repeat(70))).toBe(1);
  });
});
