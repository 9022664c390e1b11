/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution
 * 2.8) on 127.0.0.1 at a free port, filesystem storage in a temp dir,
 * optionally behind htpasswd Basic auth. Images are pushed through its HTTP
 * API (blob uploads, manifests, OCI indexes with labels and annotations): no
 * Docker daemon.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

export const REVISION = 'org.opencontainers.image.revision';

export const sha256 = (b: Buffer | string): string =>
  `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ImageSpec {
  /** `os/arch`; default linux/amd64. */
  platform?: string;
  /** The config label `org.opencontainers.image.revision`. */
  label?: string;
  /** The manifest annotation `org.opencontainers.image.revision`. */
  annotation?: string;
  /** Makes otherwise equal images differ. */
  salt?: string;
}

export interface IndexSpec {
  platforms: ImageSpec[];
  /** The index annotation `org.opencontainers.image.revision`. */
  annotation?: string;
  /** Adds a buildx-style attestation manifest (`unknown/unknown`). */
  attestation?: boolean;
}

export class TestRegistry {
  private readonly sizes = new Map<string, number>();

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly port: number,
    private readonly auth: { username: string; password: string } | undefined,
    private readonly log: () => string,
  ) {}

  /** `127.0.0.1:PORT`: the registry as an image reference names it. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `http://${this.host}`;
  }

  static async start(
    bin: string,
    opts: { htpasswd?: { username: string; password: string } } = {},
  ): Promise<TestRegistry> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bma-registry-'));
    const port = await freePort();
    const lines = [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: 127.0.0.1:${port}`,
    ];
    if (opts.htpasswd) {
      const file = path.join(dir, 'htpasswd');
      const { username, password } = opts.htpasswd;
      writeFileSync(file, `${username}:${bcrypt.hashSync(password, 4)}\n`);
      lines.push('auth:', '  htpasswd:', '    realm: test-registry', `    path: ${file}`);
    }
    const config = path.join(dir, 'config.yml');
    writeFileSync(config, `${lines.join('\n')}\n`);
    const child = spawn(bin, ['serve', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const reg = new TestRegistry(child, dir, port, opts.htpasswd, () => log);
    await reg.waitUp();
    return reg;
  }

  private async waitUp(): Promise<void> {
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      if (this.child.exitCode !== null)
        throw new Error(`docker-registry exited (${this.child.exitCode}): ${this.log()}`);
      try {
        const res = await fetch(`${this.url}/v2/`);
        if (res.status === 200 || res.status === 401) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`docker-registry did not start: ${this.log()}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const h = { ...extra };
    if (this.auth)
      h.authorization = `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`;
    return h;
  }

  /** Uploads a blob (monolithic: POST then PUT with the digest); returns its descriptor. */
  async blob(repo: string, data: Buffer | string, mediaType: string) {
    const bytes = Buffer.from(data);
    const digest = sha256(bytes);
    const start = await fetch(`${this.url}/v2/${repo}/blobs/uploads/`, {
      method: 'POST',
      headers: this.headers(),
    });
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
    const location = new URL(start.headers.get('location') ?? '', this.url);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, {
      method: 'PUT',
      headers: this.headers({ 'content-type': 'application/octet-stream' }),
      body: bytes,
    });
    if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
    return { mediaType, digest, size: bytes.length };
  }

  /** Puts a manifest under `ref` (a tag or digest); returns its digest. */
  async manifest(repo: string, ref: string, doc: object, mediaType: string): Promise<string> {
    const bytes = Buffer.from(JSON.stringify(doc));
    const res = await fetch(`${this.url}/v2/${repo}/manifests/${ref}`, {
      method: 'PUT',
      headers: this.headers({ 'content-type': mediaType }),
      body: bytes,
    });
    if (res.status !== 201)
      throw new Error(`manifest ${repo}:${ref}: ${res.status} ${await res.text()}`);
    return sha256(bytes);
  }

  /** Pushes a one-platform image; tagged when `tag` is given. Returns the manifest's digest. */
  async pushImage(repo: string, tag: string | undefined, spec: ImageSpec = {}): Promise<string> {
    const [osName, architecture, variant] = (spec.platform ?? 'linux/amd64').split('/');
    const layer = await this.blob(
      repo,
      `layer ${repo} ${spec.platform} ${spec.salt ?? ''}`,
      MEDIA.ociLayer,
    );
    const config = {
      architecture,
      os: osName,
      ...(variant ? { variant } : {}),
      config: { Labels: spec.label ? { [REVISION]: spec.label } : {} },
      rootfs: { type: 'layers', diff_ids: [layer.digest] },
    };
    const cfg = await this.blob(repo, JSON.stringify(config), MEDIA.ociConfig);
    const doc = {
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      config: cfg,
      layers: [layer],
      ...(spec.annotation ? { annotations: { [REVISION]: spec.annotation } } : {}),
    };
    const digest = sha256(JSON.stringify(doc));
    this.sizes.set(digest, Buffer.byteLength(JSON.stringify(doc)));
    await this.manifest(repo, tag ?? digest, doc, MEDIA.ociManifest);
    return digest;
  }

  /** Pushes an OCI index of per-platform images under `tag`; returns the index digest. */
  async pushIndex(repo: string, tag: string, spec: IndexSpec): Promise<string> {
    const manifests: object[] = [];
    for (const p of spec.platforms) {
      const digest = await this.pushImage(repo, undefined, p);
      const [osName, architecture, variant] = (p.platform ?? 'linux/amd64').split('/');
      const size = this.sizes.get(digest) ?? 0;
      manifests.push({
        mediaType: MEDIA.ociManifest,
        digest,
        size,
        platform: { os: osName, architecture, ...(variant ? { variant } : {}) },
      });
    }
    if (spec.attestation) {
      const att = await this.pushImage(repo, undefined, {
        platform: 'unknown/unknown',
        salt: 'att',
      });
      manifests.push({
        mediaType: MEDIA.ociManifest,
        digest: att,
        size: this.sizes.get(att) ?? 0,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
      });
    }
    const doc = {
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests,
      ...(spec.annotation ? { annotations: { [REVISION]: spec.annotation } } : {}),
    };
    return this.manifest(repo, tag, doc, MEDIA.ociIndex);
  }
}
