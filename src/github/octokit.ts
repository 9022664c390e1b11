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
import { Octokit as Core } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { DO_NOT_RETRY, type Attempts, type Call } from './attempts.js';
import { httpFetch } from './http-fetch.js';
import { USER_AGENT } from './plain-request.js';

/** What the client is used for: one request at a time, by route. */
export type Octokit = Pick<Core, 'request'>;
type Plugin = Parameters<typeof Core.plugin>[0];

/** Keys the throttling plugin's shared limiters per client, so clients never queue behind each other. */
let clients = 0;

/** `proxied`: whether a proxy applies to `baseUrl` (the caller has decided it). */
export async function openOctokit(
  baseUrl: string,
  token: string,
  attempts: Attempts,
  proxied: boolean,
): Promise<Octokit> {
  const callOf = (options: { request: object }): Call =>
    (options.request as { call?: Call }).call ?? { body: 'json', attempts: 0 };
  const noop = (): void => {};
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
      onSecondaryRateLimit: (retryAfter: number, o: { request: object }) =>
        attempts.allowRetry(callOf(o), retryAfter * 1000),
      // The primary limit resets within the hour: waiting for it is never worth it.
      onRateLimit: (retryAfter: number, o: { request: object }) => {
        callOf(o).stop = `the rate limit resets in ${retryAfter} s`;
        return false;
      },
    },
  };
  const plugins = [attempts.plugin as unknown as Plugin, retry as Plugin, throttling as Plugin];
  if (proxied) return proxiedOctokit(options, token, plugins);
  const Client = Core.plugin(...plugins);
  const direct = { ...options, request: { fetch: httpFetch } };
  return new Client(token ? { ...direct, auth: token } : direct);
}

async function proxiedOctokit(options: object, token: string, plugins: Plugin[]): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  type Extra = Parameters<typeof getOctokit>[2];
  const extra = plugins as unknown as Extra[];
  if (token) return getOctokit(token, options, ...extra);
  // getOctokit insists on a token; the same class without one makes unauthenticated calls.
  const { GitHub } = await import('@actions/github/lib/utils');
  const Unauthenticated = GitHub.plugin(...extra);
  return new Unauthenticated(options);
}
