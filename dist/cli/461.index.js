export const id = 461;
export const ids = [461];
export const modules = {

/***/ 461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubApi: () => (/* binding */ GitHubApi)
});

// UNUSED EXPORTS: ApiError

// EXTERNAL MODULE: ./src/change/ports.ts
var ports = __webpack_require__(1740);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
// EXTERNAL MODULE: ./src/github/attempts.ts
var attempts = __webpack_require__(1413);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/pages.ts
/**
 * A paginated list fetched concurrently, assembled in page order.
 *
 * The page count is first guessed (from a hint such as the payload's
 * `changed_files`), then corrected by the first page's `rel="last"`: pages
 * the guess missed are fetched, pages it overshot are not started (the few
 * already in flight come back empty). Neither the hint nor `rel="last"` alone
 * ends the list: a short page does, or a full last page where `rel="last"`
 * and the expected item count both agree with the pages. Otherwise a full
 * final page means there may be another, asked for one at a time, up to
 * `maxPages`. A short page followed by a non-empty one means the pages
 * disagree (the list changed while it was read): an error. A page that fails
 * after its own retries fails the whole list and cancels the rest: a list is
 * complete or an error, never partial.
 */
/** The pages of one list say different things about its length. */
class PagesDisagree extends Error {
    constructor(message) {
        super(message);
        this.name = 'PagesDisagree';
    }
}
/** Every page's items, in page order. */
function fetchPages(o) {
    const clamp = (n) => Math.min(o.maxPages, Math.max(1, Math.floor(n) || 1));
    const pages = new Map();
    const cancel = new AbortController();
    let known = clamp(o.guess);
    let saidLast;
    let next = 1;
    let running = 0;
    let failed = false;
    return new Promise((resolve, reject) => {
        const pump = () => {
            if (failed)
                return;
            while (running < o.concurrency && next <= known)
                start(next++);
            if (running > 0)
                return;
            // Every page up to next - 1 has answered.
            const top = next - 1;
            if (top < o.maxPages && pages.get(top)?.length === o.perPage && !allAgree(top)) {
                known = top + 1;
                return pump();
            }
            const ordered = Array.from({ length: top }, (_, i) => pages.get(i + 1));
            const disagreement = shortPageBeforeItems(ordered, o.perPage);
            if (disagreement)
                return reject(new PagesDisagree(disagreement));
            resolve(ordered);
        };
        const start = (n) => {
            running++;
            o.fetch(n, cancel.signal).then((page) => {
                running--;
                pages.set(n, page.items);
                if (n === 1) {
                    saidLast = page.last;
                    if (page.last !== undefined)
                        known = clamp(page.last);
                    else if (page.items.length < o.perPage)
                        known = 1;
                }
                pump();
            }, (err) => {
                running--;
                if (failed)
                    return;
                failed = true;
                cancel.abort();
                reject(err);
            });
        };
        /** `rel="last"`, the expected count and the pages read so far all say the list ends at `top`. */
        const allAgree = (top) => {
            if (saidLast !== top || o.expectedItems === undefined)
                return false;
            let items = 0;
            for (let n = 1; n <= top; n++)
                items += pages.get(n)?.length ?? 0;
            return items === o.expectedItems;
        };
        pump();
    });
}
/** Why the pages cannot all be true: a short page with items on a later one. */
function shortPageBeforeItems(pages, perPage) {
    let lastWithItems = pages.length - 1;
    while (lastWithItems > 0 && pages[lastWithItems].length === 0)
        lastWithItems--;
    for (let i = 0; i < lastWithItems; i++) {
        if (pages[i].length < perPage) {
            return `page ${i + 1} holds ${pages[i].length} of ${perPage} items, yet page ${lastWithItems + 1} holds more: the pages disagree (did the list change while it was read?)`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/github/plain-request.ts
var plain_request = __webpack_require__(3935);
// EXTERNAL MODULE: ./src/github/responses.ts
var responses = __webpack_require__(3499);
;// CONCATENATED MODULE: ./src/github/api.ts
/**
 * The GitHub REST API for one repository (ApiPort), on the toolkit's Octokit;
 * where no proxy applies, each request's first attempt is made without it
 * (plain-request.ts). A pull request's files come in concurrent pages; every call retries
 * transient failures within one time budget per client, then throws an
 * ApiError with a one-line cause that never holds the token.
 */








const JSON_ACCEPT = 'application/vnd.github+json';
const RAW_ACCEPT = 'application/vnd.github.raw+json';
const API_VERSION = '2022-11-28';
/** Attempts per request, the first included. */
const MAX_ATTEMPTS = 4;
class GitHubApi {
    octokit;
    /** Each request's first attempt, where no proxy applies: Octokit is loaded only when one fails. */
    plain;
    attempts;
    baseUrl;
    proxied;
    token;
    repository;
    constructor(o) {
        this.baseUrl = o.baseUrl.replace(/\/+$/, '');
        this.token = o.token;
        this.repository = o.repository;
        this.attempts = new attempts/* Attempts */.Z({
            requestTimeoutMs: o.requestTimeoutMs ?? 10_000,
            totalBudgetMs: o.totalBudgetMs ?? 60_000,
            maxAttempts: MAX_ATTEMPTS,
            retryBaseMs: o.retryBaseMs ?? 1000,
        });
        this.proxied = proxied(this.baseUrl);
        // Behind a proxy every request goes through Octokit: load it now.
        if (this.proxied)
            void this.client();
        else
            this.plain = (0,plain_request/* plainRequest */.k)(this.baseUrl, o.token);
    }
    /** Octokit, loaded on first use; a failure to load is reported by the request that needed it. */
    client() {
        if (!this.octokit) {
            this.octokit = Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702)).then((m) => m.openOctokit(this.baseUrl, this.token, this.attempts, this.proxied));
            this.octokit.catch(() => undefined);
        }
        return this.octokit;
    }
    stats() {
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
    async pullRequestFiles(pr, hint) {
        const path = `${this.repo()}/pulls/${pr}/files?per_page=${ports/* PR_FILES_PER_PAGE */.FB}`;
        const pages = await fetchPages({
            guess: hint ? Math.ceil(hint / ports/* PR_FILES_PER_PAGE */.FB) : 1,
            expectedItems: hint,
            maxPages: ports/* PR_FILES_CAP */.M3 / ports/* PR_FILES_PER_PAGE */.FB,
            perPage: ports/* PR_FILES_PER_PAGE */.FB,
            concurrency: ports/* PAGES_IN_FLIGHT */.qt,
            fetch: async (n, signal) => {
                const what = n === 1 ? path : `${path}&page=${n}`;
                const { data, headers } = await this.get(what, 'json', signal);
                const link = str(headers.link);
                // GitHub sends `Link` whenever there is another page: a first page without one is the
                // only page, when the payload's count agrees (a full page alone would ask for the next).
                const only = n === 1 && link === undefined && hint !== undefined && hint <= ports/* PR_FILES_PER_PAGE */.FB;
                return { items: (0,responses/* fileItems */.pO)(data, `GET ${what}`), last: only ? 1 : (0,responses/* lastPage */.ss)(link) };
            },
        }).catch((err) => {
            if (err instanceof PagesDisagree)
                throw new errors/* ApiError */.hD(`GET ${path}: ${err.message}`);
            throw err;
        });
        return (0,responses/* fileList */.$Y)(pages.flat(), ports/* PR_FILES_CAP */.M3);
    }
    /** `base...head`: the files from their merge base to head, and head's status against base. */
    async compare(base, head) {
        const basehead = `${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
        const path = `${this.repo()}/compare/${basehead}?per_page=${ports/* PR_FILES_PER_PAGE */.FB}`;
        // GitHub puts the whole file list (at most 300) on the first page; later pages list commits.
        const { data } = await this.get(path, 'json');
        const status = (0,responses/* field */.ZZ)(data, 'status');
        if (typeof status !== 'string')
            throw new errors/* ApiError */.hD(`GET ${path}: the answer has no status`);
        const files = (0,responses/* field */.ZZ)(data, 'files') ?? (status === 'identical' ? [] : undefined);
        return { ...(0,responses/* fileList */.$Y)((0,responses/* fileItems */.pO)(files, `GET ${path}`), ports/* COMPARE_FILES_CAP */.pP), status };
    }
    /** A file's text at `ref`, by the contents API; undefined when it answers 404. */
    async fileAt(path, ref) {
        const url = `${this.repo()}/contents/${(0,responses/* encodePath */.O0)(path)}?${new URLSearchParams({ ref })}`;
        try {
            const { data, headers } = await this.get(url, 'text');
            return asText(String(data), str(headers['content-type']), `GET ${url}`);
        }
        catch (err) {
            if (err instanceof errors/* ApiError */.hD && err.status === 404)
                return undefined;
            throw err;
        }
    }
    /** This workflow's successful `push` runs on `branch`, newest first (GitHub's first page). */
    async successfulPushRuns(workflow, branch) {
        const query = new URLSearchParams({ branch, event: 'push', status: 'success' });
        const path = `${this.repo()}/actions/workflows/${encodeURIComponent(workflow)}/runs?${query}`;
        return runsOf((await this.get(path, 'json')).data, `GET ${path}`);
    }
    /** The repository's API path; an ApiError when the client was given none. */
    repo() {
        return (0,responses/* repoPath */.qN)(this.repository);
    }
    /** One GET, `path` relative to the API root (`/repos/…`, query included). */
    async get(path, body, signal) {
        const call = { body, signal, attempts: 0 };
        const headers = {
            accept: body === 'json' ? JSON_ACCEPT : RAW_ACCEPT,
            'x-github-api-version': API_VERSION,
        };
        try {
            const first = this.plain
                ? (await this.attempts.first(this.plain, { url: path, headers, request: { call } }))
                : undefined;
            if (first)
                return { data: first.data, headers: first.headers };
            const res = await (await this.client()).request(`GET ${path}`, { headers, request: { call } });
            return { data: res.data, headers: res.headers };
        }
        catch (err) {
            throw this.failure(`GET ${path}`, call, err);
        }
    }
    /** Every message goes through here, so the token can never reach a log. */
    failure(what, call, err) {
        const reason = call.reason ?? err.message;
        const n = call.attempts;
        const after = call.transient ? ` after ${n} attempt${n === 1 ? '' : 's'}` : '';
        const stop = call.stop ? `; ${call.stop}` : '';
        return new errors/* ApiError */.hD((0,errors/* scrub */._I)(`${what}: ${reason}${after}${stop}`, this.token), call.status);
    }
}
/** Whether a proxy applies to the API (HTTPS_PROXY, NO_PROXY, …); a URL that does not parse is left to Octokit to report. */
function proxied(baseUrl) {
    try {
        return Boolean((0,proxy/* getProxyUrl */.s)(new URL(baseUrl)));
    }
    catch {
        return true;
    }
}
const str = (v) => (typeof v === 'string' ? v : undefined);
function runsOf(data, what) {
    const runs = (0,responses/* field */.ZZ)(data, 'workflow_runs');
    if (!Array.isArray(runs))
        throw new errors/* ApiError */.hD(`${what}: the answer has no workflow_runs list`);
    return runs.flatMap((r) => {
        const headSha = (0,responses/* field */.ZZ)(r, 'head_sha');
        if (typeof headSha !== 'string' || !headSha)
            return [];
        const full = (0,responses/* field */.ZZ)((0,responses/* field */.ZZ)(r, 'head_repository'), 'full_name');
        return [{ headSha, headRepository: typeof full === 'string' ? full : '' }];
    });
}
/** The raw media type answers the text; a server that ignores it answers the JSON form (base64). */
function asText(body, type, what) {
    if (!/^application\/json\b/i.test(type ?? ''))
        return body;
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        throw new errors/* ApiError */.hD(`${what}: malformed JSON in the response`);
    }
    const content = (0,responses/* field */.ZZ)(json, 'content');
    if (typeof content !== 'string' || (0,responses/* field */.ZZ)(json, 'encoding') !== 'base64') {
        throw new errors/* ApiError */.hD(`${what}: the answer is not a file's content`);
    }
    return Buffer.from(content, 'base64').toString('utf8');
}


/***/ }),

/***/ 1413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ DO_NOT_RETRY),
/* harmony export */   Z: () => (/* binding */ Attempts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _responses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3499);
/**
 * Our fail-safe rules on top of Octokit, as the innermost plugin: it runs
 * once per HTTP attempt, under @octokit/plugin-retry (which waits and
 * retries 5xx, resets and timeouts) and @octokit/plugin-throttling (which
 * waits out secondary rate limits). Here: the per-request timeout, the
 * client's overall time budget, the counters behind `stats()`, a reason for
 * every failure, and the decision whether a retry is worth waiting for.
 * A request's first attempt may be made before Octokit is loaded (`first`):
 * the same rules apply, and a failure the plugins handle is replayed to them.
 */


/** Statuses plugin-retry leaves alone: permanent ones, and rate limits (throttling's). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** plugin-retry's wait after the n-th failed attempt. */
const retryWait = (n, baseMs) => n * n * baseMs;
/**
 * A failed attempt, shaped as the plugins read Octokit's RequestError:
 * with a `status`, plugin-retry retries it (unless DO_NOT_RETRY) and
 * throttling inspects 403/429; without one, both let it through.
 */
class AttemptError extends Error {
    status;
    request;
    response;
    constructor(message, status, request, response) {
        super(message);
        this.status = status;
        this.request = request;
        this.response = response;
    }
}
class Attempts {
    limits;
    requests = 0;
    maxInFlight = 0;
    /**
     * The sequential network waits: the longest chain of requests each started
     * after an earlier one was answered (30 pages, 10 at a time: 3).
     */
    roundTrips = 0;
    inFlight = 0;
    /** The deepest chain among the requests answered so far. */
    answeredDepth = 0;
    started;
    constructor(limits) {
        this.limits = limits;
    }
    /** Milliseconds of the budget left (all of it before the first request). */
    remaining() {
        const used = this.started === undefined ? 0 : Date.now() - this.started;
        return this.limits.totalBudgetMs - used;
    }
    /** The plugin: pass it to getOctokit before plugin-retry and plugin-throttling. */
    plugin = (octokit) => {
        octokit.hook.wrap('request', (request, options) => this.attempt(request, options));
    };
    /** Whether to wait `ms` and try `call` again; says why not in `call.stop`. */
    allowRetry(call, ms) {
        if (call.attempts >= this.limits.maxAttempts)
            return false;
        if (ms >= this.remaining()) {
            call.stop = `retrying in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(ms)} would exceed the ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(this.limits.totalBudgetMs)} time budget`;
            return false;
        }
        return true;
    }
    /** One attempt inside Octokit: the request, or the replay of a failed first attempt made without it. */
    async attempt(request, options) {
        const call = callOf(options);
        const copy = copyOf(options);
        const replayed = call.replay;
        call.replay = undefined;
        const outcome = replayed ?? (await this.send(request, options, call, copy));
        if ('response' in outcome)
            return outcome.response;
        throw this.failed(call, outcome.failure, copy);
    }
    /**
     * One attempt made without Octokit (`request` answers as Octokit's would).
     * Its answer, or undefined when it failed in a way Octokit's plugins handle
     * (a retry, a rate limit): `call.replay` then holds the failure, and the
     * first attempt of Octokit's request for the call replays it, so retries,
     * waits and messages are those of a request Octokit made itself. Any other
     * failure is thrown as Octokit would end it.
     */
    async first(request, options) {
        const call = callOf(options);
        const copy = copyOf(options);
        const outcome = await this.send(request, options, call, copy);
        if ('response' in outcome)
            return outcome.response;
        const error = this.failed(call, outcome.failure, copy);
        if (error.status === undefined && outcome.failure.kind !== 'rate-limit')
            throw error;
        call.replay = outcome;
        return undefined;
    }
    /** Sends the request under the attempt's timeout and the budget, and reads the body. */
    async send(request, options, call, copy) {
        const cancelled = () => new AttemptError('cancelled', undefined, copy);
        if (call.signal?.aborted)
            throw cancelled();
        this.started ??= Date.now();
        const left = this.remaining();
        if (left <= 0) {
            const used = `the ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(this.limits.totalBudgetMs)} time budget is used up`;
            if (call.reason)
                call.stop = used;
            else
                Object.assign(call, { reason: used, transient: false });
            throw new AttemptError(used, undefined, copy);
        }
        call.attempts++;
        const limit = Math.min(this.limits.requestTimeoutMs, left);
        const timer = new AbortController();
        const timeout = setTimeout(() => timer.abort(), limit);
        const signal = call.signal ? AbortSignal.any([timer.signal, call.signal]) : timer.signal;
        const depth = this.answeredDepth + 1;
        this.roundTrips = Math.max(this.roundTrips, depth);
        this.requests++;
        this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
        let answered = false;
        try {
            // Hooks share one options object per request (before-after-hook binds it), so
            // the attempt's settings go on it rather than into a copy. The body is read
            // here, under the attempt's timeout, and parsed with plain JSON.parse.
            Object.assign((options.request ??= {}), { signal, parseSuccessResponseBody: false });
            const res = await request(options);
            answered = true;
            const text = await bodyText(res.data);
            if (call.body === 'text')
                return { response: { ...res, data: text } };
            try {
                return { response: { ...res, data: JSON.parse(text) } };
            }
            catch {
                return { failure: { kind: 'transient', reason: 'malformed JSON in the response' } };
            }
        }
        catch (err) {
            if (call.signal?.aborted)
                throw cancelled();
            if (timer.signal.aborted)
                return { failure: timedOut(limit) };
            if (answered)
                return { failure: { kind: 'transient', reason: `network error (${rootCause(err).text})` } };
            return { failure: classify(err) };
        }
        finally {
            clearTimeout(timeout);
            this.inFlight--;
            this.answeredDepth = Math.max(this.answeredDepth, depth);
        }
    }
    /** The error a failed attempt ends with: with a status when the plugins are to retry it. */
    failed(call, failure, options) {
        Object.assign(call, {
            reason: failure.reason,
            status: failure.status,
            transient: failure.kind !== 'permanent',
        });
        if (failure.kind === 'rate-limit') {
            // Throttling tells the two limits apart by the message, and reads Retry-After itself.
            // The primary limit is the one whose quota is used up; any other wants a pause
            // (Retry-After, else a minute, as GitHub's docs ask).
            const h = failure.headers ?? {};
            const primary = h['x-ratelimit-remaining'] === '0' &&
                h['retry-after'] === undefined &&
                !/secondary rate/i.test(failure.message ?? '');
            const message = primary ? 'rate limit' : 'secondary rate limit';
            return new AttemptError(message, failure.status, options, { headers: h });
        }
        const retry = failure.kind === 'transient' &&
            this.allowRetry(call, retryWait(call.attempts, this.limits.retryBaseMs));
        return new AttemptError(failure.reason, retry ? (failure.status ?? 500) : undefined, options);
    }
}
const callOf = (options) => options.request?.call ?? { body: 'json', attempts: 0 };
/** The options as the attempt began, for the error the plugins read. */
const copyOf = (options) => ({ ...options, request: { ...options.request } });
/** A success body as text: Octokit hands it over unread (a stream), or '' when there is none. */
async function bodyText(data) {
    if (typeof data === 'string')
        return data;
    if (!data)
        return '';
    const chunks = [];
    for await (const chunk of data)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
const timedOut = (ms) => ({
    kind: 'transient',
    reason: `no response within ${ms} ms`,
});
/** What an error from Octokit's request means for retrying it. */
function classify(err) {
    const e = err;
    if (e.response && typeof e.status === 'number') {
        const s = e.status;
        const headers = e.response.headers ?? {};
        const message = (0,_responses_js__WEBPACK_IMPORTED_MODULE_1__/* .serverMessage */ .x_)(e.response.data);
        const limited = (s === 403 || s === 429) &&
            (headers['retry-after'] !== undefined ||
                /rate limit/i.test(message) ||
                headers['x-ratelimit-remaining'] === '0' ||
                s === 429);
        if (limited) {
            return {
                kind: 'rate-limit',
                reason: `HTTP ${s} (rate limited)`,
                status: s,
                headers,
                message,
            };
        }
        if (s >= 500)
            return { kind: 'transient', reason: `HTTP ${s}`, status: s };
        const detail = message.trim() ? ` (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .snippet */ .UA)(message)})` : '';
        return { kind: 'permanent', reason: `HTTP ${s}${detail}`, status: s };
    }
    const cause = rootCause(err);
    // A request the client cannot even build fails the same way on every attempt.
    if (cause.header)
        return { kind: 'permanent', reason: `network error (${cause.text})` };
    if (e.status === 500)
        return { kind: 'transient', reason: `network error (${cause.text})` };
    return { kind: 'permanent', reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .safeCause */ .ph)(String(e.message ?? err)) };
}
/**
 * The innermost cause's message: `getaddrinfo ENOTFOUND host`, not `fetch
 * failed`; `header` when some message of the chain could quote a request
 * header, which then stands replaced (safeCause).
 */
function rootCause(err) {
    let e = err;
    let header = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quotesHeader */ .$X)(String(e.message ?? ''));
    while (e.cause && typeof e.cause === 'object') {
        e = e.cause;
        header ||= (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quotesHeader */ .$X)(String(e.message ?? ''));
    }
    return { text: header ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADER_REFUSED */ .lj : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .snippet */ .UA)(e.message || e.code || 'unknown'), header };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ quotesHeader),
/* harmony export */   UA: () => (/* binding */ snippet),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   lj: () => (/* binding */ HEADER_REFUSED),
/* harmony export */   ph: () => (/* binding */ safeCause)
/* harmony export */ });
/**
 * How a REST failure reads: one line naming the request and the cause,
 * short, and never holding the token. Octokit-free, so importing it costs
 * nothing at start-up.
 */
class ApiError extends Error {
    status;
    constructor(message, 
    /** The HTTP status of the last answer, when there was one. */
    status) {
        super(message);
        this.status = status;
        this.name = 'ApiError';
    }
}
const SNIPPET = 200;
/** A server-supplied text cut to one short line (bodies can be long, or HTML). */
function snippet(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > SNIPPET ? `${line.slice(0, SNIPPET)}…` : line;
}
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/**
 * `text` with the secret masked: as given, with its white space collapsed
 * (as `snippet` prints it), and each of its white-space-separated pieces long
 * enough to identify it. The API client is never handed a token with white
 * space inside (settings refuse it); this holds even if one were.
 */
function scrub(text, secret) {
    const forms = new Set([secret, secret.replace(/\s+/g, ' '), secret.trim()]);
    for (const piece of secret.split(/\s+/))
        if (piece.length >= MIN_PIECE)
            forms.add(piece);
    let out = text;
    // Longest first, so a piece never splits a longer form before that form is masked.
    for (const form of [...forms].filter(Boolean).sort((a, b) => b.length - a.length)) {
        out = out.split(form).join('***');
    }
    return out;
}
/** Shorter pieces of a secret are too common as text to mask safely, and too short to identify it. */
const MIN_PIECE = 8;
/**
 * Messages of the HTTP stack that can quote a request header: undici's
 * "… is an invalid header value", "invalid header name", ByteString
 * conversion errors, and anything naming Authorization. The header value is
 * the token, so such a message is replaced as a whole, never shown.
 */
const QUOTES_A_HEADER = /header (?:value|name)|invalid header|authorization|bytestring|\bheaders?\.(?:append|set)\b/i;
const quotesHeader = (message) => QUOTES_A_HEADER.test(message);
const HEADER_REFUSED = 'the HTTP client refused a request header (its value is not shown)';
/** The cause of a failure as a short line that cannot carry a header's value. */
const safeCause = (message) => quotesHeader(message) ? HEADER_REFUSED : snippet(message);


/***/ }),

/***/ 5594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ httpFetch)
/* harmony export */ });
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3053);
/* harmony import */ var node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _change_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1740);
/**
 * The fetch of the REST client where no proxy applies (each request's first
 * attempt, and Octokit's): a GET on Node's own http/https client. Node's global
 * fetch starts its own HTTP stack on first use, which takes longer than a
 * small pull request's whole file list takes to arrive; everything Octokit
 * does with the answer (retries, rate limits, errors) is unchanged.
 *
 * Only what the REST client sends goes this way: a GET or HEAD without a
 * body. Anything else, and any redirect, goes to the global fetch, which
 * follows redirects the standard way (dropping credentials across origins).
 */


const sent = (0,node_diagnostics_channel__WEBPACK_IMPORTED_MODULE_0__.channel)(_change_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .REQUEST_SENT_CHANNELS */ .oW[0]);
async function httpFetch(url, init = {}) {
    const method = (init.method ?? 'GET').toUpperCase();
    const target = new URL(url);
    if ((method !== 'GET' && method !== 'HEAD') ||
        init.body !== undefined ||
        (target.protocol !== 'https:' && target.protocol !== 'http:')) {
        return fetch(url, init);
    }
    // Only the client the URL needs is loaded: TLS alone takes longer to load than a page to arrive.
    const { request } = target.protocol === 'https:'
        ? process.getBuiltinModule('node:https')
        : process.getBuiltinModule('node:http');
    const res = await new Promise((resolve, reject) => {
        const req = request(target, { method, headers: init.headers, signal: init.signal ?? undefined }, resolve);
        // As the global fetch does: a network failure is a TypeError whose cause says what failed.
        req.on('error', (err) => reject(err.name === 'AbortError' ? err : new TypeError('fetch failed', { cause: err })));
        // The request is on the wire: the caller may hold the event loop while the answer travels.
        req.on('finish', () => sent.publish({ url: target.href }));
        req.end();
    });
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location && init.redirect !== 'manual') {
        res.resume();
        return fetch(url, init);
    }
    return answer(url, res, status);
}
function answer(url, res, status) {
    const headers = new Map();
    for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined)
            headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let read;
    const bytes = () => {
        read ??= (async () => {
            const chunks = [];
            for await (const chunk of res)
                chunks.push(chunk);
            return Buffer.concat(chunks);
        })();
        return read;
    };
    const text = async () => (await bytes()).toString('utf8');
    return {
        status,
        statusText: res.statusMessage ?? '',
        url,
        headers: {
            get: (name) => headers.get(name.toLowerCase()) ?? null,
            [Symbol.iterator]: () => headers.entries(),
        },
        body: res,
        text,
        json: async () => JSON.parse(await text()),
        arrayBuffer: async () => {
            const b = await bytes();
            return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
        },
    };
}


/***/ }),

/***/ 3935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ USER_AGENT),
/* harmony export */   k: () => (/* binding */ plainRequest)
/* harmony export */ });
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5594);
/**
 * One GET made and answered as Octokit's `request` makes and answers it,
 * without loading Octokit: where no proxy applies, the REST client sends each
 * request's first attempt this way (Attempts.first). Octokit and its plugins
 * are loaded only when an attempt fails in a way they handle, and then
 * replay that failure; a pull request of up to 100 files is one GET that
 * never needs them.
 */

const USER_AGENT = 'backend-matrix-action';
/** Shaped as Octokit's RequestError where the attempt reads one. */
class PlainRequestError extends Error {
    status;
    response;
    constructor(message, status, response) {
        super(message);
        this.status = status;
        this.response = response;
    }
}
function plainRequest(baseUrl, token) {
    // @octokit/auth-token's scheme: `bearer` for a JWT, `token` for every other token.
    const scheme = token.split('.').length === 3 ? 'bearer' : 'token';
    const auth = token ? { authorization: `${scheme} ${token}` } : {};
    // Octokit's adds its own name and version; the runtime's is what matters to GitHub's logs.
    const userAgent = `${USER_AGENT} Node.js/${process.versions.node}`;
    return async (options) => {
        const url = baseUrl + options.url;
        let res;
        try {
            res = await (0,_http_fetch_js__WEBPACK_IMPORTED_MODULE_0__/* .httpFetch */ .t)(url, {
                headers: { 'user-agent': userAgent, ...auth, ...options.headers },
                signal: options.request?.signal,
            });
        }
        catch (err) {
            if (err.name === 'AbortError')
                throw err;
            // As Octokit reports a request that got no answer: status 500, the cause's message.
            const cause = err.cause;
            const message = cause instanceof Error ? cause.message : err.message;
            throw Object.assign(new PlainRequestError(message, 500), { cause: err });
        }
        const headers = Object.fromEntries(res.headers);
        if (res.status >= 200 && res.status < 300) {
            return { status: res.status, url, headers, data: res.body };
        }
        const text = await res.text().catch(() => '');
        const json = /\bjson\b/i.test(headers['content-type'] ?? '');
        throw new PlainRequestError(`HTTP ${res.status}`, res.status, {
            headers,
            data: json ? parsed(text) : text,
        });
    };
}
/** JSON.parse, or the text itself when it is not JSON (as Octokit keeps an error body). */
function parsed(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 3499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ fileList),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   pO: () => (/* binding */ fileItems),
/* harmony export */   qN: () => (/* binding */ repoPath),
/* harmony export */   ss: () => (/* binding */ lastPage),
/* harmony export */   x_: () => (/* binding */ serverMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

function field(body, key) {
    return body && typeof body === 'object' ? body[key] : undefined;
}
/** The items of a files list (`what` names the request in errors). */
function fileItems(body, what) {
    if (!Array.isArray(body))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(`${what}: expected a JSON array of files`);
    return body.map((f) => {
        const filename = field(f, 'filename');
        if (typeof filename !== 'string' || !filename) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(`${what}: a file item has no filename`);
        }
        const item = { filename };
        const prev = field(f, 'previous_filename');
        if (typeof prev === 'string' && prev)
            item.previous_filename = prev;
        const status = field(f, 'status');
        if (typeof status === 'string')
            item.status = status;
        return item;
    });
}
/** Distinct paths in listing order (a rename gives both names); `complete` is false at GitHub's cap. */
function fileList(items, cap) {
    const names = new Set();
    const added = new Set();
    for (const f of items) {
        names.add(f.filename);
        if (f.previous_filename)
            names.add(f.previous_filename);
        if (f.status === 'added')
            added.add(f.filename);
    }
    return {
        files: [...names],
        complete: items.length < cap,
        count: items.length,
        added: [...added],
    };
}
/** The `page` of the `rel="last"` link, if the header has one. */
function lastPage(link) {
    for (const m of (link ?? '').matchAll(/<([^>]*)>\s*;\s*rel="([^"]*)"/g)) {
        if (!m[2].split(/\s+/).includes('last'))
            continue;
        const page = Number(new URL(m[1], 'http://link.invalid').searchParams.get('page'));
        if (Number.isInteger(page) && page >= 1)
            return page;
    }
    return undefined;
}
/** GitHub's `message` from an error body (JSON or text). */
function serverMessage(data) {
    if (typeof data === 'string')
        return data;
    const m = field(data, 'message');
    return typeof m === 'string' ? m : '';
}
/** `owner/name` as a URL path, each part encoded. */
function repoPath(repo) {
    const parts = repo.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(`the repository must be owner/name, not "${repo}"`);
    }
    return `/repos/${parts.map(encodeURIComponent).join('/')}`;
}
/** A file path as URL segments, slashes kept, each segment encoded. */
const encodePath = (p) => p
    .replace(/^\.?\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
