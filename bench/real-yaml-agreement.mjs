#!/usr/bin/env node
/**
 * Whether YamlSource's two readings agree on every revision of a project's
 * real matrix file: js-yaml's events (the fast path, for plain documents)
 * and yaml's document model (the reference). Written for LocalAI
 * (github.com/mudler/LocalAI); any clone with a `.github/backend-matrix.yml`
 * history will do. The clone is only read (`git log`, `git show`), and no
 * file of it is copied anywhere.
 *
 *   node bench/real-yaml-agreement.mjs <clone> [--commits N] [--all]
 *
 * --commits N takes the newest N revisions of the file (default: all of
 * them in HEAD's history); --all takes them from every branch and tag. A
 * bare clone works too.
 *
 * How the TypeScript runs: tsc compiles __tests__/support/yaml-readings.ts
 * (the comparison the jest suite yaml-fast-path uses) and what it imports
 * from src/ into a temporary directory, with this checkout's
 * tsconfig.bench.json, and links that directory's node_modules to this
 * checkout's; the directory is removed at the end. Compares as the suite
 * does: the error, the value (key order, own properties), the warnings,
 * `locate` of every path (node and key, and stray steps), `alteredNumbers`
 * and `position`. Prints the counts; exits 1 on any difference.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MATRIX = '.github/backend-matrix.yml';
const READINGS = '__tests__/support/yaml-readings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { commits: { type: 'string' }, all: { type: 'boolean' } },
});
if (positionals.length !== 1) {
  console.error('usage: node bench/real-yaml-agreement.mjs <clone> [--commits N] [--all]');
  process.exit(2);
}
const clone = path.resolve(positionals[0]);
const git = (...args) =>
  execFileSync('git', ['-C', clone, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });

const scope = values.all ? ['--all'] : [];
let revisions = git('log', ...scope, '--format=%H', '--', MATRIX)
  .split('\n')
  .filter(Boolean);
if (!revisions.length) {
  console.error(`${clone} has no history of ${MATRIX}`);
  process.exit(2);
}
if (values.commits) revisions = revisions.slice(0, Number(values.commits));

const readings = await compileReadings();
const { readingDifferences, takesFastPath } = readings.module;

const counts = { revisions: 0, absent: 0, fastPath: 0, yamlPath: 0, agree: 0, differ: 0 };
let bytes = 0;
for (const rev of revisions) {
  let text;
  try {
    text = git('show', `${rev}:${MATRIX}`);
  } catch {
    counts.absent++; // the commit deleted the file
    continue;
  }
  counts.revisions++;
  bytes += text.length;
  if (takesFastPath(text)) counts.fastPath++;
  else counts.yamlPath++;
  const differences = readingDifferences(text);
  if (differences.length === 0) {
    counts.agree++;
    continue;
  }
  counts.differ++;
  console.log(`${rev.slice(0, 12)}: ${differences.length} differences`);
  for (const d of differences.slice(0, 5)) console.log(`  ${d}`);
}
readings.remove();

console.log(
  `${MATRIX} in ${clone}: ${counts.revisions} revisions (${(bytes / counts.revisions / 1024).toFixed(0)} KB on average)` +
    `${counts.absent ? `, ${counts.absent} commits without the file` : ''}`,
);
console.log(
  `fast path (js-yaml events): ${counts.fastPath}; yaml path: ${counts.yamlPath}; ` +
    `readings agree: ${counts.agree}; differ: ${counts.differ}`,
);
process.exit(counts.differ ? 1 : 0);

/** The comparison module, compiled into a temporary directory that resolves packages here. */
async function compileReadings() {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    console.error(`${tsc} is missing: run npm install first`);
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yaml-agreement-'));
  const out = path.join(dir, 'out');
  const config = path.join(dir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.bench.json'),
      compilerOptions: { outDir: out, rootDir: ROOT },
      include: [],
      files: [path.join(ROOT, READINGS)],
    }),
  );
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    // One link serves both: tsc finds the types, node the packages, by walking up from `out`.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    execFileSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit' });
    const compiled = path.join(out, READINGS.replace(/\.ts$/, '.js'));
    // The reference reading needs yaml's document model, which loads on demand.
    const source = path.join(out, 'src', 'core', 'yaml-source.js');
    await (await import(pathToFileURL(source).href)).loadYaml();
    return { module: await import(pathToFileURL(compiled).href), remove };
  } catch (err) {
    remove();
    throw err;
  }
}
