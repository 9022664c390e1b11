export const id = 851;
export const ids = [851,310];
export const modules = {

/***/ 8851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryError: () => (/* binding */ RegistryError),
/* harmony export */   RegistryHttp: () => (/* binding */ RegistryHttp),
/* harmony export */   parseChallenge: () => (/* binding */ parseChallenge)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2779);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);
/**
 * The registry's HTTP layer: `@actions/http-client` (proxies from
 * HTTPS_PROXY/NO_PROXY, keep-alive), at most `maxInFlight` requests per
 * registry, retries of 429/5xx/network failures within one time budget,
 * redirects followed by hand (credentials never go to another host, never
 * over a downgrade to plain HTTP), and the authentication dance: Bearer
 * token challenges (anonymous or with credentials, one token per scope) and
 * Basic auth. Errors say what happened (status, host, cause), never a
 * header value or a credential.
 */


/** A failure whose cause is the same for every image of the registry: the unit of warnings. */
class RegistryError extends Error {
    cause;
    unreachable;
    constructor(cause, 
    /** No HTTP answer at all (refused, reset, timed out), as opposed to an answer that said no. */
    unreachable = false) {
        super(cause);
        this.cause = cause;
        this.unreachable = unreachable;
    }
}
const MAX_REDIRECTS = 5;
/** No registry at that address: every later request would fail the same way. */
const CONNECTION_ERRORS = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);
/** A counting semaphore. */
class Slots {
    size;
    active = 0;
    waiting = [];
    constructor(size) {
        this.size = size;
    }
    async take() {
        if (this.active < this.size) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    give() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
}
class RegistryHttp {
    credentials;
    limits;
    client;
    registries = new Map();
    deadline;
    inFlight = 0;
    stats = { requests: 0, peakInFlight: 0, retries: 0 };
    constructor(credentials, limits = {}) {
        this.credentials = credentials;
        this.limits = limits;
        this.client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('backend-matrix-action', [], {
            allowRedirects: false,
            allowRetries: false,
            keepAlive: true,
            socketTimeout: limits.requestTimeoutMs ?? 10_000,
        });
        this.deadline = Date.now() + (limits.budgetMs ?? 30_000);
    }
    dispose() {
        this.client.dispose();
    }
    /**
     * A request to `registry` (for its repository `scope`), authenticated as the
     * registry asks. Answers every status but a failure to get one, which throws
     * a RegistryError.
     */
    async fetch(registry, scope, method, url, headers) {
        const state = this.state(registry);
        let release;
        if (!state.first)
            state.first = new Promise((r) => (release = r));
        else
            await state.first;
        try {
            if (state.unreachable)
                throw new RegistryError(state.unreachable);
            return await this.authenticated(registry, state, scope, method, url, headers);
        }
        catch (err) {
            // A registry that never answered will not answer the next image either:
            // waiting out the budget once per image would hold the run for minutes.
            if (err instanceof RegistryError && err.unreachable)
                state.unreachable ??= err.cause;
            throw err;
        }
        finally {
            release?.();
        }
    }
    state(registry) {
        let s = this.registries.get(registry);
        if (!s) {
            s = {
                slots: new Slots(this.limits.maxInFlight ?? 32),
                bearer: undefined,
                basic: false,
                first: undefined,
                unreachable: undefined,
                tokens: new Map(),
            };
            this.registries.set(registry, s);
        }
        return s;
    }
    async authenticated(registry, state, scope, method, url, headers) {
        const cred = this.credentials.get(registry);
        let sent = 'none';
        for (let round = 0; round < 3; round++) {
            const auth = {};
            if (state.bearer) {
                auth.authorization = `Bearer ${await this.token(registry, state, scope)}`;
                sent = 'bearer';
            }
            else if (state.basic && cred) {
                auth.authorization = basic(cred);
                sent = 'basic';
            }
            const answer = await this.follow(state.slots, method, url, { ...headers, ...auth });
            if (answer.status !== 401)
                return answer;
            const challenge = parseChallenge(answer.headers['www-authenticate']);
            if (!challenge)
                throw new RegistryError('401 without a usable WWW-Authenticate challenge');
            if (challenge.scheme === 'basic') {
                if (!cred)
                    throw new RegistryError('authentication required and no credentials for it');
                if (sent === 'basic')
                    throw new RegistryError('the credentials were refused (401)');
                state.basic = true;
                continue;
            }
            if (sent === 'bearer' && state.bearer?.realm === challenge.realm) {
                // A token for this scope was refused: another request will not do better.
                throw new RegistryError(cred ? 'the credentials were refused (401)' : 'anonymous access was refused (401)');
            }
            checkRealm(challenge.realm);
            state.bearer = { realm: challenge.realm, service: challenge.service };
        }
        throw new RegistryError('authentication did not settle (401 after every attempt)');
    }
    /** One token per scope, asked for once however many requests need it. */
    token(registry, state, scope) {
        const key = `${state.bearer?.realm}\u0000${state.bearer?.service}\u0000${scope}`;
        let t = state.tokens.get(key);
        if (!t) {
            t = this.newToken(registry, state, scope);
            state.tokens.set(key, t);
            t.catch(() => state.tokens.delete(key));
        }
        return t;
    }
    async newToken(registry, state, scope) {
        const { realm, service } = state.bearer;
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        url.searchParams.set('scope', scope);
        const cred = this.credentials.get(registry);
        const headers = { accept: 'application/json' };
        if (cred)
            headers.authorization = basic(cred);
        const answer = await this.follow(state.slots, 'GET', url.href, headers);
        if (answer.status === 401 || answer.status === 403) {
            throw new RegistryError(cred
                ? `the token service refused the credentials (${answer.status})`
                : `the token service refused anonymous access (${answer.status})`);
        }
        if (answer.status !== 200)
            throw new RegistryError(`the token service answered ${answer.status}`);
        try {
            const body = JSON.parse(answer.body.toString('utf8'));
            const token = typeof body.token === 'string' ? body.token : body.access_token;
            if (typeof token === 'string' && token)
                return token;
        }
        catch {
            // Falls through to the error below.
        }
        throw new RegistryError('the token service gave no token');
    }
    /** Follows redirects: the Authorization header stays with the origin that was asked. */
    async follow(slots, method, url, headers) {
        let current = new URL(url);
        let sendHeaders = headers;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            const answer = await this.retried(slots, method, current.href, sendHeaders);
            if (![301, 302, 303, 307, 308].includes(answer.status))
                return answer;
            const location = answer.headers.location;
            if (typeof location !== 'string' || !location)
                throw new RegistryError(`a ${answer.status} redirect without a Location`);
            const next = new URL(location, current);
            if (next.protocol !== 'https:' && !(next.protocol === 'http:' && (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__.isLoopback)(next.host)))
                throw new RegistryError(`a redirect to plain HTTP on ${next.host} was refused`);
            if (next.origin !== current.origin) {
                sendHeaders = Object.fromEntries(Object.entries(sendHeaders).filter(([k]) => k.toLowerCase() !== 'authorization'));
            }
            current = next;
        }
        throw new RegistryError(`more than ${MAX_REDIRECTS} redirects`);
    }
    /** One request, retried on 429, 5xx and network failures while the budget lasts. */
    async retried(slots, method, url, headers) {
        const base = this.limits.retryBaseMs ?? 500;
        for (let attempt = 0;; attempt++) {
            let answer;
            let failure;
            let unreachable = false;
            let refused = false;
            try {
                answer = await this.once(slots, method, url, headers);
                if (!TRANSIENT.has(answer.status))
                    return answer;
                failure = answer.status === 429 ? 'rate limited (429)' : `server error (${answer.status})`;
            }
            catch (err) {
                failure = networkCause(err);
                unreachable = true;
                refused = CONNECTION_ERRORS.has(err?.code ?? '');
            }
            let wait = base * 2 ** attempt * (0.75 + Math.random() / 2);
            const after = answer ? retryAfterMs(answer.headers['retry-after']) : undefined;
            if (after !== undefined)
                wait = Math.max(wait, after);
            const outOfTime = Date.now() + wait > this.deadline;
            if (outOfTime || attempt >= 6) {
                // The cause is the same for every image of the registry: one warning says it.
                throw new RegistryError(`${failure}, after retries`, unreachable && (refused || outOfTime));
            }
            this.stats.retries++;
            await new Promise((r) => setTimeout(r, wait));
        }
    }
    async once(slots, method, url, headers) {
        await slots.take();
        this.stats.requests++;
        this.stats.peakInFlight = Math.max(this.stats.peakInFlight, ++this.inFlight);
        try {
            const res = await this.client.request(method, url, null, headers);
            const body = res.readBodyBuffer
                ? await res.readBodyBuffer()
                : Buffer.from(await res.readBody());
            return { status: res.message.statusCode ?? 0, headers: res.message.headers, body };
        }
        finally {
            this.inFlight--;
            slots.give();
        }
    }
}
const basic = (c) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
/** A realm that would receive credentials must be HTTPS (or on this machine). */
function checkRealm(realm) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new RegistryError('the Bearer challenge names a realm that is not a URL');
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__.isLoopback)(url.host)))
        throw new RegistryError(`the Bearer challenge names a token service over plain HTTP (${url.host})`);
}
/** `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
function parseChallenge(header) {
    const values = Array.isArray(header) ? header : header ? [header] : [];
    for (const value of values) {
        const m = /^\s*(bearer|basic)\b\s*(.*)$/i.exec(value);
        if (!m)
            continue;
        const params = {};
        for (const p of m[2].matchAll(/([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
            params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
        }
        const scheme = m[1].toLowerCase();
        if (scheme === 'bearer' && !params.realm)
            continue;
        return { scheme, realm: params.realm ?? '', service: params.service, scope: params.scope };
    }
    return undefined;
}
function retryAfterMs(v) {
    const text = Array.isArray(v) ? v[0] : v;
    if (!text)
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function networkCause(err) {
    const e = err;
    if (/timeout/i.test(e?.message ?? ''))
        return 'no answer in time';
    return `the connection failed (${e?.code ?? 'network error'})`;
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCKER_HUB: () => (/* binding */ DOCKER_HUB),
/* harmony export */   apiBase: () => (/* binding */ apiBase),
/* harmony export */   formatReference: () => (/* binding */ formatReference),
/* harmony export */   hostname: () => (/* binding */ hostname),
/* harmony export */   isLoopback: () => (/* binding */ isLoopback),
/* harmony export */   manifestRef: () => (/* binding */ manifestRef),
/* harmony export */   parseReference: () => (/* binding */ parseReference)
/* harmony export */ });
/**
 * Image references as Docker reads them: `[registry/]path[:tag][@digest]`.
 * A first component with a `.` or `:`, or `localhost`, is a registry;
 * otherwise the registry is `docker.io`, where a one-component path lives
 * under `library/`. `index.docker.io` is `docker.io`.
 */
const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const HOST = /^(?:\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d{1,5})?$/;
/** Parses a reference; throws an Error saying what is wrong with it. */
function parseReference(text) {
    const fail = (why) => {
        throw new Error(`"${text}" is not an image reference: ${why}`);
    };
    if (!text || text !== text.trim())
        fail('it is empty or has spaces around it');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`"${digest}" is not a digest (sha256:<64 hex digits>)`);
        if (digest.startsWith('sha256:') && !/^sha256:[a-f0-9]{64}$/.test(digest))
            fail(`"${digest}" is not a sha256 digest`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`"${tag}" is not a valid tag`);
    }
    const name = rest;
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) {
        registry = parts.shift();
        if (!HOST.test(registry))
            fail(`"${registry}" is not a registry host`);
    }
    if (registry === 'index.docker.io')
        registry = DOCKER_HUB;
    for (const p of parts) {
        if (!COMPONENT.test(p))
            fail(`"${p}" is not a valid path component (lowercase letters, digits, . _ -)`);
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (repository.length > 255)
        fail('the repository name is longer than 255 characters');
    return { registry, repository, tag, digest, name };
}
/** What to ask the registry for: the digest when there is one, else the tag (`latest` by default). */
const manifestRef = (r) => r.digest ?? r.tag ?? 'latest';
/** Docker's familiar form, for messages: `docker.io/library/ubuntu:22.04`. */
const formatReference = (r) => `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
/** Registries Docker reaches over plain HTTP: loopback ones (127.0.0.0/8, ::1, localhost). */
function isLoopback(host) {
    const h = hostname(host).toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}
/** The host of `host[:port]`, brackets removed from an IPv6 address. */
function hostname(host) {
    const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
    if (v6)
        return v6[1];
    return host.replace(/:\d+$/, '');
}
/** The base URL of a registry's API: Docker Hub's lives at registry-1.docker.io. */
function apiBase(registry) {
    if (registry === DOCKER_HUB)
        return 'https://registry-1.docker.io';
    return `${isLoopback(registry) ? 'http' : 'https'}://${registry}`;
}


/***/ })

};
