/**
 * A registry front for fault and auth tests: it forwards the Registry API to
 * a real registry (anonymously) and can demand Bearer tokens from its own
 * token endpoint (with or without Basic credentials, or never accepting
 * them: a 401 loop), answer chosen requests with a fault (429, 500, a hang),
 * delay every answer, and redirect blob downloads to another host name
 * (`localhost` for `127.0.0.1`) to see which headers follow. Every request is
 * logged with its Authorization header, so tests can say where credentials
 * went.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';

export interface Logged {
  method: string;
  url: string;
  host: string;
  authorization: string | undefined;
}

export type Fault = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

export interface FakeOptions {
  /** The real registry's base URL (`http://127.0.0.1:PORT`). */
  upstream: string;
  /** Demand Bearer tokens; with `username`, the token endpoint demands Basic credentials. */
  bearer?: { username?: string; password?: string; neverAccept?: boolean };
  /** A fault for some requests; undefined lets the request through. */
  fault?: (req: IncomingMessage) => Fault | undefined;
  /** Delay before every answer (ms). */
  delayMs?: number;
  /** Answer blob GETs with a 307 to the same server under another host name (`localhost`). */
  redirectBlobs?: boolean;
}

export class FakeRegistry {
  readonly log: Logged[] = [];
  inFlight = 0;
  peakInFlight = 0;
  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  static async start(opts: FakeOptions): Promise<FakeRegistry> {
    const holder: { self?: FakeRegistry } = {};
    const server = http.createServer((req, res) => {
      void (holder.self as FakeRegistry).handle(opts, req, res);
    });
    server.keepAliveTimeout = 5000;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    holder.self = new FakeRegistry(server, (server.address() as { port: number }).port);
    return holder.self;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  private async handle(opts: FakeOptions, req: IncomingMessage, res: ServerResponse) {
    this.log.push({
      method: req.method ?? '',
      url: req.url ?? '',
      host: req.headers.host ?? '',
      authorization: req.headers.authorization,
    });
    this.peakInFlight = Math.max(this.peakInFlight, ++this.inFlight);
    res.on('close', () => this.inFlight--);
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    const url = req.url ?? '/';
    if (url.startsWith('/token')) return this.token(opts, req, res);
    if (url.startsWith('/cdn/')) return forward(opts.upstream, url.slice(4), req, res);
    const fault = opts.fault?.(req);
    if (fault === 'hang') return;
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(fault.body ?? '{"errors":[{"code":"UNKNOWN"}]}');
      return;
    }
    if (opts.bearer) {
      const scope = /^\/v2\/(.+?)\/(manifests|blobs)\//.exec(url)?.[1];
      const expected = `Bearer tok.${scope}`;
      if (opts.bearer.neverAccept || req.headers.authorization !== expected) {
        res.writeHead(401, {
          'content-type': 'application/json',
          'www-authenticate': `Bearer realm="http://${this.host}/token",service="fake-registry",scope="repository:${scope}:pull"`,
        });
        res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
    }
    if (opts.redirectBlobs && req.method === 'GET' && /\/blobs\//.test(url)) {
      res.writeHead(307, { location: `http://localhost:${this.port}/cdn${url}` });
      res.end();
      return;
    }
    return forward(opts.upstream, url, req, res);
  }

  private token(opts: FakeOptions, req: IncomingMessage, res: ServerResponse) {
    const u = new URL(req.url ?? '/', `http://${this.host}`);
    const b = opts.bearer ?? {};
    if (b.username) {
      const want = `Basic ${Buffer.from(`${b.username}:${b.password}`).toString('base64')}`;
      if (req.headers.authorization !== want) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
    }
    const scope = /^repository:(.+):pull$/.exec(u.searchParams.get('scope') ?? '')?.[1];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: `tok.${scope}` }));
  }
}

/** Forwards a request to the upstream registry, anonymously. */
function forward(upstream: string, url: string, req: IncomingMessage, res: ServerResponse): void {
  const out = http.request(
    `${upstream}${url}`,
    {
      method: req.method,
      headers: req.headers.accept ? { accept: req.headers.accept } : {},
    },
    (up) => {
      const headers: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined) headers[k] = v;
      res.writeHead(up.statusCode ?? 502, headers);
      up.pipe(res);
    },
  );
  out.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  out.end();
}
