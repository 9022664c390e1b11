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
import { HttpClient } from '@actions/http-client';
import type { Credential } from './credentials.js';
import { isLoopback } from './reference.js';

export interface HttpLimits {
  /** One request's inactivity limit. */
  requestTimeoutMs?: number;
  /** Time all retries of a run may spend, from the client's creation. */
  budgetMs?: number;
  /** The first retry's wait; it doubles per attempt. */
  retryBaseMs?: number;
  /** Requests in flight per registry. */
  maxInFlight?: number;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A failure whose cause is the same for every image of the registry: the unit of warnings. */
export class RegistryError extends Error {
  constructor(
    readonly cause: string,
    /** No HTTP answer at all (refused, reset, timed out), as opposed to an answer that said no. */
    readonly unreachable = false,
  ) {
    super(cause);
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
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly size: number) {}
  async take(): Promise<void> {
    if (this.active < this.size) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

interface Challenge {
  scheme: 'bearer' | 'basic';
  realm: string;
  service: string | undefined;
  scope: string | undefined;
}

/** Per registry: its slots, what its challenge said, and the tokens it granted. */
interface RegistryState {
  slots: Slots;
  bearer: { realm: string; service: string | undefined } | undefined;
  basic: boolean;
  /** The first request to a registry goes alone, so the rest know how it authenticates. */
  first: Promise<void> | undefined;
  /** Set when the registry could not be reached at all: later requests fail at once, alike. */
  unreachable: string | undefined;
  tokens: Map<string, Promise<string>>;
}

export class RegistryHttp {
  private readonly client: HttpClient;
  private readonly registries = new Map<string, RegistryState>();
  private readonly deadline: number;
  private inFlight = 0;
  readonly stats = { requests: 0, peakInFlight: 0, retries: 0 };

  constructor(
    private readonly credentials: ReadonlyMap<string, Credential>,
    private readonly limits: HttpLimits = {},
  ) {
    this.client = new HttpClient('backend-matrix-action', [], {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: true,
      socketTimeout: limits.requestTimeoutMs ?? 10_000,
    });
    this.deadline = Date.now() + (limits.budgetMs ?? 30_000);
  }

  dispose(): void {
    this.client.dispose();
  }

  /**
   * A request to `registry` (for its repository `scope`), authenticated as the
   * registry asks. Answers every status but a failure to get one, which throws
   * a RegistryError.
   */
  async fetch(
    registry: string,
    scope: string,
    method: 'GET' | 'HEAD',
    url: string,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const state = this.state(registry);
    let release: (() => void) | undefined;
    if (!state.first) state.first = new Promise<void>((r) => (release = r));
    else await state.first;
    try {
      if (state.unreachable) throw new RegistryError(state.unreachable);
      return await this.authenticated(registry, state, scope, method, url, headers);
    } catch (err) {
      // A registry that never answered will not answer the next image either:
      // waiting out the budget once per image would hold the run for minutes.
      if (err instanceof RegistryError && err.unreachable) state.unreachable ??= err.cause;
      throw err;
    } finally {
      release?.();
    }
  }

  private state(registry: string): RegistryState {
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

  private async authenticated(
    registry: string,
    state: RegistryState,
    scope: string,
    method: 'GET' | 'HEAD',
    url: string,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const cred = this.credentials.get(registry);
    let sent: 'none' | 'bearer' | 'basic' = 'none';
    for (let round = 0; round < 3; round++) {
      const auth: Record<string, string> = {};
      if (state.bearer) {
        auth.authorization = `Bearer ${await this.token(registry, state, scope)}`;
        sent = 'bearer';
      } else if (state.basic && cred) {
        auth.authorization = basic(cred);
        sent = 'basic';
      }
      const answer = await this.follow(state.slots, method, url, { ...headers, ...auth });
      if (answer.status !== 401) return answer;
      const challenge = parseChallenge(answer.headers['www-authenticate']);
      if (!challenge) throw new RegistryError('401 without a usable WWW-Authenticate challenge');
      if (challenge.scheme === 'basic') {
        if (!cred) throw new RegistryError('authentication required and no credentials for it');
        if (sent === 'basic') throw new RegistryError('the credentials were refused (401)');
        state.basic = true;
        continue;
      }
      if (sent === 'bearer' && state.bearer?.realm === challenge.realm) {
        // A token for this scope was refused: another request will not do better.
        throw new RegistryError(
          cred ? 'the credentials were refused (401)' : 'anonymous access was refused (401)',
        );
      }
      checkRealm(challenge.realm);
      state.bearer = { realm: challenge.realm, service: challenge.service };
    }
    throw new RegistryError('authentication did not settle (401 after every attempt)');
  }

  /** One token per scope, asked for once however many requests need it. */
  private token(registry: string, state: RegistryState, scope: string): Promise<string> {
    const key = `${state.bearer?.realm}\u0000${state.bearer?.service}\u0000${scope}`;
    let t = state.tokens.get(key);
    if (!t) {
      t = this.newToken(registry, state, scope);
      state.tokens.set(key, t);
      t.catch(() => state.tokens.delete(key));
    }
    return t;
  }

  private async newToken(registry: string, state: RegistryState, scope: string): Promise<string> {
    const { realm, service } = state.bearer as { realm: string; service: string | undefined };
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    url.searchParams.set('scope', scope);
    const cred = this.credentials.get(registry);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cred) headers.authorization = basic(cred);
    const answer = await this.follow(state.slots, 'GET', url.href, headers);
    if (answer.status === 401 || answer.status === 403) {
      throw new RegistryError(
        cred
          ? `the token service refused the credentials (${answer.status})`
          : `the token service refused anonymous access (${answer.status})`,
      );
    }
    if (answer.status !== 200)
      throw new RegistryError(`the token service answered ${answer.status}`);
    try {
      const body = JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
      const token = typeof body.token === 'string' ? body.token : body.access_token;
      if (typeof token === 'string' && token) return token;
    } catch {
      // Falls through to the error below.
    }
    throw new RegistryError('the token service gave no token');
  }

  /** Follows redirects: the Authorization header stays with the origin that was asked. */
  private async follow(
    slots: Slots,
    method: 'GET' | 'HEAD',
    url: string,
    headers: Record<string, string>,
  ): Promise<Answer> {
    let current = new URL(url);
    let sendHeaders = headers;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const answer = await this.retried(slots, method, current.href, sendHeaders);
      if (![301, 302, 303, 307, 308].includes(answer.status)) return answer;
      const location = answer.headers.location;
      if (typeof location !== 'string' || !location)
        throw new RegistryError(`a ${answer.status} redirect without a Location`);
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next.host)))
        throw new RegistryError(`a redirect to plain HTTP on ${next.host} was refused`);
      if (next.origin !== current.origin) {
        sendHeaders = Object.fromEntries(
          Object.entries(sendHeaders).filter(([k]) => k.toLowerCase() !== 'authorization'),
        );
      }
      current = next;
    }
    throw new RegistryError(`more than ${MAX_REDIRECTS} redirects`);
  }

  /** One request, retried on 429, 5xx and network failures while the budget lasts. */
  private async retried(
    slots: Slots,
    method: 'GET' | 'HEAD',
    url: string,
    headers: Record<string, string>,
  ): Promise<Answer> {
    const base = this.limits.retryBaseMs ?? 500;
    for (let attempt = 0; ; attempt++) {
      let answer: Answer | undefined;
      let failure: string;
      let unreachable = false;
      let refused = false;
      try {
        answer = await this.once(slots, method, url, headers);
        if (!TRANSIENT.has(answer.status)) return answer;
        failure = answer.status === 429 ? 'rate limited (429)' : `server error (${answer.status})`;
      } catch (err) {
        failure = networkCause(err);
        unreachable = true;
        refused = CONNECTION_ERRORS.has((err as NodeJS.ErrnoException)?.code ?? '');
      }
      let wait = base * 2 ** attempt * (0.75 + Math.random() / 2);
      const after = answer ? retryAfterMs(answer.headers['retry-after']) : undefined;
      if (after !== undefined) wait = Math.max(wait, after);
      const outOfTime = Date.now() + wait > this.deadline;
      if (outOfTime || attempt >= 6) {
        // The cause is the same for every image of the registry: one warning says it.
        throw new RegistryError(`${failure}, after retries`, unreachable && (refused || outOfTime));
      }
      this.stats.retries++;
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  private async once(
    slots: Slots,
    method: 'GET' | 'HEAD',
    url: string,
    headers: Record<string, string>,
  ): Promise<Answer> {
    await slots.take();
    this.stats.requests++;
    this.stats.peakInFlight = Math.max(this.stats.peakInFlight, ++this.inFlight);
    try {
      const res = await this.client.request(method, url, null, headers);
      const body = res.readBodyBuffer
        ? await res.readBodyBuffer()
        : Buffer.from(await res.readBody());
      return { status: res.message.statusCode ?? 0, headers: res.message.headers, body };
    } finally {
      this.inFlight--;
      slots.give();
    }
  }
}

const basic = (c: Credential): string =>
  `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;

/** A realm that would receive credentials must be HTTPS (or on this machine). */
function checkRealm(realm: string): void {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    throw new RegistryError('the Bearer challenge names a realm that is not a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.host)))
    throw new RegistryError(
      `the Bearer challenge names a token service over plain HTTP (${url.host})`,
    );
}

/** `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export function parseChallenge(header: string | string[] | undefined): Challenge | undefined {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  for (const value of values) {
    const m = /^\s*(bearer|basic)\b\s*(.*)$/i.exec(value);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const p of m[2].matchAll(/([a-zA-Z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
      params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    const scheme = m[1].toLowerCase() as 'bearer' | 'basic';
    if (scheme === 'bearer' && !params.realm) continue;
    return { scheme, realm: params.realm ?? '', service: params.service, scope: params.scope };
  }
  return undefined;
}

function retryAfterMs(v: string | string[] | undefined): number | undefined {
  const text = Array.isArray(v) ? v[0] : v;
  if (!text) return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function networkCause(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (/timeout/i.test(e?.message ?? '')) return 'no answer in time';
  return `the connection failed (${e?.code ?? 'network error'})`;
}
