/**
 * The two readings of a YAML file side by side: YamlSource.parse (js-yaml's
 * events for a plain document) and YamlSource.parseWithYaml (yaml's document
 * model, the reference). Shared by __tests__/yaml-fast-path.test.ts and
 * bench/real-yaml-agreement.mjs, so both compare the same things. No jest
 * here: the bench compiles this file with tsc and runs it under plain node.
 */
import { isDeepStrictEqual } from 'node:util';
import { readPlainDocument } from '../../src/core/yaml-events.js';
import {
  MAX_DEPTH,
  YamlSource,
  YamlSyntaxError,
  type NodePath,
} from '../../src/core/yaml-source.js';

/** Whether YamlSource.parse reads `text` from js-yaml's events. */
export const takesFastPath = (text: string): boolean =>
  readPlainDocument(text, MAX_DEPTH) !== undefined;

/** What the matrix file asks alteredNumbers about, and roots that are not there. */
const SECTIONS: NodePath[] = [['include'], ['includeDarwin'], ['rules'], ['missing'], [0]];

/** Steps below a collection that lead nowhere: locate answers with the nearest ancestor. */
const STRAY_STEPS: readonly (string | number)[] = ['', 'missing', 0, 1, -1, 1.5, 10_000];

/**
 * Every way the two readings of `text` differ: the error (message and
 * position), the value (strictly: key order, own properties, prototypes,
 * -0 and NaN), the warnings, `locate` of every path of the value (node and
 * key) and of stray steps below each collection, `alteredNumbers` of the
 * whole document and of the matrix file's sections, and `position` across
 * the text. Empty when they agree.
 */
export function readingDifferences(text: string): string[] {
  const fast = attempt(() => YamlSource.parse(text));
  const reference = attempt(() => YamlSource.parseWithYaml(text));
  if (typeof fast === 'string' || typeof reference === 'string')
    return fast === reference ? [] : [`outcome: ${outcome(fast)} vs ${outcome(reference)}`];
  const differences: string[] = [];
  const differ = (what: string, a: unknown, b: unknown): void => {
    if (!isDeepStrictEqual(a, b)) differences.push(`${what}: ${show(a)} vs ${show(b)}`);
  };
  const shape = canonical(fast.value);
  if (shape !== canonical(reference.value) || !isDeepStrictEqual(fast.value, reference.value))
    differences.push(
      `value: ${shape.slice(0, 300)} vs ${canonical(reference.value).slice(0, 300)}`,
    );
  differ('warnings', fast.warnings, reference.warnings);
  const locate = (p: NodePath): void => {
    differ(`locate ${show(p)}`, fast.locate(p), reference.locate(p));
    differ(`locate ${show(p)} key`, fast.locate(p, 'key'), reference.locate(p, 'key'));
  };
  for (const [path, value] of allPaths(reference.value)) {
    locate(path);
    if (value && typeof value === 'object') for (const s of STRAY_STEPS) locate([...path, s]);
  }
  for (const roots of [[[]], SECTIONS])
    differ(
      `alteredNumbers ${show(roots)}`,
      fast.alteredNumbers(roots),
      reference.alteredNumbers(roots),
    );
  const step = Math.max(1, Math.floor(text.length / 500));
  for (let offset = -1; offset <= text.length + 1; offset += step)
    differ(`position ${offset}`, fast.position(offset), reference.position(offset));
  return differences;
}

function attempt(read: () => YamlSource): YamlSource | string {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    return `${err.message} at ${JSON.stringify(err.position)}`;
  }
}

const outcome = (read: YamlSource | string): string =>
  typeof read === 'string' ? read : `read ${canonical(read.value).slice(0, 300)}`;

const show = (v: unknown): string =>
  typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)).slice(0, 300);

/** Every path into a value (the root, each mapping key and sequence index), with what it leads to. */
export function allPaths(
  value: unknown,
  path: NodePath = [],
  out: [NodePath, unknown][] = [],
): [NodePath, unknown][] {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

/** A value as text that tells apart what JSON does not: key order, own names, -0, NaN, Infinity. */
export function canonical(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '(proto)';
  const fields = Object.getOwnPropertyNames(value).map(
    (k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`,
  );
  return `${proto}{${fields.join(',')}}`;
}
