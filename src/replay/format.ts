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

/** Outside text (subjects, file names) with control characters made visible. */
export { printable } from '../core/snippet.js';
