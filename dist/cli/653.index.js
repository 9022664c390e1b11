export const id = 653;
export const ids = [653,310];
export const modules = {

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dockerConfigPath: () => (/* binding */ dockerConfigPath),
/* harmony export */   parseDockerConfig: () => (/* binding */ parseDockerConfig),
/* harmony export */   readDockerConfig: () => (/* binding */ readDockerConfig),
/* harmony export */   registryOfKey: () => (/* binding */ registryOfKey)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/**
 * Registry credentials from the Docker config that `docker login` and
 * docker/login-action write: `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`, its `auths` entries (`auth`, base64 of
 * `user:password`, or `username`/`password`). Values are handed to the
 * caller's `secret` callback (the action masks them) and never appear in a
 * message.
 */




/** The config file Docker would read. */
function dockerConfigPath(env = process.env) {
    const dir = env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.HOME || node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.docker');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'config.json');
}
async function readDockerConfig(env = process.env, secret = () => { }) {
    const file = dockerConfigPath(env);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const problems = code === 'ENOENT' ? [] : [`cannot read ${file} (${code ?? 'error'})`];
        return { auths: new Map(), file: undefined, problems };
    }
    return parseDockerConfig(text, file, secret);
}
function parseDockerConfig(text, file, secret = () => { }) {
    const auths = new Map();
    const problems = [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // The parser's message could quote the file, and the file holds secrets.
        return { auths, file, problems: [`${file} is not valid JSON`] };
    }
    const entries = isObject(parsed) && isObject(parsed.auths) ? parsed.auths : {};
    for (const [key, value] of Object.entries(entries)) {
        if (!isObject(value))
            continue;
        const cred = credentialOf(value);
        if (cred === 'bad') {
            problems.push(`${file}: the auths entry for ${registryOfKey(key)} has an unreadable auth value`);
            continue;
        }
        if (!cred)
            continue;
        secret(cred.password);
        if (typeof value.auth === 'string')
            secret(value.auth);
        secret(Buffer.from(`${cred.username}:${cred.password}`).toString('base64'));
        const registry = registryOfKey(key);
        if (!auths.has(registry))
            auths.set(registry, cred);
    }
    if (isObject(parsed) && (parsed.credsStore || parsed.credHelpers) && auths.size === 0) {
        problems.push(`${file} keeps its credentials in a credential helper, which is not read: registries are asked anonymously`);
    }
    return { auths, file, problems };
}
function credentialOf(v) {
    if (typeof v.username === 'string' && typeof v.password === 'string' && v.username) {
        return { username: v.username, password: v.password };
    }
    if (typeof v.auth !== 'string' || !v.auth)
        return undefined;
    const decoded = Buffer.from(v.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        return 'bad';
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
/** `https://index.docker.io/v1/`, `ghcr.io`, `http://localhost:5000/v2/` → the registry name. */
function registryOfKey(key) {
    const host = key
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? _reference_js__WEBPACK_IMPORTED_MODULE_3__.DOCKER_HUB : host;
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);


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
