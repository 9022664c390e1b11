/**
 * What the registry says about one image reference: published (digest,
 * revision, platforms), absent, or unknown. Only "published" can promote an
 * image, so anything unexpected is "unknown", never "absent".
 */
import { createHash } from 'node:crypto';
import type { RegistryAnswer } from '../core/published.js';
import { RegistryError, type Answer, type RegistryHttp } from './http.js';
import { apiBase, DOCKER_HUB, manifestRef, type Reference } from './reference.js';

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

/** Every manifest type, in every request: a registry answers 404 for a type the client did not accept. */
export const ACCEPT = Object.values(MEDIA).join(', ');

export const REVISION = 'org.opencontainers.image.revision';

const INDEXES: readonly string[] = [MEDIA.ociIndex, MEDIA.dockerList];

interface Json {
  [key: string]: unknown;
}

export async function inspect(http: RegistryHttp, ref: Reference): Promise<RegistryAnswer> {
  try {
    return await inspectOrThrow(http, ref);
  } catch (err) {
    if (err instanceof RegistryError) return { kind: 'unknown', cause: err.cause };
    throw err;
  }
}

async function inspectOrThrow(http: RegistryHttp, ref: Reference): Promise<RegistryAnswer> {
  const scope = `repository:${ref.repository}:pull`;
  const base = `${apiBase(ref.registry)}/v2/${ref.repository}`;
  const get = (method: 'GET' | 'HEAD', url: string, accept = ACCEPT): Promise<Answer> =>
    http.fetch(ref.registry, scope, method, url, { accept });

  let wanted = manifestRef(ref);
  if (ref.registry === DOCKER_HUB && !ref.digest) {
    // Docker Hub counts a manifest GET as a pull: a HEAD answers "absent" for free,
    // and the GET then asks for exactly the digest the HEAD saw.
    const head = await get('HEAD', `${base}/manifests/${wanted}`);
    const missing = absence(head);
    if (missing) return missing;
    expectOk(head, 'manifest HEAD');
    const digest = header(head, 'docker-content-digest');
    if (digest && /^sha256:[a-f0-9]{64}$/.test(digest)) wanted = digest;
  }
  const top = await get('GET', `${base}/manifests/${wanted}`);
  const missing = absence(top);
  if (missing) return missing;
  expectOk(top, 'manifest');
  const digest = digestOf(top, wanted);
  const doc = json(top.body, 'manifest');
  const type = mediaType(doc, top);

  if (INDEXES.includes(type)) {
    const manifests = Array.isArray(doc.manifests) ? (doc.manifests as Json[]) : undefined;
    if (!manifests) throw new RegistryError('malformed answer (an index without manifests)');
    const images = manifests.filter((m) => !isAttestation(m));
    const platforms = images.map(platformOf).filter((p): p is string => p !== undefined);
    let revision = annotation(doc);
    if (revision === undefined && images.length) {
      const first = images[0];
      if (typeof first.digest !== 'string')
        throw new RegistryError('malformed answer (an index entry without digest)');
      const child = await get('GET', `${base}/manifests/${first.digest}`);
      expectOk(child, 'platform manifest');
      const m = json(child.body, 'platform manifest');
      revision = annotation(m) ?? (await configOf(m, base, get)).revision;
    }
    return { kind: 'published', digest, revision, platforms };
  }
  if (type === MEDIA.ociManifest || type === MEDIA.dockerManifest || doc.config) {
    const own = annotation(doc);
    const config = await configOf(doc, base, get);
    return {
      kind: 'published',
      digest,
      revision: own ?? config.revision,
      platforms: config.platform ? [config.platform] : [],
    };
  }
  throw new RegistryError(
    `malformed answer (unexpected manifest type ${JSON.stringify(type).slice(0, 80)})`,
  );
}

/** 404 (MANIFEST_UNKNOWN, NAME_UNKNOWN, or a registry's own words for it) is absent. */
function absence(a: Answer): RegistryAnswer | undefined {
  if (a.status !== 404) return undefined;
  let code = '';
  try {
    const body = JSON.parse(a.body.toString('utf8')) as { errors?: { code?: unknown }[] };
    const c = body.errors?.[0]?.code;
    if (typeof c === 'string') code = c;
  } catch {
    // A HEAD has no body; a 404 page is not JSON.
  }
  return { kind: 'absent', why: code ? `404 ${code}` : '404' };
}

function expectOk(a: Answer, what: string): void {
  if (a.status === 200) return;
  if (a.status === 401 || a.status === 403)
    throw new RegistryError(`access to the ${what} was refused (${a.status})`);
  throw new RegistryError(`unexpected answer to a ${what} request (${a.status})`);
}

function header(a: Answer, name: string): string | undefined {
  const v = a.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The registry's digest, checked against the bytes when they hashed with sha256. */
function digestOf(a: Answer, asked: string): string {
  const computed = `sha256:${createHash('sha256').update(a.body).digest('hex')}`;
  const said = header(a, 'docker-content-digest');
  if (said && said.startsWith('sha256:') && said !== computed)
    throw new RegistryError('malformed answer (the manifest does not match its digest)');
  if (asked.startsWith('sha256:') && asked !== computed)
    throw new RegistryError('malformed answer (the manifest does not match the digest asked for)');
  return computed;
}

function json(body: Buffer, what: string): Json {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Json;
  } catch {
    // Falls through.
  }
  throw new RegistryError(`malformed answer (the ${what} is not a JSON object)`);
}

function mediaType(doc: Json, a: Answer): string {
  if (typeof doc.mediaType === 'string') return doc.mediaType;
  const ct = header(a, 'content-type') ?? '';
  if (ct) return ct.split(';')[0].trim();
  return Array.isArray(doc.manifests) ? MEDIA.ociIndex : MEDIA.ociManifest;
}

function annotation(doc: Json): string | undefined {
  const a = doc.annotations as Json | undefined;
  const v = a && typeof a === 'object' ? a[REVISION] : undefined;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** buildx's provenance and SBOM manifests: `unknown/unknown`, or marked as attestations. */
function isAttestation(m: Json): boolean {
  const a = m.annotations as Json | undefined;
  if (a && typeof a === 'object' && a['vnd.docker.reference.type'] === 'attestation-manifest')
    return true;
  const p = m.platform as Json | undefined;
  return !!p && p.os === 'unknown' && p.architecture === 'unknown';
}

function platformOf(m: Json): string | undefined {
  const p = m.platform as Json | undefined;
  if (!p || typeof p.os !== 'string' || typeof p.architecture !== 'string') return undefined;
  return [p.os, p.architecture, typeof p.variant === 'string' ? p.variant : '']
    .filter(Boolean)
    .join('/');
}

/** The image config's revision label and platform. */
async function configOf(
  manifest: Json,
  base: string,
  get: (method: 'GET' | 'HEAD', url: string, accept?: string) => Promise<Answer>,
): Promise<{ revision: string | undefined; platform: string | undefined }> {
  const c = manifest.config as Json | undefined;
  if (!c || typeof c.digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(c.digest))
    throw new RegistryError('malformed answer (a manifest without a config digest)');
  const answer = await get('GET', `${base}/blobs/${c.digest}`, '*/*');
  expectOk(answer, 'image config');
  const computed = `sha256:${createHash('sha256').update(answer.body).digest('hex')}`;
  if (computed !== c.digest)
    throw new RegistryError('malformed answer (the image config does not match its digest)');
  const config = json(answer.body, 'image config');
  const inner = (config.config ?? {}) as Json;
  const labels = (inner.Labels ?? {}) as Json;
  const label = labels && typeof labels === 'object' ? labels[REVISION] : undefined;
  return {
    revision: typeof label === 'string' && label.trim() ? label.trim() : undefined,
    platform: platformOf({ platform: config }),
  };
}
