/**
 * The toolkit's Octokit: `getOctokit` from @actions/github with
 * @octokit/plugin-retry and @octokit/plugin-throttling, under our Attempts
 * plugin. Requests go through @actions/github's own fetch, which routes
 * through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY (or a loopback host)
 * says otherwise, as @actions/http-client decides for GITHUB_API_URL.
 */
import { getOctokit } from '@actions/github';
import { GitHub } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { DO_NOT_RETRY, type Attempts, type Call } from './attempts.js';

export type Octokit = ReturnType<typeof getOctokit>;
type Plugin = NonNullable<Parameters<typeof getOctokit>[2]>;

export const USER_AGENT = 'backend-matrix-action';

/** Keys the throttling plugin's shared limiters per client, so clients never queue behind each other. */
let clients = 0;

export function openOctokit(baseUrl: string, token: string, attempts: Attempts): Octokit {
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
  const plugins = [attempts.plugin as unknown as Plugin, retry, throttling];
  if (token) return getOctokit(token, options, ...plugins);
  // getOctokit insists on a token; the same class without one makes unauthenticated calls.
  const Unauthenticated = GitHub.plugin(...plugins);
  return new Unauthenticated(options) as unknown as Octokit;
}
