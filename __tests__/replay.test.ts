/**
 * `backend-matrix replay` (README, Replay) on a generated repository with a
 * known history: per-commit selections against `plan --base C^ --head C`, the
 * aggregates against the per-commit figures, `--compare-rules`, bad input,
 * progress, and the HTML report in headless Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHROMIUM, itWith } from './support/components.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { main, type Io } from '../src/cli/main.js';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { MatrixItems, splitItems } from '../src/replay/matrix-items.js';
import { git, GitRepo, removeRepos } from './support/git-repo.js';
import {
  COMMITS,
  makeReplayRepo,
  MATRIX_PATH,
  MATRIX_V3,
  rulesText,
  SHARED,
  SHARED_PYTHON,
  type ReplayRepo,
} from './support/replay-repo.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[], cwd: string, opts: { tty?: boolean } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    readStdin: () => '',
    color: false,
    cwd,
    errIsTty: opts.tty ?? false,
  };
  const code = await main(args, io);
  return { code, out, err };
}

interface EntryId {
  backend: string;
  'tag-suffix': string;
  'platform-tag': string;
  os: string;
}
interface JsonPlan {
  runAll: boolean;
  runAllCause: string | null;
  jobs: { linux: number; darwin: number; total: number };
  selected: (EntryId & { reasons: string[] })[];
  skipped: { rule: string; file: string; summary: string }[];
}
interface JsonCommit extends JsonPlan {
  sha: string;
  parent: string | null;
  date: string;
  subject: string;
  compare: (JsonPlan & { onlyThese: EntryId[]; onlyOther: EntryId[] }) | null;
}
interface JsonSummary {
  commits: number;
  runAll: { commits: number; causes: { cause: string; commits: string[] }[] };
  jobsPerCommit: Record<
    'linux' | 'darwin' | 'total',
    { mean: number; median: number; p90: number; max: number }
  >;
  jobs: { linux: number; darwin: number; total: number };
  everything: { linux: number; darwin: number; total: number };
  rules: { rule: string; commits: string[]; jobs: number; onlyJobs: number }[];
  neverSelected: EntryId[];
  costliest: { sha: string; jobs: number; reasons: { rule: string; jobs: number }[] }[];
}
interface JsonReport {
  version: number;
  entries: { linux: number; darwin: number };
  rules: { file: string; summary: JsonSummary };
  compareRules: { file: string; summary: JsonSummary } | null;
  underBuilds: { sha: string; onlyOther: EntryId[] }[];
  range: { shallowEnd: { sha: string; droppedStart: string | null } | null };
  commits: JsonCommit[];
}

const idOf = (e: { os: string; 'tag-suffix': string; 'platform-tag': string }): string =>
  `${e.os}/${e['tag-suffix']}/${e['platform-tag']}`;

/** The rule or trigger named by a formatted reason (`rules.shared[2]: f` → `rules.shared[2]`). */
const ruleOf = (reason: string): string =>
  /^(rules\.(sources|shared)\[\d+\])/.exec(reason)?.[1] ??
  (reason.startsWith('multi-arch:') ? 'closure' : reason.split(':')[0]);

async function replayJson(cwd: string, extra: string[] = []): Promise<JsonReport> {
  const r = await cli(['replay', '--matrix-file', MATRIX_PATH, '--format', 'json', ...extra], cwd);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as JsonReport;
}

/** Only the matrix file's validation lines (the fixture has an unmapped entry): no progress, no trace. */
const problemsOnly = (stderr: string): boolean =>
  stderr.split('\n').every((l) => l === '' || /^\S+:\d+:\d+: warning: /.test(l));

let fixture: ReplayRepo;
let dir: string;
let report: JsonReport;
const bySubject = (name: string): JsonCommit => {
  const c = report.commits.find((x) => x.subject === name);
  if (!c) throw new Error(`no commit "${name}" in the report`);
  return c;
};
const selectedIds = (p: JsonPlan): string[] => p.selected.map(idOf).sort();

beforeAll(async () => {
  fixture = makeReplayRepo();
  dir = fixture.repo.dir;
  report = await replayJson(dir);
}, 60_000);
afterAll(removeRepos);

describe('replay on a known history', () => {
  it('replays every first-parent commit, oldest first, and only those', () => {
    expect(report.commits.map((c) => c.subject)).toEqual([...COMMITS]);
    expect(report.commits.map((c) => c.sha)).not.toContain(fixture.sha['side: zeta']);
    expect(bySubject('merge: side branch').parent).toBe(fixture.sha['main: gamma']);
  });

  it('selects what each commit was made to hit', () => {
    const linux = (suffix: string, tag = ''): string => `linux/${suffix}/${tag}`;
    const darwin = (suffix: string): string => `darwin/${suffix}/`;
    expect(bySubject('root').runAll).toBe(true);
    expect(selectedIds(bySubject('sources: alpha'))).toEqual(
      [linux('-cpu-alpha'), darwin('-metal-alpha')].sort(),
    );
    expect(selectedIds(bySubject(COMMITS[4]))).toEqual([]);
    // The old name selects alpha (and its macOS entry), the new name gamma.
    expect(selectedIds(bySubject('rename alpha helper to gamma'))).toEqual(
      [linux('-cpu-alpha'), linux('-gpu-gamma'), darwin('-metal-alpha')].sort(),
    );
    // A merge is its first-parent diff: the side branch's two commits.
    expect(selectedIds(bySubject('merge: side branch'))).toEqual(
      [linux('-cpu-delta'), darwin('-metal-zeta')].sort(),
    );
    const edit = bySubject('matrix: edit');
    expect(Object.fromEntries(edit.selected.map((s) => [idOf(s), s.reasons]))).toEqual({
      [linux('-cpu-beta', 'arm64')]: ['matrix: changed runs-on'],
      [linux('-cpu-beta', 'amd64')]: ['multi-arch: another leg of -cpu-beta is rebuilt'],
      [linux('-cpu-epsilon')]: ['matrix: new entry'],
    });
    expect(bySubject('matrix: rules only').selected).toEqual([]);
    expect(bySubject('matrix: repaired').runAll).toBe(true);
    expect(bySubject('matrix: repaired').runAllCause).toMatch(/parent.*not valid YAML/);
    expect(bySubject('proto: breaking').jobs.total).toBe(
      report.entries.linux + report.entries.darwin - 1,
    );
  });

  it('lets an additive schema edit off and fires on a breaking one', () => {
    const additive = bySubject('proto: additive');
    expect(additive.selected).toEqual([]);
    expect(additive.skipped).toEqual([
      expect.objectContaining({ rule: 'rules.shared[0]', file: 'backend/backend.proto' }),
    ]);
    expect(additive.skipped[0].summary).toMatch(/temperature/);
    const breaking = bySubject('proto: breaking');
    expect(breaking.selected.every((s) => s.reasons[0].startsWith('rules.shared[0]'))).toBe(true);
    expect(breaking.selected[0].reasons[0]).toMatch(/tokens/);
  });

  it('fires every rule and trigger at least once', () => {
    const fired = report.rules.summary.rules.filter((r) => r.commits.length).map((r) => r.rule);
    expect(fired).toEqual([
      'rules.sources[0]',
      'rules.sources[1]',
      'rules.sources[2]',
      'rules.shared[0]',
      'rules.shared[1]',
      'rules.shared[2]',
      'dockerfile',
      'matrix',
      'closure',
    ]);
  });

  it('gives each commit the selection of plan --base C^ --head C', async () => {
    for (const c of report.commits) {
      if (!c.parent) continue;
      const r = await cli(
        [
          'plan',
          '--matrix-file',
          MATRIX_PATH,
          '--base',
          `${c.sha}^`,
          '--head',
          c.sha,
          '--format',
          'json',
        ],
        dir,
      );
      expect(r.code).toBe(0);
      const p = JSON.parse(r.out) as {
        runAll: boolean;
        selected: {
          'tag-suffix': string;
          'platform-tag': string;
          matrix: string;
          reasons: string[];
        }[];
      };
      const planned = p.selected.map((s) => ({
        id: idOf({ ...s, os: s.matrix === 'darwin' ? 'darwin' : 'linux' }),
        reasons: p.runAll ? [] : s.reasons,
      }));
      const replayed = c.selected.map((s) => ({ id: idOf(s), reasons: c.runAll ? [] : s.reasons }));
      expect({ commit: c.subject, runAll: c.runAll, selected: replayed }).toEqual({
        commit: c.subject,
        runAll: p.runAll,
        selected: planned,
      });
    }
  }, 120_000);
});

describe('aggregates', () => {
  it('are the sums of the per-commit figures', () => {
    const s = report.rules.summary;
    const commits = report.commits;
    const sum = (k: 'linux' | 'darwin' | 'total'): number =>
      commits.reduce((a, c) => a + c.jobs[k], 0);
    expect(s.commits).toBe(commits.length);
    expect(s.jobs).toEqual({ linux: sum('linux'), darwin: sum('darwin'), total: sum('total') });
    const all = report.entries.linux + report.entries.darwin;
    expect(s.everything.total).toBe(commits.length * all);
    for (const c of commits) {
      expect(c.jobs.total).toBe(c.selected.length);
      expect(c.jobs.darwin).toBe(c.selected.filter((e) => e.os === 'darwin').length);
    }
    const runAll = commits.filter((c) => c.runAll);
    expect(s.runAll.commits).toBe(runAll.length);
    expect(s.runAll.causes.flatMap((x) => x.commits).sort()).toEqual(
      runAll.map((c) => c.sha).sort(),
    );
    const totals = commits.map((c) => c.jobs.total).sort((a, b) => a - b);
    expect(s.jobsPerCommit.total.max).toBe(totals.at(-1));
    expect(s.jobsPerCommit.total.mean).toBeCloseTo(sum('total') / commits.length, 2);
    expect(s.jobsPerCommit.total.p90).toBe(totals[Math.ceil(0.9 * totals.length) - 1]);

    const filtered = commits.filter((c) => !c.runAll);
    for (const rule of s.rules) {
      const where = filtered.filter((c) =>
        c.selected.some((e) => e.reasons.some((x) => ruleOf(x) === rule.rule)),
      );
      expect({ rule: rule.rule, commits: rule.commits }).toEqual({
        rule: rule.rule,
        commits: where.map((c) => c.sha),
      });
      const entries = filtered.flatMap((c) => c.selected);
      expect(rule.jobs).toBe(
        entries.filter((e) => e.reasons.some((x) => ruleOf(x) === rule.rule)).length,
      );
      expect(rule.onlyJobs).toBe(
        entries.filter(
          (e) => new Set(e.reasons.map(ruleOf)).size === 1 && ruleOf(e.reasons[0]) === rule.rule,
        ).length,
      );
    }
    const reached = new Set(filtered.flatMap((c) => c.selected.map(idOf)));
    expect(s.neverSelected.map(idOf)).toEqual(['linux/-cpu-orphan/']);
    expect(reached.has('linux/-cpu-orphan/')).toBe(false);
    const costly = s.costliest.map((c) => c.jobs);
    expect(costly).toEqual([...costly].sort((a, b) => b - a));
    expect(costly[0]).toBe(s.jobsPerCommit.total.max);
    for (const c of s.costliest) {
      expect(c.jobs).toBe(commits.find((x) => x.sha === c.sha)!.jobs.total);
    }
  });
});

describe('--compare-rules', () => {
  const withoutPython = rulesText({ shared: SHARED.filter((_, i) => i !== SHARED_PYTHON) });
  /** Commits where rules.shared[1] alone accounts for an entry, from the per-commit reasons. */
  const aloneCommits = (): string[] =>
    report.commits
      .filter(
        (c) =>
          !c.runAll &&
          c.selected.some((e) =>
            e.reasons.every((x) => ruleOf(x) === `rules.shared[${SHARED_PYTHON}]`),
          ),
      )
      .map((c) => c.sha);

  it('lists, as possible under-builds, exactly the commits a dropped rule alone selected', async () => {
    // The working tree drops the rule; the file compared with still has it.
    const work = fixture.repo.clone();
    const matrix = readFileSync(path.join(work.dir, MATRIX_PATH), 'utf8');
    writeFileSync(
      path.join(work.dir, MATRIX_PATH),
      matrix.slice(0, matrix.indexOf('rules:')) + withoutPython,
    );
    writeFileSync(path.join(work.dir, 'old-rules.yml'), rulesText());
    const r = await replayJson(work.dir, ['--compare-rules', 'old-rules.yml']);
    const expected = aloneCommits();
    expect(expected.length).toBeGreaterThan(0);
    expect(r.underBuilds.map((u) => u.sha)).toEqual(expected);
    for (const c of r.commits) {
      expect(c.compare!.onlyThese).toEqual([]);
      expect(c.compare!.jobs.total - c.jobs.total).toBe(c.compare!.onlyOther.length);
    }
    const table = await cli(
      ['replay', '--matrix-file', MATRIX_PATH, '--compare-rules', 'old-rules.yml'],
      work.dir,
    );
    const lines = table.out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Possible under-builds'));
    expect(head).toBe(2);
    expect(lines[head]).toContain(`${expected.length} commit(s)`);
  });

  it('reads a matrix file, a rules: file or a bare rules mapping alike', async () => {
    const forms = {
      'as-matrix.yml': MATRIX_V3.slice(0, MATRIX_V3.indexOf('rules:')) + withoutPython,
      'as-rules.yml': withoutPython,
      'as-bare.yml': withoutPython
        .split('\n')
        .slice(1)
        .map((l) => l.replace(/^ {2}/, ''))
        .join('\n'),
    };
    const results: unknown[] = [];
    for (const [name, text] of Object.entries(forms)) {
      writeFileSync(path.join(dir, name), text);
      const r = await replayJson(dir, ['--compare-rules', name]);
      rmSync(path.join(dir, name));
      expect(r.compareRules!.file).toBe(name);
      results.push(r.commits.map((c) => c.compare!.selected.map(idOf)));
      // These rules keep the dropped rule: the other rules build less, never more.
      expect(r.underBuilds).toEqual([]);
      const less = r.commits.filter((c) => c.compare!.onlyThese.length).map((c) => c.sha);
      expect(less).toEqual(aloneCommits());
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('reports a file that does not validate at its own line and column, exit 1', async () => {
    const bad = `rules:\n  sources:\n    - paths: ["a/**"]\n  shared:\n    - paths: ["b/**"]\n      rebuild: sometimes\n`;
    writeFileSync(path.join(dir, 'bad-rules.yml'), bad);
    const r = await cli(
      ['replay', '--matrix-file', MATRIX_PATH, '--compare-rules', 'bad-rules.yml'],
      dir,
    );
    rmSync(path.join(dir, 'bad-rules.yml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad-rules\.yml:6:\d+: error: .*rebuild/m);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });
});

describe('bad input and options', () => {
  it('says when the directory is not a git repository', async () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'bma-replay-'));
    try {
      writeFileSync(path.join(plain, 'm.yml'), MATRIX_V3);
      const r = await cli(['replay', '--matrix-file', 'm.yml'], plain);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/not in a git repository/);
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('says when a range holds no commits, and when a revision is unknown', async () => {
    const empty = await cli(['replay', '--matrix-file', MATRIX_PATH, '--range', 'HEAD..HEAD'], dir);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/no commits to replay in HEAD\.\.HEAD/);
    const unknown = await cli(
      ['replay', '--matrix-file', MATRIX_PATH, '--range', 'nope..HEAD'],
      dir,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/unknown revision "nope"/);
    const until = await cli(['replay', '--matrix-file', MATRIX_PATH, '--until', '2001-01-01'], dir);
    expect(until.code).toBe(1);
    expect(until.err).toMatch(/no commits to replay in HEAD \(until 2001-01-01\)/);
  });

  it('refuses bad usage with exit 2', async () => {
    for (const args of [
      ['--format', 'pdf'],
      ['--max-commits', '0'],
      ['--since', ''],
    ]) {
      const r = await cli(['replay', '--matrix-file', MATRIX_PATH, ...args], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^backend-matrix: /);
    }
  });

  it('replays the newest N commits with --max-commits, and a range', async () => {
    const last = await replayJson(dir, ['--max-commits', '3']);
    expect(last.commits.map((c) => c.subject)).toEqual(COMMITS.slice(-3));
    const range = await replayJson(dir, [
      '--range',
      `${fixture.sha['sources: beta']}..${fixture.sha['docs only: <script>alert("x")</script> & more']}`,
    ]);
    expect(range.commits.map((c) => c.subject)).toEqual(COMMITS.slice(3, 5));
  });

  it('in a shallow clone, says where the history ends and replays what is there', async () => {
    const shallow = fixture.repo.clone({ depth: 4 });
    const r = await cli(['replay', '--matrix-file', MATRIX_PATH, '--format', 'json'], shallow.dir);
    expect(r.code).toBe(0);
    const cut = git(shallow.dir, 'rev-list', '--first-parent', '--max-count=1', '--skip=3', 'HEAD');
    expect(r.err).toContain(`its history ends at ${cut.slice(0, 10)}`);
    const json = JSON.parse(r.out) as JsonReport;
    expect(json.commits.map((c) => c.subject)).toEqual(COMMITS.slice(-3));
    expect(json.range.shallowEnd!.sha).toBe(cut);
    // A range that starts before the cut: what exists is replayed, with the same warning.
    const ranged = await cli(
      [
        'replay',
        '--matrix-file',
        MATRIX_PATH,
        '--range',
        `${fixture.sha.root}..HEAD`,
        '--format',
        'json',
      ],
      shallow.dir,
    );
    expect(ranged.code).toBe(0);
    expect(ranged.err).toContain(`${fixture.sha.root} is not in this clone`);
    expect((JSON.parse(ranged.out) as JsonReport).commits).toHaveLength(3);
  });

  it('shows progress on a terminal and nothing extra when piped', async () => {
    const tty = await cli(['replay', '--matrix-file', MATRIX_PATH, '--format', 'json'], dir, {
      tty: true,
    });
    expect(tty.err).toContain(`replay: ${COMMITS.length}/${COMMITS.length} commits`);
    expect(tty.err.endsWith('\r\u001b[K')).toBe(true);
    const piped = await cli(['replay', '--matrix-file', MATRIX_PATH, '--format', 'json'], dir);
    expect(problemsOnly(piped.err)).toBe(true);
  });

  it('runs from the bundle as a child process', () => {
    const bundle = path.resolve('dist/cli/index.js');
    const r = spawnSync(
      process.execPath,
      [bundle, 'replay', '--matrix-file', MATRIX_PATH, '--max-commits', '2'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(problemsOnly(r.stderr)).toBe(true);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/replayed 2 first-parent commit\(s\)/);
    const bad = spawnSync(
      process.execPath,
      [bundle, 'replay', '--range', 'HEAD..HEAD', '--matrix-file', MATRIX_PATH],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n').at(-1)).toBe(
      'backend-matrix: no commits to replay in HEAD..HEAD',
    );
    expect(problemsOnly(bad.stderr.replace(/.*no commits to replay.*\n/, ''))).toBe(true);
  });
});

describe('matrix revisions parsed item by item', () => {
  const variants: Record<string, string> = {
    plain: MATRIX_V3,
    'items at column 0': MATRIX_V3.replace(/^ {2}- /gm, '- ').replace(/^ {4}(?=[a-z])/gm, '  '),
    'comments and blank lines': MATRIX_V3.replace(
      /^( {2}- backend: gamma)$/m,
      '\n# gpu\n  # more\n$1',
    ),
    'a block scalar': MATRIX_V3.replace(
      '    tag-suffix: -cpu-delta\n',
      '    tag-suffix: -cpu-delta\n    notes: |\n      - not an item\n    # inside\n',
    ),
    'anchors (parsed whole)': `x-go: &go\n  dockerfile: ./backend/Dockerfile.golang\n${MATRIX_V3.replace(
      '    dockerfile: ./backend/Dockerfile.golang\n',
      '    <<: *go\n',
    )}`,
    'an empty darwin list': MATRIX_V3.replace(
      /includeDarwin:[\s\S]*?(?=rules:)/,
      'includeDarwin: []\n',
    ),
    'CRLF (parsed whole)': MATRIX_V3.replace(/\n/g, '\r\n'),
  };
  const shape = (es: { os: string; tagSuffix: string; platformTag: string; fields: unknown }[]) =>
    es.map((e) => [e.os, e.tagSuffix, e.platformTag, e.fields]);

  it.each(Object.entries(variants))('%s: the same entries as a whole parse', (_, text) => {
    const whole = loadMatrixFile(text, 'm.yml');
    expect(whole.source).toBeDefined();
    const items = new MatrixItems();
    // Twice: the second answer comes from the parsed items.
    for (let i = 0; i < 2; i++) {
      const got = items.entries(text, 'm.yml');
      if (got instanceof Error) throw got;
      expect(shape([...got.linux, ...got.darwin])).toEqual(
        shape([...whole.linux, ...whole.darwin]),
      );
    }
    // One edited entry among known ones.
    const edited = text.replace('-gpu-gamma', '-gpu-gamma2');
    const got = items.entries(edited, 'm.yml');
    const wholeEdited = loadMatrixFile(edited, 'm.yml');
    if (got instanceof Error) throw got;
    expect(shape([...got.linux, ...got.darwin])).toEqual(
      shape([...wholeEdited.linux, ...wholeEdited.darwin]),
    );
  });

  it('cuts plain block lists into items and leaves other shapes to a whole parse', () => {
    expect(splitItems(variants.plain)!.items).toHaveLength(9);
    expect(splitItems(variants['CRLF (parsed whole)'])).toBeUndefined();
    expect(splitItems(variants['anchors (parsed whole)'])).toBeUndefined();
  });

  it('finds a syntax error anywhere in a revision, as a whole parse does', () => {
    const items = new MatrixItems();
    expect(items.entries(MATRIX_V3, 'm.yml')).not.toBeInstanceOf(Error);
    const broken = `${MATRIX_V3}  oops: [unclosed\n`;
    expect(loadMatrixFile(broken, 'm.yml').source).toBeUndefined();
    expect(items.entries(broken, 'm.yml')).toBeInstanceOf(Error);
    const brokenItem = MATRIX_V3.replace(
      '    tag-suffix: -cpu-delta\n',
      '    tag-suffix: [-cpu-delta\n',
    );
    expect(items.entries(brokenItem, 'm.yml')).toBeInstanceOf(Error);
  });
});

describe('the HTML report', () => {
  let html: string;
  let file: string;
  let work: GitRepo;

  beforeAll(async () => {
    work = fixture.repo.clone();
    writeFileSync(path.join(work.dir, 'old-rules.yml'), rulesText({ shared: [SHARED[0]] }));
    const r = await cli(
      [
        'replay',
        '--matrix-file',
        MATRIX_PATH,
        '--compare-rules',
        'old-rules.yml',
        '--format',
        'html',
        '--output',
        'report.html',
      ],
      work.dir,
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    file = path.join(work.dir, 'report.html');
    html = readFileSync(file, 'utf8');
  });

  it('is self-contained and escapes outside text', () => {
    expect(html).not.toMatch(/<script|<link|@import|url\(|\ssrc=|\shref=|https?:/i);
    expect(html).toContain(
      'docs only: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more',
    );
    expect(html).toMatch(/@media print/);
  });

  const check = 'the replay report renders in headless Chromium';
  const { bin: browser, it: itWithChromium } = itWith(CHROMIUM, check);
  itWithChromium(
    'renders in headless Chromium with its charts and commit count, not blank',
    () => {
      const profile = mkdtempSync(path.join(os.tmpdir(), 'bma-chromium-'));
      const flags = ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`];
      const url = `file://${file}`;
      try {
        const dom = spawnSync(browser, [...flags, '--dump-dom', url], {
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(dom.status).toBe(0);
        const svgs = dom.stdout.match(/<svg\b/g) ?? [];
        expect(svgs.length).toBeGreaterThanOrEqual(3);
        expect(dom.stdout).toContain('id="chart-jobs-per-commit"');
        expect(dom.stdout).toContain('id="chart-jobs-per-rule-1"');
        expect(dom.stdout).toContain('id="chart-jobs-per-rule-2"');
        // Both rule sets draw a line over time.
        expect(dom.stdout.match(/<polyline\b/g)).toHaveLength(2);
        expect(dom.stdout).toContain(`data-commits="${COMMITS.length}"`);
        expect(dom.stdout).toContain(`replayed ${COMMITS.length} first-parent commit(s)`);
        expect(dom.stdout).not.toMatch(/<script/);

        const png = path.join(profile, 'shot.png');
        const shot = spawnSync(
          browser,
          [...flags, `--screenshot=${png}`, '--window-size=1280,900', url],
          {
            encoding: 'utf8',
            timeout: 60_000,
          },
        );
        expect(shot.status).toBe(0);
        expect(statSync(png).size).toBeGreaterThan(10_000);
        const { colours, inked } = pixels(readFileSync(png));
        expect(colours).toBeGreaterThan(16);
        expect(inked).toBeGreaterThan(0.02);
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

/** Distinct colours in a PNG, and the share of pixels that are not the background (the first pixel). */
function pixels(png: Buffer): { colours: number; inked: number } {
  let at = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let channels = 0;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      channels = { 2: 3, 6: 4 }[data[9]] ?? 0;
      expect(channels).toBeGreaterThan(0);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const seen = new Set<number>();
  const bg = out.readUIntBE(0, 3);
  let inked = 0;
  for (let i = 0; i < out.length; i += channels) {
    const rgb = out.readUIntBE(i, 3);
    seen.add(rgb);
    if (rgb !== bg) inked++;
  }
  return { colours: seen.size, inked: inked / (width * height) };
}
