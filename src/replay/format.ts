/** Small text forms shared by the table and HTML reports. */
import type { Entry } from '../core/entry.js';

export const shortSha = (sha: string): string => sha.slice(0, 10);

/** The calendar day of an ISO 8601 date, as the commit's committer saw it. */
export const day = (iso: string): string => iso.slice(0, 10);

export const percent = (part: number, whole: number): string =>
  whole ? `${((100 * part) / whole).toFixed(part && part < whole / 1000 ? 2 : 1)}%` : '-';

export const decimal = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const count = (n: number): string => n.toLocaleString('en-US');

/** `vllm (-cpu-vllm, amd64)`, with `macOS` for an includeDarwin entry. */
export function entryLabel(e: Entry): string {
  const parts = [e.tagSuffix, e.platformTag, e.os === 'darwin' ? 'macOS' : ''].filter(Boolean);
  return `${e.backend} (${parts.join(', ')})`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Outside text (subjects, file names) with control characters made visible. */
export const printable = (s: string): string =>
  s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
