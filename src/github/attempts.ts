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
import { HEADER_REFUSED, quotesHeader, safeCause, seconds, snippet } from './errors.js';
import { serverMessage } from './responses.js';

export interface Limits {
  /** Per attempt, body included. */
  requestTimeoutMs: number;
  /** All attempts of the client together, from its first request. */
  totalBudgetMs: number;
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** plugin-retry waits n² × this after the n-th failed attempt. */
  retryBaseMs: number;
}

/** One request and all its attempts; what its error message is made of. */
export interface Call {
  /** JSON bodies must parse; raw ones are text. */
  body: 'json' | 'text';
  /** Ends the request early: a sibling page already failed. */
  signal?: AbortSignal;
  attempts: number;
  /** Why the last attempt failed: `HTTP 502`, `no response within 500 ms`, … */
  reason?: string;
  status?: number;
  /** The failure was transient: its message says after how many attempts. */
  transient?: boolean;
  /** Why no further attempt was made, when not for the attempt limit. */
  stop?: string;
  /** A first attempt made without Octokit that failed: Octokit's first attempt replays it. */
  replay?: Outcome;
}

/** How one attempt ended: the response (its body read), or why it failed. */
type Outcome = { response: unknown } | { failure: Failure };

/** Statuses plugin-retry leaves alone: permanent ones, and rate limits (throttling's). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/** plugin-retry's wait after the n-th failed attempt. */
const retryWait = (n: number, baseMs: number): number => n * n * baseMs;

export type Hooked = (options: Record<string, unknown>) => Promise<{ data: unknown }>;
interface HookTarget {
  hook: { wrap(name: 'request', fn: (request: Hooked, options: Options) => unknown): void };
}
export type Options = Record<string, unknown> & {
  request?: Record<string, unknown> & { call?: Call };
};

/**
 * A failed attempt, shaped as the plugins read Octokit's RequestError:
 * with a `status`, plugin-retry retries it (unless DO_NOT_RETRY) and
 * throttling inspects 403/429; without one, both let it through.
 */
class AttemptError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly request: Options,
    readonly response?: { headers: Record<string, string | undefined> },
  ) {
    super(message);
  }
}

interface Failure {
  kind: 'transient' | 'rate-limit' | 'permanent';
  reason: string;
  status?: number;
  headers?: Record<string, string | undefined>;
  message?: string;
}

export class Attempts {
  requests = 0;
  maxInFlight = 0;
  /**
   * The sequential network waits: the longest chain of requests each started
   * after an earlier one was answered (30 pages, 10 at a time: 3).
   */
  roundTrips = 0;
  private inFlight = 0;
  /** The deepest chain among the requests answered so far. */
  private answeredDepth = 0;
  private started: number | undefined;

  constructor(readonly limits: Limits) {}

  /** Milliseconds of the budget left (all of it before the first request). */
  remaining(): number {
    const used = this.started === undefined ? 0 : Date.now() - this.started;
    return this.limits.totalBudgetMs - used;
  }

  /** The plugin: pass it to getOctokit before plugin-retry and plugin-throttling. */
  readonly plugin = (octokit: HookTarget): void => {
    octokit.hook.wrap('request', (request, options) => this.attempt(request, options));
  };

  /** Whether to wait `ms` and try `call` again; says why not in `call.stop`. */
  allowRetry(call: Call, ms: number): boolean {
    if (call.attempts >= this.limits.maxAttempts) return false;
    if (ms >= this.remaining()) {
      call.stop = `retrying in ${seconds(ms)} would exceed the ${seconds(this.limits.totalBudgetMs)} time budget`;
      return false;
    }
    return true;
  }

  /** One attempt inside Octokit: the request, or the replay of a failed first attempt made without it. */
  private async attempt(request: Hooked, options: Options): Promise<unknown> {
    const call = callOf(options);
    const copy = copyOf(options);
    const replayed = call.replay;
    call.replay = undefined;
    const outcome = replayed ?? (await this.send(request, options, call, copy));
    if ('response' in outcome) return outcome.response;
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
  async first(request: Hooked, options: Options): Promise<unknown> {
    const call = callOf(options);
    const copy = copyOf(options);
    const outcome = await this.send(request, options, call, copy);
    if ('response' in outcome) return outcome.response;
    const error = this.failed(call, outcome.failure, copy);
    if (error.status === undefined && outcome.failure.kind !== 'rate-limit') throw error;
    call.replay = outcome;
    return undefined;
  }

  /** Sends the request under the attempt's timeout and the budget, and reads the body. */
  private async send(
    request: Hooked,
    options: Options,
    call: Call,
    copy: Options,
  ): Promise<Outcome> {
    const cancelled = (): AttemptError => new AttemptError('cancelled', undefined, copy);
    if (call.signal?.aborted) throw cancelled();
    this.started ??= Date.now();
    const left = this.remaining();
    if (left <= 0) {
      const used = `the ${seconds(this.limits.totalBudgetMs)} time budget is used up`;
      if (call.reason) call.stop = used;
      else Object.assign(call, { reason: used, transient: false });
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
      if (call.body === 'text') return { response: { ...res, data: text } };
      try {
        return { response: { ...res, data: JSON.parse(text) as unknown } };
      } catch {
        return { failure: { kind: 'transient', reason: 'malformed JSON in the response' } };
      }
    } catch (err) {
      if (call.signal?.aborted) throw cancelled();
      if (timer.signal.aborted) return { failure: timedOut(limit) };
      if (answered)
        return { failure: { kind: 'transient', reason: `network error (${rootCause(err).text})` } };
      return { failure: classify(err) };
    } finally {
      clearTimeout(timeout);
      this.inFlight--;
      this.answeredDepth = Math.max(this.answeredDepth, depth);
    }
  }

  /** The error a failed attempt ends with: with a status when the plugins are to retry it. */
  private failed(call: Call, failure: Failure, options: Options): AttemptError {
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
      const primary =
        h['x-ratelimit-remaining'] === '0' &&
        h['retry-after'] === undefined &&
        !/secondary rate/i.test(failure.message ?? '');
      const message = primary ? 'rate limit' : 'secondary rate limit';
      return new AttemptError(message, failure.status, options, { headers: h });
    }
    const retry =
      failure.kind === 'transient' &&
      this.allowRetry(call, retryWait(call.attempts, this.limits.retryBaseMs));
    return new AttemptError(failure.reason, retry ? (failure.status ?? 500) : undefined, options);
  }
}

const callOf = (options: Options): Call => options.request?.call ?? { body: 'json', attempts: 0 };

/** The options as the attempt began, for the error the plugins read. */
const copyOf = (options: Options): Options => ({ ...options, request: { ...options.request } });

/** A success body as text: Octokit hands it over unread (a stream), or '' when there is none. */
async function bodyText(data: unknown): Promise<string> {
  if (typeof data === 'string') return data;
  if (!data) return '';
  const chunks: Uint8Array[] = [];
  for await (const chunk of data as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const timedOut = (ms: number): Failure => ({
  kind: 'transient',
  reason: `no response within ${ms} ms`,
});

/** What an error from Octokit's request means for retrying it. */
function classify(err: unknown): Failure {
  const e = err as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined>; data?: unknown };
  };
  if (e.response && typeof e.status === 'number') {
    const s = e.status;
    const headers = e.response.headers ?? {};
    const message = serverMessage(e.response.data);
    const limited =
      (s === 403 || s === 429) &&
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
    if (s >= 500) return { kind: 'transient', reason: `HTTP ${s}`, status: s };
    const detail = message.trim() ? ` (${snippet(message)})` : '';
    return { kind: 'permanent', reason: `HTTP ${s}${detail}`, status: s };
  }
  const cause = rootCause(err);
  // A request the client cannot even build fails the same way on every attempt.
  if (cause.header) return { kind: 'permanent', reason: `network error (${cause.text})` };
  if (e.status === 500) return { kind: 'transient', reason: `network error (${cause.text})` };
  return { kind: 'permanent', reason: safeCause(String(e.message ?? err)) };
}

/**
 * The innermost cause's message: `getaddrinfo ENOTFOUND host`, not `fetch
 * failed`; `header` when some message of the chain could quote a request
 * header, which then stands replaced (safeCause).
 */
function rootCause(err: unknown): { text: string; header: boolean } {
  let e = err as { cause?: unknown; message?: string; code?: string };
  let header = quotesHeader(String(e.message ?? ''));
  while (e.cause && typeof e.cause === 'object') {
    e = e.cause as typeof e;
    header ||= quotesHeader(String(e.message ?? ''));
  }
  return { text: header ? HEADER_REFUSED : snippet(e.message || e.code || 'unknown'), header };
}
