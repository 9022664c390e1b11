/**
 * `base: published` through dist/index.js against a real registry (Debian's
 * docker-registry on 127.0.0.1): each image planned against the revision its
 * published image was built from, the rest promoted by digest. Build first:
 * `npm run build`.
 */
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOCKER_REGISTRY, itWith } from './support/components.js';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { TestRegistry } from './support/registry.js';
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
});
