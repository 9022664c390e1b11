/**
 * In-process: Docker reference parsing, the registry client's small parsers,
 * and the outcome table of `base: published` (what each registry answer
 * means for an image, with its revision usable or not).
 */
import { describe, expect, it } from '@jest/globals';
import { plan, type Change } from '../src/core/plan.js';
import { formatReason } from '../src/core/select.js';
import { imagesOf, imageVerdict, type RegistryAnswer } from '../src/core/published.js';
import { parseDockerConfig, registryOfKey } from '../src/registry/credentials.js';
import { parseChallenge } from '../src/registry/http.js';
import { createHash } from 'node:crypto';
import type { RegistryHttp } from '../src/registry/http.js';
import { ACCEPT, inspect, REVISION } from '../src/registry/inspect.js';
import { apiBase, isLoopback, parseReference } from '../src/registry/reference.js';
import { matrixOf } from './support/matrix.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  it.each<[string, string, string, string | undefined, string | undefined]>([
    ['ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['ubuntu:22.04', 'docker.io', 'library/ubuntu', '22.04', undefined],
    ['library/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['docker.io/ubuntu', 'docker.io', 'library/ubuntu', undefined, undefined],
    ['index.docker.io/org/img:tag', 'docker.io', 'org/img', 'tag', undefined],
    ['localai/localai:master-cpu', 'docker.io', 'localai/localai', 'master-cpu', undefined],
    [
      'quay.io/go-skynet/local-ai-backends:master-cpu-vllm',
      'quay.io',
      'go-skynet/local-ai-backends',
      'master-cpu-vllm',
      undefined,
    ],
    ['localhost:5000/a/b:1', 'localhost:5000', 'a/b', '1', undefined],
    ['localhost/a', 'localhost', 'a', undefined, undefined],
    ['127.0.0.1:5000/x:y', '127.0.0.1:5000', 'x', 'y', undefined],
    [`ghcr.io/o/i@${D}`, 'ghcr.io', 'o/i', undefined, D],
    [`ghcr.io/o/i:t@${D}`, 'ghcr.io', 'o/i', 't', D],
    ['[::1]:5000/a:b', '[::1]:5000', 'a', 'b', undefined],
  ])('%s', (text, registry, repository, tag, digest) => {
    const r = parseReference(text);
    expect([r.registry, r.repository, r.tag, r.digest]).toEqual([
      registry,
      repository,
      tag,
      digest,
    ]);
  });

  it('keeps the name as written for the source', () => {
    expect(parseReference('quay.io/o/i:t').name).toBe('quay.io/o/i');
    expect(parseReference('ubuntu:1').name).toBe('ubuntu');
  });

  it.each([
    ['', /empty/],
    ['Quay.io/Org/Img', /path component/],
    ['quay.io/o/i:bad tag', /spaces|tag/],
    ['quay.io/o/i:-x', /not a valid tag/],
    ['quay.io/o/i@sha256:abc', /not a digest|sha256/],
    ['quay.io/o//i', /path component/],
    ['UPPER/case', /path component/],
  ])('refuses %j', (text, why) => {
    expect(() => parseReference(text)).toThrow(why);
  });

  it('plain HTTP only for loopback registries', () => {
    expect(apiBase('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(apiBase('127.5.6.7')).toBe('http://127.5.6.7');
    expect(apiBase('localhost:1')).toBe('http://localhost:1');
    expect(apiBase('[::1]:5000')).toBe('http://[::1]:5000');
    expect(apiBase('quay.io')).toBe('https://quay.io');
    expect(apiBase('128.0.0.1:80')).toBe('https://128.0.0.1:80');
    expect(apiBase('localhost.evil.com')).toBe('https://localhost.evil.com');
    expect(apiBase('docker.io')).toBe('https://registry-1.docker.io');
    expect(isLoopback('127.0.0.1.nip.io')).toBe(false);
  });
});

describe('registry protocol details', () => {
  it('accepts all four manifest media types in every request', () => {
    for (const t of [
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
      'application/vnd.docker.distribution.manifest.v2+json',
    ])
      expect(ACCEPT).toContain(t);
  });

  it('parses Bearer and Basic challenges', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:library/ubuntu:pull',
    });
    expect(parseChallenge('Basic realm="Registry Realm"')?.scheme).toBe('basic');
    expect(parseChallenge('Bearer service="x"')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });

  it('reads auths with auth or username/password, keyed as Docker writes them, never quoting a value', () => {
    const b64 = Buffer.from('u1:p:w').toString('base64');
    const masked: string[] = [];
    const c = parseDockerConfig(
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: b64 },
          'ghcr.io': { username: 'u2', password: 'p2' },
          'http://localhost:5000': { auth: 'bm9jb2xvbg==' },
        },
      }),
      '/x/config.json',
      (v) => masked.push(v),
    );
    expect(c.auths.get('docker.io')).toEqual({ username: 'u1', password: 'p:w' });
    expect(c.auths.get('ghcr.io')).toEqual({ username: 'u2', password: 'p2' });
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toContain('localhost:5000');
    expect(c.problems[0]).not.toContain('bm9jb2xvbg');
    expect(masked).toEqual(expect.arrayContaining(['p:w', b64, 'p2']));
    expect(parseDockerConfig('{"auths": {"a": {"auth": "sec', 'f').problems).toEqual([
      'f is not valid JSON',
    ]);
    expect(registryOfKey('https://registry-1.docker.io/v2/')).toBe('docker.io');
  });
});

const MATRIX = {
  include: [
    { backend: 'a', 'tag-suffix': '-a' },
    { backend: 'm', 'tag-suffix': '-m', 'platform-tag': 'amd64', platforms: 'linux/amd64' },
    { backend: 'm', 'tag-suffix': '-m', 'platform-tag': 'arm64', platforms: 'linux/arm64' },
  ],
  rules: { sources: [{ paths: ['src/{backend}/**'] }] },
};
const R = '1'.repeat(40);

describe('the outcome table', () => {
  const matrix = matrixOf(MATRIX);
  const legs = imagesOf([...matrix.linux]);
  const published = (over: Partial<Extract<RegistryAnswer, { kind: 'published' }>> = {}) =>
    ({
      kind: 'published',
      digest: D,
      revision: R,
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      ...over,
    }) as RegistryAnswer;

  /** Plans image -a (and -m, published fine) with the answer for -a and the change since R. */
  function planWith(answer: RegistryAnswer, change: Change) {
    const lookup = (a: RegistryAnswer) => ({
      reference: 'r.io/x:main',
      registry: 'r.io',
      name: 'r.io/x',
      answer: a,
    });
    const verdicts = new Map([
      ['-a', imageVerdict(legs.get('-a') ?? [], lookup(answer))],
      ['-m', imageVerdict(legs.get('-m') ?? [], lookup(published()))],
    ]);
    return plan({
      matrix,
      matrixPath: '.github/backend-matrix.yml',
      change: { kind: 'all', cause: 'unused' },
      shards: 1,
      maxJobs: 256,
      published: { verdicts, changes: new Map([[R, change]]), warnings: [] },
    });
  }
  const untouched: Change = { kind: 'files', files: ['README.md'] };
  const touched: Change = { kind: 'files', files: ['src/a/x.py'] };
  const unusable: Change = { kind: 'all', cause: 'not an ancestor of the head' };

  it.each<[string, RegistryAnswer, Change, 'promoted' | RegExp]>([
    ['published, revision usable, inputs unchanged', published(), untouched, 'promoted'],
    [
      'published, revision usable, inputs changed',
      published(),
      touched,
      /since published 111111111111: rules.sources\[0\]: src\/a\/x.py/,
    ],
    ['published, revision unusable', published(), unusable, /cannot be used: not an ancestor/],
    [
      'published without a revision',
      published({ revision: undefined }),
      untouched,
      /carries no org.opencontainers.image.revision/,
    ],
    ['absent', { kind: 'absent', why: '404 MANIFEST_UNKNOWN' }, untouched, /not published/],
    ['absent, revision unusable', { kind: 'absent', why: '404' }, unusable, /not published/],
    [
      'unknown',
      { kind: 'unknown', cause: 'server error (500)' },
      untouched,
      /could not say whether .* is published \(server error \(500\)\)/,
    ],
    [
      'unknown, revision unusable',
      { kind: 'unknown', cause: 'rate limited (429)' },
      unusable,
      /could not say/,
    ],
  ])('%s', (_, answer, change, expected) => {
    const p = planWith(answer, change);
    const a = p.selected.find((s) => s.entry.tagSuffix === '-a');
    const promotedA = p.promoted.some((x) => x.tagSuffix === '-a');
    expect(p.runAll).toBe(false);
    if (expected === 'promoted') {
      expect([a, promotedA]).toEqual([undefined, true]);
      expect(JSON.parse(Object.fromEntries(p.outputs).promoted)[0]).toEqual({
        'tag-suffix': '-a',
        'tag-latest': '',
        source: `r.io/x@${D}`,
        revision: R,
      });
    } else {
      expect(promotedA).toBe(false);
      expect(a?.reasons.map(formatReason).join('; ')).toMatch(expected);
    }
  });

  it('a multi-arch image needs every leg platform; attestations do not count', () => {
    const m = legs.get('-m') ?? [];
    const v = (platforms: string[]) =>
      imageVerdict(m, { reference: 'x', answer: published({ platforms }) }).kind;
    expect(v(['linux/amd64', 'linux/arm64'])).toBe('compare');
    expect(v(['linux/amd64'])).toBe('build');
    expect(v([])).toBe('build');
    // A single-arch image published as an index (buildx provenance) is fine.
    expect(
      imageVerdict(legs.get('-a') ?? [], {
        reference: 'x',
        answer: published({ platforms: ['linux/arm64'] }),
      }).kind,
    ).toBe('compare');
  });

  it('a template that cannot be filled builds with a warning', () => {
    const v = imageVerdict(legs.get('-a') ?? [], { reference: { error: 'no {variant}' } });
    expect(v).toMatchObject({
      kind: 'build',
      warning: expect.stringContaining('-a: published-image cannot be filled'),
    });
  });

  it('a built multi-arch leg closes over the image; promoted images leave every matrix', () => {
    const p = planWith(published(), { kind: 'files', files: ['src/m/x.py'] });
    const o = Object.fromEntries(p.outputs);
    expect(JSON.parse(o['matrix-multiarch']).include).toHaveLength(2);
    expect(JSON.parse(o['matrix-singlearch']).include).toEqual([]);
    expect(JSON.parse(o['merge-matrix-singlearch']).include).toEqual([]);
    expect(o['has-promotes']).toBe('true');
  });
});

describe('inspect', () => {
  /** A registry that answers from a table of URL → answer, recording what was asked. */
  function stub(answers: Record<string, { status: number; body?: object; headers?: object }>) {
    const asked: string[] = [];
    const http = {
      fetch: async (_registry: string, _scope: string, method: string, url: string) => {
        asked.push(`${method} ${url}`);
        const a = answers[`${method} ${url}`] ?? { status: 404 };
        const body = Buffer.from(a.body ? JSON.stringify(a.body) : '');
        return { status: a.status, headers: { ...a.headers }, body };
      },
    };
    return { http: http as unknown as RegistryHttp, asked };
  }
  const doc = (o: object) => ({ body: o, bytes: Buffer.from(JSON.stringify(o)) });
  const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

  it('on docker.io asks HEAD first, then GETs the digest the HEAD saw', async () => {
    const config = doc({
      os: 'linux',
      architecture: 'amd64',
      config: { Labels: { [REVISION]: R } },
    });
    const manifest = doc({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { digest: sha(config.bytes), size: config.bytes.length },
      layers: [],
    });
    const digest = sha(manifest.bytes);
    const base = 'https://registry-1.docker.io/v2/library/ubuntu';
    const { http, asked } = stub({
      [`HEAD ${base}/manifests/22.04`]: {
        status: 200,
        headers: { 'docker-content-digest': digest },
      },
      [`GET ${base}/manifests/${digest}`]: { status: 200, body: manifest.body },
      [`GET ${base}/blobs/${sha(config.bytes)}`]: { status: 200, body: config.body },
    });
    const answer = await inspect(http, parseReference('ubuntu:22.04'));
    expect(asked).toEqual([
      `HEAD ${base}/manifests/22.04`,
      `GET ${base}/manifests/${digest}`,
      `GET ${base}/blobs/${sha(config.bytes)}`,
    ]);
    expect(answer).toEqual({ kind: 'published', digest, revision: R, platforms: ['linux/amd64'] });
  });

  it('an absent image on docker.io costs one HEAD and no GET', async () => {
    const { http, asked } = stub({});
    expect(await inspect(http, parseReference('org/none:x'))).toMatchObject({ kind: 'absent' });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^HEAD /);
  });

  it('elsewhere GETs the tag directly; a malformed answer is unknown, never absent', async () => {
    const { http, asked } = stub({
      'GET https://quay.io/v2/o/i/manifests/t': { status: 200, body: { hello: 'world' } },
    });
    const answer = await inspect(http, parseReference('quay.io/o/i:t'));
    expect(asked).toEqual(['GET https://quay.io/v2/o/i/manifests/t']);
    expect(answer.kind).toBe('unknown');
  });
});
