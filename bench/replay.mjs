/**
 * Benchmark of `backend-matrix replay` (target: 1,000 commits on a 520-entry
 * matrix under 10 s; README, Performance): generates a repository with
 * `git fast-import` and times the bundled CLI on it, end to end.
 *
 *   node bench/replay.mjs [commits] [rounds]     (standalone)
 *   import { benchReplay } from './replay.mjs'    (from bench/run.mjs)
 *
 * The history mixes what a real one holds: backend source edits, shared
 * files, docs, Dockerfile edits, a matrix edit every 25 commits, an additive
 * `.proto` edit (guarded by `unless: additive-proto`) every 40, and a merge of
 * a side branch every 50. Deterministic for a given commit count.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMatrix } from './generate-matrix.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** BENCH_REPLAY_CLI: another bundle to time (default dist/cli/index.js). */
const CLI = process.env.BENCH_REPLAY_CLI ?? path.join(ROOT, 'dist', 'cli', 'index.js');
const MATRIX_PATH = '.github/backend-matrix.yml';
const TARGET_MS = 10_000;

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: os.devNull,
};

/** A proto with `n` messages: each edit adds one, which `unless: additive-proto` lets off. */
const proto = (n) =>
  `syntax = "proto3";\npackage backend;\n${Array.from(
    { length: n },
    (_, i) => `message M${i} { string name = 1; int32 size = ${i + 2}; }\n`,
  ).join('')}`;

/** The fast-import stream of a history of `commits` first-parent commits. */
export function historyStream(commits) {
  const fixture = generateMatrix({ linux: 460, darwin: 60, seed: 1 });
  const guarded = fixture.text.replace(
    '    - paths: ["backend/backend.proto"]\n      rebuild: all\n',
    '    - paths: ["backend/backend.proto"]\n      rebuild: all\n      unless: additive-proto\n',
  );
  const out = [];
  const data = (text) => {
    out.push(`data ${Buffer.byteLength(text)}\n${text}\n`);
  };
  let mark = 0;
  let time = 1_700_000_000;
  let mainTip;
  let matrixText = guarded;
  let protoSize = 3;
  const commit = (ref, message, files, { from, merge } = {}) => {
    mark++;
    time += 3600;
    out.push(`commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> ${time} +0000\n`);
    data(message);
    if (from) out.push(`from :${from}\n`);
    if (merge) out.push(`merge :${merge}\n`);
    for (const [file, text] of files) {
      out.push(`M 100644 inline ${file}\n`);
      data(text);
    }
    return mark;
  };
  mainTip = commit('refs/heads/main', 'initial import', [
    [MATRIX_PATH, matrixText],
    ['backend/backend.proto', proto(protoSize)],
    ['README.md', '# bench\n'],
  ]);
  for (let i = 1; i < commits; i++) {
    const files = fixture.changedFiles(1 + (i % 7)).map((f) => [f, `change ${i}\n`]);
    if (i % 25 === 0) {
      // Bump one entry's base image: a matrix edit selecting that entry (and its legs).
      matrixText = matrixText.replace(
        /base-image: "ubuntu:24\.04"/,
        `base-image: "ubuntu:24.04@r${i}"`,
      );
      files.push([MATRIX_PATH, matrixText]);
    }
    if (i % 40 === 0) files.push(['backend/backend.proto', proto(++protoSize)]);
    if (i % 97 === 0) files.push(['backend/Dockerfile.golang', `FROM golang:${i}\n`]);
    if (i % 50 === 0) {
      const side = commit(`refs/heads/side-${i}`, `side work ${i}`, files, { from: mainTip });
      mainTip = commit('refs/heads/main', `Merge branch side-${i}`, files, {
        from: mainTip,
        merge: side,
      });
      continue;
    }
    mainTip = commit('refs/heads/main', `commit ${i}: ${files[0][0]}`, files, { from: mainTip });
  }
  return { stream: out.join(''), matrixText };
}

/** A repository with `commits` first-parent commits, checked out at main. */
export function makeRepo(dir, commits) {
  const git = (args, input) => {
    const r = spawnSync('git', args, { cwd: dir, env: GIT_ENV, input, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  };
  git(['init', '-q', '-b', 'main']);
  git(['fast-import', '--quiet'], historyStream(commits).stream);
  git(['checkout', '-q', '-f', 'main']);
}

function time(args, cwd) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) =>
      resolve({ code, ms: Number(process.hrtime.bigint() - t0) / 1e6, stderr }),
    );
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Generates the repository, runs `replay` `rounds` times (after one warm-up)
 * and prints the median; returns `[name, ok, value]` for the targets list.
 */
export async function benchReplay({ commits = 1000, rounds = 5, log = console.log } = {}) {
  const name = `(5) replay ${commits} commits x 520 entries < 10 s`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backend-matrix-replay-'));
  try {
    const t0 = process.hrtime.bigint();
    makeRepo(dir, commits);
    const made = Number(process.hrtime.bigint() - t0) / 1e6;
    log(
      `\n(5) replay: generated ${commits} first-parent commits with git fast-import in ${made.toFixed(0)} ms`,
    );
    const args = ['replay', '--format', 'json', '--output', path.join(dir, 'report.json')];
    const times = [];
    for (let r = -1; r < rounds; r++) {
      const res = await time(args, dir);
      if (res.code !== 0) {
        log(
          `(5) replay: FAILED (exit ${res.code}): ${res.stderr.trim().split('\n').slice(-3).join(' | ')}`,
        );
        return [name, false, 'failed'];
      }
      if (r >= 0) times.push(res.ms);
    }
    const m = median(times);
    const ok = m < TARGET_MS;
    log(
      `(5) replay: node ${path.relative(ROOT, CLI)} replay --format json, ${rounds} runs: median ${(m / 1000).toFixed(2)} s (min ${(Math.min(...times) / 1000).toFixed(2)} s, max ${(Math.max(...times) / 1000).toFixed(2)} s)   target < 10 s   ${ok ? 'ok' : 'MISSED'}`,
    );
    return [name, ok, `${(m / 1000).toFixed(2)} s`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [commits = 1000, rounds = 5] = process.argv.slice(2).map(Number);
  await benchReplay({ commits, rounds });
}
