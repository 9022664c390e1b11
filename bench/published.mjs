/**
 * `base: published` end to end: dist/index.js on a generated matrix of ~450
 * images (LocalAI's shape: single-arch images and amd64+arm64 multi-arch
 * ones) against a real registry (Debian's docker-registry on 127.0.0.1)
 * behind a reverse proxy that delays every answer by 50 ms. The images are
 * published at two revisions, so two diffs are computed. Reports the wall
 * time (target < 5 s), the registry requests, the most in flight at once,
 * and the distinct revisions diffed.
 *
 *   node bench/published.mjs            (after npm run build)
 *   import { benchPublished } from './published.mjs'  → [name, ok, value]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME = '(9) base: published, ~450 images, 50 ms per answer < 5 s';
const DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 50);
const sha256 = (b) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export async function benchPublished({ log = console.log } = {}) {
  const bin = process.env.DOCKER_REGISTRY || 'docker-registry';
  if (spawnSync(bin, ['--version']).error) {
    log(`${NAME}: skipped (docker-registry is not installed: apt-get install docker-registry)`);
    return [NAME, false, 'docker-registry missing'];
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bma-bench-pub-'));
  let registry;
  let proxy;
  try {
    const { generateMatrix } = await import('./generate-matrix.mjs');
    const { text } = generateMatrix({ linux: 495, darwin: 0, seed: 7 });
    const images = imagesOf(text);
    const repo = gitHistory(tmp, text, images);
    registry = await startRegistry(bin, tmp);
    await publish(registry.url, images, (i) => (i % 2 ? repo.r1 : repo.r2));
    proxy = await delayingProxy(registry.url, DELAY_MS);
    const run = await runAction(
      tmp,
      repo,
      `127.0.0.1:${proxy.port}/bench/images:master{tag-suffix}`,
    );
    const m =
      /registries: (\d+) request\(s\) for (\d+) image\(s\), at most (\d+) in flight, in \d+ ms; (\d+) distinct/.exec(
        run.stdout,
      );
    if (run.code !== 0 || !m) {
      log(`${NAME}: failed (exit ${run.code})\n${run.stdout}\n${run.stderr}`);
      return [NAME, false, 'failed'];
    }
    if (process.env.BENCH_VERBOSE) log(run.stdout);
    const proxied = proxy.requests;
    const floorMs = await floor(`http://127.0.0.1:${proxy.port}`, images, Number(m[1]));
    const outputs = run.outputs;
    const promoted = JSON.parse(outputs.promoted ?? '[]').length;
    log(
      `${NAME}\n  ${(run.ms / 1000).toFixed(2)} s end to end; ${m[2]} images, ${m[1]} registry requests (proxy saw ${proxied}), at most ${m[3]} in flight (proxy saw ${proxy.peak}); ${m[4]} distinct revisions diffed; ${promoted} promoted\n  floor: the same number of manifest GETs, 32 in flight, through the same proxy: ${(floorMs / 1000).toFixed(2)} s (action/floor ${(run.ms / floorMs).toFixed(2)}x)`,
    );
    return [NAME, run.ms < 5000, `${(run.ms / 1000).toFixed(2)} s, ${m[1]} requests, peak ${m[3]}`];
  } finally {
    proxy?.server.close();
    proxy?.server.closeAllConnections();
    if (registry) registry.child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `count` manifest GETs through the proxy, 32 at a time, with keep-alive: what the network and registry cost. */
async function floor(url, images, count) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  const tags = [...images.keys()];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < count) {
        const tag = `master${tags[next++ % tags.length]}`;
        await new Promise((resolve, reject) => {
          http
            .get(
              `${url}/v2/bench/images/manifests/${tag}`,
              { agent, headers: { accept: ACCEPT } },
              (res) => {
                res.resume();
                res.on('end', resolve);
              },
            )
            .on('error', reject);
        });
      }
    }),
  );
  agent.destroy();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** tag-suffix → platforms of its legs (one entry: single-arch). */
export function imagesOf(text) {
  const images = new Map();
  let platform;
  for (const line of text.split('\n')) {
    const p = /^\s+platforms: ['"]?([^'"]+)['"]?\s*$/.exec(line);
    if (p) platform = p[1];
    const t = /^\s+tag-suffix: ['"]?([^'"]+)['"]?\s*$/.exec(line);
    if (t) {
      const list = images.get(t[1]) ?? [];
      list.push(platform ?? 'linux/amd64');
      images.set(t[1], list);
    }
  }
  return images;
}

/** r1, then r2 touching one backend's files, then the head touching another. */
function gitHistory(tmp, text, images) {
  const dir = path.join(tmp, 'ws');
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  const git = (...args) =>
    execFileSync(
      'git',
      ['-c', 'user.name=b', '-c', 'user.email=b@x', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    ).trim();
  git('init', '-q');
  writeFileSync(path.join(dir, '.github/backend-matrix.yml'), text);
  mkdirSync(path.join(dir, 'backend/python/vllm'), { recursive: true });
  writeFileSync(path.join(dir, 'backend/python/vllm/a.py'), '1\n');
  git('add', '-A');
  git('commit', '-qm', 'r1');
  const r1 = git('rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'backend/python/vllm/a.py'), '2\n');
  git('commit', '-qam', 'r2');
  const r2 = git('rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'README.md'), 'docs\n');
  git('add', '-A');
  git('commit', '-qm', 'head');
  return { dir, r1, r2, head: git('rev-parse', 'HEAD'), images: images.size };
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startRegistry(bin, tmp) {
  const port = await freePort();
  const config = path.join(tmp, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(tmp, 'data')}\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child = spawn(bin, ['serve', config], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/v2/`)).ok) return { child, url };
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error('docker-registry did not start');
}

/** Every image, half at r1 and half at r2: single-arch as manifests, multi-arch as OCI indexes. */
export async function publish(url, images, revisionOf) {
  const name = 'bench/images';
  const blob = async (data) => {
    const bytes = Buffer.from(data);
    const digest = sha256(bytes);
    const start = await fetch(`${url}/v2/${name}/blobs/uploads/`, { method: 'POST' });
    const loc = new URL(start.headers.get('location'), url);
    loc.searchParams.set('digest', digest);
    const put = await fetch(loc, { method: 'PUT', body: bytes });
    if (put.status !== 201) throw new Error(`blob ${put.status}`);
    return { mediaType: 'application/vnd.oci.image.config.v1+json', digest, size: bytes.length };
  };
  const manifest = async (ref, doc, type) => {
    const bytes = Buffer.from(JSON.stringify(doc));
    const res = await fetch(`${url}/v2/${name}/manifests/${ref}`, {
      method: 'PUT',
      headers: { 'content-type': type },
      body: bytes,
    });
    if (res.status !== 201) throw new Error(`manifest ${res.status}`);
    return { digest: sha256(bytes), size: bytes.length };
  };
  const layer = {
    ...(await blob('layer')),
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
  };
  const image = async (suffix, platform, revision, tag) => {
    const [os_, architecture] = platform.split('/');
    const config = await blob(
      JSON.stringify({
        os: os_,
        architecture,
        config: { Labels: { 'org.opencontainers.image.revision': revision, suffix } },
        rootfs: { type: 'layers', diff_ids: [layer.digest] },
      }),
    );
    const doc = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config,
      layers: [layer],
    };
    const d = sha256(JSON.stringify(doc));
    return { ...(await manifest(tag ?? d, doc, doc.mediaType)), platform };
  };
  const jobs = [...images].map(([suffix, platforms], i) => async () => {
    const revision = revisionOf(i);
    const tag = `master${suffix}`;
    if (platforms.length === 1) return image(suffix, platforms[0], revision, tag);
    const children = [];
    for (const p of platforms) children.push(await image(suffix, p, revision));
    const doc = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: children.map((c) => ({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: c.digest,
        size: c.size,
        platform: { os: c.platform.split('/')[0], architecture: c.platform.split('/')[1] },
      })),
    };
    return manifest(tag, doc, doc.mediaType);
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < jobs.length) await jobs[next++]();
    }),
  );
}

/** A reverse proxy in front of the registry that answers every request `delay` ms late. */
async function delayingProxy(upstream, delay) {
  const state = { requests: 0, peak: 0, inFlight: 0 };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    state.requests++;
    state.peak = Math.max(state.peak, ++state.inFlight);
    res.on('close', () => state.inFlight--);
    setTimeout(() => {
      const out = http.request(
        `${upstream}${req.url}`,
        { method: req.method, headers: { accept: req.headers.accept ?? '*/*' }, agent },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      out.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      out.end();
    }, delay);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    server,
    port: server.address().port,
    get requests() {
      return state.requests;
    },
    get peak() {
      return state.peak;
    },
  };
}

async function runAction(tmp, repo, template) {
  const out = path.join(tmp, 'out');
  const event = path.join(tmp, 'event.json');
  writeFileSync(out, '');
  writeFileSync(event, JSON.stringify({ before: repo.r2, after: repo.head }));
  const env = {
    PATH: process.env.PATH,
    HOME: tmp,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_OUTPUT: out,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/master',
    GITHUB_SHA: repo.head,
    GITHUB_REPOSITORY: 'bench/images',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    INPUT_BASE: 'published',
    'INPUT_PUBLISHED-IMAGE': template,
    INPUT_AUDIT: 'false',
    'INPUT_SINGLEARCH-SHARDS': '4',
  };
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], { cwd: repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((r) => child.on('close', r));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const outputs = {};
  const lines = readFileSync(out, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    const eq = lines[i].indexOf('=');
    if (!h) {
      if (eq > 0) outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
      continue;
    }
    const end = lines.indexOf(h[2], i + 1);
    outputs[h[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return { code, ms, stdout, stderr, outputs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [, ok] = await benchPublished();
  process.exitCode = ok ? 0 : 1;
}
