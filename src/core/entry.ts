import type { NodePath } from './yaml-source.js';

export type Os = 'linux' | 'darwin';

/** One build entry, passed through verbatim in `fields`. */
export interface Entry {
  os: Os;
  /** Position in its list (`include` or `includeDarwin`). */
  index: number;
  path: NodePath;
  fields: Readonly<Record<string, unknown>>;
  backend: string;
  tagSuffix: string;
  /** '' for a single-arch entry. */
  platformTag: string;
}

/** The string form of a field as selectors and templates see it; '' when absent. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export const isMultiArch = (e: Entry): boolean => e.os === 'linux' && e.platformTag !== '';

/** `tag-suffix` + `platform-tag`: what makes an entry unique within its list. */
export const identity = (e: Entry): string => `${e.tagSuffix}\u0000${e.platformTag}`;

export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
