export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openOctokit: () => (/* binding */ openOctokit)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1413);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5594);
/* harmony import */ var _plain_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3935);
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






/** Keys the throttling plugin's shared limiters per client, so clients never queue behind each other. */
let clients = 0;
/** `proxied`: whether a proxy applies to `baseUrl` (the caller has decided it). */
async function openOctokit(baseUrl, token, attempts, proxied) {
    const callOf = (options) => options.request.call ?? { body: 'json', attempts: 0 };
    const noop = () => { };
    const options = {
        baseUrl,
        userAgent: _plain_request_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._,
        log: { debug: noop, info: noop, warn: console.warn, error: console.error },
        retry: {
            retries: attempts.limits.maxAttempts - 1,
            retryAfterBaseValue: attempts.limits.retryBaseMs,
            doNotRetry: _attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .DO_NOT_RETRY */ .H,
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
    const plugins = [attempts.plugin, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A];
    if (proxied)
        return proxiedOctokit(options, token, plugins);
    const Client = _octokit_core__WEBPACK_IMPORTED_MODULE_5__/* .Octokit */ .E.plugin(...plugins);
    const direct = { ...options, request: { fetch: _http_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .httpFetch */ .t } };
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


/***/ })

};
