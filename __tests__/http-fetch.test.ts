/**
 * The REST client's fetch on Node's http module: what Octokit reads of an
 * answer (status, headers, body), and the cases it hands to the global
 * fetch (redirects, anything but a bodiless GET/HEAD).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_SENT_CHANNELS } from '../src/change/ports.js';
import { httpFetch } from '../src/github/http-fetch.js';

let server: Server;
let base = '';
const seen: { method: string; url: string; auth?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization });
    if (req.url === '/moved') {
      res.writeHead(302, { location: '/files' });
      res.end();
      return;
    }
    if (req.url === '/never') return; // no answer
    res.writeHead(req.url === '/files' ? 200 : 404, {
      'content-type': 'application/json; charset=utf-8',
      link: '<x>; rel="next"',
    });
    res.end(
      JSON.stringify(req.url === '/files' ? [{ filename: 'a.go' }] : { message: 'Not Found' }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('httpFetch', () => {
  it('answers a GET with the status, lower-case headers and the body', async () => {
    const res = await httpFetch(`${base}/files`, { headers: { authorization: 'token t' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(Object.fromEntries(res.headers)).toMatchObject({ link: '<x>; rel="next"' });
    expect(await res.json()).toEqual([{ filename: 'a.go' }]);
    expect(seen.at(-1)).toEqual({ method: 'GET', url: '/files', auth: 'token t' });
  });

  it('reports each request on the wire, for the parse to wait no longer', async () => {
    const urls: string[] = [];
    const onSent = (m: unknown): void => void urls.push((m as { url: string }).url);
    subscribe(REQUEST_SENT_CHANNELS[0], onSent);
    try {
      await (await httpFetch(`${base}/files`)).text();
    } finally {
      unsubscribe(REQUEST_SENT_CHANNELS[0], onSent);
    }
    expect(urls).toEqual([`${base}/files`]);
  });

  it('streams the body to a reader that iterates it', async () => {
    const res = await httpFetch(`${base}/files`);
    const chunks: Uint8Array[] = [];
    for await (const c of res.body as AsyncIterable<Uint8Array>) chunks.push(c);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual([{ filename: 'a.go' }]);
  });

  it('gives an error status with its body', async () => {
    const res = await httpFetch(`${base}/nothing`);
    expect([res.status, await res.text()]).toEqual([404, '{"message":"Not Found"}']);
  });

  it('follows a redirect through the global fetch', async () => {
    seen.length = 0;
    const res = await httpFetch(`${base}/moved`);
    expect(res.status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual(['/moved', '/moved', '/files']);
  });

  it('fails to connect as fetch does: a TypeError whose cause names the failure', async () => {
    const err = await httpFetch('http://127.0.0.1:1/files').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(((err as Error).cause as Error).message).toMatch(/ECONNREFUSED/);
  });

  it('stops when its signal aborts, with an AbortError', async () => {
    const err = await httpFetch(`${base}/never`, { signal: AbortSignal.timeout(100) }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).name).toBe('AbortError');
  });

  it('hands a request with a body to the global fetch', async () => {
    seen.length = 0;
    const res = await httpFetch(`${base}/files`, { method: 'POST', body: '{}' });
    expect(res).toBeInstanceOf(Response);
    expect(seen.map((s) => s.method)).toEqual(['POST']);
  });
});
