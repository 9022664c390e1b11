export const id = 495;
export const ids = [495,851,310];
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

/***/ 495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACCEPT: () => (/* binding */ ACCEPT),
/* harmony export */   MEDIA: () => (/* binding */ MEDIA),
/* harmony export */   REVISION: () => (/* binding */ REVISION),
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8851);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/**
 * What the registry says about one image reference: published (digest,
 * revision, platforms), absent, or unknown. Only "published" can promote an
 * image, so anything unexpected is "unknown", never "absent".
 */



const MEDIA = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** Every manifest type, in every request: a registry answers 404 for a type the client did not accept. */
const ACCEPT = Object.values(MEDIA).join(', ');
const REVISION = 'org.opencontainers.image.revision';
const INDEXES = [MEDIA.ociIndex, MEDIA.dockerList];
async function inspect(http, ref) {
    try {
        return await inspectOrThrow(http, ref);
    }
    catch (err) {
        if (err instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError)
            return { kind: 'unknown', cause: err.cause };
        throw err;
    }
}
async function inspectOrThrow(http, ref) {
    const scope = `repository:${ref.repository}:pull`;
    const base = `${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.apiBase)(ref.registry)}/v2/${ref.repository}`;
    const get = (method, url, accept = ACCEPT) => http.fetch(ref.registry, scope, method, url, { accept });
    let wanted = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__.manifestRef)(ref);
    if (ref.registry === _reference_js__WEBPACK_IMPORTED_MODULE_2__.DOCKER_HUB && !ref.digest) {
        // Docker Hub counts a manifest GET as a pull: a HEAD answers "absent" for free,
        // and the GET then asks for exactly the digest the HEAD saw.
        const head = await get('HEAD', `${base}/manifests/${wanted}`);
        const missing = absence(head);
        if (missing)
            return missing;
        expectOk(head, 'manifest HEAD');
        const digest = header(head, 'docker-content-digest');
        if (digest && /^sha256:[a-f0-9]{64}$/.test(digest))
            wanted = digest;
    }
    const top = await get('GET', `${base}/manifests/${wanted}`);
    const missing = absence(top);
    if (missing)
        return missing;
    expectOk(top, 'manifest');
    const digest = digestOf(top, wanted);
    const doc = json(top.body, 'manifest');
    const type = mediaType(doc, top);
    if (INDEXES.includes(type)) {
        const manifests = Array.isArray(doc.manifests) ? doc.manifests : undefined;
        if (!manifests)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError('malformed answer (an index without manifests)');
        const images = manifests.filter((m) => !isAttestation(m));
        const platforms = images.map(platformOf).filter((p) => p !== undefined);
        let revision = annotation(doc);
        if (revision === undefined && images.length) {
            const first = images[0];
            if (typeof first.digest !== 'string')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError('malformed answer (an index entry without digest)');
            const child = await get('GET', `${base}/manifests/${first.digest}`);
            expectOk(child, 'platform manifest');
            const m = json(child.body, 'platform manifest');
            revision = annotation(m) ?? (await configOf(m, base, get)).revision;
        }
        return { kind: 'published', digest, revision, platforms };
    }
    if (type === MEDIA.ociManifest || type === MEDIA.dockerManifest || doc.config) {
        const own = annotation(doc);
        const config = await configOf(doc, base, get);
        return {
            kind: 'published',
            digest,
            revision: own ?? config.revision,
            platforms: config.platform ? [config.platform] : [],
        };
    }
    throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError(`malformed answer (unexpected manifest type ${JSON.stringify(type).slice(0, 80)})`);
}
/** 404 (MANIFEST_UNKNOWN, NAME_UNKNOWN, or a registry's own words for it) is absent. */
function absence(a) {
    if (a.status !== 404)
        return undefined;
    let code = '';
    try {
        const body = JSON.parse(a.body.toString('utf8'));
        const c = body.errors?.[0]?.code;
        if (typeof c === 'string')
            code = c;
    }
    catch {
        // A HEAD has no body; a 404 page is not JSON.
    }
    return { kind: 'absent', why: code ? `404 ${code}` : '404' };
}
function expectOk(a, what) {
    if (a.status === 200)
        return;
    if (a.status === 401 || a.status === 403)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError(`access to the ${what} was refused (${a.status})`);
    throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError(`unexpected answer to a ${what} request (${a.status})`);
}
function header(a, name) {
    const v = a.headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/** The registry's digest, checked against the bytes when they hashed with sha256. */
function digestOf(a, asked) {
    const computed = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(a.body).digest('hex')}`;
    const said = header(a, 'docker-content-digest');
    if (said && said.startsWith('sha256:') && said !== computed)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError('malformed answer (the manifest does not match its digest)');
    if (asked.startsWith('sha256:') && asked !== computed)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError('malformed answer (the manifest does not match the digest asked for)');
    return computed;
}
function json(body, what) {
    try {
        const v = JSON.parse(body.toString('utf8'));
        if (v && typeof v === 'object' && !Array.isArray(v))
            return v;
    }
    catch {
        // Falls through.
    }
    throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError(`malformed answer (the ${what} is not a JSON object)`);
}
function mediaType(doc, a) {
    if (typeof doc.mediaType === 'string')
        return doc.mediaType;
    const ct = header(a, 'content-type') ?? '';
    if (ct)
        return ct.split(';')[0].trim();
    return Array.isArray(doc.manifests) ? MEDIA.ociIndex : MEDIA.ociManifest;
}
function annotation(doc) {
    const a = doc.annotations;
    const v = a && typeof a === 'object' ? a[REVISION] : undefined;
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
/** buildx's provenance and SBOM manifests: `unknown/unknown`, or marked as attestations. */
function isAttestation(m) {
    const a = m.annotations;
    if (a && typeof a === 'object' && a['vnd.docker.reference.type'] === 'attestation-manifest')
        return true;
    const p = m.platform;
    return !!p && p.os === 'unknown' && p.architecture === 'unknown';
}
function platformOf(m) {
    const p = m.platform;
    if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string')
        return undefined;
    return [p.os, p.architecture, typeof p.variant === 'string' ? p.variant : '']
        .filter(Boolean)
        .join('/');
}
/** The image config's revision label and platform. */
async function configOf(manifest, base, get) {
    const c = manifest.config;
    if (!c || typeof c.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(c.digest))
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError('malformed answer (a manifest without a config digest)');
    const answer = await get('GET', `${base}/blobs/${c.digest}`, '*/*');
    expectOk(answer, 'image config');
    const computed = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(answer.body).digest('hex')}`;
    if (computed !== c.digest)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError('malformed answer (the image config does not match its digest)');
    const config = json(answer.body, 'image config');
    const inner = (config.config ?? {});
    const labels = (inner.Labels ?? {});
    const label = labels && typeof labels === 'object' ? labels[REVISION] : undefined;
    return {
        revision: typeof label === 'string' && label.trim() ? label.trim() : undefined,
        platform: platformOf({ platform: config }),
    };
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
