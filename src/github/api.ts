/**
 * The GitHub REST API for one repository (ApiPort), on the toolkit's Octokit;
 * where no proxy applies, each request's first attempt is made without it
 * (plain-request.ts). A pull request's files come in concurrent pages; every call retries
 * transient failures within one time budget per client, then throws an
 * ApiError with a one-line cause that never holds the token.
 */
import {
  COMPARE_FILES_CAP,
  PAGES_IN_FLIGHT,
  PR_FILES_CAP,
  PR_FILES_PER_PAGE as PER_PAGE,
  type ApiPort,
  type CompareResult,
  type FileList,
  type WorkflowRun,
} from '../change/ports.js';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Attempts, type Call, type Hooked } from './attempts.js';
import { ApiError, scrub } from './errors.js';
import type { Octokit } from './octokit.js';
import { fetchPages, PagesDisagree } from './pages.js';
import { plainRequest } from './plain-request.js';
import {
  encodePath,
  field,
  fileItems,
  fileList,
  lastPage,
  repoPath,
  type FileItem,
} from './responses.js';

export { ApiError } from './errors.js';

export interface GitHubApiOptions {
  /** `https://api.github.com`, or a GHES `https://host/api/v3`. */
  baseUrl: string;
  /** '' makes unauthenticated requests. */
  token: string;
  /** `owner/name`: the repository the methods read. */
  repository: string;
  /** Per attempt, including reading the body. */
  requestTimeoutMs?: number;
  /** All requests of this client together, counted from its first request. */
  totalBudgetMs?: number;
  /** plugin-retry waits n² × this after the n-th failed attempt. */
  retryBaseMs?: number;
}

const JSON_ACCEPT = 'application/vnd.github+json';
const RAW_ACCEPT = 'application/vnd.github.raw+json';
const API_VERSION = '2022-11-28';
/** Attempts per request, the first included. */
const MAX_ATTEMPTS = 4;

interface Reply {
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

export class GitHubApi implements ApiPort {
  private octokit: Promise<Octokit> | undefined;
  /** Each request's first attempt, where no proxy applies: Octokit is loaded only when one fails. */
  private readonly plain: Hooked | undefined;
  private readonly attempts: Attempts;
  private readonly baseUrl: string;
  private readonly proxied: boolean;
  private readonly token: string;
  private readonly repository: string;

  constructor(o: GitHubApiOptions) {
    this.baseUrl = o.baseUrl.replace(/\/+$/, '');
    this.token = o.token;
    this.repository = o.repository;
    this.attempts = new Attempts({
      requestTimeoutMs: o.requestTimeoutMs ?? 10_000,
      totalBudgetMs: o.totalBudgetMs ?? 60_000,
      maxAttempts: MAX_ATTEMPTS,
      retryBaseMs: o.retryBaseMs ?? 1000,
    });
    this.proxied = proxied(this.baseUrl);
    // Behind a proxy every request goes through Octokit: load it now.
    if (this.proxied) void this.client();
    else this.plain = plainRequest(this.baseUrl, o.token) as unknown as Hooked;
  }

  /** Octokit, loaded on first use; a failure to load is reported by the request that needed it. */
  private client(): Promise<Octokit> {
    if (!this.octokit) {
      this.octokit = import('./octokit.js').then((m) =>
        m.openOctokit(this.baseUrl, this.token, this.attempts, this.proxied),
      );
      this.octokit.catch(() => undefined);
    }
    return this.octokit;
  }

  stats(): { requests: number; maxInFlight: number; roundTrips: number } {
    const { requests, maxInFlight, roundTrips } = this.attempts;
    return { requests, maxInFlight, roundTrips };
  }

  /**
   * Every file of a pull request. `hint` (the payload's `changed_files`)
   * sizes the first wave of pages; page 1's `rel="last"` corrects it; neither
   * is believed where the pages say otherwise: a full last page is followed
   * by another request unless both agree with it. Pages are addressed by
   * number under the base URL, so a GHES path prefix holds on every page:
   * `Link` is read for the count only.
   */
  async pullRequestFiles(pr: number, hint?: number): Promise<FileList> {
    const path = `${this.repo()}/pulls/${pr}/files?per_page=${PER_PAGE}`;
    const pages = await fetchPages<FileItem>({
      guess: hint ? Math.ceil(hint / PER_PAGE) : 1,
      expectedItems: hint,
      maxPages: PR_FILES_CAP / PER_PAGE,
      perPage: PER_PAGE,
      concurrency: PAGES_IN_FLIGHT,
      fetch: async (n, signal) => {
        const what = n === 1 ? path : `${path}&page=${n}`;
        const { data, headers } = await this.get(what, 'json', signal);
        const link = str(headers.link);
        // GitHub sends `Link` whenever there is another page: a first page without one is the
        // only page, when the payload's count agrees (a full page alone would ask for the next).
        const only = n === 1 && link === undefined && hint !== undefined && hint <= PER_PAGE;
        return { items: fileItems(data, `GET ${what}`), last: only ? 1 : lastPage(link) };
      },
    }).catch((err: unknown) => {
      if (err instanceof PagesDisagree) throw new ApiError(`GET ${path}: ${err.message}`);
      throw err;
    });
    return fileList(pages.flat(), PR_FILES_CAP);
  }

  /** `base...head`: the files from their merge base to head, and head's status against base. */
  async compare(base: string, head: string): Promise<CompareResult> {
    const basehead = `${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
    const path = `${this.repo()}/compare/${basehead}?per_page=${PER_PAGE}`;
    // GitHub puts the whole file list (at most 300) on the first page; later pages list commits.
    const { data } = await this.get(path, 'json');
    const status = field(data, 'status');
    if (typeof status !== 'string') throw new ApiError(`GET ${path}: the answer has no status`);
    const files = field(data, 'files') ?? (status === 'identical' ? [] : undefined);
    return { ...fileList(fileItems(files, `GET ${path}`), COMPARE_FILES_CAP), status };
  }

  /** A file's text at `ref`, by the contents API; undefined when it answers 404. */
  async fileAt(path: string, ref: string): Promise<string | undefined> {
    const url = `${this.repo()}/contents/${encodePath(path)}?${new URLSearchParams({ ref })}`;
    try {
      const { data, headers } = await this.get(url, 'text');
      return asText(String(data), str(headers['content-type']), `GET ${url}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return undefined;
      throw err;
    }
  }

  /** This workflow's successful `push` runs on `branch`, newest first (GitHub's first page). */
  async successfulPushRuns(workflow: string, branch: string): Promise<WorkflowRun[]> {
    const query = new URLSearchParams({ branch, event: 'push', status: 'success' });
    const path = `${this.repo()}/actions/workflows/${encodeURIComponent(workflow)}/runs?${query}`;
    return runsOf((await this.get(path, 'json')).data, `GET ${path}`);
  }

  /** The repository's API path; an ApiError when the client was given none. */
  private repo(): string {
    return repoPath(this.repository);
  }

  /** One GET, `path` relative to the API root (`/repos/…`, query included). */
  private async get(path: string, body: Call['body'], signal?: AbortSignal): Promise<Reply> {
    const call: Call = { body, signal, attempts: 0 };
    const headers = {
      accept: body === 'json' ? JSON_ACCEPT : RAW_ACCEPT,
      'x-github-api-version': API_VERSION,
    };
    try {
      const first = this.plain
        ? ((await this.attempts.first(this.plain, { url: path, headers, request: { call } })) as
            Reply | undefined)
        : undefined;
      if (first) return { data: first.data, headers: first.headers };
      const res = await (
        await this.client()
      ).request(`GET ${path}`, { headers, request: { call } });
      return { data: res.data, headers: res.headers };
    } catch (err) {
      throw this.failure(`GET ${path}`, call, err);
    }
  }

  /** Every message goes through here, so the token can never reach a log. */
  private failure(what: string, call: Call, err: unknown): ApiError {
    const reason = call.reason ?? (err as Error).message;
    const n = call.attempts;
    const after = call.transient ? ` after ${n} attempt${n === 1 ? '' : 's'}` : '';
    const stop = call.stop ? `; ${call.stop}` : '';
    return new ApiError(scrub(`${what}: ${reason}${after}${stop}`, this.token), call.status);
  }
}

/** Whether a proxy applies to the API (HTTPS_PROXY, NO_PROXY, …); a URL that does not parse is left to Octokit to report. */
function proxied(baseUrl: string): boolean {
  try {
    return Boolean(getProxyUrl(new URL(baseUrl)));
  } catch {
    return true;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function runsOf(data: unknown, what: string): WorkflowRun[] {
  const runs = field(data, 'workflow_runs');
  if (!Array.isArray(runs)) throw new ApiError(`${what}: the answer has no workflow_runs list`);
  return runs.flatMap((r: unknown) => {
    const headSha = field(r, 'head_sha');
    if (typeof headSha !== 'string' || !headSha) return [];
    const full = field(field(r, 'head_repository'), 'full_name');
    return [{ headSha, headRepository: typeof full === 'string' ? full : '' }];
  });
}

/** The raw media type answers the text; a server that ignores it answers the JSON form (base64). */
function asText(body: string, type: string | undefined, what: string): string {
  if (!/^application\/json\b/i.test(type ?? '')) return body;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApiError(`${what}: malformed JSON in the response`);
  }
  const content = field(json, 'content');
  if (typeof content !== 'string' || field(json, 'encoding') !== 'base64') {
    throw new ApiError(`${what}: the answer is not a file's content`);
  }
  return Buffer.from(content, 'base64').toString('utf8');
}
