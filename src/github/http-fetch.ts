/**
 * The fetch of the REST client where no proxy applies (each request's first
 * attempt, and Octokit's): a GET on Node's own http/https client. Node's global
 * fetch starts its own HTTP stack on first use, which takes longer than a
 * small pull request's whole file list takes to arrive; everything Octokit
 * does with the answer (retries, rate limits, errors) is unchanged.
 *
 * Only what the REST client sends goes this way: a GET or HEAD without a
 * body. Anything else, and any redirect, goes to the global fetch, which
 * follows redirects the standard way (dropping credentials across origins).
 */
import { channel } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { REQUEST_SENT_CHANNELS } from '../change/ports.js';

const sent = channel(REQUEST_SENT_CHANNELS[0]);

interface Init {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
  redirect?: string;
}

/** The part of a fetch Response that Octokit reads. */
export interface HttpResponse {
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null; [Symbol.iterator](): Iterator<[string, string]> };
  body: AsyncIterable<Uint8Array>;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function httpFetch(url: string, init: Init = {}): Promise<HttpResponse | Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const target = new URL(url);
  if (
    (method !== 'GET' && method !== 'HEAD') ||
    init.body !== undefined ||
    (target.protocol !== 'https:' && target.protocol !== 'http:')
  ) {
    return fetch(url, init as RequestInit);
  }
  // Only the client the URL needs is loaded: TLS alone takes longer to load than a page to arrive.
  const { request } =
    target.protocol === 'https:'
      ? process.getBuiltinModule('node:https')
      : process.getBuiltinModule('node:http');
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(
      target,
      { method, headers: init.headers, signal: init.signal ?? undefined },
      resolve,
    );
    // As the global fetch does: a network failure is a TypeError whose cause says what failed.
    req.on('error', (err) =>
      reject(err.name === 'AbortError' ? err : new TypeError('fetch failed', { cause: err })),
    );
    // The request is on the wire: the caller may hold the event loop while the answer travels.
    req.on('finish', () => sent.publish({ url: target.href }));
    req.end();
  });
  const status = res.statusCode ?? 0;
  if (status >= 300 && status < 400 && res.headers.location && init.redirect !== 'manual') {
    res.resume();
    return fetch(url, init as RequestInit);
  }
  return answer(url, res, status);
}

function answer(url: string, res: IncomingMessage, status: number): HttpResponse {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let read: Promise<Buffer> | undefined;
  const bytes = (): Promise<Buffer> => {
    read ??= (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of res) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    })();
    return read;
  };
  const text = async (): Promise<string> => (await bytes()).toString('utf8');
  return {
    status,
    statusText: res.statusMessage ?? '',
    url,
    headers: {
      get: (name) => headers.get(name.toLowerCase()) ?? null,
      [Symbol.iterator]: () => headers.entries(),
    },
    body: res,
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () => {
      const b = await bytes();
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
  };
}
