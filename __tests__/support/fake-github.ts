/**
 * A fake GitHub REST API on 127.0.0.1 for tests: the few routes the action reads,
 * paginated like GitHub (`Link` with next/last/prev/first), with faults
 * injectable per route and per attempt, an optional delay per response, an
 * optional GHES-style path prefix, and counts of requests and of the most in
 * flight at once. With `holdUntil`, answers wait until that many requests are
 * waiting together: concurrency is then tested by counting, never by the clock. It runs in the jest process; child processes reach it
 * through GITHUB_API_URL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface FakeRun {
  head_sha: string;
  head_branch: string;
  status?: string;
  conclusion?: string | null;
  /** The triggering event; `push` when absent. */
  event?: string;
  /** `owner/name` of the head repository (a fork for fork PRs); the requested repository when absent, none when null. */
  head_repository?: string | null;
}

export interface FakeData {
  /** Files of each pull request, by number. GitHub serves at most 3000. */
  prFiles?: Record<number, FakeFile[]>;
  /** By "base...head" as requested. Files are served on page 1 only, at most 300, like GitHub. */
  compare?: Record<
    string,
    {
      files: FakeFile[];
      totalCommits?: number;
      /** GitHub's `status` of head against base; `ahead` when absent. */
      status?: 'ahead' | 'behind' | 'identical' | 'diverged';
    }
  >;
  /** File text by "ref:path". */
  contents?: Record<string, string>;
  /** Runs by workflow file name or id, most recent first. */
  runs?: Record<string, FakeRun[]>;
  /** The ref used by the contents route when none is given. */
  defaultBranch?: string;
}

export type Fault =
  | {
      status: number;
      /** Seconds, sent as `retry-after`. */
      retryAfter?: number;
      body?: unknown;
      headers?: Record<string, string>;
    }
  | { malformedJson: true }
  | { reset: true }
  | { hang: true };

export type Route = 'prFiles' | 'compare' | 'contents' | 'runs';

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  path: string;
  route: Route | undefined;
  headers: http.IncomingHttpHeaders;
  /** The `page` query parameter (1 when absent). */
  page: number;
}

export interface FakeGitHubConfig {
  data?: FakeData;
  /** Each request to a route takes the next entry; `null` serves normally; an empty queue serves normally. */
  faults?: Partial<Record<Route, (Fault | null)[]>>;
  /** When set, a request without `Authorization: token <token>` (or `Bearer <token>`) gets 401. */
  token?: string;
  /** Consulted before the queues: a fault for this request, or null/undefined to go on. */
  fault?: (r: RecordedRequest) => Fault | null | undefined;
  /** Milliseconds to wait before answering each request (faults included). */
  latencyMs?: number | ((r: RecordedRequest) => number);
  /** A path prefix the API lives under, like GHES's `/api/v3`; requests outside it get 404. */
  pathPrefix?: string;
  /**
   * Hold every answer until this many requests are held at once, then answer
   * them all (`release()` answers the ones held now). A client that sends
   * fewer at once than this never gets its answers: the test times out.
   */
  holdUntil?: number;
}

export interface FakeGitHub {
  /** Base URL, like `http://127.0.0.1:PORT` (no trailing slash), the path prefix included. */
  url: string;
  /** The port it listens on, for URLs under another host name (through a proxy). */
  port: number;
  requests: RecordedRequest[];
  /** The most requests that were in flight at once (arrived, not yet answered). */
  readonly maxInFlight: number;
  /** Requests held by `holdUntil`, not yet answered. */
  readonly held: number;
  /** Answers every held request now. */
  release(): void;
  /** Resolves once `n` requests are held together (at once if they already are). */
  whenHeld(n: number): Promise<void>;
  /** Live objects: tests may change them between requests. */
  data: FakeData;
  faults: Partial<Record<Route, (Fault | null)[]>>;
  /** Stops the server and ends every socket, hanging ones included. */
  close(): Promise<void>;
}

const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;
const PR_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;

const ROUTES: [Route, RegExp][] = [
  ['prFiles', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/],
  ['compare', /^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/],
  ['contents', /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/],
  ['runs', /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/],
];

export async function startFakeGitHub(config: FakeGitHubConfig = {}): Promise<FakeGitHub> {
  const data = config.data ?? {};
  // Copies: the server consumes its queues, the caller's arrays stay as written.
  const faults = Object.fromEntries(
    Object.entries(config.faults ?? {}).map(([route, queue]) => [route, [...queue]]),
  ) as FakeGitHub['faults'];
  const requests: RecordedRequest[] = [];
  const prefix = (config.pathPrefix ?? '').replace(/\/+$/, '');
  const flight = { now: 0, max: 0 };
  let held: (() => void)[] = [];
  let heldWaiters: { n: number; resolve: () => void }[] = [];
  const release = (): void => {
    const now = held;
    held = [];
    for (const go of now) go();
  };
  const hold = (go: () => void): void => {
    held.push(go);
    heldWaiters = heldWaiters.filter((w) => (held.length >= w.n ? (w.resolve(), false) : true));
    if (config.holdUntil !== undefined && held.length >= config.holdUntil) release();
  };
  const server = http.createServer((req, res) => {
    flight.max = Math.max(flight.max, ++flight.now);
    res.on('close', () => flight.now--);
    const url = new URL(req.url ?? '/', 'http://fake');
    const inside = url.pathname.startsWith(`${prefix}/`);
    const routePath = inside ? url.pathname.slice(prefix.length) : '';
    const match = ROUTES.map(([route, re]) => [route, re.exec(routePath)] as const).find(
      ([, m]) => m,
    );
    const route = match?.[0];
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const recorded = {
      method: req.method ?? '',
      path: req.url ?? '',
      route,
      headers: req.headers,
      page,
    };
    requests.push(recorded);
    const latency =
      typeof config.latencyMs === 'function' ? config.latencyMs(recorded) : (config.latencyMs ?? 0);
    const go = (): void => answer(recorded, match, url, req, res);
    if (config.holdUntil !== undefined) hold(go);
    else if (latency > 0) setTimeout(go, latency);
    else go();
  });

  const answer = (
    recorded: RecordedRequest,
    match: readonly [Route, RegExpExecArray | null] | undefined,
    url: URL,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): void => {
    if (res.destroyed) return;
    const route = recorded.route;
    const fault = config.fault?.(recorded) ?? (route ? faults[route]?.shift() : undefined);
    if (fault && 'hang' in fault) return; // close() ends it
    if (fault && 'reset' in fault) return void req.socket.destroy();
    if (fault && 'malformedJson' in fault) {
      return void send(res, 200, '{"files": [{"filename": "trunc', JSON_TYPE);
    }
    if (fault) {
      const headers = { ...fault.headers };
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      const body = fault.body ?? { message: http.STATUS_CODES[fault.status] ?? 'Error' };
      return void sendJson(res, fault.status, body, headers);
    }
    // GitHub takes either scheme; Octokit sends `token`.
    const auth = req.headers.authorization ?? '';
    if (config.token && auth !== `token ${config.token}` && auth !== `Bearer ${config.token}`) {
      return void sendJson(res, 401, { message: 'Bad credentials', ...DOCS });
    }
    if (req.method !== 'GET' || !match) return void notFound(res);
    const params = match[1]!.slice(1).map((p) => decodeURIComponent(p));
    const origin = `http://${req.headers.host}`;
    handlers[match[0]](params, url, req, res, data, origin);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    requests,
    get maxInFlight() {
      return flight.max;
    },
    get held() {
      return held.length;
    },
    release,
    whenHeld: (n) =>
      held.length >= n
        ? Promise.resolve()
        : new Promise<void>((resolve) => heldWaiters.push({ n, resolve })),
    data,
    faults,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

/** Alias: `start(config)` returns the running fake. */
export const start = startFakeGitHub;

type Handler = (
  params: string[],
  url: URL,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  data: FakeData,
  origin: string,
) => void;

const handlers: Record<Route, Handler> = {
  prFiles([, , n], url, _req, res, data, origin) {
    const files = data.prFiles?.[Number(n)];
    if (!files) return notFound(res);
    const items = files.slice(0, PR_FILES_CAP).map(fileItem);
    const { page, links } = paginate(items.length, url, origin);
    sendJson(res, 200, items.slice(page.from, page.to), links);
  },

  compare([, , basehead], url, _req, res, data, origin) {
    const cmp = data.compare?.[basehead];
    if (!cmp) return notFound(res);
    const [base, head] = basehead.split('...');
    const total = cmp.totalCommits ?? 1;
    const status = cmp.status ?? 'ahead';
    const { page, links } = paginate(total, url, origin);
    const commits = Array.from({ length: page.to - page.from }, (_, i) => ({
      sha: fakeSha(`${head}-${page.from + i}`),
      commit: { message: `commit ${page.from + i + 1}` },
    }));
    const body = {
      url: `${origin}${url.pathname}`,
      status,
      ahead_by: status === 'ahead' || status === 'diverged' ? total : 0,
      behind_by: status === 'behind' || status === 'diverged' ? total : 0,
      total_commits: total,
      base_commit: { sha: fakeSha(base) },
      merge_base_commit: { sha: fakeSha(base) },
      commits,
      files: page.number === 1 ? cmp.files.slice(0, COMPARE_FILES_CAP).map(fileItem) : [],
    };
    sendJson(res, 200, body, links);
  },

  contents([, , path], url, req, res, data) {
    const ref = url.searchParams.get('ref') ?? data.defaultBranch ?? 'main';
    const text = data.contents?.[`${ref}:${path}`];
    if (text === undefined) return notFound(res);
    if (/raw/.test(req.headers.accept ?? '')) {
      return send(res, 200, text, 'application/vnd.github.raw+json; charset=utf-8');
    }
    const name = path.split('/').pop();
    const content = Buffer.from(text).toString('base64');
    sendJson(res, 200, {
      type: 'file',
      encoding: 'base64',
      name,
      path,
      content,
      size: text.length,
    });
  },

  runs([owner, repo, workflow], url, _req, res, data, origin) {
    const runs = data.runs?.[workflow];
    if (!runs) return notFound(res);
    const branch = url.searchParams.get('branch');
    const status = url.searchParams.get('status');
    const event = url.searchParams.get('event');
    const matching = runs
      .map(({ head_repository, ...r }) => ({
        status: 'completed',
        conclusion: 'success',
        event: 'push',
        ...r,
        head_repository:
          head_repository === null ? null : { full_name: head_repository ?? `${owner}/${repo}` },
      }))
      .filter((r) => !branch || r.head_branch === branch)
      .filter((r) => !event || r.event === event)
      // GitHub's `status` filter accepts a status or a conclusion.
      .filter((r) => !status || r.status === status || r.conclusion === status);
    const { page, links } = paginate(matching.length, url, origin);
    const body = {
      total_count: matching.length,
      workflow_runs: matching.slice(page.from, page.to),
    };
    sendJson(res, 200, body, links);
  },
};

const JSON_TYPE = 'application/json; charset=utf-8';
const DOCS = { documentation_url: 'https://docs.github.com/rest' };

function fileItem(f: FakeFile): Record<string, unknown> {
  const item: Record<string, unknown> = {
    sha: fakeSha(f.filename),
    filename: f.filename,
    status: f.status ?? (f.previous_filename ? 'renamed' : 'modified'),
    additions: 1,
    deletions: 0,
    changes: 1,
  };
  if (f.previous_filename) item.previous_filename = f.previous_filename;
  return item;
}

/** The slice for `page`/`per_page` and GitHub-style Link relations. */
function paginate(total: number, url: URL, origin: string) {
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Number(url.searchParams.get('per_page')) || DEFAULT_PER_PAGE),
  );
  const number = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const last = Math.max(1, Math.ceil(total / perPage));
  const link = (p: number, rel: string): string => {
    const u = new URL(url.pathname + url.search, origin);
    u.searchParams.set('page', String(p));
    return `<${u.href}>; rel="${rel}"`;
  };
  const rels: string[] = [];
  if (number > 1) rels.push(link(number - 1, 'prev'));
  if (number < last) rels.push(link(number + 1, 'next'), link(last, 'last'));
  if (number > 1) rels.push(link(1, 'first'));
  const from = (number - 1) * perPage;
  return {
    page: { number, from, to: Math.min(total, from + perPage) },
    links: (rels.length ? { link: rels.join(', ') } : {}) as Record<string, string>,
  };
}

function send(res: http.ServerResponse, status: number, body: string, type: string): void {
  const defaults = {
    'content-type': type,
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
  };
  // A fault's own headers (set before) win over these.
  for (const [k, v] of Object.entries(defaults)) if (!res.hasHeader(k)) res.setHeader(k, v);
  res.writeHead(status);
  res.end(body);
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  send(res, status, JSON.stringify(body), JSON_TYPE);
}

const notFound = (res: http.ServerResponse): void =>
  sendJson(res, 404, { message: 'Not Found', ...DOCS, status: '404' });

/** A stable 40-hex string derived from a name. */
export function fakeSha(name: string): string {
  let h = 2166136261;
  let out = '';
  for (let i = 0; out.length < 40; i++) {
    h = Math.imul(h ^ (name.charCodeAt(i % Math.max(1, name.length)) + i), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}
