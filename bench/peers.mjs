/**
 * The peer comparison of `npm run bench`: this action against the tools a
 * user would pick instead, each run as its runner would run it (a fresh
 * `node` process, `INPUT_*` set from the tool's own action.yml defaults,
 * `GITHUB_*` variables, an event payload file), against one fake GitHub API
 * on loopback that delays every answer:
 *
 *   - dorny/paths-filter's released dist/index.js (`--paths-filter DIR`),
 *   - tj-actions/changed-files' released dist/index.js (`--changed-files DIR`),
 *   - LocalAI's own scripts/changed-backends.js (`--localai DIR`),
 *
 * on the motivating project's real matrix (`--matrix FILE`; when it has no
 * `rules` section, the rules `backend-matrix init` proposes for the `--localai`
 * tree are added; without `--localai`, the example's). The repository never
 * carries the peers: their paths are options. None of them can reach the
 * network: the actions read `GITHUB_API_URL`; LocalAI's script builds its
 * Octokit without a base URL, so it runs from a copy whose `@octokit/core`
 * is this project's, defaulted to the fake API (and refusing to start
 * without one).
 *
 * Events: pull requests of 100, 1,000 and 2,999 files, a push of 250 files
 * (every tool in one git checkout holding both commits: the path filters
 * have no API path for a push), and the `changed-files` input with no
 * network (against LocalAI's script on the same 100 files from an API that
 * answers at once: the script has no other way to be told the files).
 * Medians of interleaved rounds, peak RSS from /usr/bin/time. Every tool runs
 * on the bench's node, or on `--node PATH` (the actions declare node24).
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MATRIX_PATH = '.github/backend-matrix.yml';
const OWNER = 'acme';
const NAME = 'images';
const REPO = `${OWNER}/${NAME}`;
const PR = 42;
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const TOKEN = 'ghs_bench_not_a_real_token';
const TIME = '/usr/bin/time';

/** Reads `--name value` options. */
export function peerOptions(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const m =
      /^--(paths-filter|changed-files|localai|matrix|rounds|latency|only|baseline|node)$/.exec(
        argv[i],
      );
    if (m && argv[i + 1] !== undefined) o[m[1]] = argv[++i];
  }
  return o;
}

/**
 * Runs the comparison; pushes target lines onto `targets`. Returns quietly
 * (with a note) when no peer path was given.
 */
export async function benchPeers({
  options,
  tmp,
  dist,
  targets,
  quick,
  baseEnv,
  run,
  readOutputs,
}) {
  console.log('(6) against the peers, on the real matrix shape');
  if (!options.matrix || !existsSync(options.matrix)) {
    console.log(
      '    skipped: pass --matrix <LocalAI .github/backend-matrix.yml> and the peers (--paths-filter DIR --changed-files DIR --localai DIR)',
    );
    targets.push(['(6) peers', 'SKIPPED', 'no --matrix']);
    return;
  }
  if (!existsSync(dist)) {
    targets.push(['(6) peers', false, 'no dist/index.js']);
    return;
  }
  const rounds = Math.max(1, Number(options.rounds) || (quick ? 1 : 5));
  // The actions declare node24: `--node PATH` runs every tool on that binary, as GitHub's runners do.
  const node = options.node ? path.resolve(options.node) : process.execPath;
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const latency = options.latency === undefined ? 50 : Number(options.latency);
  const { load } = await import('js-yaml');
  const { startFakeApi } = await import('./fake-api.mjs');

  // ---- the matrix, and what the peers are told to filter by
  let text = readFileSync(options.matrix, 'utf8');
  let note = '';
  if (!/^rules:/m.test(text) && options.localai) {
    // What a maintainer adopting the action runs first: the rules `init` proposes for the tree.
    text = proposedRules(options.localai, text, path.join(tmp, 'init'));
    note =
      '; it has no `rules`, so the rules `backend-matrix init` proposes for the --localai tree are added';
  } else if (!/^rules:/m.test(text)) {
    const example = readFileSync(path.join(ROOT, 'examples/backend-matrix.yml'), 'utf8');
    text = `${text.replace(/\n*$/, '\n')}\n${example.slice(example.search(/^rules:/m))}`;
    note = '; it has no `rules`, so the example matrix file`s rules are appended';
  }
  const parsed = load(text);
  const linux = parsed.include ?? [];
  const darwin = parsed.includeDarwin ?? [];
  const single = linux.filter((e) => !e['platform-tag']).length;
  const shards = Math.max(1, Math.ceil(single / 256));
  const filters = backendFilters(linux, darwin);
  console.log(
    `    matrix: ${options.matrix} (${linux.length} Linux, ${darwin.length} macOS entries, ${fmtKB(Buffer.byteLength(text))})${note}; singlearch-shards ${shards}`,
  );
  console.log(
    `    the path filters get one filter per backend (${filters.size}), its directory under backend/, as LocalAI's script infers it`,
  );

  // ---- the changed files: real paths of the project when --localai is given
  const repoFiles = options.localai ? gitFiles(options.localai) : [];
  const pick = changedFilePicker(repoFiles);

  // ---- workspaces
  const ws = path.join(tmp, 'peers');
  rmSync(ws, { recursive: true, force: true });
  const plain = path.join(ws, 'checkout');
  mkdirSync(path.join(plain, '.github'), { recursive: true });
  writeFileSync(path.join(plain, MATRIX_PATH), text);
  const filtersYaml = [...filters]
    .map(([b, globs]) => `${JSON.stringify(b)}:\n${globs.map((g) => `  - '${g}'`).join('\n')}`)
    .join('\n');
  writeFileSync(path.join(ws, 'filters.yml'), `${filtersYaml}\n`);
  const localai = options.localai ? localaiCopy(options.localai, plain) : undefined;

  const tools = [
    { name: 'this action', id: 'self', dir: ROOT, main: dist },
    // Another build of this action (`--baseline path/to/dist/index.js`), to show a change.
    options.baseline && {
      name: 'this action, baseline',
      id: 'baseline',
      dir: ROOT,
      main: path.resolve(options.baseline),
    },
    options['paths-filter'] && {
      name: 'dorny/paths-filter',
      id: 'paths-filter',
      dir: options['paths-filter'],
    },
    options['changed-files'] && {
      name: 'tj-actions/changed-files',
      id: 'changed-files',
      dir: options['changed-files'],
    },
    localai && { name: "LocalAI's changed-backends.js", id: 'localai', script: localai },
  ].filter(Boolean);
  for (const t of tools) {
    if (t.dir) {
      t.main ??= path.join(t.dir, 'dist', 'index.js');
      t.defaults = actionDefaults(t.dir);
      t.version = t.id === 'baseline' ? options.baseline : gitDescribe(t.dir);
    } else t.version = gitDescribe(options.localai);
  }
  console.log(`    peers: ${tools.map((t) => `${t.name} ${t.version}`).join('; ')}`);
  console.log(
    `    every response ${latency} ms late; ${rounds} round(s) after 1 warm-up, each round runs every tool once, order rotating; CPU time (user + sys) and peak RSS from ${TIME}; every tool runs on node ${nodeVersion}${options.node ? '' : " (the actions declare node24: pass --node PATH to a Node 24 binary to compare as GitHub's runners do)"}`,
  );

  const events = [
    { name: 'PR, 100 files', kind: 'pr', files: pick(100, 'backend'), latency },
    { name: 'PR, 1,000 files', kind: 'pr', files: pick(1000), latency },
    { name: 'PR, 2,999 files', kind: 'pr', files: pick(2999), latency },
    { name: 'push, 250 files', kind: 'push', files: pick(250, 'backend'), latency },
    {
      name: 'changed-files input (no network)',
      kind: 'given',
      files: pick(100, 'backend'),
      latency: 0,
      only: ['self', 'localai'],
    },
  ];
  const only = options.only ? new Set(options.only.split(',')) : undefined;
  const results = [];
  for (const [i, ev] of events.entries()) {
    if (only && !only.has(String(i + 1))) continue;
    const dir = path.join(ws, `event-${i}`);
    mkdirSync(dir, { recursive: true });
    // Pushes: every tool plans in one git checkout (the path filters have no API path for a push).
    const history =
      ev.kind === 'push' ? gitHistory(path.join(dir, 'history'), text, ev.files) : undefined;
    const pushShas = history ?? { before: BASE, after: HEAD };
    const api = await startFakeApi({
      repo: REPO,
      number: PR,
      files: ev.files,
      latencyMs: ev.latency,
      compare:
        ev.kind === 'push'
          ? { base: pushShas.before, head: pushShas.after, files: ev.files }
          : undefined,
    });
    try {
      const payload = path.join(dir, 'event.json');
      writeFileSync(
        payload,
        JSON.stringify(ev.kind === 'push' ? pushPayload(pushShas) : prPayload(ev.files.length)),
      );
      const runs = tools
        .filter((t) => !ev.only || ev.only.includes(t.id === 'baseline' ? 'self' : t.id))
        .map((t) => ({
          tool: t,
          ...commandFor(t, ev, {
            dir,
            plain,
            history: history?.dir,
            head: pushShas.after,
            payload,
            api: api.url,
            shards,
            filtersFile: path.join(ws, 'filters.yml'),
            filtersYaml,
            baseEnv,
          }),
          times: [],
          rss: [],
          cpu: [],
        }));
      for (let r = -1; r < rounds; r++) {
        const order = runs.map((_, k) => runs[(k + Math.max(r, 0)) % runs.length]);
        for (const c of order) {
          if (c.failed) continue;
          writeFileSync(c.env.GITHUB_OUTPUT, '');
          writeFileSync(c.env.GITHUB_STEP_SUMMARY, '');
          api.resetStats();
          const rssFile = path.join(dir, 'rss.txt');
          // Peak RSS from GNU time when the machine has it.
          const [cmd, args] = existsSync(TIME)
            ? [TIME, ['-f', '%M %U %S', '-o', rssFile, node, ...c.args]]
            : [node, c.args];
          const res = await run(cmd, args, { cwd: c.cwd, env: c.env });
          if (res.code !== 0) {
            c.failed = `exit ${res.code}: ${(res.stderr + res.stdout).trim().split('\n').slice(-4).join(' | ')}`;
            continue;
          }
          if (r === -1) c.check = checkRun(c, api, res.stdout, readOutputs);
          if (r >= 0) {
            c.times.push(res.ms);
            const [rss, user, sys] = (existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '')
              .trim()
              .split('\n')
              .pop()
              .split(' ')
              .map(Number);
            c.rss.push(rss || 0);
            c.cpu.push(((user || 0) + (sys || 0)) * 1000);
          }
        }
      }
      results.push({ ev, runs });
      printEvent(ev, runs);
    } finally {
      await api.close();
    }
  }
  verdicts(results, targets);
}

function printEvent(ev, runs) {
  console.log(`    ${ev.name}${ev.latency ? '' : ' (fake API answers at once)'}:`);
  const width = Math.max(...runs.map((c) => c.tool.name.length)) + 2;
  const fastestPeer = peerMedian(runs);
  for (const c of runs) {
    if (c.failed) {
      console.log(`      ${c.tool.name.padEnd(width)}FAILED ${c.failed}`);
      continue;
    }
    const s = stats(c.times);
    const rel =
      c.tool.dir === ROOT && fastestPeer
        ? `  ${(s.median / fastestPeer.ms).toFixed(2)}x ${fastestPeer.name}`
        : '';
    const rss = Math.max(...c.rss);
    const cpu = stats(c.cpu).median;
    console.log(
      `      ${c.tool.name.padEnd(width)}${fmtMs(s.median).padStart(10)}  cpu ${(cpu ? fmtMs(cpu) : '-').padStart(7)}  peak RSS ${(rss ? fmtMB(rss) : '-').padStart(7)}   ${c.check}${rel}`,
    );
  }
}

function peerMedian(runs) {
  let best;
  for (const c of runs) {
    if (c.tool.dir === ROOT || c.failed || !c.times.length) continue;
    const ms = stats(c.times).median;
    if (!best || ms < best.ms) best = { ms, name: c.tool.name };
  }
  return best;
}

function verdicts(results, targets) {
  const limits = {
    'PR, 100 files': 1.0,
    'push, 250 files': 1.0,
    'PR, 2,999 files': 0.35,
    'changed-files input (no network)': 1.0,
  };
  console.log('    ratios (this action / fastest peer, medians of the same run):');
  for (const { ev, runs } of results) {
    const self = runs.find((c) => c.tool.id === 'self');
    const peer = peerMedian(runs);
    const limit = limits[ev.name];
    if (!self || self.failed || !peer) {
      if (limit !== undefined) targets.push([`(6) ${ev.name} <= ${limit}x`, false, 'not measured']);
      continue;
    }
    const r = stats(self.times).median / peer.ms;
    const line = `${r.toFixed(2)}x ${peer.name} (${fmtMs(stats(self.times).median)} vs ${fmtMs(peer.ms)})`;
    console.log(
      `      ${ev.name.padEnd(34)}${line}${limit === undefined ? '' : `   target <= ${limit}x`}`,
    );
    if (limit !== undefined) targets.push([`(6) ${ev.name} <= ${limit}x`, r <= limit, line]);
  }
}

/** What a tool did in its first run: the outputs it wrote and what it asked the fake API. */
function checkRun(c, api, stdout, readOutputs) {
  const out = readOutputs(c.env.GITHUB_OUTPUT);
  const asked = `${api.stats.requests} request(s)`;
  switch (c.tool.id) {
    case 'baseline':
    case 'self': {
      const backends = out['changed-backends'] ? JSON.parse(out['changed-backends']).length : 0;
      const rest =
        /REST API: [^\n]*/.exec(stdout)?.[0] ??
        /Building everything: [^\n]*/.exec(stdout)?.[0] ??
        'no REST API use';
      return `run-all=${out['run-all']}, ${backends} backends; ${asked}; ${rest}`;
    }
    case 'localai': {
      const yes = Object.entries(out).filter(([k, v]) => v === 'true' && !/^has-/.test(k));
      return `run-all=${out['run-all']}, ${yes.length - (out['run-all'] === 'true' ? 1 : 0)} backends; ${asked}`;
    }
    case 'paths-filter':
      return `${out.changes ? JSON.parse(out.changes).length : 0} filters matched; ${asked}`;
    case 'changed-files':
      return `${out.changed_keys ? out.changed_keys.split(/\s+/).filter(Boolean).length : 0} filters changed; ${asked}`;
    default:
      return asked;
  }
}

/** The child process for one tool and event, with the env its runner gives it. */
function commandFor(t, ev, o) {
  const output = path.join(o.dir, `output-${t.id}.txt`);
  const summary = path.join(o.dir, `summary-${t.id}.md`);
  const push = ev.kind === 'push';
  const env = {
    ...o.baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: push ? 'push' : 'pull_request',
    GITHUB_EVENT_PATH: o.payload,
    GITHUB_REPOSITORY: REPO,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_REF: push ? 'refs/heads/master' : `refs/pull/${PR}/merge`,
    GITHUB_SHA: push ? o.head : 'a'.repeat(40),
    GITHUB_BASE_REF: push ? '' : 'master',
    GITHUB_HEAD_REF: push ? '' : 'feature/bench',
    GITHUB_REF_NAME: push ? 'master' : `${PR}/merge`,
    GITHUB_API_URL: o.api,
    GITHUB_GRAPHQL_URL: `${o.api}/graphql`,
    GITHUB_SERVER_URL: o.api,
    RUNNER_TEMP: o.dir,
    RUNNER_OS: 'Linux',
  };
  const inputs = (defaults, overrides) => {
    for (const [k, v] of Object.entries({ ...defaults, ...overrides }))
      env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  };
  // Defaults spelled as `${{ github.x }}` expressions take the run's values.
  const github = {
    token: TOKEN,
    api_url: o.api,
    event_name: env.GITHUB_EVENT_NAME,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    repository: REPO,
  };
  const defaults = Object.fromEntries(
    Object.entries(t.defaults ?? {}).map(([k, v]) => [
      k,
      v.replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_, name) => github[name] ?? ''),
    ]),
  );
  let cwd = o.plain;
  let args = [t.main];
  switch (t.id) {
    case 'baseline':
    case 'self':
      inputs(defaults, {
        'singlearch-shards': String(o.shards),
        ...(ev.kind === 'given' ? { 'changed-files': ev.files.join('\n') } : {}),
      });
      // A push is planned in the same checkout the path filters diff.
      if (push) cwd = o.history;
      break;
    case 'paths-filter':
      inputs(defaults, { filters: o.filtersFile });
      if (push) cwd = o.history;
      break;
    case 'changed-files':
      inputs(defaults, { files_yaml: o.filtersYaml });
      if (push) cwd = o.history;
      break;
    case 'localai':
      // As its workflow runs it: `bun run scripts/changed-backends.js` with GITHUB_TOKEN set.
      args = [t.script];
      env.GITHUB_TOKEN = TOKEN;
      env.FORCE_ALL = 'false';
      break;
  }
  env.GITHUB_WORKSPACE = cwd;
  return { args, cwd, env };
}

/** An action's inputs with their defaults, as the runner passes them. */
function actionDefaults(dir) {
  const file = ['action.yml', 'action.yaml'].map((f) => path.join(dir, f)).find(existsSync);
  if (!file) return {};
  const text = readFileSync(file, 'utf8');
  const out = {};
  let current;
  let inInputs = false;
  // A light reader for the one shape action.yml files have; no dependency on the peer's YAML.
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inInputs = /^inputs:/.test(line);
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const def = /^ {4}default:\s*(.*)$/.exec(line);
    if (def && current) out[current] = unquote(def[1]);
  }
  return out;
}

function unquote(v) {
  const s = v.trim();
  if (/^'.*'$/.test(s)) return s.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(s)) return JSON.parse(s);
  return s;
}

/**
 * LocalAI's script in a copy of the workspace: `scripts/` copied beside the
 * matrix, `js-yaml` from this project, and `@octokit/core` defaulted to the
 * fake API.
 */
function localaiCopy(dir, workspace) {
  const scripts = path.join(workspace, 'scripts');
  cpSync(
    path.join(dir, 'scripts', 'changed-backends.js'),
    path.join(scripts, 'changed-backends.js'),
  );
  cpSync(path.join(dir, 'scripts', 'lib'), path.join(scripts, 'lib'), { recursive: true });
  writeFileSync(path.join(workspace, 'package.json'), '{ "type": "module", "private": true }\n');
  const modules = path.join(workspace, 'node_modules');
  mkdirSync(path.join(modules, '@octokit', 'core'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules', 'js-yaml'), path.join(modules, 'js-yaml'));
  const real = pathToFileURL(
    path.join(ROOT, 'node_modules', '@octokit', 'core', 'dist-src', 'index.js'),
  );
  writeFileSync(
    path.join(modules, '@octokit', 'core', 'package.json'),
    '{ "name": "@octokit/core", "type": "module", "exports": "./index.js" }\n',
  );
  writeFileSync(
    path.join(modules, '@octokit', 'core', 'index.js'),
    `import { Octokit as Real } from ${JSON.stringify(real.href)};
if (!process.env.GITHUB_API_URL) throw new Error('the benchmark runs this script only against a fake API');
export const Octokit = Real.defaults({ baseUrl: process.env.GITHUB_API_URL });
`,
  );
  return path.join(scripts, 'changed-backends.js');
}

/** The matrix text with the rules `backend-matrix init --write` adds in a copy of the `clone` tree. */
function proposedRules(clone, text, dir) {
  execFileSync('git', ['clone', '-q', '--shared', path.resolve(clone), dir]);
  writeFileSync(path.join(dir, MATRIX_PATH), text);
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'index.js'), 'init', '--write'], {
    cwd: dir,
    stdio: 'ignore',
  });
  return readFileSync(path.join(dir, MATRIX_PATH), 'utf8');
}

/** A repository whose last commit changes `files`: what the path filters diff on a push. */
function gitHistory(dir, matrix, files) {
  mkdirSync(path.join(dir, '.github'), { recursive: true });
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.test',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.test',
      },
    }).trim();
  git('init', '-q', '-b', 'master');
  writeFileSync(path.join(dir, MATRIX_PATH), matrix);
  const write = (round) => {
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), `${f} ${round}\n`);
    }
  };
  write(1);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const before = git('rev-parse', 'HEAD');
  write(2);
  git('commit', '-q', '-am', 'change');
  return { dir, before, after: git('rev-parse', 'HEAD') };
}

/** One filter per backend: its directory under backend/, as LocalAI's script infers it. */
function backendFilters(linux, darwin) {
  const langOf = (dockerfile) =>
    /Dockerfile\.python$/.test(dockerfile ?? '')
      ? 'python'
      : /Dockerfile\.golang$/.test(dockerfile ?? '')
        ? 'go'
        : /Dockerfile\.rust$/.test(dockerfile ?? '')
          ? 'rust'
          : 'cpp';
  const filters = new Map();
  const add = (backend, glob) => {
    if (!backend) return;
    const list = filters.get(backend) ?? [];
    if (!list.includes(glob)) list.push(glob);
    filters.set(backend, list);
  };
  for (const e of linux) add(e.backend, `backend/${langOf(e.dockerfile)}/${e.backend}/**`);
  for (const e of darwin) add(e.backend, `backend/${e.lang ?? 'cpp'}/${e.backend}/**`);
  return filters;
}

/**
 * `n` distinct changed files, the same in every run: real paths of the
 * project (under `under` when given), topped up with invented documentation
 * paths. Files that rebuild everything or need another revision read (the
 * matrix file, the schema, build scripts) are left out: the common event.
 */
function changedFilePicker(repoFiles) {
  const usable = repoFiles.filter(
    (f) => f !== MATRIX_PATH && f !== 'backend/backend.proto' && !f.startsWith('scripts/build/'),
  );
  return (n, under) => {
    const pool = under ? usable.filter((f) => f.startsWith(`${under}/`)) : usable;
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const shuffled = [...pool];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const out = shuffled.slice(0, n);
    for (let i = 0; out.length < n; i++) out.push(`docs/content/bench/page-${i}.md`);
    return out;
  };
}

function gitFiles(dir) {
  try {
    return execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 })
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

function gitDescribe(dir) {
  try {
    return execFileSync('git', ['describe', '--tags', '--always'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '(not a git checkout)';
  }
}

function prPayload(changedFiles) {
  const repository = repo();
  return {
    action: 'synchronize',
    number: PR,
    pull_request: {
      number: PR,
      changed_files: changedFiles,
      base: { sha: BASE, ref: 'master', repo: repository },
      head: { sha: HEAD, ref: 'feature/bench', repo: repository },
    },
    repository,
  };
}

function pushPayload({ before, after }) {
  return {
    ref: 'refs/heads/master',
    before,
    after,
    forced: false,
    created: false,
    deleted: false,
    repository: repo(),
    head_commit: { id: after },
  };
}

const repo = () => ({
  full_name: REPO,
  name: NAME,
  owner: { login: OWNER, name: OWNER },
  default_branch: 'master',
});

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2 };
}

const fmtMs = (ms) => `${ms.toFixed(0)} ms`;
const fmtKB = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const fmtMB = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** `node bench/peers.mjs --matrix F --paths-filter D --changed-files D --localai D`: part (6) alone. */
export async function peersOnly(argv, helpers) {
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'backend-matrix-peers-'));
  const targets = [];
  try {
    await benchPeers({
      options: peerOptions(argv),
      tmp,
      dist: path.join(ROOT, 'dist', 'index.js'),
      targets,
      quick: process.env.BENCH_QUICK === '1',
      ...helpers,
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const [name, ok, value] of targets)
    console.log(
      `  ${(typeof ok === 'string' ? ok : ok ? 'ok' : 'MISSED').padEnd(7)}${name}  (${value})`,
    );
}
