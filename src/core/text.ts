/**
 * The matrix file's bytes as text. Only UTF-8 is accepted (a UTF-8 BOM is
 * dropped): a UTF-16 or UTF-32 file is named as such, and an invalid byte is
 * an error at its line and column, never a silent U+FFFD.
 */
import { UserError, type Problem } from './problems.js';

const BOMS: [bytes: number[], encoding: string][] = [
  // UTF-32 LE starts like UTF-16 LE: test it first.
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
  [[0xff, 0xfe], 'UTF-16'],
  [[0xfe, 0xff], 'UTF-16'],
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** How much of the start is sampled for a BOM-less UTF-16/32 file. */
const SAMPLE = 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/**
 * UTF-16 or UTF-32 without a BOM: YAML is mostly ASCII, so every second (or
 * all but every fourth) byte is NUL, all on the same side. A stray NUL in a
 * UTF-8 file does not look like that.
 */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE);
  if (n < 2) return undefined;
  const zerosAt = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zerosAt[i % 4]++;
  const quarter = n / 4;
  const zeros = zerosAt.reduce((a, b) => a + b, 0);
  if (zeros >= 2.5 * quarter && zerosAt.filter((z) => z >= 0.8 * quarter).length === 3)
    return 'UTF-32';
  const even = zerosAt[0] + zerosAt[2];
  const odd = zerosAt[1] + zerosAt[3];
  return Math.max(even, odd) >= 0.8 * (n / 2) && Math.min(even, odd) <= 0.1 * (n / 2)
    ? 'UTF-16'
    : undefined;
}

/** 1-based line and column (UTF-16 code units, as the YAML positions) of `index` in `text`. */
function position(text: string, index: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: index - start + 1 };
}

/** Where the first invalid sequence is: the first U+FFFD of a lossy decode that the file did not spell out. */
function firstInvalid(bytes: Uint8Array, lossy: string): { index: number; byte: number } {
  const encoder = new TextEncoder();
  let from = 0;
  let byte = 0;
  for (;;) {
    const index = lossy.indexOf('\uFFFD', from);
    if (index < 0) return { index: lossy.length, byte: bytes.length };
    byte += encoder.encode(lossy.slice(from, index)).length;
    if (bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd) {
      byte += 3;
      from = index + 1;
      continue;
    }
    return { index, byte };
  }
}

/** Decodes a matrix file; bad encodings are a UserError with a located problem. */
export function decodeMatrixText(bytes: Uint8Array, file: string): string {
  const fail = (message: string, at = { line: 0, col: 0 }): never => {
    const problem: Problem = { level: 'error', message, file, ...at };
    throw new UserError(`${file} cannot be read as UTF-8`, [problem]);
  };
  const wide = BOMS.find(([bom]) => startsWith(bytes, bom))?.[1] ?? wideEncoding(bytes);
  if (wide) fail(`the file is ${wide}; save it as UTF-8`);
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const { index, byte } = firstInvalid(body, lossy);
    const hex = `0x${(body[byte] ?? 0).toString(16).padStart(2, '0').toUpperCase()}`;
    return fail(
      `invalid UTF-8 (byte ${hex} at offset ${byte + (body === bytes ? 0 : UTF8_BOM.length)}): save the file as UTF-8`,
      position(lossy, index),
    );
  }
}
