/**
 * `base: published` through dist/index.js against a real registry (Debian's
 * docker-registry on 127.0.0.1): each image planned against the revision its
 * published image was built from, the rest promoted by digest. Build first:
 * `npm run build`.
 */
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCKER_REGISTRY, itWith } from './support/components.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { FakeRegistry } from './support/fake-registry.js';
import { freePort, TestRegistry } from './support/registry.js';
import { runAction, type ActionRun } from './support/run-action.js';

const { bin, it } = itWith(DOCKER_REGISTRY, 'base: published against a real registry');
const CLI = path.resolve('dist/cli/index.js');

const MATRIX = `include:
  - backend: alpha
    tag-suffix: -alpha
    dockerfile: ./backend/Dockerfile
    platforms: linux/amd64
  - backend: beta
    tag-suffix: -beta
    dockerfile: ./backend/Dockerfile
    platforms: linux/amd64
  - backend: gamma
    tag-suffix: -gamma
    dockerfile: ./backend/Dockerfile
    platforms: linux/amd64
    platform-tag: amd64
  - backend: gamma
    tag-suffix: -gamma
    dockerfile: ./backend/Dockerfile
    platforms: linux/arm64
    platform-tag: arm64
  - backend: delta
    tag-suffix: -delta
    dockerfile: ./backend/Dockerfile
    platforms: linux/amd64
rules:
  sources:
    - paths: ["backend/{backend}/**"]
  shared:
    - paths: ["backend/backend.proto"]
      rebuild: all
      unless: additive-proto
  merge-fields: [backend]
`;

const PROTO = (extra = ''): string =>
  `syntax = "proto3";\npackage backend;\nmessage Req {\n  string name = 1;${extra}\n}\n`;

interface History {
  repo: GitRepo;
  /** Commits, oldest first. */
  r1: string;
  r2: string;
  head: string;
}

/**
 * r1: everything; r2: beta changes; head: alpha changes and an additive
 * schema edit. So since r1 alpha and beta changed; since r2 only alpha.
 */
function history(): History {
  const repo = GitRepo.init();
  repo.write({
    '.github/backend-matrix.yml': MATRIX,
    'backend/Dockerfile': 'FROM scratch\n',
    'backend/backend.proto': PROTO(),
    'backend/alpha/main.py': 'a = 1\n',
    'backend/beta/main.py': 'b = 1\n',
    'backend/gamma/main.py': 'g = 1\n',
    'backend/delta/main.py': 'd = 1\n',
  });
  const r1 = repo.commit('r1');
  repo.write({ 'backend/beta/main.py': 'b = 2\n' });
  const r2 = repo.commit('r2');
  repo.write({
    'backend/alpha/main.py': 'a = 2\n',
    'backend/backend.proto': PROTO('\n  string extra = 2;'),
  });
  const head = repo.commit('head');
  return { repo, r1, r2, head };
}

let registry: TestRegistry;
let h: History;

beforeAll(async () => {
  h = history();
  if (bin && (await import('./support/components.js')).locate(DOCKER_REGISTRY))
    registry = await TestRegistry.start(bin);
}, 30_000);

afterAll(async () => {
  await registry?.stop();
  removeRepos();
});

const template = (repo: string, host = registry.host): string => `${host}/${repo}:main{tag-suffix}`;

function action(
  repoName: string,
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  // The runner's files live in the workspace: each run starts with empty ones.
  for (const f of ['.runner-output', '.runner-summary'])
    rmSync(path.join(h.repo.dir, f), { force: true });
  return runAction(
    {
      inputs: {
        base: 'published',
        'published-image': template(repoName),
        audit: 'false',
        ...extra.inputs,
      },
      eventName: 'push',
      event: { before: h.r2, after: h.head, ref: 'refs/heads/main' },
      env: {
        GITHUB_SHA: h.head,
        HOME: mkdtempSync(path.join(os.tmpdir(), 'bma-home-')),
        BACKEND_MATRIX_REGISTRY_RETRY_MS: '20',
        BACKEND_MATRIX_REGISTRY_BUDGET_MS: '3000',
        BACKEND_MATRIX_API_BUDGET_MS: '2000',
        BACKEND_MATRIX_API_RETRY_MS: '20',
        ...extra.env,
      },
      timeoutMs: 40_000,
    },
    h.repo.dir,
  );
}

const built = (run: ActionRun): string[] => {
  const o = run.outputs ?? {};
  const items = [
    ...(JSON.parse(o['matrix-singlearch']) as { include: { 'tag-suffix': string }[] }).include,
    ...(JSON.parse(o['matrix-multiarch']) as { include: { 'tag-suffix': string }[] }).include,
  ];
  return [...new Set(items.map((i) => i['tag-suffix']))].sort();
};
const promoted = (run: ActionRun): Record<string, string>[] =>
  JSON.parse(run.outputs?.promoted ?? 'null') as Record<string, string>[];
const mergeSuffixes = (run: ActionRun): string[] => {
  const o = run.outputs ?? {};
  return [
    ...(JSON.parse(o['merge-matrix-singlearch']) as { include: { 'tag-suffix': string }[] })
      .include,
    ...(JSON.parse(o['merge-matrix-multiarch']) as { include: { 'tag-suffix': string }[] }).include,
  ]
    .map((i) => i['tag-suffix'])
    .sort();
};

/** Publishes every image of the matrix at `revision` (single-arch as manifests, gamma as an index). */
async function publishAll(repo: string, revision: string, how: 'label' | 'annotation' = 'label') {
  const digests: Record<string, string> = {};
  const spec = how === 'label' ? { label: revision } : { annotation: revision };
  for (const s of ['-alpha', '-beta', '-delta'])
    digests[s] = await registry.pushImage(repo, `main${s}`, { ...spec, salt: s });
  digests['-gamma'] = await registry.pushIndex(repo, 'main-gamma', {
    platforms: [
      { platform: 'linux/amd64', ...spec },
      { platform: 'linux/arm64', ...spec },
    ],
    attestation: true,
  });
  return digests;
}

describe('base: published against a real registry', () => {
  it('all images published at one revision: builds what plan --base R selects, promotes the rest by digest', async () => {
    const digests = await publishAll('one/rev', h.r1);
    const run = await action('one/rev');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // alpha and beta changed since r1; the schema edit is additive.
    expect(built(run)).toEqual(['-alpha', '-beta']);
    expect(run.outputs?.['run-all']).toBe('false');
    expect(run.outputs?.['has-promotes']).toBe('true');
    expect(promoted(run)).toEqual([
      {
        'tag-suffix': '-gamma',
        'tag-latest': '',
        source: `${registry.host}/one/rev@${digests['-gamma']}`,
        revision: h.r1,
        backend: 'gamma',
      },
      {
        'tag-suffix': '-delta',
        'tag-latest': '',
        source: `${registry.host}/one/rev@${digests['-delta']}`,
        revision: h.r1,
        backend: 'delta',
      },
    ]);
    // Promoted images are in no merge matrix.
    expect(mergeSuffixes(run)).toEqual(['-alpha', '-beta']);
    // The same set as a plain diff from r1.
    const cli = spawnSync(
      process.execPath,
      [CLI, 'plan', '--base', h.r1, '--head', h.head, '--format', 'json'],
      { cwd: h.repo.dir, encoding: 'utf8' },
    );
    const plan = JSON.parse(cli.stdout) as { selected: { 'tag-suffix': string }[] };
    expect([...new Set(plan.selected.map((s) => s['tag-suffix']))].sort()).toEqual(built(run));
    expect(run.summary).toContain('Promoted');
    expect(run.summary).toContain(digests['-delta']);
  });

  it('images published at several revisions: one diff per revision, reasons naming it', async () => {
    await registry.pushImage('many/revs', 'main-alpha', { label: h.r1, salt: 'a' });
    const beta = await registry.pushImage('many/revs', 'main-beta', { label: h.r2, salt: 'b' });
    await registry.pushIndex('many/revs', 'main-gamma', {
      platforms: [
        { platform: 'linux/amd64', label: h.r1 },
        { platform: 'linux/arm64', label: h.r1 },
      ],
    });
    await registry.pushImage('many/revs', 'main-delta', { label: h.r2, salt: 'd' });
    const run = await action('many/revs');
    expect(run.code).toBe(0);
    // beta changed between r1 and r2 only: published at r2, it is up to date.
    expect(built(run)).toEqual(['-alpha']);
    expect(promoted(run).map((p) => [p['tag-suffix'], p.revision])).toEqual([
      ['-beta', h.r2],
      ['-gamma', h.r1],
      ['-delta', h.r2],
    ]);
    expect(promoted(run)[0].source).toBe(`${registry.host}/many/revs@${beta}`);
    expect(run.stdout).toMatch(/2 distinct published revision\(s\) diffed/);
    expect(run.summary).toContain(
      `| -alpha | – | singlearch | since published ${h.r1.slice(0, 12)}: rules.sources&#91;0&#93;: backend/alpha/main.py |`,
    );
  });

  it('absent, no revision, a revision not in history, a platform missing: each is built with its reason', async () => {
    // alpha is never pushed.
    await registry.pushImage('unusable/x', 'main-beta', { salt: 'b' });
    await registry.pushIndex('unusable/x', 'main-gamma', {
      platforms: [{ platform: 'linux/amd64', label: h.r2 }],
      attestation: true,
    });
    await registry.pushImage('unusable/x', 'main-delta', { label: 'f'.repeat(40), salt: 'd' });
    const run = await action('unusable/x');
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha', '-beta', '-delta', '-gamma']);
    expect(promoted(run)).toEqual([]);
    expect(run.outputs?.['has-promotes']).toBe('false');
    expect(run.outputs?.['run-all']).toBe('false');
    expect(run.summary).toMatch(/published: not published \(.*main-alpha: 404 MANIFEST_UNKNOWN\)/);
    expect(run.summary).toContain('main-beta carries no org.opencontainers.image.revision');
    expect(run.summary).toContain('main-gamma lacks platform linux/arm64');
    expect(run.summary).toMatch(
      /changes since ffffffffffff cannot be used: the published revision ffffffffffff could not be read/,
    );
  });

  it('reads the revision from an index annotation and from a manifest annotation, which wins over a label', async () => {
    await registry.pushImage('annotated/x', 'main-alpha', { label: h.r1, salt: 'a' });
    await registry.pushImage('annotated/x', 'main-beta', { label: h.r1, salt: 'b' });
    await registry.pushIndex('annotated/x', 'main-gamma', {
      platforms: [{ platform: 'linux/amd64' }, { platform: 'linux/arm64' }],
      annotation: h.r2,
    });
    await registry.pushImage('annotated/x', 'main-delta', {
      annotation: h.r2,
      label: 'f'.repeat(40),
      salt: 'd',
    });
    const run = await action('annotated/x');
    expect(run.code).toBe(0);
    expect(promoted(run).map((p) => [p['tag-suffix'], p.revision])).toEqual([
      ['-gamma', h.r2],
      ['-delta', h.r2],
    ]);
  });

  it('the registry down: everything built, one warning, nothing promoted', async () => {
    const port = await freePort();
    const run = await action('down/x', {
      inputs: { 'published-image': template('down/x', `127.0.0.1:${port}`) },
    });
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha', '-beta', '-delta', '-gamma']);
    expect(promoted(run)).toEqual([]);
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain(
      `registry 127.0.0.1:${port}: the connection failed (ECONNREFUSED)`,
    );
  });

  it('force-all builds everything and promotes nothing', async () => {
    await publishAll('forced/x', h.head);
    const run = await action('forced/x', { inputs: { 'force-all': 'true' } });
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha', '-beta', '-delta', '-gamma']);
    expect(run.outputs?.['run-all']).toBe('true');
    expect(promoted(run)).toEqual([]);
    expect(run.outputs?.['has-promotes']).toBe('false');
  });

  it('changed-files with base: published is refused, naming both inputs', async () => {
    const run = await action('refused/x', { inputs: { 'changed-files': 'backend/alpha/main.py' } });
    expect(run.code).toBe(1);
    expect(run.outputs).toBeUndefined();
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.join('\n')).toMatch(/base: published and changed-files cannot be used together/);
  });

  it('plan --base published in the CLI agrees with the action', async () => {
    await registry.pushImage('cli/x', 'main-alpha', { label: h.r2, salt: 'a' });
    await registry.pushImage('cli/x', 'main-beta', { label: h.r1, salt: 'b' });
    await registry.pushIndex('cli/x', 'main-gamma', {
      platforms: [
        { platform: 'linux/amd64', label: h.r1 },
        { platform: 'linux/arm64', label: h.r1 },
      ],
    });
    const run = await action('cli/x');
    const cli = spawnSync(
      process.execPath,
      [
        CLI,
        'plan',
        '--base',
        'published',
        '--published-image',
        template('cli/x'),
        '--format',
        'json',
      ],
      {
        cwd: h.repo.dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: mkdtempSync(path.join(os.tmpdir(), 'bma-home-')) },
      },
    );
    expect(cli.status).toBe(0);
    const plan = JSON.parse(cli.stdout) as {
      selected: { 'tag-suffix': string }[];
      promoted: { 'tag-suffix': string; source: string; revision: string }[];
      outputs: Record<string, unknown>;
    };
    expect([...new Set(plan.selected.map((s) => s['tag-suffix']))].sort()).toEqual(built(run));
    expect(built(run)).toEqual(['-alpha', '-beta', '-delta']);
    expect(plan.outputs.promoted).toEqual(promoted(run));
    expect(plan.promoted.map((p) => p['tag-suffix'])).toEqual(['-gamma']);
    const table = spawnSync(
      process.execPath,
      [CLI, 'plan', '--base', 'published', '--published-image', template('cli/x')],
      { cwd: h.repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: os.tmpdir() } },
    );
    expect(table.stdout).toContain('Promoted');
    expect(table.stdout).toContain(plan.promoted[0].source);
  });
});

describe('base: published: faults and authentication', () => {
  const fakes: FakeRegistry[] = [];
  afterAll(async () => {
    for (const f of fakes) await f.stop();
  });
  const fake = async (opts: Parameters<typeof FakeRegistry.start>[0]) => {
    const f = await FakeRegistry.start(opts);
    fakes.push(f);
    return f;
  };
  const dockerConfig = (auths: Record<string, { auth: string }>): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bma-docker-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths }));
    return dir;
  };
  const b64 = (s: string): string => Buffer.from(s).toString('base64');

  it('500 for some manifests: those images are built, one warning, the rest promoted', async () => {
    await publishAll('faulty/x', h.r2);
    const f = await fake({
      upstream: registry.url,
      fault: (req) => (req.url?.includes('main-beta') ? { status: 500 } : undefined),
    });
    const run = await action('faulty/x', {
      inputs: { 'published-image': template('faulty/x', f.host) },
    });
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha', '-beta']);
    expect(promoted(run).map((p) => p['tag-suffix'])).toEqual(['-gamma', '-delta']);
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('server error (500), after retries');
    // Retried, within the budget.
    expect(f.log.filter((l) => l.url.includes('main-beta')).length).toBeGreaterThan(1);
  });

  it('429 and a hanging answer for some images: built, one warning per cause, the rest promoted', async () => {
    await publishAll('slow/x', h.r2);
    const f = await fake({
      upstream: registry.url,
      fault: (req) =>
        req.url?.includes('main-beta')
          ? { status: 429, headers: { 'retry-after': '0' } }
          : req.url?.includes('main-delta')
            ? 'hang'
            : undefined,
    });
    const run = await action('slow/x', {
      inputs: { 'published-image': template('slow/x', f.host) },
      env: { BACKEND_MATRIX_REGISTRY_TIMEOUT_MS: '300' },
    });
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha', '-beta', '-delta']);
    expect(promoted(run).map((p) => p['tag-suffix'])).toEqual(['-gamma']);
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.sort()).toEqual([
      expect.stringContaining('no answer in time, after retries'),
      expect.stringContaining('rate limited (429), after retries'),
    ]);
  });

  it('a Bearer challenge: one token per scope, asked with the Docker config credentials', async () => {
    const digests = await publishAll('bearer/x', h.r2);
    const f = await fake({
      upstream: registry.url,
      bearer: { username: 'robot', password: 's3cret-bearer' },
    });
    const run = await action('bearer/x', {
      inputs: { 'published-image': template('bearer/x', f.host) },
      env: { DOCKER_CONFIG: dockerConfig({ [f.host]: { auth: b64('robot:s3cret-bearer') } }) },
    });
    expect(run.code).toBe(0);
    expect(promoted(run).map((p) => p.source)).toEqual([
      `${f.host}/bearer/x@${digests['-beta']}`,
      `${f.host}/bearer/x@${digests['-gamma']}`,
      `${f.host}/bearer/x@${digests['-delta']}`,
    ]);
    const tokens = f.log.filter((l) => l.url.startsWith('/token'));
    expect(tokens).toHaveLength(1);
    expect(tokens[0].authorization).toBe(`Basic ${b64('robot:s3cret-bearer')}`);
    const printed = `${run.stdout}${run.stderr}${run.summary}`.replace(/::add-mask::.*\n/g, '');
    expect(printed).not.toContain('s3cret-bearer');
    expect(printed).not.toContain(b64('robot:s3cret-bearer'));
    expect(`${run.stdout}${run.stderr}`).toContain('::add-mask::s3cret-bearer');
  });

  it('a token that is never accepted (a 401 loop) builds everything, with one warning', async () => {
    await publishAll('loop/x', h.r2);
    const f = await fake({ upstream: registry.url, bearer: { neverAccept: true } });
    const run = await action('loop/x', {
      inputs: { 'published-image': template('loop/x', f.host) },
    });
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha', '-beta', '-delta', '-gamma']);
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('anonymous access was refused (401)');
    expect(f.log.length).toBeLessThan(40);
  });

  it('a redirect to another host does not carry the credentials', async () => {
    await publishAll('redirect/x', h.r2);
    const f = await fake({
      upstream: registry.url,
      bearer: { username: 'robot', password: 'pw-redirect' },
      redirectBlobs: true,
    });
    const run = await action('redirect/x', {
      inputs: { 'published-image': template('redirect/x', f.host) },
      env: { DOCKER_CONFIG: dockerConfig({ [f.host]: { auth: b64('robot:pw-redirect') } }) },
    });
    expect(run.code).toBe(0);
    expect(promoted(run).map((p) => p['tag-suffix'])).toEqual(['-beta', '-gamma', '-delta']);
    const elsewhere = f.log.filter((l) => l.host.startsWith('localhost'));
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const l of elsewhere) expect(l.authorization).toBeUndefined();
    expect(
      f.log.some((l) => l.host.startsWith('127.0.0.1') && l.authorization?.startsWith('Bearer')),
    ).toBe(true);
  });
});

describe('base: published against a registry with htpasswd auth', () => {
  let secured: TestRegistry | undefined;
  const user = { username: 'ci-bot', password: 'htpasswd-pw-7731' };
  beforeAll(async () => {
    if ((await import('./support/components.js')).locate(DOCKER_REGISTRY))
      secured = await TestRegistry.start(bin, { htpasswd: user });
  }, 30_000);
  afterAll(async () => {
    await secured?.stop();
  });

  it('uses the Docker config credentials and never prints them; without them builds everything with a warning', async () => {
    const reg = secured as TestRegistry;
    const digests: Record<string, string> = {};
    for (const s of ['-alpha', '-beta', '-delta'])
      digests[s] = await reg.pushImage('sec/x', `main${s}`, { label: h.r2, salt: s });
    await reg.pushIndex('sec/x', 'main-gamma', {
      platforms: [
        { platform: 'linux/amd64', label: h.r2 },
        { platform: 'linux/arm64', label: h.r2 },
      ],
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bma-docker-'));
    const auth = Buffer.from(`${user.username}:${user.password}`).toString('base64');
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({ auths: { [`http://${reg.host}`]: { auth } } }),
    );
    const run = await action('sec/x', {
      inputs: { 'published-image': template('sec/x', reg.host) },
      env: { DOCKER_CONFIG: dir },
    });
    expect(run.code).toBe(0);
    expect(built(run)).toEqual(['-alpha']);
    expect(promoted(run).map((p) => p.source)).toContain(`${reg.host}/sec/x@${digests['-delta']}`);
    const printed = `${run.stdout}${run.stderr}${run.summary}`;
    expect(printed.replace(/::add-mask::.*\n/g, '')).not.toContain(user.password);
    expect(printed.replace(/::add-mask::.*\n/g, '')).not.toContain(auth);
    expect(run.stdout).toContain(`::add-mask::${user.password}`);

    const anonymous = await action('sec/x', {
      inputs: { 'published-image': template('sec/x', reg.host) },
    });
    expect(anonymous.code).toBe(0);
    expect(built(anonymous)).toEqual(['-alpha', '-beta', '-delta', '-gamma']);
    const warnings = anonymous.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('authentication required and no credentials for it');
  });
});
