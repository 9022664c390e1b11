/**
 * How long `compareSchemas` takes on hostile and large schemas: over the
 * bounds (answered by the linear scan, never parsed) and at them (the slowest
 * inputs the bounds let through to protobufjs). A measurement, not a test.
 *
 *   npx tsc -p tsconfig.bench.json   # the core as plain JS in bench/out (done here when missing)
 *   node bench/schema-bounds.mjs
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORE = path.join(ROOT, 'bench/out/src/core/proto-diff.js');
if (!existsSync(CORE)) {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.bench.json'], { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(CORE)) process.exit(1);
}
const { compareSchemas } = await import(pathToFileURL(CORE).href);

const FILE = 'syntax = "proto3";\npackage backend;\n';
const message = (name, n, prefix = 'f') =>
  `message ${name} {\n${Array.from({ length: n }, (_, i) => `  int32 ${prefix}${i + 1} = ${i + 1};`).join('\n')}\n}\n`;
const messages = (k, n, prefix) =>
  FILE + Array.from({ length: k }, (_, m) => message(`M${m}`, n, prefix)).join('');

const cases = [
  ['20,000 fields in one message (over the bound)', FILE, FILE + message('Huge', 20_000)],
  ['100,000 fields in one message (over the bound)', FILE, FILE + message('Huge', 100_000)],
  [
    '7,000 small messages, 21,000 declarations (over the bound)',
    FILE,
    FILE +
      Array.from({ length: 7_000 }, (_, i) => `message M${i} { int32 a = 1; int32 b = 2; }\n`).join(
        '',
      ),
  ],
  [
    '19 messages of 999 fields, one added (within the bounds)',
    messages(19, 999),
    messages(19, 999) + message('X', 1),
  ],
  [
    '19 messages of 999 fields, all renamed (within the bounds)',
    messages(19, 999),
    messages(19, 999, 'g'),
  ],
];

const best = (f, runs = 3) => {
  let ms = Infinity;
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, out };
};
for (const [what, base, head] of cases) {
  const { ms, out } = best(() => compareSchemas(base, head));
  const summary = out.summary.length > 110 ? `${out.summary.slice(0, 110)}…` : out.summary;
  console.log(
    `${what}: ${(head.length / 1024).toFixed(0)} KB, ${ms.toFixed(0)} ms, ${out.additive ? 'additive' : 'breaking'} (${summary})`,
  );
}
