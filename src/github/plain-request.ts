/**
 * One GET made and answered as Octokit's `request` makes and answers it,
 * without loading Octokit: where no proxy applies, the REST client sends each
 * request's first attempt this way (Attempts.first). Octokit and its plugins
 * are loaded only when an attempt fails in a way they handle, and then
 * replay that failure; a pull request of up to 100 files is one GET that
 * never needs them.
 */
import { httpFetch } from './http-fetch.js';

export const USER_AGENT = 'backend-matrix-action';

/** What the request reads of Octokit's endpoint options. */
export interface PlainOptions {
  /** Relative to the API root, query included. */
  url: string;
  headers: Record<string, string>;
  request?: { signal?: AbortSignal };
}

/** Shaped as Octokit's RequestError where the attempt reads one. */
class PlainRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly response?: { headers: Record<string, string>; data: unknown },
  ) {
    super(message);
  }
}

export function plainRequest(baseUrl: string, token: string) {
  // @octokit/auth-token's scheme: `bearer` for a JWT, `token` for every other token.
  const scheme = token.split('.').length === 3 ? 'bearer' : 'token';
  const auth: Record<string, string> = token ? { authorization: `${scheme} ${token}` } : {};
  // Octokit's adds its own name and version; the runtime's is what matters to GitHub's logs.
  const userAgent = `${USER_AGENT} Node.js/${process.versions.node}`;
  return async (options: PlainOptions) => {
    const url = baseUrl + options.url;
    let res;
    try {
      res = await httpFetch(url, {
        headers: { 'user-agent': userAgent, ...auth, ...options.headers },
        signal: options.request?.signal,
      });
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      // As Octokit reports a request that got no answer: status 500, the cause's message.
      const cause = (err as Error).cause;
      const message = cause instanceof Error ? cause.message : (err as Error).message;
      throw Object.assign(new PlainRequestError(message, 500), { cause: err });
    }
    const headers = Object.fromEntries(res.headers);
    if (res.status >= 200 && res.status < 300) {
      return { status: res.status, url, headers, data: res.body as unknown };
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
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
