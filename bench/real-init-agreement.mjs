#!/usr/bin/env node
/**
 * How far `init`'s proposed rules agree with a project's own hand-written
 * filter, commit by commit, on the project's real tree and history. Written
 * for LocalAI (github.com/mudler/LocalAI), whose filter lives in
 * scripts/lib/backend-filter.mjs; it is imported from the clone you pass and
 * used as the oracle, never copied. No network.
 *
 *   node bench/real-init-agreement.mjs <LocalAI-clone> [--commits 200] [--cli dist/cli/index.js] [--json]
 *
 * It works in a temporary clone (`git clone --shared`, the given clone is not
 * touched): strips `rules` from the matrix file, runs the built CLI's
 * `init --write` there, then `replay` over the last N first-parent commits,
 * and for each commit compares the entries those rules select with what the
 * oracle's `filterMatrix` selects for the same changed files (renames as
 * delete + add), the same schema revisions and the same matrix-entry edits.
 *
 * Every commit where the proposed rules build less is classified by the file
 * the oracle saw: in the entry's own directory (the oracle's path for it), in
 * a source its Dockerfile names (COPY/ADD/bind mount, other than the whole
 * context), or elsewhere (a file only the project's own knowledge ties to the
 * entry). The first two must be zero.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument, parse } from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const MATRIX = '.github/backend-matrix.yml';
const PROTO = 'backend/backend.proto';
const FILTER = 'scripts/lib/backend-filter.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    commits: { type: 'string', default: '200' },
    cli: { type: 'string', default: path.join(here, '..', 'dist', 'cli', 'index.js') },
    json: { type: 'boolean' },
    keep: { type: 'boolean' },
  },
});
if (positionals.length !== 1) {
  console.error(
    'usage: node bench/real-init-agreement.mjs <LocalAI-clone> [--commits 200] [--cli F] [--json]',
  );
  process.exit(2);
}
const clone = path.resolve(positionals[0]);
const commits = Number(values.commits);
const cli = path.resolve(values.cli);
for (const f of [MATRIX, FILTER]) {
  if (!existsSync(path.join(clone, f))) {
    console.error(`${clone} has no ${f}: pass a clone of LocalAI`);
    process.exit(2);
  }
}
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(2);
}

const git = (cwd, ...args) =>
  execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
const gitMaybe = (cwd, ...args) => {
  try {
    return git(cwd, ...args);
  } catch {
    return undefined;
  }
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'init-agreement-'));
const work = path.join(tmp, 'repo');
try {
  execFileSync('git', ['clone', '-q', '--shared', clone, work], { stdio: 'ignore' });

  // The matrix without rules, so init proposes them from scratch.
  const matrixPath = path.join(work, MATRIX);
  const doc = parseDocument(readFileSync(matrixPath, 'utf8'));
  const hadRules = doc.has('rules');
  if (hadRules) {
    doc.delete('rules');
    writeFileSync(matrixPath, doc.toString({ lineWidth: 0 }));
  }

  const t0 = process.hrtime.bigint();
  let initErr = '';
  try {
    execFileSync(process.execPath, [cli, 'init', '--write'], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (e) {
    initErr = String(e.stderr ?? e);
    if (!readFileSync(matrixPath, 'utf8').includes('\nrules:')) {
      console.error(`init --write failed:\n${initErr}`);
      process.exit(1);
    }
  }
  const initMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const reportFile = path.join(tmp, 'replay.json');
  execFileSync(
    process.execPath,
    [cli, 'replay', '--max-commits', String(commits), '--format', 'json', '--output', reportFile],
    { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));

  const matrix = parse(readFileSync(matrixPath, 'utf8'), { merge: true });
  const includes = matrix.include ?? [];
  const includesDarwin = matrix.includeDarwin ?? [];
  const oracle = await import(pathToFileURL(path.join(clone, FILTER)).href);

  const key = (e, os) => `${os}:${e['tag-suffix'] ?? ''}/${e['platform-tag'] ?? ''}`;
  const everyone = [
    ...includes.map((e) => key(e, 'linux')),
    ...includesDarwin.map((e) => key(e, 'darwin')),
  ];
  const entryKey = (e) => JSON.stringify([e['tag-suffix'] || '', e['platform-tag'] || '']);
  const fingerprint = (e) =>
    JSON.stringify(
      Object.keys(e)
        .sort()
        .map((k) => [k, e[k]]),
    );

  /** Keys of entries a commit added or changed in the matrix file (the replay's reading). */
  function editedKeys(sha, parent) {
    const before = gitMaybe(clone, 'show', `${parent}:${MATRIX}`);
    const after = gitMaybe(clone, 'show', `${sha}:${MATRIX}`);
    if (before === undefined || after === undefined) return undefined;
    let a, b;
    try {
      b = parse(before, { merge: true }) ?? {};
      a = parse(after, { merge: true }) ?? {};
    } catch {
      return undefined;
    }
    const out = new Set();
    for (const list of ['include', 'includeDarwin']) {
      const old = new Map((b[list] ?? []).map((e) => [entryKey(e), fingerprint(e)]));
      for (const e of a[list] ?? [])
        if (old.get(entryKey(e)) !== fingerprint(e)) out.add(entryKey(e));
    }
    return out;
  }

  // Dockerfile sources, read independently of the product: COPY/ADD (not --from) and bind mounts.
  const dockerSources = new Map();
  function sourcesOf(e) {
    const df = String(e.dockerfile ?? '').replace(/^\.\//, '');
    if (!df) return [];
    if (!dockerSources.has(df)) {
      const text = readFileSync(path.join(work, df), 'utf8').replace(/\\\n/g, ' ');
      const out = [];
      for (const line of text.split('\n')) {
        const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
        if (m && !/--from/.test(m[2])) {
          const words = m[2].split(/\s+/).filter((w) => w && !w.startsWith('--'));
          out.push(...words.slice(0, -1));
        }
        for (const b of line.matchAll(/type=bind[^\s]*?source=([^,\s]+)/g)) out.push(b[1]);
      }
      dockerSources.set(df, out);
    }
    const fields = new Map(
      Object.entries(e).map(([k, v]) => [k.toLowerCase().replace(/[-_]/g, ''), String(v)]),
    );
    return dockerSources
      .get(df)
      .map((s) =>
        s.replace(
          /\$\{?(\w+)\}?/g,
          (_, name) => fields.get(name.toLowerCase().replace(/_/g, '')) ?? '*',
        ),
      )
      .map((s) => s.replace(/^\.\//, '').replace(/\/$/, ''))
      .filter((s) => s !== '' && s !== '.' && !s.includes('*'));
  }
  const ownDir = (e, os) =>
    os === 'linux' ? oracle.inferBackendPath(e) : oracle.inferBackendPathDarwin(e);

  const tally = { exact: 0, more: 0, less: 0, lessOwnDir: 0, lessDockerfile: 0, lessOther: 0 };
  const jobs = { ours: 0, theirs: 0 };
  const lessCommits = [];
  const moreCommits = [];
  for (const c of report.commits) {
    if (!c.parent) continue;
    const files = git(clone, 'diff', '--no-renames', '--name-only', c.parent, c.sha)
      .split('\n')
      .filter(Boolean);
    let previousMatrix = null;
    if (files.includes(MATRIX)) {
      const edited = editedKeys(c.sha, c.parent);
      if (edited)
        previousMatrix = {
          include: includes.filter((e) => !edited.has(entryKey(e))),
          includeDarwin: includesDarwin.filter((e) => !edited.has(entryKey(e))),
        };
    }
    let protoRevisions = null;
    if (files.includes(PROTO)) {
      const previous = gitMaybe(clone, 'show', `${c.parent}:${PROTO}`);
      const current = gitMaybe(clone, 'show', `${c.sha}:${PROTO}`);
      if (previous !== undefined && current !== undefined) protoRevisions = { previous, current };
    }
    const { filtered, filteredDarwin } = oracle.filterMatrix({
      includes,
      includesDarwin,
      changedFiles: files,
      previousMatrix,
      protoRevisions,
    });
    const theirs = new Set([
      ...filtered.map((e) => key(e, 'linux')),
      ...filteredDarwin.map((e) => key(e, 'darwin')),
    ]);
    const ours = new Set(
      c.runAll
        ? everyone
        : c.selected.map((s) => `${s.os}:${s['tag-suffix']}/${s['platform-tag']}`),
    );
    jobs.ours += ours.size;
    jobs.theirs += theirs.size;
    const missing = [...theirs].filter((k) => !ours.has(k));
    const extra = [...ours].filter((k) => !theirs.has(k));
    if (!missing.length && !extra.length) tally.exact++;
    else if (!missing.length) {
      tally.more++;
      moreCommits.push({ sha: c.sha.slice(0, 10), extra: extra.length, subject: c.subject });
    } else {
      tally.less++;
      // Why the oracle selected each missing entry: which of its files lies where.
      const kinds = new Set();
      const detail = [];
      for (const [list, osName] of [
        [filtered, 'linux'],
        [filteredDarwin, 'darwin'],
      ]) {
        for (const e of list) {
          if (ours.has(key(e, osName))) continue;
          const dir = ownDir(e, osName);
          const srcs = osName === 'linux' ? sourcesOf(e) : [];
          const inDir = dir && files.some((f) => f.startsWith(dir));
          const inSrc = files.some((f) => srcs.some((s) => f === s || f.startsWith(`${s}/`)));
          const kind = inDir ? 'own-directory' : inSrc ? 'dockerfile-source' : 'other';
          kinds.add(kind);
          if (detail.length < 3) detail.push(`${key(e, osName)} (${kind})`);
        }
      }
      if (kinds.has('own-directory')) tally.lessOwnDir++;
      else if (kinds.has('dockerfile-source')) tally.lessDockerfile++;
      else tally.lessOther++;
      lessCommits.push({
        sha: c.sha.slice(0, 10),
        missing: missing.length,
        extra: extra.length,
        kinds: [...kinds],
        files: files.slice(0, 4),
        detail,
        subject: c.subject,
      });
    }
  }

  const total = tally.exact + tally.more + tally.less;
  const result = {
    clone,
    head: git(clone, 'rev-parse', '--short', 'HEAD').trim(),
    hadRules,
    entries: { linux: includes.length, darwin: includesDarwin.length },
    initMs: Math.round(initMs),
    commits: total,
    jobsPerCommit: {
      ours: Math.round((jobs.ours / total) * 10) / 10,
      theirs: Math.round((jobs.theirs / total) * 10) / 10,
      everything: everyone.length,
    },
    replay: report.rules.summary.jobsPerCommit.total,
    sources: (matrix.rules?.sources ?? []).length,
    shared: (matrix.rules?.shared ?? []).length,
    ...tally,
    lessCommits,
    moreCommits: moreCommits.slice(0, 20),
  };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `init on ${path.basename(clone)}@${result.head} (${includes.length} Linux + ${includesDarwin.length} macOS entries${hadRules ? ', rules stripped' : ''}): ${result.initMs} ms`,
    );
    console.log(
      `proposed: ${result.sources} sources rules, ${result.shared} shared rules; replay of them: jobs per commit mean ${result.replay.mean.toFixed(1)}, median ${result.replay.median}, p90 ${result.replay.p90}, max ${result.replay.max} (of ${everyone.length})`,
    );
    console.log(
      `jobs per commit: init's rules ${result.jobsPerCommit.ours}, the project's filter ${result.jobsPerCommit.theirs}`,
    );
    console.log(`${total} first-parent commits compared with ${FILTER}:`);
    console.log(`  agree exactly   ${tally.exact}`);
    console.log(`  build more      ${tally.more}`);
    console.log(`  build less      ${tally.less}`);
    console.log(`    a file in the entry's own directory   ${tally.lessOwnDir}`);
    console.log(`    a file its Dockerfile names           ${tally.lessDockerfile}`);
    console.log(`    other (not provable from the tree)    ${tally.lessOther}`);
    for (const l of lessCommits)
      console.log(
        `  less ${l.sha} -${l.missing}/+${l.extra} [${l.kinds.join(',')}] ${l.files.join(' ')}${l.files.length < 4 ? '' : ' …'} :: ${l.detail.join('; ')}`,
      );
    for (const m of moreCommits.slice(0, 20))
      console.log(`  more ${m.sha} +${m.extra} ${m.subject.slice(0, 70)}`);
  }
  if (tally.lessOwnDir || tally.lessDockerfile) process.exitCode = 1;
} finally {
  if (values.keep) console.error(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
