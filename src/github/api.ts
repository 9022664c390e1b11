/**
 * A small GitHub REST client on node:http(s). Octokit's import alone costs more
 * start-up time than the whole plan, and so does the first call of Node 20's
 * built-in `fetch` (it loads undici). Retries transient failures within a time budget.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface GitHubApiOptions {
  /** `https://api.github.com`, or a GHES `https://host/api/v3`. */
  baseUrl: string;
  /** '' sends no Authorization header. */
  token: string;
  /** Per attempt, including reading the body. */
  requestTimeoutMs?: number;
  /** All requests of this client together, counted from its first request. */
  totalBudgetMs?: number;
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  /** First backoff delay; it doubles per retry. */
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds (compared with `x-ratelimit-reset`). */
  now?: () => number;
}

/** A changed-file list and whether it is the whole diff. */
export interface FileList {
  /** Distinct paths, first-appearance order; a rename contributes both names. */
  files: string[];
  /** False when GitHub's cap was reached: files beyond it are missing. */
  complete: boolean;
  /** File items GitHub listed. */
  count: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** GitHub lists at most this many files of a pull request, and of a comparison. */
export const PR_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;

const JSON_ACCEPT = 'application/vnd.github+json';
const RAW_ACCEPT = 'application/vnd.github.raw+json';
const BODY_SNIPPET = 200;

/** The response headers the client reads; names are lower-case. */
interface ResponseHeaders {
  get(name: string): string | null;
  has(name: string): boolean;
}

interface Reply {
  body: unknown;
  headers: ResponseHeaders;
}

/** Why an attempt failed and, when the server said so, how long to wait. */
interface Failure {
  reason: string;
  status?: number;
  waitMs?: number;
}

export class GitHubApi {
  private readonly base: URL;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly budgetMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private started: number | undefined;

  constructor(o: GitHubApiOptions) {
    this.base = new URL(o.baseUrl.replace(/\/*$/, '/'));
    this.token = o.token;
    this.timeoutMs = o.requestTimeoutMs ?? 10_000;
    this.budgetMs = o.totalBudgetMs ?? 60_000;
    this.maxAttempts = o.maxAttempts ?? 4;
    this.retryBaseMs = o.retryBaseMs ?? 1000;
    this.sleep = o.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = o.now ?? Date.now;
  }

  /** GET a JSON resource; `path` is relative to the base URL (`/repos/o/r/...`). */
  async get(path: string): Promise<unknown> {
    return (await this.request(this.url(path), JSON_ACCEPT)).body;
  }

  /** Every page of a list, following `Link: <…>; rel="next"`; `items` picks the list out of a page. */
  async paginate<T>(
    path: string,
    items: (body: unknown, url: string) => T[] = asArray as (body: unknown) => T[],
    more: (page: T[]) => boolean = () => true,
  ): Promise<T[]> {
    const out: T[] = [];
    let next: URL | undefined = this.url(path);
    if (!next.searchParams.has('per_page')) next.searchParams.set('per_page', '100');
    while (next) {
      const { body, headers } = await this.request(next, JSON_ACCEPT);
      const page = items(body, label(next, this.base));
      out.push(...page);
      next = more(page) ? this.nextLink(headers.get('link')) : undefined;
    }
    return out;
  }

  async pullRequestFiles(repo: string, number: number): Promise<FileList> {
    const items = await this.paginate(`${repoPath(repo)}/pulls/${number}/files`, asFileItems);
    return fileList(items, PR_FILES_CAP);
  }

  /** The files changed from the merge base of `base` to `head`. */
  async compareFiles(repo: string, base: string, head: string): Promise<FileList> {
    const basehead = `${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
    // Pages list commits; GitHub puts the file list on the first page only, so stop at a page without files.
    const items = await this.paginate(
      `${repoPath(repo)}/compare/${basehead}`,
      (body, url) => asFileItems(field(body, 'files') ?? [], url),
      (page) => page.length > 0,
    );
    return fileList(items, COMPARE_FILES_CAP);
  }

  /** A file's text at `ref`; ApiError (status 404) when it does not exist there. */
  async fileAtRef(repo: string, path: string, ref: string): Promise<string> {
    const url = this.url(`${repoPath(repo)}/contents/${encodePath(path)}`);
    url.searchParams.set('ref', ref);
    return (await this.request(url, RAW_ACCEPT)).body as string;
  }

  /** The head SHA of the latest successful run of a workflow (file name or id) on a branch. */
  async lastSuccessfulRunSha(
    repo: string,
    workflow: string,
    branch: string,
  ): Promise<string | undefined> {
    const url = this.url(
      `${repoPath(repo)}/actions/workflows/${encodeURIComponent(workflow)}/runs`,
    );
    url.searchParams.set('branch', branch);
    url.searchParams.set('status', 'success');
    url.searchParams.set('per_page', '1');
    const { body } = await this.request(url, JSON_ACCEPT);
    const runs = field(body, 'workflow_runs');
    const sha = Array.isArray(runs) ? field(runs[0], 'head_sha') : undefined;
    return typeof sha === 'string' && sha ? sha : undefined;
  }

  private url(path: string): URL {
    return new URL(path.replace(/^\/+/, ''), this.base);
  }

  /** The next page, if any; only on our own host, so the token never goes elsewhere. */
  private nextLink(link: string | null): URL | undefined {
    for (const m of (link ?? '').matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
      if (!m[2].split(/\s+/).includes('next')) continue;
      const next = new URL(m[1], this.base);
      if (next.origin !== this.base.origin) {
        throw new ApiError(`pagination link points to another host (${next.origin})`);
      }
      return next;
    }
    return undefined;
  }

  private async request(url: URL, accept: string): Promise<Reply> {
    const what = `GET ${label(url, this.base)}`;
    const headers: Record<string, string> = {
      Accept: accept,
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'backend-matrix-action',
    };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    this.started ??= this.now();
    for (let attempt = 1; ; attempt++) {
      const left = this.budgetMs - (this.now() - this.started);
      if (left <= 0)
        throw this.error(`${what}: the ${seconds(this.budgetMs)} time budget is used up`);
      const failure = await this.attempt(
        url,
        headers,
        accept,
        Math.min(this.timeoutMs, left),
        what,
      );
      if ('body' in failure) return failure;
      const tried = `${attempt} attempt${attempt > 1 ? 's' : ''}`;
      if (attempt >= this.maxAttempts) {
        throw this.error(`${what}: ${failure.reason} after ${tried}`, failure.status);
      }
      const wait = failure.waitMs ?? this.retryBaseMs * 2 ** (attempt - 1);
      const remaining = this.budgetMs - (this.now() - this.started);
      // A wait that uses up the budget would leave no time for the retry itself.
      if (wait >= remaining) {
        throw this.error(
          `${what}: ${failure.reason} after ${tried}; retrying in ${seconds(wait)} would exceed the ${seconds(this.budgetMs)} time budget`,
          failure.status,
        );
      }
      await this.sleep(wait);
    }
  }

  /** One try: the response, a retryable Failure, or a thrown ApiError for a permanent one. */
  private async attempt(
    url: URL,
    headers: Record<string, string>,
    accept: string,
    timeoutMs: number,
    what: string,
  ): Promise<Reply | Failure> {
    let res: RawResponse;
    try {
      res = await httpGet(url, headers, timeoutMs);
    } catch (err) {
      const e = err as Error & { code?: string };
      if (e.name === 'TimeoutError') return { reason: `no response within ${timeoutMs} ms` };
      return { reason: `network error (${e.code ?? e.message})` };
    }
    const text = res.text;
    if (res.status >= 200 && res.status < 300) {
      if (accept === RAW_ACCEPT) return { body: text, headers: res.headers };
      try {
        return { body: JSON.parse(text) as unknown, headers: res.headers };
      } catch {
        return { reason: `malformed JSON in an HTTP ${res.status} response` };
      }
    }
    const message = githubMessage(text);
    if (transient(res.status, res.headers, message)) {
      const limited = res.status === 403 || res.status === 429 ? ' (rate limited)' : '';
      return {
        reason: `HTTP ${res.status}${limited}`,
        status: res.status,
        waitMs: this.serverWait(res.headers),
      };
    }
    const detail = message ? ` (${snippet(message)})` : '';
    throw this.error(`${what}: HTTP ${res.status}${detail}`, res.status);
  }

  /** `Retry-After` (seconds) or `x-ratelimit-reset` (epoch seconds) as a delay, if given. */
  private serverWait(h: ResponseHeaders): number | undefined {
    const after = h.get('retry-after');
    if (after !== null && /^\d+$/.test(after.trim())) return Number(after) * 1000;
    const reset = h.get('x-ratelimit-reset');
    if (h.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset.trim())) {
      return Math.max(0, Number(reset) * 1000 - this.now());
    }
    return undefined;
  }

  /** Every message goes through here so the token can never leak into a log. */
  private error(message: string, status?: number): ApiError {
    return new ApiError(this.token ? message.split(this.token).join('***') : message, status);
  }
}

/** 5xx, 429, and a 403 that is a rate limit (secondary, or primary with a reset time); not other 4xx. */
function transient(status: number, h: ResponseHeaders, message: string): boolean {
  if (status >= 500 || status === 429) return true;
  if (status !== 403) return false;
  return (
    /secondary rate limit/i.test(message) ||
    h.has('retry-after') ||
    (h.get('x-ratelimit-remaining') === '0' && h.has('x-ratelimit-reset'))
  );
}

interface FileItem {
  filename: string;
  previous_filename?: string;
}

function fileList(items: readonly FileItem[], cap: number): FileList {
  const names = new Set<string>();
  for (const f of items) {
    names.add(f.filename);
    if (f.previous_filename) names.add(f.previous_filename);
  }
  return { files: [...names], complete: items.length < cap, count: items.length };
}

function asArray(body: unknown, url: string): unknown[] {
  if (!Array.isArray(body)) throw new ApiError(`GET ${url}: expected a JSON array`);
  return body;
}

function asFileItems(body: unknown, url: string): FileItem[] {
  return asArray(body, url).map((f) => {
    const name = field(f, 'filename');
    if (typeof name !== 'string') throw new ApiError(`GET ${url}: a file item has no filename`);
    const prev = field(f, 'previous_filename');
    return typeof prev === 'string'
      ? { filename: name, previous_filename: prev }
      : { filename: name };
  });
}

function field(body: unknown, key: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
}

function githubMessage(text: string): string {
  try {
    const m = field(JSON.parse(text), 'message');
    return typeof m === 'string' ? m : '';
  } catch {
    return text.trim();
  }
}

const snippet = (s: string): string => {
  const line = s.replace(/\s+/g, ' ');
  return line.length > BODY_SNIPPET ? `${line.slice(0, BODY_SNIPPET)}…` : line;
};

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** The URL as shown in messages: path and query, relative to the API root. */
function label(url: URL, base: URL): string {
  const root = base.pathname.replace(/\/$/, '');
  const path = url.pathname.startsWith(root) ? url.pathname.slice(root.length) : url.pathname;
  return `${path}${url.search}`;
}

function repoPath(repo: string): string {
  const parts = repo.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new ApiError(`repository must be owner/name, not "${repo}"`);
  }
  return `/repos/${parts.map(encodeURIComponent).join('/')}`;
}

/** Encode each segment of a file path, keeping its slashes. */
const encodePath = (p: string): string =>
  p
    .replace(/^\.?\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');

interface RawResponse {
  status: number;
  headers: ResponseHeaders;
  text: string;
}

/** One GET; `timeoutMs` covers the whole exchange, body included. */
async function httpGet(
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<RawResponse> {
  const { request } =
    url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: headerReader(res.headers),
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    const timer = setTimeout(() => {
      const err = new Error(`no response within ${timeoutMs} ms`);
      err.name = 'TimeoutError';
      req.destroy(err);
    }, timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.end();
  });
}

function headerReader(h: IncomingHttpHeaders): ResponseHeaders {
  const one = (name: string): string | null => {
    const v = h[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  };
  return { get: one, has: (name) => one(name) !== null };
}
