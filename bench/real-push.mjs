/**
 * Pushes of a real project, planned by dist/index.js from git in a full
 * checkout, three ways: with the audit, without it, and from the same files
 * given as `changed-files`. The three outputs must be the same (the audit
 * never changes a plan; the diff is the one git gives). Counts the pushes
 * whose audit was skipped, and checks against git's own name-status that
 * none of them edited a file the audit reads or added or removed one.
 *
 *   npm run build && node bench/real-push.mjs <clone> [--commits 40]
 *
 * Works in a temporary shared clone; the project's files never leave it.
 * Exits 1 on any disagreement.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist', 'index.js');
const MATRIX = '.github/backend-matrix.yml';

const [source, ...rest] = process.argv.slice(2);
if (!source) {
  console.error('usage: node bench/real-push.mjs <clone> [--commits N]');
  process.exit(2);
}
const count = Number(rest[rest.indexOf('--commits') + 1]) || 40;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bma-real-push-'));
const work = path.join(tmp, 'clone');
const git = (...args) =>
  execFileSync('git', args, { cwd: work, encoding: 'utf8', maxBuffer: 256 << 20 }).trim();

/** The action's outputs (without the cause line) and whether its audit was skipped. */
function plan(before, after, audit, changedFiles = '') {
  const event = path.join(tmp, 'event.json');
  const output = path.join(tmp, 'output');
  writeFileSync(event, JSON.stringify({ before, after, ref: 'refs/heads/master' }));
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/images',
    GITHUB_WORKSPACE: work,
    GITHUB_SHA: after,
    GITHUB_REF: 'refs/heads/master',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp,
    // Every input the runner passes, at action.yml's defaults.
    'INPUT_MATRIX-FILE': MATRIX,
    'INPUT_EVENT-NAME': 'push',
    'INPUT_FORCE-ALL': 'false',
    INPUT_TOKEN: '',
    INPUT_BASE: '',
    'INPUT_PUBLISHED-IMAGE': '',
    INPUT_STAGES: '1',
    'INPUT_SINGLEARCH-SHARDS': '2', // LocalAI has over 256 single-arch entries
    'INPUT_MAX-JOBS': '256',
    'INPUT_DIFF-SOURCE': 'git',
    INPUT_AUDIT: audit,
    'INPUT_CHANGED-FILES': changedFiles,
  };
  const r = spawnSync(process.execPath, [DIST], { cwd: work, env, encoding: 'utf8' });
  const outputs = readFileSync(output, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('run-all-cause'))
    .join('\n');
  return { code: r.status, outputs, skipped: /audit skipped: this change/.test(r.stdout) };
}

try {
  execFileSync('git', ['clone', '-q', '--shared', source, work]);
  const commits = git('log', '--format=%H %P', '--no-merges', '-n', String(count), 'HEAD')
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([, parent]) => parent);
  let agree = 0;
  let skipped = 0;
  const problems = [];
  for (const [after, before] of commits) {
    git('checkout', '-q', after);
    const files = git('diff', '--name-only', '--no-renames', `${before}...${after}`);
    const on = plan(before, after, 'true');
    const off = plan(before, after, 'false');
    const given = plan(before, after, 'false', files);
    if (on.code === 0 && on.outputs === off.outputs && off.outputs === given.outputs) agree++;
    else problems.push(`${after.slice(0, 12)}: the three plans differ (exit ${on.code})`);
    if (!on.skipped) continue;
    skipped++;
    const status = git('diff', '--name-status', '--no-renames', before, after).split('\n');
    const read = status.find(
      (l) =>
        !l.startsWith('M\t') ||
        /(^|\/)(\.gitignore|[^/]*\.dockerignore)$|Dockerfile/.test(l) ||
        l.endsWith(`\t${MATRIX}`),
    );
    if (read) problems.push(`${after.slice(0, 12)}: audit skipped, yet the push has "${read}"`);
  }
  console.log(
    `${commits.length} pushes: ${agree} plan the same with the audit, without it and from the file list; the audit skipped on ${skipped}, each editing only files it does not read`,
  );
  for (const p of problems) console.log(`  ${p}`);
  process.exitCode = problems.length ? 1 : 0;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
