/**
 * Our schema verdicts against a real project's own: for every commit of a
 * LocalAI clone that edits backend/backend.proto, `compareSchemas(parent,
 * commit)` next to LocalAI's `protoChangeIsAdditive` (imported from the
 * clone, never copied), then the file-option edits that must be breaking,
 * made on the clone's current schema. Reads only the clone: no network.
 *
 *   npx tsc -p tsconfig.bench.json   # the core as plain JS in bench/out (done here when missing)
 *   node bench/real-schema-verdicts.mjs <path-to-LocalAI-clone>
 *
 * Prints each disagreement (ours, theirs, our summary) and the totals; exits
 * 1 when we call additive an edit LocalAI calls breaking, or when a
 * constructed breaking edit is not breaking.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORE = path.join(ROOT, 'bench/out/src/core/proto-diff.js');
const PROTO = 'backend/backend.proto';

const clone = process.argv[2];
if (!clone) {
  console.error('usage: node bench/real-schema-verdicts.mjs <path-to-LocalAI-clone>');
  process.exit(2);
}
const filterModule = ['scripts/lib/backend-filter.mjs', 'scripts/changed-backends.js']
  .map((f) => path.resolve(clone, f))
  .find(existsSync);
if (!filterModule) {
  console.error(
    `${clone} has neither scripts/lib/backend-filter.mjs nor scripts/changed-backends.js`,
  );
  process.exit(2);
}
if (!existsSync(CORE)) {
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.bench.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (!existsSync(CORE)) process.exit(tsc.status ?? 1);
}

const { compareSchemas } = await import(pathToFileURL(CORE).href);
const { protoChangeIsAdditive } = await import(pathToFileURL(filterModule).href);
if (typeof protoChangeIsAdditive !== 'function') {
  console.error(`${filterModule} exports no protoChangeIsAdditive`);
  process.exit(2);
}

const git = (...args) =>
  execFileSync('git', ['-C', clone, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
/** The file at `rev`, or undefined when that commit has none. */
const show = (rev) => {
  try {
    return git('cat-file', 'blob', `${rev}:${PROTO}`);
  } catch {
    return undefined;
  }
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const commits = git('log', '--format=%H', '--', PROTO).trim().split('\n').filter(Boolean);
const totals = { commits: commits.length, compared: 0, agree: 0, bothAdditive: 0, bothBreaking: 0 };
const disagreements = [];
const times = [];
for (const sha of commits) {
  const parent = git('rev-list', '--max-count=1', '--skip=1', sha).trim() || undefined;
  const before = parent && show(parent);
  const after = show(sha);
  const subject = git('log', '-1', '--format=%s', sha).trim();
  if (before === undefined || after === undefined) {
    console.log(
      `${sha.slice(0, 10)} ${before === undefined ? 'adds' : 'deletes'} ${PROTO}: both build everything (${subject})`,
    );
    continue;
  }
  totals.compared++;
  const t0 = performance.now();
  const ours = compareSchemas(before, after);
  times.push(performance.now() - t0);
  const theirs = protoChangeIsAdditive(before, after);
  if (ours.additive === theirs) {
    totals.agree++;
    totals[theirs ? 'bothAdditive' : 'bothBreaking']++;
    continue;
  }
  disagreements.push({ sha, subject, ours, theirs });
}

console.log(
  `\n${PROTO}: ${totals.commits} commits edit it; ${totals.compared} compared with their first parent`,
);
console.log(
  `agree: ${totals.agree} (${totals.bothAdditive} additive, ${totals.bothBreaking} breaking); disagree: ${disagreements.length}; comparison median ${median(times).toFixed(1)} ms, slowest ${Math.max(0, ...times).toFixed(1)} ms (the first warms the JIT up)`,
);
let unsafe = 0;
for (const d of disagreements) {
  const side = d.ours.additive
    ? 'WE SAY ADDITIVE, LocalAI breaking'
    : 'we say breaking, LocalAI additive';
  if (d.ours.additive) unsafe++;
  console.log(`- ${d.sha.slice(0, 10)} ${side}: ${d.ours.summary}\n    ${d.subject}`);
}

// File-option edits on the clone's current schema: each must be breaking.
const head = show('HEAD');
const edits = [];
if (head) {
  const option = (name) => new RegExp(`^option\\s+${name}\\s*=[^;]*;\\n`, 'm');
  const goPackage = /^option\s+go_package\s*=\s*"([^"]*)"/m.exec(head)?.[1];
  if (goPackage)
    edits.push(['go_package changed', head.replace(`"${goPackage}"`, `"${goPackage}v2"`), false]);
  for (const name of ['java_outer_classname', 'java_package', 'java_multiple_files', 'go_package'])
    if (option(name).test(head))
      edits.push([`option ${name} removed`, head.replace(option(name), ''), false]);
  edits.push([
    'a new file option',
    head.replace(/^package /m, 'option cc_enable_arenas = true;\npackage '),
    true,
  ]);
  edits.push([
    'file options moved after package',
    head.replace(/^((?:option [^;]*;\n)+)\n?(package [^;]*;\n)/m, '$2$1'),
    true,
  ]);
}
console.log(`\nedits made on ${PROTO} at HEAD (${git('rev-parse', '--short', 'HEAD').trim()}):`);
let wrong = 0;
for (const [what, text, additive] of edits) {
  const ours = compareSchemas(head, text);
  const theirs = protoChangeIsAdditive(head, text);
  const ok = ours.additive === additive && text !== head;
  if (!ok) wrong++;
  console.log(
    `- ${what}: ${ours.additive ? 'additive' : 'breaking'} (${ours.summary}); LocalAI: ${theirs ? 'additive' : 'breaking'}${ok ? '' : '  <-- WRONG'}`,
  );
}
process.exit(unsafe || wrong ? 1 : 0);
