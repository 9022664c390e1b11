export const id = 747;
export const ids = [747];
export const modules = {

/***/ 2747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubApi: () => (/* binding */ GitHubApi)
});

// UNUSED EXPORTS: ApiError

// EXTERNAL MODULE: ./src/change/ports.ts
var ports = __webpack_require__(1740);
;// CONCATENATED MODULE: ./src/github/errors.ts
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

;// CONCATENATED MODULE: ./src/github/responses.ts

function field(body, key) {
    return body && typeof body === 'object' ? body[key] : undefined;
}
/** The items of a files list (`what` names the request in errors). */
function fileItems(body, what) {
    if (!Array.isArray(body))
        throw new ApiError(`${what}: expected a JSON array of files`);
    return body.map((f) => {
        const filename = field(f, 'filename');
        if (typeof filename !== 'string' || !filename) {
            throw new ApiError(`${what}: a file item has no filename`);
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
        throw new ApiError(`the repository must be owner/name, not "${repo}"`);
    }
    return `/repos/${parts.map(encodeURIComponent).join('/')}`;
}
/** A file path as URL segments, slashes kept, each segment encoded. */
const encodePath = (p) => p
    .replace(/^\.?\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');

;// CONCATENATED MODULE: ./src/github/attempts.ts
/**
 * Our fail-safe rules on top of Octokit, as the innermost plugin: it runs
 * once per HTTP attempt, under @octokit/plugin-retry (which waits and
 * retries 5xx, resets and timeouts) and @octokit/plugin-throttling (which
 * waits out secondary rate limits). Here: the per-request timeout, the
 * client's overall time budget, the counters behind `stats()`, a reason for
 * every failure, and the decision whether a retry is worth waiting for.
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
            call.stop = `retrying in ${seconds(ms)} would exceed the ${seconds(this.limits.totalBudgetMs)} time budget`;
            return false;
        }
        return true;
    }
    async attempt(request, options) {
        const call = options.request?.call ?? { body: 'json', attempts: 0 };
        const copy = { ...options, request: { ...options.request } };
        const cancelled = () => new AttemptError('cancelled', undefined, copy);
        if (call.signal?.aborted)
            throw cancelled();
        this.started ??= Date.now();
        const left = this.remaining();
        if (left <= 0) {
            const used = `the ${seconds(this.limits.totalBudgetMs)} time budget is used up`;
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
        let failure;
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
                return { ...res, data: text };
            try {
                return { ...res, data: JSON.parse(text) };
            }
            catch {
                failure = { kind: 'transient', reason: 'malformed JSON in the response' };
            }
        }
        catch (err) {
            if (call.signal?.aborted)
                throw cancelled();
            if (timer.signal.aborted)
                failure = timedOut(limit);
            else if (answered)
                failure = { kind: 'transient', reason: `network error (${rootCause(err).text})` };
            else
                failure = classify(err);
        }
        finally {
            clearTimeout(timeout);
            this.inFlight--;
            this.answeredDepth = Math.max(this.answeredDepth, depth);
        }
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
            throw new AttemptError(message, failure.status, copy, { headers: h });
        }
        const retry = failure.kind === 'transient' &&
            this.allowRetry(call, retryWait(call.attempts, this.limits.retryBaseMs));
        throw new AttemptError(failure.reason, retry ? (failure.status ?? 500) : undefined, copy);
    }
}
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
        const message = serverMessage(e.response.data);
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
        const detail = message.trim() ? ` (${snippet(message)})` : '';
        return { kind: 'permanent', reason: `HTTP ${s}${detail}`, status: s };
    }
    const cause = rootCause(err);
    // A request the client cannot even build fails the same way on every attempt.
    if (cause.header)
        return { kind: 'permanent', reason: `network error (${cause.text})` };
    if (e.status === 500)
        return { kind: 'transient', reason: `network error (${cause.text})` };
    return { kind: 'permanent', reason: safeCause(String(e.message ?? err)) };
}
/**
 * The innermost cause's message: `getaddrinfo ENOTFOUND host`, not `fetch
 * failed`; `header` when some message of the chain could quote a request
 * header, which then stands replaced (safeCause).
 */
function rootCause(err) {
    let e = err;
    let header = quotesHeader(String(e.message ?? ''));
    while (e.cause && typeof e.cause === 'object') {
        e = e.cause;
        header ||= quotesHeader(String(e.message ?? ''));
    }
    return { text: header ? HEADER_REFUSED : snippet(e.message || e.code || 'unknown'), header };
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __webpack_require__(9783);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/github/http-fetch.ts
/**
 * The `fetch` Octokit is given where no proxy applies: a GET on Node's own
 * http/https client, which the process has loaded already. Node's global
 * fetch starts its own HTTP stack on first use, which takes longer than a
 * small pull request's whole file list takes to arrive; everything Octokit
 * does with the answer (retries, rate limits, errors) is unchanged.
 *
 * Only what the REST client sends goes this way: a GET or HEAD without a
 * body. Anything else, and any redirect, goes to the global fetch, which
 * follows redirects the standard way (dropping credentials across origins).
 */




const sent = (0,external_node_diagnostics_channel_.channel)(ports/* REQUEST_SENT_CHANNELS */.oW[0]);
async function httpFetch(url, init = {}) {
    const method = (init.method ?? 'GET').toUpperCase();
    const target = new URL(url);
    if ((method !== 'GET' && method !== 'HEAD') ||
        init.body !== undefined ||
        (target.protocol !== 'https:' && target.protocol !== 'http:')) {
        return fetch(url, init);
    }
    const request = target.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
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

;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The REST client: Octokit with @octokit/plugin-retry and
 * @octokit/plugin-throttling, under our Attempts plugin.
 *
 * Where no proxy applies (as @actions/http-client decides from
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the API URL), @octokit/core on
 * Node's http client (http-fetch.ts): @actions/github's client adds REST
 * method and pagination plugins this client never calls, and a bundled
 * undici that takes longer to load than the request takes to answer. Behind
 * a proxy, @actions/github's `getOctokit`, which routes through it.
 */






const USER_AGENT = 'backend-matrix-action';
/** Keys the throttling plugin's shared limiters per client, so clients never queue behind each other. */
let clients = 0;
async function openOctokit(baseUrl, token, attempts) {
    const callOf = (options) => options.request.call ?? { body: 'json', attempts: 0 };
    const noop = () => { };
    const options = {
        baseUrl,
        userAgent: USER_AGENT,
        log: { debug: noop, info: noop, warn: console.warn, error: console.error },
        retry: {
            retries: attempts.limits.maxAttempts - 1,
            retryAfterBaseValue: attempts.limits.retryBaseMs,
            doNotRetry: DO_NOT_RETRY,
        },
        throttle: {
            id: `backend-matrix-${++clients}`,
            onSecondaryRateLimit: (retryAfter, o) => attempts.allowRetry(callOf(o), retryAfter * 1000),
            // The primary limit resets within the hour: waiting for it is never worth it.
            onRateLimit: (retryAfter, o) => {
                callOf(o).stop = `the rate limit resets in ${retryAfter} s`;
                return false;
            },
        },
    };
    const plugins = [attempts.plugin, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A];
    if ((0,proxy/* getProxyUrl */.s)(new URL(baseUrl)))
        return proxiedOctokit(options, token, plugins);
    const Client = dist_src/* Octokit */.E.plugin(...plugins);
    const direct = { ...options, request: { fetch: httpFetch } };
    return new Client(token ? { ...direct, auth: token } : direct);
}
async function proxiedOctokit(options, token, plugins) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(536), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 1351));
    const extra = plugins;
    if (token)
        return getOctokit(token, options, ...extra);
    // getOctokit insists on a token; the same class without one makes unauthenticated calls.
    const { GitHub } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 6536));
    const Unauthenticated = GitHub.plugin(...extra);
    return new Unauthenticated(options);
}

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

;// CONCATENATED MODULE: ./src/github/api.ts
/**
 * The GitHub REST API for one repository (ApiPort), on the toolkit's Octokit.
 * A pull request's files come in concurrent pages; every call retries
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
    attempts;
    token;
    repository;
    constructor(o) {
        this.token = o.token;
        this.repository = o.repository;
        this.attempts = new Attempts({
            requestTimeoutMs: o.requestTimeoutMs ?? 10_000,
            totalBudgetMs: o.totalBudgetMs ?? 60_000,
            maxAttempts: MAX_ATTEMPTS,
            retryBaseMs: o.retryBaseMs ?? 1000,
        });
        this.octokit = openOctokit(o.baseUrl.replace(/\/+$/, ''), o.token, this.attempts);
        this.octokit.catch(() => undefined); // reported by the first request that needs it
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
                return { items: fileItems(data, `GET ${what}`), last: only ? 1 : lastPage(link) };
            },
        }).catch((err) => {
            if (err instanceof PagesDisagree)
                throw new ApiError(`GET ${path}: ${err.message}`);
            throw err;
        });
        return fileList(pages.flat(), ports/* PR_FILES_CAP */.M3);
    }
    /** `base...head`: the files from their merge base to head, and head's status against base. */
    async compare(base, head) {
        const basehead = `${encodeURIComponent(base)}...${encodeURIComponent(head)}`;
        const path = `${this.repo()}/compare/${basehead}?per_page=${ports/* PR_FILES_PER_PAGE */.FB}`;
        // GitHub puts the whole file list (at most 300) on the first page; later pages list commits.
        const { data } = await this.get(path, 'json');
        const status = field(data, 'status');
        if (typeof status !== 'string')
            throw new ApiError(`GET ${path}: the answer has no status`);
        const files = field(data, 'files') ?? (status === 'identical' ? [] : undefined);
        return { ...fileList(fileItems(files, `GET ${path}`), ports/* COMPARE_FILES_CAP */.pP), status };
    }
    /** A file's text at `ref`, by the contents API; undefined when it answers 404. */
    async fileAt(path, ref) {
        const url = `${this.repo()}/contents/${encodePath(path)}?${new URLSearchParams({ ref })}`;
        try {
            const { data, headers } = await this.get(url, 'text');
            return asText(String(data), str(headers['content-type']), `GET ${url}`);
        }
        catch (err) {
            if (err instanceof ApiError && err.status === 404)
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
        return repoPath(this.repository);
    }
    /** One GET, `path` relative to the API root (`/repos/…`, query included). */
    async get(path, body, signal) {
        const call = { body, signal, attempts: 0 };
        try {
            const octokit = await this.octokit;
            const res = await octokit.request(`GET ${path}`, {
                headers: {
                    accept: body === 'json' ? JSON_ACCEPT : RAW_ACCEPT,
                    'x-github-api-version': API_VERSION,
                },
                request: { call },
            });
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
        return new ApiError(scrub(`${what}: ${reason}${after}${stop}`, this.token), call.status);
    }
}
const str = (v) => (typeof v === 'string' ? v : undefined);
function runsOf(data, what) {
    const runs = field(data, 'workflow_runs');
    if (!Array.isArray(runs))
        throw new ApiError(`${what}: the answer has no workflow_runs list`);
    return runs.flatMap((r) => {
        const headSha = field(r, 'head_sha');
        if (typeof headSha !== 'string' || !headSha)
            return [];
        const full = field(field(r, 'head_repository'), 'full_name');
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
        throw new ApiError(`${what}: malformed JSON in the response`);
    }
    const content = field(json, 'content');
    if (typeof content !== 'string' || field(json, 'encoding') !== 'base64') {
        throw new ApiError(`${what}: the answer is not a file's content`);
    }
    return Buffer.from(content, 'base64').toString('utf8');
}


/***/ })

};
