/**
 * How long loading a matrix file takes (parse with `yaml`, validate), in
 * process: the example, generated 520- and 10k-entry files, and the peak RSS
 * of a fresh process loading a 100k-entry file. A measurement, not a test.
 *
 *   npx tsc -p tsconfig.bench.json   # the core as plain JS in bench/out
 *   node bench/yaml-load.mjs
 *
 * "first" is the first load in a fresh process (what a CI step pays); "best"
 * the fastest of several loads after it, with the JIT warm.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateMatrix } from './generate-matrix.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORE = pathToFileURL(path.join(ROOT, 'bench/out/src/core/matrix-file.js')).href;
const YAML_SOURCE = pathToFileURL(path.join(ROOT, 'bench/out/src/core/yaml-source.js')).href;
// As the CLI does: any matrix file reads, whether or not it is plain.
await (await import(YAML_SOURCE)).loadYaml();

const [mode, linux, darwin] = process.argv.slice(2);
if (mode === '--child') {
  // One load in this process, for its time and peak RSS.
  const { loadMatrixFile } = await import(CORE);
  const text = generateMatrix({ linux: Number(linux), darwin: Number(darwin), seed: 1 }).text;
  const t0 = performance.now();
  const m = loadMatrixFile(text, 'm.yml');
  const ms = performance.now() - t0;
  const entries = m.linux.length + m.darwin.length;
  console.log(
    JSON.stringify({ ms, entries, bytes: text.length, rssKB: process.resourceUsage().maxRSS }),
  );
  process.exit(0);
}

const { loadMatrixFile } = await import(CORE);
const cases = [
  [
    'examples/backend-matrix.yml',
    readFileSync(path.join(ROOT, 'examples/backend-matrix.yml'), 'utf8'),
  ],
  ['generated 460 + 60 entries', generateMatrix({ linux: 460, darwin: 60, seed: 1 }).text],
  ['generated 9,000 + 1,000 entries', generateMatrix({ linux: 9000, darwin: 1000, seed: 1 }).text],
];
console.log(`node ${process.version}; load = YamlSource.parse + validation (loadMatrixFile)`);
for (const [name, text] of cases) {
  const times = [];
  let problems = 0;
  for (let i = 0; i < (text.length > 1e6 ? 4 : 11); i++) {
    const t0 = performance.now();
    problems = loadMatrixFile(text, 'm.yml').problems.length;
    times.push(performance.now() - t0);
  }
  const [first, ...rest] = times;
  console.log(
    `${name}: ${(text.length / 1024).toFixed(0)} KB, first ${first.toFixed(0)} ms, best ${Math.min(...rest).toFixed(0)} ms (${problems} problems)`,
  );
}
const child = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.url), '--child', '90000', '10000'],
  {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  },
);
if (child.status !== 0)
  console.log(`100k entries: the child failed: ${child.stderr.slice(0, 500)}`);
else {
  const r = JSON.parse(child.stdout);
  console.log(
    `generated 90,000 + 10,000 entries: ${(r.bytes / 1e6).toFixed(1)} MB, load ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.rssKB / 1024).toFixed(0)} MB (fresh process, ${r.entries} entries)`,
  );
}
