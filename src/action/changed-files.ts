/**
 * The `changed-files` input (README, Inputs): a newline-separated list or a JSON
 * array, as paths from the repository root. Shared with the CLI, so it loads
 * nothing from the toolkit.
 */
import path from 'node:path';
import { UserError } from '../core/problems.js';

/**
 * `[` then a quote, `]` or nothing: what a JSON array of paths starts with. A
 * path such as `[locale]/page.tsx` does not, so such a list stays a newline list.
 */
const JSON_START = /^\[\s*("|\]|$)/;

/**
 * A newline-separated list or a JSON array of paths; '' means "find them from
 * the event". With `root`, each path is made relative to the repository root:
 * absolute paths inside it are shortened, `\` becomes `/`, `./` is dropped, and
 * a path that leaves the root is an error naming it.
 */
export function parseChangedFiles(raw: string, root?: string): string[] | undefined {
  if (!raw) return undefined;
  const list = listOf(raw);
  return root === undefined ? list : list.map((f) => repositoryPath(f, root)).filter(Boolean);
}

function listOf(raw: string): string[] {
  let parsed: unknown;
  let invalid: Error | undefined;
  if (raw.startsWith('[')) {
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      invalid = err as Error;
    }
  }
  if (parsed !== undefined) {
    if (!Array.isArray(parsed) || !parsed.every((f) => typeof f === 'string')) {
      throw new UserError('changed-files must be a JSON array of strings, or one path per line');
    }
    return parsed.map((f: string) => f.trim()).filter(Boolean);
  }
  if (invalid && JSON_START.test(raw)) {
    throw new UserError(
      `changed-files looks like a JSON array but is not valid JSON: ${invalid.message}`,
    );
  }
  return raw
    .split(/\r?\n/)
    .map((f) => f.trim())
    .filter(Boolean);
}

const ABSOLUTE = /^(\/|[A-Za-z]:\/)/;

function repositoryPath(file: string, root: string): string {
  const slashed = file.replace(/\\/g, '/');
  let rel = slashed;
  if (ABSOLUTE.test(slashed)) {
    const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (!slashed.startsWith(`${base}/`)) {
      throw new UserError(
        `changed-files: "${file}" is outside the workspace (${root}); list paths relative to the repository root`,
      );
    }
    rel = slashed.slice(base.length + 1);
  }
  const normal = path.posix.normalize(rel).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) {
    throw new UserError(
      `changed-files: "${file}" is outside the workspace; list paths relative to the repository root`,
    );
  }
  return normal === '.' ? '' : normal;
}
