/**
 * `npm run bench`: a report, not a test (README, Performance). Prints, measured
 * in one run:
 *
 *  (1) end-to-end wall time of `node dist/index.js` (500-entry matrix, 100
 *      changed files via the `changed-files` input) against `node -e 0` and
 *      against the floor script (bench/floor.mjs), interleaved round by round;
 *  (2) the same change found through the REST API (bench/fake-api.mjs);
 *  (2b) the REST path on a 2,999-file pull request, every answer 50 ms late,
 *      against a client that fetches the pages one after another;
 *  (3) the planning core in-process (compiled to bench/out by
 *      tsconfig.bench.json): 10k entries × 10k changed files, and growth;
 *  (4) peak RSS of the largest case; (5) the CLI end to end on 10k x 10k.
 *
 *  (6) against the peers (bench/peers.mjs), given their paths:
 *      `npm run bench -- --matrix F --paths-filter D --changed-files D --localai D`
 *      (`node bench/run.mjs --peers …` runs (6) alone).
 *
 * Env: BENCH_ROUNDS=n (end-to-end rounds, default 25), BENCH_REST_ROUNDS=n
 * (rounds of (2b), default 9; `node bench/run.mjs --rest` runs (2b) alone), BENCH_QUICK=1 (a fast
 * smoke run of every part), BENCH_PROFILE=1 (CPU-profile the 10k × 10k case
 * and print the top self-time functions), BENCH_KEEP_OUT=1 (keep the compiled
 * core in bench/out after the run). Always exits 0; a missed target is printed
 * as MISSED.
 */
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
const MATRIX_PATH = '.github/backend-matrix.yml';
const REPO = 'acme/images';
const PR = 42;

// ---------------------------------------------------------------------------
// Orchestrator

async function main() {
  const started = process.hrtime.bigint();
  const quick = process.env.BENCH_QUICK === '1';
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS) || (quick ? 3 : 25));
  const warmup = quick ? 1 : 3;
  const reps = quick ? 1 : 5;
  const targets = [];
  const verdict = (ok) => (ok ? 'ok' : 'MISSED');

  const cpus = os.cpus();
  console.log('backend-matrix-action benchmark');
  console.log(
    `machine: ${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${cpus.length} cores, node ${process.version}, ${process.platform}-${process.arch}`,
  );
  console.log(
    `mode: ${quick ? 'QUICK (smoke run, numbers are rough)' : 'full'}; ${rounds} rounds after ${warmup} warm-up; core cases ${reps} run(s) each`,
  );

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'backend-matrix-bench-'));
  let api;
  try {
    // The planning core as plain JS, for parts (3) and (4).
    rmSync(OUT, { recursive: true, force: true });
    const tsc = await run(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        path.join(ROOT, 'tsconfig.bench.json'),
      ],
      { cwd: ROOT },
    );
    const coreJs = ['matrix-file.js', 'plan.js'].map((f) => path.join(OUT, 'src', 'core', f));
    const haveCore = coreJs.every((f) => existsSync(f));
    console.log(
      `compile: tsc -p tsconfig.bench.json -> bench/out (${fmtMs(tsc.ms)})${tsc.code === 0 ? '' : `; tsc exited ${tsc.code}${haveCore ? ', core emitted anyway' : ''}:\n${indent(tsc.stdout.trim().split('\n').slice(0, 8).join('\n'))}`}`,
    );
    const core = haveCore ? await importCore() : undefined;

    // ---- fixture
    const { generateMatrix } = await import('./generate-matrix.mjs');
    const fixture = generateMatrix({ linux: 460, darwin: 60, seed: 1 });
    const changed = fixture.changedFiles(100);
    const workspace = path.join(tmp, 'workspace');
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(path.join(workspace, MATRIX_PATH), fixture.text);
    let expected;
    // A workflow with this many single-arch entries needs shards, or every run-all run fails.
    let shards = 2;
    if (core) {
      const m = core.loadMatrixFile(fixture.text, MATRIX_PATH);
      shards = Math.max(1, Math.ceil(m.linux.filter((e) => !e.platformTag).length / 256));
      const errors = m.problems.filter((p) => p.level === 'error').length;
      let p;
      try {
        p = errors ? undefined : core.plan({ ...planRequest(m, changed), shards, maxJobs: 256 });
      } catch (err) {
        console.log(`fixture: the core refused to plan it: ${err.message}`);
      }
      expected = p && Object.fromEntries(p.outputs);
      console.log(
        `fixture: ${m.linux.length + m.darwin.length} entries (${m.linux.length} linux, ${m.linux.filter((e) => e.platformTag).length} of them multi-arch legs; ${m.darwin.length} darwin), ${fixture.backends.length} backends, ${fmtKB(Buffer.byteLength(fixture.text))}; core validation: ${errors} error(s), ${m.problems.length - errors} warning(s)`,
      );
      if (p) {
        console.log(
          `change: ${changed.length} files (${p.ignored} ignored by rules.ignore); the core selects ${p.selected.length} entries of ${JSON.parse(expected['changed-backends']).length} backends`,
        );
      }
    } else {
      console.log(
        `fixture: ${fixture.linux + fixture.darwin} entries, ${fmtKB(Buffer.byteLength(fixture.text))} (core not compiled: not validated)`,
      );
    }

    // ---- (1) and (2): end to end
    const { startFakeApi } = await import('./fake-api.mjs');
    api = await startFakeApi({ repo: REPO, number: PR, files: changed });
    const payloadPath = path.join(tmp, 'event.json');
    writeFileSync(payloadPath, JSON.stringify(prPayload(changed.length)));
    const dist = path.join(ROOT, 'dist', 'index.js');
    const haveDist = existsSync(dist);
    const commands = [
      { name: 'node -e 0', args: ['-e', '0'], env: {} },
      {
        name: 'floor (read + js-yaml + 1 output)',
        args: [path.join(ROOT, 'bench', 'floor.mjs')],
        env: {},
      },
    ];
    if (haveDist) {
      commands.push(
        {
          name: 'action, changed-files input',
          args: [dist],
          env: { 'INPUT_CHANGED-FILES': changed.join('\n') },
          action: 'input',
        },
        { name: 'action, REST API (fake)', args: [dist], env: {}, action: 'api' },
      );
    }
    for (const [i, c] of commands.entries()) {
      c.output = path.join(tmp, `output-${i}.txt`);
      c.summary = path.join(tmp, `summary-${i}.md`);
      c.times = [];
      c.env = {
        ...runnerEnv(workspace, payloadPath, api.url, c),
        'INPUT_SINGLEARCH-SHARDS': String(shards),
        ...c.env,
      };
    }
    console.log('');
    console.log(
      `(1)+(2) end to end: ${rounds} rounds after ${warmup} warm-up, each round runs every command once, order rotating`,
    );
    const dropped = Object.keys(process.env).filter((k) => !PASS_ENV.includes(k));
    const notable = dropped.filter((k) => /^NODE_|^UV_/.test(k));
    console.log(
      `  children get a clean env (${PASS_ENV.filter((k) => process.env[k] !== undefined).join(', ')} + the runner's variables); ${dropped.length} parent variables dropped${notable.length ? `, among them ${notable.join(', ')}` : ''}`,
    );
    console.log(
      `  the action runs as the runner runs it: INPUT_* (singlearch-shards ${shards}, max-jobs 256), GITHUB_* env, event pull_request #${PR}, GITHUB_API_URL=${api.url}`,
    );
    if (!haveDist)
      console.log(
        '  dist/index.js not found: run `npm run build` first; measuring the baselines only',
      );

    for (let r = -warmup; r < rounds; r++) {
      const order = commands.map((_, i) => commands[(i + Math.max(r, 0)) % commands.length]);
      for (const c of order) {
        if (c.failed) continue;
        writeFileSync(c.output, '');
        writeFileSync(c.summary, '');
        if (c.action === 'api') api.resetStats();
        const res = await run(process.execPath, c.args, { cwd: workspace, env: c.env });
        if (res.code !== 0) {
          c.failed = `exit ${res.code}: ${(res.stderr + res.stdout).trim().split('\n').slice(-6).join('\n')}`;
          continue;
        }
        if (r === -warmup) c.check = inspect(c, api, expected);
        if (r >= 0) c.times.push(res.ms);
      }
    }

    const width = Math.max(...commands.map((c) => c.name.length)) + 2;
    console.log(
      `  ${'command'.padEnd(width)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`,
    );
    for (const c of commands) {
      if (c.failed) {
        console.log(
          `  ${c.name.padEnd(width)}FAILED (${c.failed.split('\n')[0]})\n${indent(c.failed, 6)}`,
        );
        continue;
      }
      const s = stats(c.times);
      console.log(
        `  ${c.name.padEnd(width)}${fmtMs(s.median).padStart(10)}${fmtMs(s.min).padStart(10)}${fmtMs(s.max).padStart(10)}`,
      );
    }
    const [nodeE, floor, action, actionApi] = commands.map((c) =>
      c && !c.failed ? stats(c.times).median : undefined,
    );
    console.log('  ratios of medians:');
    if (action !== undefined) {
      // (1) has no target: it shows what the toolkit (@actions/core, yaml) costs over the floor.
      console.log(`    (1) action / node -e 0 = ${ratio(action, nodeE)}`);
      console.log(`    (1) action / floor     = ${ratio(action, floor)}`);
    } else {
      console.log(
        `    (1) action: not measured${haveDist ? ' (it failed)' : ' (no dist/index.js)'}`,
      );
      targets.push(['(1) action measured', false, 'not measured']);
    }
    console.log(`    floor / node -e 0      = ${ratio(floor, nodeE)}`);
    // (2) has no target: it shows what the toolkit's REST client costs a run.
    if (actionApi !== undefined) {
      const fellBack = commands[3].fellBack;
      const note = fellBack ? '   (N/A: the action fell back to run-all, see check below)' : '';
      console.log(`    (2) action via REST API / floor = ${ratio(actionApi, floor)}${note}`);
      console.log(`    (2) action via REST API / node -e 0 = ${ratio(actionApi, nodeE)}`);
      if (action !== undefined && !fellBack) {
        console.log(
          `    (2) the REST path over the changed-files input: +${fmtMs(actionApi - action)} (loading Octokit, and its requests)`,
        );
      }
    }
    for (const c of commands)
      if (c.action && c.check) console.log(`  check, ${c.name}: ${c.check}`);
    await api.close();
    api = undefined;

    // ---- (2b): the REST path on a large pull request
    console.log('');
    if (haveDist)
      await restPart({ tmp, workspace, quick, targets, verdict, fixture, shards, dist });
    else targets.push(['(2b) REST, 2,999 files: action / sequential <= 0.35x', false, 'no dist']);

    // ---- (3) and (4): the planning core
    console.log('');
    if (!core) {
      console.log('(3)+(4) skipped: the core did not compile to bench/out');
      targets.push(
        ['(3) core 10k x 10k < 1 s', false, 'not measured'],
        ['(4) peak RSS 100k entries (reported)', false, 'not measured'],
      );
    } else {
      await coreParts({ tmp, reps, targets, generateMatrix, verdict });
    }
    targets.push(await (await import('./replay.mjs')).benchReplay({ rounds: quick ? 1 : 5 }));

    // ---- (6): against the peers, when their paths are given
    console.log('');
    const { benchPeers, peerOptions } = await import('./peers.mjs');
    await benchPeers({
      options: peerOptions(process.argv.slice(2)),
      tmp,
      dist: path.join(ROOT, 'dist', 'index.js'),
      targets,
      quick,
      baseEnv,
      run,
      readOutputs,
    });
    if (haveDist) targets.push(await (await import('./published.mjs')).benchPublished());
  } finally {
    await api?.close();
    rmSync(tmp, { recursive: true, force: true });
    // The compiled core is rebuilt on every run; removing it keeps `eslint .` off generated JS.
    if (process.env.BENCH_KEEP_OUT !== '1') rmSync(OUT, { recursive: true, force: true });
  }

  console.log('');
  console.log('targets:');
  for (const [name, ok, value] of targets)
    console.log(`  ${(typeof ok === 'string' ? ok : verdict(ok)).padEnd(7)}${name}  (${value})`);
  console.log(`bench took ${fmtMs(Number(process.hrtime.bigint() - started) / 1e6)}`);
}

/**
 * (2b) A 2,999-file pull request through the REST API, every answer 50 ms
 * late: the action end to end (page 1, then the rest concurrently) against a
 * client that fetches the pages one after another with the same HTTP stack
 * (@actions/github's Octokit and its `paginate`), alternating round by round.
 * Both are a fresh node process; the sequential client plans nothing, so the
 * ratio flatters it.
 */
async function restPart({ tmp, workspace, quick, targets, verdict, fixture, shards, dist }) {
  const FILES = 2999;
  const LATENCY = 50;
  const TARGET = 0.35;
  const rounds = Math.max(1, Number(process.env.BENCH_REST_ROUNDS) || (quick ? 2 : 9));
  const files = fixture.changedFiles(FILES);
  const { startFakeApi } = await import('./fake-api.mjs');
  const api = await startFakeApi({ repo: REPO, number: PR, files, latencyMs: LATENCY });
  const payloadPath = path.join(tmp, 'event-rest.json');
  writeFileSync(payloadPath, JSON.stringify(prPayload(files.length)));
  const token = 'ghs_bench_not_a_real_token';
  const action = {
    name: 'action (dist/index.js, diff-source api)',
    args: [dist],
    output: path.join(tmp, 'output-rest.txt'),
    summary: path.join(tmp, 'summary-rest.md'),
    times: [],
    runs: [],
  };
  action.env = {
    ...runnerEnv(workspace, payloadPath, api.url, action),
    'INPUT_DIFF-SOURCE': 'api',
    'INPUT_SINGLEARCH-SHARDS': String(shards),
  };
  const sequential = {
    name: 'client fetching pages one after another',
    args: [
      fileURLToPath(import.meta.url),
      '--sequential-client',
      JSON.stringify({ url: api.url, repo: REPO, pr: PR, token }),
    ],
    env: { ...baseEnv(), GITHUB_API_URL: api.url },
    times: [],
    runs: [],
  };
  console.log(
    `(2b) REST path: pull request #${PR} with ${files.length} changed files, every fake API answer ${LATENCY} ms late; ${rounds} rounds after 1 warm-up, order alternating`,
  );
  try {
    for (let r = -1; r < rounds; r++) {
      for (const c of r % 2 ? [sequential, action] : [action, sequential]) {
        if (c.failed) continue;
        if (c.output) writeFileSync(c.output, '');
        api.resetStats();
        const res = await run(process.execPath, c.args, { cwd: workspace, env: c.env });
        if (res.code !== 0) {
          c.failed = `exit ${res.code}: ${(res.stderr + res.stdout).trim().split('\n').slice(-6).join('\n')}`;
          continue;
        }
        const seen = { requests: api.stats.requests, maxInFlight: api.stats.maxInFlight };
        if (c === action) {
          const out = readOutputs(c.output);
          if (out['run-all'] !== 'false') {
            c.failed = `the action did not use the API file list (run-all=${out['run-all']})`;
            continue;
          }
          seen.log = /REST API: [^\n]*/.exec(res.stdout)?.[0];
        } else {
          seen.items = JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}').items;
        }
        if (r >= 0) {
          c.times.push(res.ms);
          c.runs.push(seen);
        }
      }
    }
  } finally {
    await api.close();
  }
  const width = Math.max(action.name.length, sequential.name.length) + 2;
  console.log(
    `  ${'command'.padEnd(width)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}   requests, most in flight (fake API's count)`,
  );
  for (const c of [action, sequential]) {
    if (c.failed) {
      console.log(`  ${c.name.padEnd(width)}FAILED (${c.failed.split('\n')[0]})`);
      continue;
    }
    const s = stats(c.times);
    const counts = [...new Set(c.runs.map((x) => `${x.requests}, ${x.maxInFlight}`))].join(' / ');
    console.log(
      `  ${c.name.padEnd(width)}${fmtMs(s.median).padStart(10)}${fmtMs(s.min).padStart(10)}${fmtMs(s.max).padStart(10)}   ${counts}`,
    );
  }
  const name = `(2b) REST, ${files.length} files: action / sequential <= ${TARGET}x`;
  if (action.failed || sequential.failed) {
    targets.push([name, false, 'failed']);
    return;
  }
  const [a, q] = [stats(action.times).median, stats(sequential.times).median];
  console.log(`  the action's log: ${action.runs[0]?.log ?? '(no REST API line)'}`);
  console.log(
    `  the sequential client listed ${sequential.runs[0]?.items} file item(s); floor: two round trips = ${2 * LATENCY} ms plus process start`,
  );
  console.log(
    `  (2b) action / sequential = ${ratio(a, q)}   target <= ${TARGET}x   ${verdict(a / q <= TARGET)}`,
  );
  targets.push([name, a / q <= TARGET, `${ratio(a, q)}, ${fmtMs(a)} vs ${fmtMs(q)}`]);
}

/** `node bench/run.mjs --rest`: part (2b) alone, on the same fixture. */
async function restOnly() {
  const targets = [];
  const verdict = (ok) => (ok ? 'ok' : 'MISSED');
  const dist = path.join(ROOT, 'dist', 'index.js');
  if (!existsSync(dist)) throw new Error('dist/index.js not found: run `npm run build` first');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'backend-matrix-bench-'));
  try {
    const { generateMatrix } = await import('./generate-matrix.mjs');
    const { load } = await import('js-yaml');
    const fixture = generateMatrix({ linux: 460, darwin: 60, seed: 1 });
    const workspace = path.join(tmp, 'workspace');
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(path.join(workspace, MATRIX_PATH), fixture.text);
    const single = load(fixture.text).include.filter((e) => !e['platform-tag']).length;
    const shards = Math.max(1, Math.ceil(single / 256));
    const quick = process.env.BENCH_QUICK === '1';
    await restPart({ tmp, workspace, quick, targets, verdict, fixture, shards, dist });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [name, ok, value] of targets)
    console.log(`  ${verdict(ok).padEnd(7)}${name}  (${value})`);
}

/** The comparison client of (2b): Octokit's paginate, one page after another. */
async function sequentialClient({ url, repo, pr, token }) {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: url });
  const [owner, name] = repo.split('/');
  const items = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo: name,
    pull_number: pr,
    per_page: 100,
  });
  const names = new Set(items.flatMap((f) => [f.filename, f.previous_filename].filter(Boolean)));
  process.stdout.write(`${JSON.stringify({ items: items.length, files: names.size })}\n`);
}

/** (5): the CLI end to end, as a user runs it, on the 10k x 10k case of (3). */
async function cliPart({ matrix, files, reps, targets, verdict }) {
  const cli = path.resolve('dist/cli/index.js');
  if (!existsSync(cli)) {
    targets.push(['(3b) CLI 10k x 10k < 3 s', false, 'no dist/cli/index.js']);
    return;
  }
  const args = [
    cli,
    'plan',
    '--matrix-file',
    matrix,
    '--changed-files-from',
    files,
    '--format',
    'json',
  ];
  const times = [];
  for (let r = 0; r < reps; r++) {
    const res = await run(process.execPath, args, { cwd: path.dirname(matrix), env: baseEnv() });
    if (res.code !== 0) {
      targets.push(['(3b) CLI 10k x 10k < 3 s', false, `exit ${res.code}`]);
      return;
    }
    times.push(res.ms);
  }
  const t = stats(times).median;
  console.log(
    `(3b) CLI end to end (node dist/cli/index.js plan --format json), 10k entries x 10k changed files: median ${fmtMs(t)} of ${reps}   target < 3 s   ${verdict(t < 3000)}`,
  );
  targets.push(['(3b) CLI 10k x 10k < 3 s', t < 3000, `median ${fmtMs(t)}`]);
}

async function coreParts({ tmp, reps, targets, generateMatrix, verdict }) {
  const K = 1000;
  const cases = [
    [10 * K, 1 * K],
    [10 * K, 10 * K],
    [10 * K, 100 * K],
    [1 * K, 10 * K],
    [100 * K, 10 * K],
  ];
  const fixtures = new Map();
  const fixtureFor = (entries, files) => {
    let f = fixtures.get(entries);
    if (!f) {
      const linux = Math.round(entries * 0.885);
      const g = generateMatrix({ linux, darwin: entries - linux, seed: 7 });
      f = {
        gen: g,
        matrix: path.join(tmp, `matrix-${entries}.yml`),
        bytes: Buffer.byteLength(g.text),
        files: new Map(),
      };
      writeFileSync(f.matrix, g.text);
      fixtures.set(entries, f);
    }
    let list = f.files.get(files);
    if (!list) {
      list = path.join(tmp, `files-${entries}-${files}.txt`);
      writeFileSync(list, f.gen.changedFiles(files).join('\n'));
      f.files.set(files, list);
    }
    return { matrix: f.matrix, files: list, bytes: f.bytes };
  };

  console.log(
    `(3) planning core in-process (bench/out/src/core/*.js), one child process per case (node --expose-gc), ${reps} run(s) each`,
  );
  console.log(
    `    parse = loadMatrixFile (YAML + validation), plan = plan() (rules, selection, outputs); cold = the first run in its process;\n    peak RSS = the child's maxRSS over all its runs (part (4) measures a single run)`,
  );
  const header = `    ${'entries'.padStart(8)}${'files'.padStart(8)}${'MB'.padStart(7)}${'parse'.padStart(10)}${'plan'.padStart(10)}${'total'.padStart(10)}${'cold'.padStart(10)}${'selected'.padStart(10)}${'peak RSS'.padStart(10)}`;
  console.log(header);
  const results = new Map();
  const profile = process.env.BENCH_PROFILE === '1';
  for (const [entries, files] of cases) {
    const fx = fixtureFor(entries, files);
    const prof =
      profile && entries === 10 * K && files === 10 * K ? path.join(tmp, 'prof') : undefined;
    const res = await coreChild(
      {
        matrix: fx.matrix,
        files: fx.files,
        reps: entries === 10 * K && files === 10 * K ? reps + 2 : reps,
      },
      ['--expose-gc', ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [])],
    );
    results.set(`${entries}x${files}`, { ...res, matrix: fx.matrix, files: fx.files });
    if (res.error) {
      console.log(
        `    ${fmtCount(entries).padStart(8)}${fmtCount(files).padStart(8)}  FAILED: ${res.error}`,
      );
      continue;
    }
    const m = (k) => fmtMs(stats(res[k]).median).padStart(10);
    console.log(
      `    ${fmtCount(entries).padStart(8)}${fmtCount(files).padStart(8)}${(fx.bytes / 1048576).toFixed(1).padStart(7)}${m('parse')}${m('plan')}${m('total')}${fmtMs(res.total[0]).padStart(10)}${String(res.selected).padStart(10)}${fmtMB(res.maxRSS).padStart(10)}${res.note ? `  ${res.note}` : ''}`,
    );
    if (prof) printProfile(prof);
  }

  const main = results.get(`${10 * K}x${10 * K}`);
  if (main && !main.error) {
    // The planning core is plan(): rules, selection and outputs on a loaded
    // matrix. Parsing is the YAML library's share, in (5)'s end-to-end figure.
    const t = stats(main.plan).median;
    console.log(
      `    10k entries x 10k changed files: plan() median ${fmtMs(t)} (cold ${fmtMs(main.plan[0])}); with parsing ${fmtMs(stats(main.total).median)}   target plan() < 1 s   ${verdict(t < 1000)}`,
    );
    targets.push([
      '(3) core 10k x 10k < 1 s',
      t < 1000,
      `plan() median ${fmtMs(t)}, cold ${fmtMs(main.plan[0])}`,
    ]);
    await cliPart({ matrix: main.matrix, files: main.files, reps, targets, verdict });
  } else {
    targets.push(['(3) core 10k x 10k < 1 s', false, 'failed']);
  }

  const growth = (title, keys) => {
    console.log(`    growth, ${title} (linear = ~10x per step; ok when every step <= 15x):`);
    let allOk = true;
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [results.get(keys[i - 1][0]), results.get(keys[i][0])];
      if (!a || !b || a.error || b.error) {
        console.log(`      ${keys[i - 1][1]} -> ${keys[i][1]}: not measured`);
        allOk = false;
        continue;
      }
      const step = (k) => stats(b[k]).median / Math.max(stats(a[k]).median, 1e-6);
      const ok = step('total') <= 15 && step('plan') <= 15 && step('parse') <= 15;
      allOk &&= ok;
      console.log(
        `      ${keys[i - 1][1].padEnd(4)} -> ${keys[i][1].padEnd(4)}  parse x${step('parse').toFixed(1).padEnd(6)} plan x${step('plan').toFixed(1).padEnd(6)} total x${step('total').toFixed(1).padEnd(6)} ${verdict(ok)}`,
      );
    }
    targets.push([
      `(3) growth in ${title} <= ~15x per 10x step`,
      allOk,
      allOk ? 'every step' : 'see (3)',
    ]);
  };
  growth('changed files at 10k entries', [
    [`${10 * K}x${K}`, '1k'],
    [`${10 * K}x${10 * K}`, '10k'],
    [`${10 * K}x${100 * K}`, '100k'],
  ]);
  growth('entries at 10k changed files', [
    [`${K}x${10 * K}`, '1k'],
    [`${10 * K}x${10 * K}`, '10k'],
    [`${100 * K}x${10 * K}`, '100k'],
  ]);

  // (4): one cold run of the largest case in a plain `node`, as the action runs.
  console.log('');
  const fx = fixtureFor(100 * K, 10 * K);
  const res = await coreChild({ matrix: fx.matrix, files: fx.files, reps: 1 }, []);
  if (res.error) {
    console.log(`(4) peak RSS, 100k entries x 10k changed files: FAILED: ${res.error}`);
    targets.push(['(4) peak RSS 100k entries (reported)', false, 'failed']);
  } else {
    console.log(
      `(4) peak RSS (process.resourceUsage().maxRSS), one run of 100k entries (${(fx.bytes / 1048576).toFixed(1)} MB of YAML) x 10k changed files in a plain node child: ${fmtMB(res.maxRSS)} (no target: the YAML library's document model)`,
    );
    console.log(
      `    (RSS after reading the file, before parsing: ${fmtMB(res.rssBefore)}; time ${fmtMs(res.total[0])})`,
    );
    targets.push(['(4) peak RSS 100k entries (reported)', true, fmtMB(res.maxRSS)]);
  }
  const ref = await coreChild({ matrix: fx.matrix, files: fx.files, reps: 1, floor: true }, []);
  if (!ref.error) {
    console.log(
      `    for reference, js-yaml load() alone on the same file (what the floor does) peaks at ${fmtMB(ref.maxRSS)} (${fmtMs(ref.total[0])})`,
    );
  }
}

/** Runs one core case in a child; resolves to its JSON report or { error }. */
async function coreChild(spec, nodeArgs) {
  const res = await run(
    process.execPath,
    [...nodeArgs, fileURLToPath(import.meta.url), '--core-case', JSON.stringify(spec)],
    { cwd: ROOT },
  );
  const line = res.stdout.trim().split('\n').pop() ?? '';
  try {
    const report = JSON.parse(line);
    if (res.code !== 0 && !report.error) report.error = `exit ${res.code}`;
    return report;
  } catch {
    return {
      error: `exit ${res.code}: ${(res.stderr || res.stdout).trim().split('\n').slice(-3).join(' | ')}`,
    };
  }
}

/** Summarises a .cpuprofile: self time per function, top 15. */
function printProfile(dir) {
  let file;
  try {
    file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  } catch {
    file = undefined;
  }
  if (!file) {
    console.log('      (no profile written)');
    return;
  }
  const prof = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const keep = path.join(os.tmpdir(), 'backend-matrix-bench-core-10k-x-10k.cpuprofile');
  writeFileSync(keep, JSON.stringify(prof));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    total += dt;
    const f = byId.get(id).callFrame;
    const where = f.url
      ? `${path.relative(ROOT, fileURLToPath(f.url.startsWith('file:') ? f.url : pathToFileURL(f.url)))}:${f.lineNumber + 1}`
      : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  console.log(
    `      CPU profile of this case (whole child, including reading the inputs): saved to ${keep}; top self time:`,
  );
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(
      `        ${((100 * us) / total).toFixed(1).padStart(5)}%  ${fmtMs(us / 1000).padStart(9)}  ${key}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Child: one planning-core case

async function coreCase({ matrix, files, reps, floor = false }) {
  const report = { parse: [], plan: [], total: [], selected: 0, maxRSS: 0, rssBefore: 0 };
  try {
    if (floor) {
      // What the floor script does: js-yaml's load() of the whole file, nothing kept but the value.
      const { load } = await import('js-yaml');
      const text = readFileSync(matrix, 'utf8');
      report.rssBefore = Math.round(process.memoryUsage().rss / 1024);
      const t0 = process.hrtime.bigint();
      report.selected = load(text).include.length;
      report.total.push(Number(process.hrtime.bigint() - t0) / 1e6);
      report.maxRSS = process.resourceUsage().maxRSS;
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
    const core = await importCore();
    const text = readFileSync(matrix, 'utf8');
    const changed = readFileSync(files, 'utf8').split('\n');
    report.rssBefore = Math.round(process.memoryUsage().rss / 1024);
    const gc = globalThis.gc;
    for (let i = 0; i < reps; i++) {
      gc?.();
      const t0 = process.hrtime.bigint();
      const m = core.loadMatrixFile(text, MATRIX_PATH);
      const t1 = process.hrtime.bigint();
      let p;
      try {
        p = core.plan(planRequest(m, changed));
      } catch (err) {
        // The outputs cap and the like: the work is done before the check throws.
        if (err?.name !== 'UserError') throw err;
        report.note = `plan refused: ${err.message.split('\n')[0]}`;
      }
      const t2 = process.hrtime.bigint();
      report.parse.push(Number(t1 - t0) / 1e6);
      report.plan.push(Number(t2 - t1) / 1e6);
      report.total.push(Number(t2 - t0) / 1e6);
      report.selected = p ? p.selected.length : 0;
    }
  } catch (err) {
    report.error = String(err?.stack ?? err)
      .split('\n')
      .slice(0, 3)
      .join(' | ');
  }
  report.maxRSS = process.resourceUsage().maxRSS;
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

// ---------------------------------------------------------------------------
// Helpers

async function importCore() {
  const load = (f) => import(pathToFileURL(path.join(OUT, 'src', 'core', f)).href);
  const [{ loadMatrixFile }, { plan }, { loadYaml }] = await Promise.all([
    load('matrix-file.js'),
    load('plan.js'),
    load('yaml-source.js'),
  ]);
  // As the CLI does: any matrix file reads, whether or not it is plain.
  await loadYaml();
  return { loadMatrixFile, plan };
}

/** As the action would ask for it, minus the job limit (the large cases select more than 256 entries). */
function planRequest(matrix, files) {
  return {
    matrix,
    matrixPath: MATRIX_PATH,
    change: { kind: 'files', files },
    shards: 1,
    maxJobs: Number.MAX_SAFE_INTEGER,
  };
}

function prPayload(changedFiles) {
  const base = 'b'.repeat(40);
  const head = 'c'.repeat(40);
  const repository = {
    full_name: REPO,
    name: 'images',
    owner: { login: 'acme' },
    default_branch: 'master',
  };
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      changed_files: changedFiles,
      base: { sha: base, ref: 'master', repo: repository },
      head: { sha: head, ref: 'feature/bench', repo: repository },
    },
    repository,
  };
}

/** The environment the runner gives a `node24` action, all inputs at their defaults. */
function runnerEnv(workspace, payloadPath, apiUrl, c) {
  return Object.assign(baseEnv(), {
    'INPUT_MATRIX-FILE': MATRIX_PATH,
    'INPUT_FORCE-ALL': 'false',
    'INPUT_EVENT-NAME': 'pull_request',
    INPUT_TOKEN: 'ghs_bench_not_a_real_token',
    'INPUT_DIFF-SOURCE': 'auto',
    INPUT_BASE: '',
    'INPUT_SINGLEARCH-SHARDS': '1',
    'INPUT_MAX-JOBS': '256',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: c.output,
    GITHUB_STEP_SUMMARY: c.summary,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: payloadPath,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REF: `refs/pull/${PR}/merge`,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_API_URL: apiUrl,
    RUNNER_TEMP: path.dirname(payloadPath),
  });
}

/**
 * A clean environment for the timed children, as on a hosted runner: only
 * these variables pass through. Anything else could skew the comparison;
 * NODE_EXTRA_CA_CERTS alone adds ~25 ms to every node start on some machines.
 */
const PASS_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ', 'SYSTEMROOT'];
function baseEnv() {
  const env = {};
  for (const k of PASS_ENV) if (process.env[k] !== undefined) env[k] = process.env[k];
  return env;
}

/** Reads a `GITHUB_OUTPUT` file: `name=value` and `name<<DELIM … DELIM` forms. */
function readOutputs(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = {};
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end < 0 ? undefined : end).join('\n');
      i = end < 0 ? lines.length : end;
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

/** What one run of a command produced, checked against the core's own plan. */
function inspect(c, api, expected) {
  const out = readOutputs(c.output);
  if (!c.action) return `${Object.keys(out).length} output line(s)`;
  const parts = [`run-all=${out['run-all']}`];
  if (out['changed-backends'])
    parts.push(`${JSON.parse(out['changed-backends']).length} backends selected`);
  if (expected && out['run-all'] !== 'true') {
    const same =
      Object.keys(expected).every((k) => out[k] === expected[k]) &&
      Object.keys(out).length === Object.keys(expected).length;
    parts.push(same ? 'outputs identical to the core plan' : 'outputs DIFFER from the core plan');
  }
  if (c.action === 'api') {
    parts.push(
      `fake API served ${api.stats.files} pulls/${PR}/files request(s)${api.stats.other.length ? `, 404 for ${api.stats.other.join(', ')}` : ''}`,
    );
    if (out['run-all'] === 'true') {
      parts.push(
        'NOTE: the action fell back to building everything (run-all=true), so it did not use the REST API file list; (2) measures that fallback',
      );
      c.fellBack = true;
    }
  }
  return parts.join('; ');
}

/** Spawns a command and times it from spawn to 'close' (exit and stdio drained). */
function run(cmd, args, { cwd, env = process.env }) {
  return new Promise((resolve) => {
    const stdout = [];
    const stderr = [];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => stdout.push(d));
    child.stderr.on('data', (d) => stderr.push(d));
    child.on('error', (err) => resolve({ code: -1, ms: 0, stdout: '', stderr: String(err) }));
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({
        code: code ?? `signal ${signal}`,
        ms,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

const fmtMs = (ms) =>
  ms === undefined || Number.isNaN(ms)
    ? '-'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${ms.toFixed(1)} ms`;
const fmtKB = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const fmtMB = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const fmtCount = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);
const indent = (text, n = 4) => text.replace(/^/gm, ' '.repeat(n));

// Last, so every helper above is initialised.
if (process.argv[2] === '--core-case') {
  await coreCase(JSON.parse(process.argv[3]));
} else if (process.argv[2] === '--sequential-client') {
  await sequentialClient(JSON.parse(process.argv[3]));
} else if (process.argv[2] === '--rest') {
  await restOnly();
} else if (process.argv[2] === '--peers') {
  await (
    await import('./peers.mjs')
  ).peersOnly(process.argv.slice(3), { baseEnv, run, readOutputs });
} else {
  await main();
}
