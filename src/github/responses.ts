/**
 * Reading GitHub's answers: file items into a FileList, the page count from a
 * `Link` header, the `message` of an error body. A body of the wrong shape is
 * an ApiError naming the request, never a silently empty list.
 */
import type { FileList } from '../change/ports.js';
import { ApiError } from './errors.js';

export interface FileItem {
  filename: string;
  previous_filename?: string;
  status?: string;
}

export function field(body: unknown, key: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
}

/** The items of a files list (`what` names the request in errors). */
export function fileItems(body: unknown, what: string): FileItem[] {
  if (!Array.isArray(body)) throw new ApiError(`${what}: expected a JSON array of files`);
  return body.map((f: unknown) => {
    const filename = field(f, 'filename');
    if (typeof filename !== 'string' || !filename) {
      throw new ApiError(`${what}: a file item has no filename`);
    }
    const item: FileItem = { filename };
    const prev = field(f, 'previous_filename');
    if (typeof prev === 'string' && prev) item.previous_filename = prev;
    const status = field(f, 'status');
    if (typeof status === 'string') item.status = status;
    return item;
  });
}

/** Distinct paths in listing order (a rename gives both names); `complete` is false at GitHub's cap. */
export function fileList(items: readonly FileItem[], cap: number): FileList {
  const names = new Set<string>();
  const added = new Set<string>();
  for (const f of items) {
    names.add(f.filename);
    if (f.previous_filename) names.add(f.previous_filename);
    if (f.status === 'added') added.add(f.filename);
  }
  return {
    files: [...names],
    complete: items.length < cap,
    count: items.length,
    added: [...added],
  };
}

/** The `page` of the `rel="last"` link, if the header has one. */
export function lastPage(link: string | undefined): number | undefined {
  for (const m of (link ?? '').matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
    if (!m[2].split(/\s+/).includes('last')) continue;
    const page = Number(new URL(m[1], 'http://link.invalid').searchParams.get('page'));
    if (Number.isInteger(page) && page >= 1) return page;
  }
  return undefined;
}

/** GitHub's `message` from an error body (JSON or text). */
export function serverMessage(data: unknown): string {
  if (typeof data === 'string') return data;
  const m = field(data, 'message');
  return typeof m === 'string' ? m : '';
}

/** `owner/name` as a URL path, each part encoded. */
export function repoPath(repo: string): string {
  const parts = repo.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new ApiError(`the repository must be owner/name, not "${repo}"`);
  }
  return `/repos/${parts.map(encodeURIComponent).join('/')}`;
}

/** A file path as URL segments, slashes kept, each segment encoded. */
export const encodePath = (p: string): string =>
  p
    .replace(/^\.?\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
