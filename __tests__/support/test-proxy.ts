/**
 * An HTTP proxy on 127.0.0.1 for tests: CONNECT tunnels (what the toolkit's
 * proxy agent sends, for http and https targets alike) and absolute-form
 * requests (`GET http://host/path`, what plain HTTP proxies also see). It
 * resolves only the host names it is given, such as `api.github.test`, and
 * refuses every other host, so nothing leaves the machine.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** `host:port` for CONNECT, the absolute URL otherwise. */
  target: string;
}

export interface TestProxy {
  /** `http://127.0.0.1:PORT`, for HTTP_PROXY / HTTPS_PROXY. */
  url: string;
  seen: ProxiedRequest[];
  close(): Promise<void>;
}

/** `hosts` maps a name to the address it stands for (`{ 'api.github.test': '127.0.0.1' }`). */
export async function startTestProxy(hosts: Record<string, string>): Promise<TestProxy> {
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const resolve = (host: string): string | undefined => hosts[host.toLowerCase()];

  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', target: req.url ?? '' });
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute-form request expected');
      return;
    }
    const address = resolve(target.hostname);
    if (!address || target.protocol !== 'http:') {
      res.writeHead(502).end(`the test proxy does not know ${target.host}`);
      return;
    }
    const upstream = http.request(
      {
        host: address,
        port: Number(target.port || 80),
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push({ method: 'CONNECT', target: req.url ?? '' });
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const [host, port] = (req.url ?? '').split(':');
    const address = resolve(host ?? '');
    if (!address || !port) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(port), address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
