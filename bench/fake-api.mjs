/**
 * A minimal fake GitHub REST server for the benchmark, on 127.0.0.1 and an
 * ephemeral port. It serves one pull request's files the way GitHub does:
 *
 *   GET /repos/{owner}/{repo}/pulls/{number}/files?per_page=100&page=k
 *
 * with `Link` pagination (next/last, first/prev), and, when given `compare`,
 * one push's comparison the way GitHub does (every file on the first page):
 *
 *   GET /repos/{owner}/{repo}/compare/{base}...{head}
 *
 * Anything else is a 404 and is counted, so the benchmark can say what the action asked for. Every
 * answer can be delayed by `latencyMs` (a round trip from a hosted runner is
 * about 50 ms); `stats` counts requests and the most in flight at once.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * @param {{ repo: string, number: number, files: string[], latencyMs?: number,
 *   compare?: { base: string, head: string, files: string[] } }} pr
 * @returns {Promise<{ url: string,
 *   stats: { files: number, other: string[], requests: number, inFlight: number, maxInFlight: number },
 *   resetStats: () => void, close: () => Promise<void> }>}
 */
export async function startFakeApi({ repo, number, files, latencyMs = 0, compare }) {
  const items = fileItems(repo, files);
  const compared = compare && fileItems(repo, compare.files);
  const comparePath = compare && `/repos/${repo}/compare/${compare.base}...${compare.head}`;
  const stats = { files: 0, other: [], requests: 0, inFlight: 0, maxInFlight: 0 };
  const filesPath = `/repos/${repo}/pulls/${number}/files`;

  const server = createServer((req, res) => {
    stats.requests++;
    stats.maxInFlight = Math.max(stats.maxInFlight, ++stats.inFlight);
    res.on('close', () => stats.inFlight--);
    if (latencyMs > 0) setTimeout(() => answer(req, res), latencyMs);
    else answer(req, res);
  });
  const answer = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, body, headers = {}) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...headers,
      });
      res.end(text);
    };
    if (req.method === 'GET' && url.pathname === comparePath) {
      stats.files++;
      send(200, {
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [{ sha: compare.head }],
        files: compared,
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === filesPath) {
      stats.files++;
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
      const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
      const pages = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p) => {
        const u = new URL(url.pathname, `http://${req.headers.host}`);
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(p));
        return u.href;
      };
      const rels = [];
      if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`, `<${link(1)}>; rel="first"`);
      if (page < pages)
        rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(pages)}>; rel="last"`);
      send(
        200,
        items.slice((page - 1) * perPage, page * perPage),
        rels.length ? { link: rels.join(', ') } : {},
      );
      return;
    }
    stats.other.push(`${req.method} ${url.pathname}${url.search}`);
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    resetStats: () => {
      Object.assign(stats, { files: 0, other: [], requests: 0, maxInFlight: stats.inFlight });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** File items as GitHub lists them (every 25th a rename, every 9th an addition). */
function fileItems(repo, files) {
  return files.map((filename, i) => {
    const sha = createHash('sha1').update(filename).digest('hex');
    const renamed = i % 25 === 7;
    const item = {
      sha,
      filename,
      status: renamed ? 'renamed' : i % 9 === 0 ? 'added' : 'modified',
      additions: (i * 7) % 40,
      deletions: (i * 3) % 17,
      changes: ((i * 7) % 40) + ((i * 3) % 17),
      blob_url: `https://github.com/${repo}/blob/${sha}/${filename}`,
      raw_url: `https://github.com/${repo}/raw/${sha}/${filename}`,
      contents_url: `https://api.github.com/repos/${repo}/contents/${filename}?ref=${sha}`,
      patch: `@@ -1,3 +1,4 @@\n context\n-old line ${i}\n+new line ${i}\n+added line ${i}`,
    };
    if (renamed) item.previous_filename = filename.replace(/([^/]*)$/, 'old-$1');
    return item;
  });
}
