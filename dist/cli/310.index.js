export const id = 310;
export const ids = [310];
export const modules = {

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
