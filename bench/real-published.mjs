/**
 * `base: published` on a real project's history: every image of its matrix
 * file published at tag A (a real registry on 127.0.0.1, nothing else
 * reached), then planned for tag B. The build set must equal `plan --base A
 * --head B`, and every other image is promoted. Without `rules` in the file,
 * the rules `backend-matrix init` proposes are used. Works in a temporary
 * shared clone, so the clone passed is untouched.
 *
 *   npm run build && node bench/real-published.mjs <clone> <tag A> <tag B>
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { imagesOf, publish, startRegistry } from './published.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
// LocalAI's single-arch list is over one job matrix's 256 jobs.
const SHARDS = ['--singlearch-shards', '4'];
const [clone, A, B] = process.argv.slice(2);
if (!clone || !A || !B) {
  console.error('usage: node bench/real-published.mjs <clone> <tag A> <tag B>');
  process.exit(2);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'bma-real-published-'));
const dir = path.join(tmp, 'repo');
const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const cli = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { ...process.env, HOME: tmp, DOCKER_CONFIG: tmp },
    encoding: 'utf8',
    maxBuffer: 1e9,
  });
  if (r.status !== 0) throw new Error(`backend-matrix ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
let registry;
try {
  execFileSync('git', ['clone', '-q', '--shared', path.resolve(clone), dir]);
  const [ra, rb] = [A, B].map((r) => git('rev-parse', `${r}^{commit}`));
  git('checkout', '-q', rb);
  const matrix = path.join(dir, '.github', 'backend-matrix.yml');
  if (!/^rules:/m.test(readFileSync(matrix, 'utf8'))) cli('init', '--write');
  const images = imagesOf(readFileSync(matrix, 'utf8'));
  registry = await startRegistry(process.env.DOCKER_REGISTRY || 'docker-registry', tmp);
  await publish(registry.url, images, () => ra);
  const ref = `${registry.url.replace(/^http:\/\//, '')}/bench/images:master{tag-suffix}`;
  const published = JSON.parse(
    cli('plan', '--base', 'published', '--published-image', ref, '--format', 'json', ...SHARDS),
  );
  const diffed = JSON.parse(cli('plan', '--base', ra, '--head', rb, '--format', 'json', ...SHARDS));
  const built = (p) => [...new Set(p.selected.map((s) => s['tag-suffix']))].sort();
  const same = JSON.stringify(built(published)) === JSON.stringify(built(diffed));
  console.log(
    `${images.size} images published at ${A}, planned for ${B}: ${built(published).length} built, ${published.promoted.length} promoted; plan --base ${A} --head ${B} builds ${built(diffed).length}; same build set: ${same}`,
  );
  process.exitCode =
    same && built(published).length + published.promoted.length === images.size ? 0 : 1;
} finally {
  registry?.child.kill();
  rmSync(tmp, { recursive: true, force: true });
}
