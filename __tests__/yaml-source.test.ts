/**
 * The sliced parse of the top-level lists must be indistinguishable from a
 * whole parse: same values (key order included), same errors, same positions.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { findBlockLists } from '../src/core/yaml-lists.js';
import { YamlSource, YamlSyntaxError } from '../src/core/yaml-source.js';

const example = readFileSync('examples/backend-matrix.yml', 'utf8');

type Outcome = { value: string; positions: string[] } | { error: string };

/** Parses and locates every entry and field, the way validation reports problems. */
function outcome(text: string, chunkBytes: number): Outcome {
  let source: YamlSource;
  try {
    source = YamlSource.parse(text, { chunkBytes });
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    return { error: `${err.message} @${err.position.line}:${err.position.col}` };
  }
  const positions: string[] = [];
  const root = source.value as Record<string, unknown> | null;
  for (const key of ['include', 'includeDarwin', 'rules']) {
    const list = root && typeof root === 'object' ? root[key] : undefined;
    positions.push(`${key}: ${JSON.stringify(source.locate([key], 'key'))}`);
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      positions.push(`${key}[${i}]: ${JSON.stringify(source.locate([key, i]))}`);
      if (item && typeof item === 'object') {
        for (const field of Object.keys(item)) {
          positions.push(
            `${key}[${i}].${field}: ${JSON.stringify(source.locate([key, i, field]))} ${JSON.stringify(source.locate([key, i, field], 'key'))}`,
          );
        }
      }
    });
  }
  return { value: JSON.stringify(source.value), positions };
}

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '- ',
  '  - ',
  '    ',
  '  ',
  '\t',
  '#',
  ' # c',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ': ',
  '&a ',
  '*a',
  '|',
  '>',
  '---',
  '%YAML 1.2',
  'include:',
  'rules:',
  '\r',
  '\uFEFF',
  '- x: "a\n  b"',
  'k: v',
];

/** Line-level edits that stress the list scanner: indentation, markers, quotes, comments. */
function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(random() * lines.length);
    const frag = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
    switch (Math.floor(random() * 5)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, frag);
        break;
      case 2:
        lines[i] = frag + lines[i];
        break;
      case 3:
        lines[i] = lines[i].replace(/^ {2}/, '');
        break;
      default:
        lines[i] = `${lines[i]}${frag}`;
    }
  }
  return lines.join('\n');
}

describe('finding the top-level lists', () => {
  it('finds each item of include and includeDarwin', () => {
    const text =
      'include:\n  - a: 1\n    b: 2\n  # note\n  - c\nincludeDarwin: # mac\n- d\nrules: {}\n';
    expect(findBlockLists(text, ['include', 'includeDarwin'])).toEqual([
      { key: 'include', start: 9, end: 42, items: [9, 36] },
      { key: 'includeDarwin', start: 63, end: 67, items: [63] },
    ]);
  });

  it.each([
    ['a flow list', 'include: [a, b]\n', []],
    ['a list ending at an odd indentation', 'include:\n  - a\n bad: 1\n', undefined],
    ['tab indentation', 'include:\n  - a\n\t- b\n', undefined],
    ['a document marker', '---\ninclude:\n  - a\n', undefined],
  ])('leaves %s to the whole parse', (_, text, expected) => {
    expect(findBlockLists(text, ['include'])).toEqual(expected);
  });
});

describe('the sliced parse', () => {
  it('equals the whole parse on the example, in slices of every size', () => {
    const whole = outcome(example, 0);
    for (const bytes of [1, 200, 1000, 256 * 1024]) expect(outcome(example, bytes)).toEqual(whole);
  });

  it('falls back for aliases, so alias limits stay global', () => {
    const text = 'include:\n  - &x {backend: a, tag-suffix: -a}\n  - *x\n';
    expect(outcome(text, 1)).toEqual(outcome(text, 0));
    expect(JSON.parse((outcome(text, 1) as { value: string }).value).include).toHaveLength(2);
  });

  it('reports errors inside a slice exactly as the whole parse does', () => {
    const text = `${example}\n`.replace(
      '    backend: vllm\n',
      '    backend: vllm\n    backend: dup\n',
    );
    const sliced = outcome(text, 300);
    expect(sliced).toEqual(outcome(text, 0));
    expect('error' in sliced && sliced.error).toMatch(/^duplicated mapping key @\d+:5$/);
  });

  it('equals the whole parse on 3,000 mutated files (seed 7)', async () => {
    const random = rng(7);
    let errors = 0;
    for (let n = 0; n < 3000; n++) {
      const text = mutate(example, random);
      const whole = outcome(text, 0);
      if ('error' in whole) errors++;
      const sliced = outcome(text, 1 + Math.floor(random() * 2000));
      if (JSON.stringify(sliced) !== JSON.stringify(whole)) {
        (await import('node:fs')).writeFileSync('/tmp/case.yml', text);
        throw new Error(
          `case ${n} differs:\n${JSON.stringify(text)}\nwhole: ${JSON.stringify(whole).slice(0, 300)}\nsliced: ${JSON.stringify(sliced).slice(0, 300)}`,
        );
      }
    }
    // The mutations must reach both outcomes for the comparison to mean something.
    expect(errors).toBeGreaterThan(300);
    expect(errors).toBeLessThan(2700);
  });
});
