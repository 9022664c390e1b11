/**
 * Image lineage through the bundles: the action's stage outputs
 * (dist/index.js as the runner runs it), `validate --lineage`, the `plan`
 * stage column, and `replay` against `plan` on every commit of a history.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { GitRepo, removeRepos } from './support/git-repo.js';
import { FAMILY_FILES, FAMILY_MATRIX } from './support/lineage-family.js';
import { runAction, workspace } from './support/run-action.js';

const CLI = path.resolve('dist/cli/index.js');
const MATRIX = '.github/backend-matrix.yml';
const files = { [MATRIX]: FAMILY_MATRIX, ...FAMILY_FILES };

afterAll(removeRepos);

const include = (json: string | undefined): string[] =>
  (JSON.parse(json ?? '{}') as { include: { 'tag-suffix': string }[] }).include.map(
    (e) => e['tag-suffix'],
  );

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the action, through dist/index.js', () => {
  it('writes the stage outputs, sharded, and keeps every entry in the unstaged ones', async () => {
    const r = await runAction({
      files,
      inputs: { 'changed-files': 'images/base/setup.sh', stages: '4', 'singlearch-shards': '2' },
    });
    expect(r.code).toBe(0);
    const o = r.outputs!;
    expect(o['stage-count']).toBe('3');
    expect(include(o['matrix-multiarch-stage-1'])).toEqual(['-base', '-base']);
    expect(include(o['merge-matrix-multiarch-stage-1'])).toEqual(['-base']);
    expect(include(o['matrix-singlearch-stage-2-1'])).toEqual(['-minimal']);
    expect(include(o['matrix-singlearch-stage-2-2'])).toEqual(['-tools']);
    expect(include(o['matrix-singlearch-stage-3-1'])).toEqual(['-lab']);
    expect(include(o['matrix-singlearch-stage-3-2'])).toEqual(['-extra']);
    expect(o['has-backends-singlearch-stage-4-1']).toBe('false');
    expect(o['has-merges-multiarch-stage-4']).toBe('false');
    expect([...include(o['matrix-singlearch-1']), ...include(o['matrix-singlearch-2'])]).toEqual([
      '-minimal',
      '-tools',
      '-lab',
      '-extra',
    ]);
    expect(r.summary).toContain('parent -base rebuilt');
  });

  it('fails a selection deeper than stages, writing nothing', async () => {
    const r = await runAction({
      files,
      inputs: { 'changed-files': 'images/foundation/Dockerfile', stages: '3' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toBeUndefined();
    expect(r.stdout).toContain('set stages to at least 4');
  });

  it('fails on a cycle with an error at the Dockerfile line', async () => {
    const r = await runAction({
      files: {
        ...files,
        'images/foundation/Dockerfile': 'FROM ubuntu\nCOPY --from=ghcr.io/acme/base /a /a\n',
      },
      inputs: { 'changed-files': 'images/lab/x' },
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toBeUndefined();
    expect(r.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        props: expect.objectContaining({ file: 'images/foundation/Dockerfile', line: '2' }),
        message: expect.stringContaining('cycle'),
      }),
    );
  });

  it('reads the Dockerfiles from git at the head when the workspace lacks them (a sparse checkout)', async () => {
    const repo = GitRepo.init().write(files);
    repo.commit('images');
    rmSync(path.join(repo.dir, 'images'), { recursive: true });
    const r = await runAction(
      { inputs: { 'changed-files': 'images/tools/x', stages: '2' } },
      repo.dir,
    );
    expect(r.code).toBe(0);
    expect(include(r.outputs!['matrix-singlearch-stage-2'])).toEqual(['-lab', '-extra']);
  });

  it('without a Dockerfile anywhere, rebuilds the unknown image after the others, with a warning', async () => {
    const dir = workspace(files);
    rmSync(path.join(dir, 'images/standalone'), { recursive: true });
    const r = await runAction({ inputs: { 'changed-files': 'images/tools/x', stages: '4' } }, dir);
    expect(r.code).toBe(0);
    expect(r.annotations.map((a) => a.message).join('\n')).toContain(
      'the lineage of -standalone is unknown',
    );
    expect(include(r.outputs!['matrix-singlearch-stage-3'])).toEqual(['-standalone']);
    expect(r.summary).toContain('its own Dockerfile could not be read');
  });
});

describe('the CLI', () => {
  it('validate --lineage prints the tree, a diamond under both parents', () => {
    const dir = workspace(files);
    const r = cli(['validate', '--lineage', '--stages', '3'], dir);
    expect(r.code).toBe(0);
    const tree = r.stdout;
    expect(tree).toContain('7 images, 4 stage(s) to build them all');
    expect(tree).toMatch(/^-foundation {2}ghcr\.io\/acme\/foundation$/m);
    expect(tree).toContain(
      '└── -base  ghcr.io/acme/base  ← FROM ghcr.io/acme/foundation at images/base/Dockerfile:4',
    );
    expect(tree).toMatch(/-lab .*← FROM ghcr\.io\/acme\/minimal .*\(also under -tools\)/);
    expect(tree).toMatch(/-lab .*← COPY --from ghcr\.io\/acme\/tools .*\(children above\)/);
    expect(r.stderr).toContain('building every image takes 4 stages, more than --stages 3');
  });

  it('validate --lineage exits 1 on a cycle', () => {
    const dir = workspace({
      ...files,
      'images/foundation/Dockerfile': 'FROM ghcr.io/acme/lab\n',
    });
    const r = cli(['validate', '--lineage'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/images\/foundation\/Dockerfile:1:6: error: .*cycle/);
  });

  it('plan shows a stage column and gives each JSON entry its stage', () => {
    const dir = workspace(files);
    const table = cli(['plan', '--changed-file', 'images/minimal/x', '--stages', '3'], dir);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[2]).toMatch(/^STAGE +MATRIX +BACKEND/);
    expect(lines.find((l) => l.includes('-lab'))).toMatch(
      /^2 +singlearch +lab +-lab +- +parent -minimal rebuilt$/,
    );
    const json = cli(
      ['plan', '--changed-file', 'images/minimal/x', '--stages', '3', '--format', 'json'],
      dir,
    );
    const plan = JSON.parse(json.stdout) as { selected: { 'tag-suffix': string; stage: number }[] };
    expect(plan.selected.map((s) => [s['tag-suffix'], s.stage])).toEqual([
      ['-minimal', 1],
      ['-lab', 2],
    ]);
  });

  it('replay applies lineage: on every commit it selects what plan --base C^ --head C selects', () => {
    const repo = GitRepo.init().write(files);
    repo.commit('the family');
    const edits: Record<string, string>[] = [
      { 'images/base/setup.sh': 'echo 1\n' },
      { 'images/lab/notebook.txt': 'x\n' },
      { 'images/foundation/Dockerfile': 'FROM ubuntu:26.04\n' },
      { 'README.md': 'docs\n' },
      { 'images/tools/tool.c': 'int main;\n', 'images/minimal/m': '1\n' },
    ];
    for (const [i, e] of edits.entries()) repo.write(e).commit(`edit ${i}`);
    const rep = JSON.parse(cli(['replay', '--format', 'json'], repo.dir).stdout) as {
      commits: {
        sha: string;
        parent: string | null;
        selected: { 'tag-suffix': string; 'platform-tag': string; reasons: string[] }[];
      }[];
    };
    const replayed = rep.commits.filter((c) => c.parent);
    expect(replayed).toHaveLength(edits.length);
    const key = (s: { 'tag-suffix': string; 'platform-tag': string; reasons: string[] }): string =>
      `${s['tag-suffix']}@${s['platform-tag']}: ${s.reasons.join('; ')}`;
    for (const c of replayed) {
      const p = cli(['plan', '--base', c.parent!, '--head', c.sha, '--format', 'json'], repo.dir);
      expect(p.code).toBe(0);
      const planned = JSON.parse(p.stdout) as {
        selected: { 'tag-suffix': string; 'platform-tag': string; reasons: string[] }[];
      };
      expect([c.sha, planned.selected.map(key)]).toEqual([c.sha, c.selected.map(key)]);
    }
    // The foundation edit rebuilt the whole family but the standalone image.
    expect(replayed[2].selected.map((s) => s['tag-suffix'])).toEqual([
      '-foundation',
      '-foundation',
      '-base',
      '-base',
      '-minimal',
      '-tools',
      '-lab',
      '-extra',
    ]);
    expect(replayed[3].selected).toEqual([]);
  });
});
