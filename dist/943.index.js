export const id = 943;
export const ids = [943];
export const modules = {

/***/ 943:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.GitHubApi = exports.pP = exports.M3 = __webpack_unused_export__ = void 0;
class ApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'ApiError';
    }
}
__webpack_unused_export__ = ApiError;
/** GitHub lists at most this many files of a pull request, and of a comparison. */
exports.M3 = 3000;
exports.pP = 300;
const JSON_ACCEPT = 'application/vnd.github+json';
const RAW_ACCEPT = 'application/vnd.github.raw+json';
const BODY_SNIPPET = 200;
class GitHubApi {
    base;
    token;
    timeoutMs;
    budgetMs;
    maxAttempts;
    retryBaseMs;
    sleep;
    now;
    started;
    constructor(o) {
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
    async get(path) {
        return (await this.request(this.url(path), JSON_ACCEPT)).body;
    }
    /** Every page of a list, following `Link: <…>; rel="next"`; `items` picks the list out of a page. */
    async paginate(path, items = asArray, more = () => true) {
        const out = [];
        let next = this.url(path);
        if (!next.searchParams.has('per_page'))
            next.searchParams.set('per_page', '100');
        while (next) {
            const { body, headers } = await this.request(next, JSON_ACCEPT);
            const page = items(body, label(next, this.base));
            out.push(...page);
            next = more(page) ? this.nextLink(headers.get('link')) : undefined;
        }
        return out;
    }
    async pullRequestFiles(repo, number) {
        const items = await this.paginate(`${repoPath(repo)}/pulls/${number}/files`, asFileItems);
        return fileList(items, exports.M3);
    }
    /** The files changed from the merge base of `base` to `head`. */
    async compareFiles(repo, base, head) {
        const basehead = `${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
        // Pages list commits; GitHub puts the file list on the first page only, so stop at a page without files.
        const items = await this.paginate(`${repoPath(repo)}/compare/${basehead}`, (body, url) => asFileItems(field(body, 'files') ?? [], url), (page) => page.length > 0);
        return fileList(items, exports.pP);
    }
    /** A file's text at `ref`; ApiError (status 404) when it does not exist there. */
    async fileAtRef(repo, path, ref) {
        const url = this.url(`${repoPath(repo)}/contents/${encodePath(path)}`);
        url.searchParams.set('ref', ref);
        return (await this.request(url, RAW_ACCEPT)).body;
    }
    /** The head SHA of the latest successful run of a workflow (file name or id) on a branch. */
    async lastSuccessfulRunSha(repo, workflow, branch) {
        const url = this.url(`${repoPath(repo)}/actions/workflows/${encodeURIComponent(workflow)}/runs`);
        url.searchParams.set('branch', branch);
        url.searchParams.set('status', 'success');
        url.searchParams.set('per_page', '1');
        const { body } = await this.request(url, JSON_ACCEPT);
        const runs = field(body, 'workflow_runs');
        const sha = Array.isArray(runs) ? field(runs[0], 'head_sha') : undefined;
        return typeof sha === 'string' && sha ? sha : undefined;
    }
    url(path) {
        return new URL(path.replace(/^\/+/, ''), this.base);
    }
    /** The next page, if any; only on our own host, so the token never goes elsewhere. */
    nextLink(link) {
        for (const m of (link ?? '').matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
            if (!m[2].split(/\s+/).includes('next'))
                continue;
            const next = new URL(m[1], this.base);
            if (next.origin !== this.base.origin) {
                throw new ApiError(`pagination link points to another host (${next.origin})`);
            }
            return next;
        }
        return undefined;
    }
    async request(url, accept) {
        const what = `GET ${label(url, this.base)}`;
        const headers = {
            Accept: accept,
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': 'backend-matrix-action',
        };
        if (this.token)
            headers.Authorization = `Bearer ${this.token}`;
        this.started ??= this.now();
        for (let attempt = 1;; attempt++) {
            const left = this.budgetMs - (this.now() - this.started);
            if (left <= 0)
                throw this.error(`${what}: the ${seconds(this.budgetMs)} time budget is used up`);
            const failure = await this.attempt(url, headers, accept, Math.min(this.timeoutMs, left), what);
            if ('body' in failure)
                return failure;
            const tried = `${attempt} attempt${attempt > 1 ? 's' : ''}`;
            if (attempt >= this.maxAttempts) {
                throw this.error(`${what}: ${failure.reason} after ${tried}`, failure.status);
            }
            const wait = failure.waitMs ?? this.retryBaseMs * 2 ** (attempt - 1);
            const remaining = this.budgetMs - (this.now() - this.started);
            // A wait that uses up the budget would leave no time for the retry itself.
            if (wait >= remaining) {
                throw this.error(`${what}: ${failure.reason} after ${tried}; retrying in ${seconds(wait)} would exceed the ${seconds(this.budgetMs)} time budget`, failure.status);
            }
            await this.sleep(wait);
        }
    }
    /** One try: the response, a retryable Failure, or a thrown ApiError for a permanent one. */
    async attempt(url, headers, accept, timeoutMs, what) {
        let res;
        try {
            res = await httpGet(url, headers, timeoutMs);
        }
        catch (err) {
            const e = err;
            if (e.name === 'TimeoutError')
                return { reason: `no response within ${timeoutMs} ms` };
            return { reason: `network error (${e.code ?? e.message})` };
        }
        const text = res.text;
        if (res.status >= 200 && res.status < 300) {
            if (accept === RAW_ACCEPT)
                return { body: text, headers: res.headers };
            try {
                return { body: JSON.parse(text), headers: res.headers };
            }
            catch {
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
    serverWait(h) {
        const after = h.get('retry-after');
        if (after !== null && /^\d+$/.test(after.trim()))
            return Number(after) * 1000;
        const reset = h.get('x-ratelimit-reset');
        if (h.get('x-ratelimit-remaining') === '0' && reset !== null && /^\d+$/.test(reset.trim())) {
            return Math.max(0, Number(reset) * 1000 - this.now());
        }
        return undefined;
    }
    /** Every message goes through here so the token can never leak into a log. */
    error(message, status) {
        return new ApiError(this.token ? message.split(this.token).join('***') : message, status);
    }
}
exports.GitHubApi = GitHubApi;
/** 5xx, 429, and a 403 that is a rate limit (secondary, or primary with a reset time); not other 4xx. */
function transient(status, h, message) {
    if (status >= 500 || status === 429)
        return true;
    if (status !== 403)
        return false;
    return (/secondary rate limit/i.test(message) ||
        h.has('retry-after') ||
        (h.get('x-ratelimit-remaining') === '0' && h.has('x-ratelimit-reset')));
}
function fileList(items, cap) {
    const names = new Set();
    for (const f of items) {
        names.add(f.filename);
        if (f.previous_filename)
            names.add(f.previous_filename);
    }
    return { files: [...names], complete: items.length < cap, count: items.length };
}
function asArray(body, url) {
    if (!Array.isArray(body))
        throw new ApiError(`GET ${url}: expected a JSON array`);
    return body;
}
function asFileItems(body, url) {
    return asArray(body, url).map((f) => {
        const name = field(f, 'filename');
        if (typeof name !== 'string')
            throw new ApiError(`GET ${url}: a file item has no filename`);
        const prev = field(f, 'previous_filename');
        return typeof prev === 'string'
            ? { filename: name, previous_filename: prev }
            : { filename: name };
    });
}
function field(body, key) {
    return body && typeof body === 'object' ? body[key] : undefined;
}
function githubMessage(text) {
    try {
        const m = field(JSON.parse(text), 'message');
        return typeof m === 'string' ? m : '';
    }
    catch {
        return text.trim();
    }
}
const snippet = (s) => {
    const line = s.replace(/\s+/g, ' ');
    return line.length > BODY_SNIPPET ? `${line.slice(0, BODY_SNIPPET)}…` : line;
};
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** The URL as shown in messages: path and query, relative to the API root. */
function label(url, base) {
    const root = base.pathname.replace(/\/$/, '');
    const path = url.pathname.startsWith(root) ? url.pathname.slice(root.length) : url.pathname;
    return `${path}${url.search}`;
}
function repoPath(repo) {
    const parts = repo.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw new ApiError(`repository must be owner/name, not "${repo}"`);
    }
    return `/repos/${parts.map(encodeURIComponent).join('/')}`;
}
/** Encode each segment of a file path, keeping its slashes. */
const encodePath = (p) => p
    .replace(/^\.?\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
/** One GET; `timeoutMs` covers the whole exchange, body included. */
async function httpGet(url, headers, timeoutMs) {
    const { request } = url.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 708, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 67, 23));
    return new Promise((resolve, reject) => {
        const req = request(url, { headers }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
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
function headerReader(h) {
    const one = (name) => {
        const v = h[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
    };
    return { get: one, has: (name) => one(name) !== null };
}


/***/ })

};
