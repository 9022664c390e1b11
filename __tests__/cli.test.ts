/**
 * The bundled CLI (dist/cli/index.js) as a user runs it: a child process in a
 * directory of its own, judged by exit code, stdout and stderr (README
 * "CLI" and "Quick start"). Build first: `npm run build`.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demo } from './support/fixtures.js';
import { parseOutputFile, runAction } from './support/run-action.js';

const REPO = path.resolve('.');
const CLI = path.join(REPO, 'dist/cli/index.js');
const VERSION = (
  JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const MATRIX = JSON.stringify(demo); // JSON is YAML
const ESC = '\u001b[';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An environment without colour switches, so each test sets the ones it means. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS']) if (!(k in extra)) delete env[k];
  return env;
}

function cli(
  args: string[],
  opts: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? dir(),
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh working directory holding the given files (by default the demo matrix). */
function dir(files: Record<string, string> = { 'matrix.yml': MATRIX }): string {
  const d = mkdtempSync(path.join(tmpdir(), 'bma-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), content);
  }
  return d;
}

const plan = (args: string[], opts: { cwd?: string; input?: string } = {}): Run =>
  cli(['plan', '--matrix-file', 'matrix.yml', ...args], opts);

interface Row {
  matrix: string;
  backend: string;
  tagSuffix: string;
  platform: string;
  reasons: string;
}

/** The rows of `plan`'s table: the lines between the header and the first blank line. */
function rows(stdout: string): Row[] {
  const lines = stdout.split('\n');
  const head = lines.findIndex((l) =>
    /^MATRIX\s+BACKEND\s+TAG-SUFFIX\s+PLATFORM\s+REASONS$/.test(l),
  );
  if (head < 0) throw new Error(`no table header in:\n${stdout}`);
  const out: Row[] = [];
  for (const line of lines.slice(head + 1)) {
    if (!line) break;
    const [matrix, backend, tagSuffix, platform, ...rest] = line.split(/ {2,}/);
    out.push({ matrix, backend, tagSuffix, platform, reasons: rest.join('  ') });
  }
  return out;
}
const ids = (rs: Row[]): string[] =>
  rs.map((r) => (r.platform === '-' ? r.tagSuffix : `${r.tagSuffix}@${r.platform}`));

interface JsonPlan {
  runAll: boolean;
  selected: { backend: string; 'tag-suffix': string; 'platform-tag': string; reasons: string[] }[];
  outputs: Record<string, unknown>;
}
const json = (r: Run): JsonPlan => JSON.parse(r.stdout) as JsonPlan;
const jsonIds = (p: JsonPlan): string[] =>
  p.selected.map((s) =>
    s['platform-tag'] ? `${s['tag-suffix']}@${s['platform-tag']}` : s['tag-suffix'],
  );

describe('backend-matrix --version and --help', () => {
  it('--version prints the package version and exits 0', () => {
    const r = cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each([[['--help']], [['-h']], [[]]])('%j prints the usage and exits 0', (args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('backend-matrix plan');
    expect(r.stdout).toContain('backend-matrix validate');
    expect(r.stderr).toBe('');
  });

  it('plan --help lists every documented option and exits 0', () => {
    const r = cli(['plan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: backend-matrix plan/);
    for (const option of [
      '--matrix-file',
      '--changed-files-from',
      '--changed-file',
      '--base',
      '--head',
      '--event-name',
      '--force-all',
      '--singlearch-shards',
      '--max-jobs',
      '--format',
    ])
      expect(r.stdout).toContain(option);
    expect(r.stderr).toBe('');
  });

  it('validate --help exits 0 and prints its usage', () => {
    const r = cli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: backend-matrix validate \[FILE\]/);
  });
});

describe('bad usage exits 2 with a message and the usage on stderr', () => {
  it('an unknown command', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^backend-matrix: unknown command "frobnicate"\n/);
    expect(r.stderr).toContain('Usage:');
  });

  it('an unknown option of plan, with the plan usage', () => {
    const r = plan(['--frob']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^backend-matrix: .*'--frob'/);
    expect(r.stderr).toContain('Usage: backend-matrix plan');
  });

  it('an unknown option of validate, with the validate usage', () => {
    const r = cli(['validate', '--frob', 'matrix.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'--frob'");
    expect(r.stderr).toContain('Usage: backend-matrix validate');
  });

  it.each([
    [['--format', 'xml'], 'unknown format "xml"'],
    [['--singlearch-shards', '0'], '--singlearch-shards must be a whole number of at least 1'],
    [['--max-jobs', 'many'], '--max-jobs must be a whole number of at least 1'],
    [['--head', 'HEAD'], '--head needs --base'],
  ])('plan %j', (args, message) => {
    const r = plan(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`backend-matrix: ${message}\n`);
    expect(r.stderr).toContain('Usage: backend-matrix plan');
  });
});

describe('backend-matrix validate', () => {
  it('a valid file: exit 0, a summary line, nothing on stderr', () => {
    const r = cli(['validate', 'matrix.yml']);
    expect(r).toEqual({
      code: 0,
      stdout: 'matrix.yml: 7 Linux and 2 macOS entries, 0 error(s), 0 warning(s)\n',
      stderr: '',
    });
  });

  it('defaults to .github/backend-matrix.yml', () => {
    const r = cli(['validate'], { cwd: dir({ '.github/backend-matrix.yml': MATRIX }) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\.github\/backend-matrix\.yml: 7 Linux and 2 macOS entries/);
  });

  it('a file with errors: exit 1 and file:line:col: error: lines', () => {
    const text = [
      'include:',
      '  - backend: vllm',
      '    tag-suffix: "-cpu vllm"',
      '  - tag-suffix: -x',
      '  - backend: a',
      '    tag-suffix: -a',
      '  - backend: b',
      '    tag-suffix: -a',
      '',
    ].join('\n');
    const r = cli(['validate', 'bad.yml'], { cwd: dir({ 'bad.yml': text }) });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'bad.yml:3:17: error: `tag-suffix` "-cpu vllm" is not allowed: only letters, digits, `_`, `.` and `-` (it becomes part of an image tag)',
      'bad.yml:4:5: error: entry is missing `backend` (a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`)',
      'bad.yml:7:5: error: duplicate entry in `include`: tag-suffix "-a" is already used at line 5; entries need a unique tag-suffix (and platform-tag)',
    ]);
    expect(r.stdout).toBe('bad.yml: 2 Linux and 0 macOS entries, 3 error(s), 0 warning(s)\n');
  });

  it('--matrix-file names the file as a positional would; --format json lists every problem', () => {
    const text = 'include:\n  - backend: a\n    tag-suffix: -a\n  - tag-suffix: -x\n';
    const cwd = dir({ 'm.yml': text });
    const r = cli(['validate', '--matrix-file', 'm.yml', '--format', 'json'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ file: 'm.yml', linux: 1, darwin: 0, errors: 1, warnings: 0 });
    expect(report.problems).toEqual([
      expect.objectContaining({ level: 'error', file: 'm.yml', line: 4, col: 5 }),
    ]);
    expect(cli(['validate', '--matrix-file', 'm.yml'], { cwd }).stdout).toBe(
      'm.yml: 1 Linux and 0 macOS entries, 1 error(s), 0 warning(s)\n',
    );
    expect(cli(['validate', 'm.yml', '--matrix-file', 'm.yml'], { cwd }).code).toBe(2);
    expect(cli(['validate', '--format', 'xml', 'm.yml'], { cwd }).code).toBe(2);
  });

  it('a file with only warnings: exit 0 and file:line:col: warning: lines', () => {
    const text = [
      'include:',
      '  - backend: a',
      '    tag-suffix: -a',
      '    platform-tag: amd64',
      '',
    ].join('\n');
    const r = cli(['validate', 'warn.yml'], { cwd: dir({ 'warn.yml': text }) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warn.yml:2:5: warning: multi-arch image "-a" has one leg (platform-tag "amd64"); add its arm64 leg, or drop platform-tag to build it single-arch\n',
    );
    expect(r.stdout).toContain('0 error(s), 1 warning(s)');
  });

  it('invalid YAML: exit 1 with its position', () => {
    const r = cli(['validate', 'broken.yml'], {
      cwd: dir({ 'broken.yml': 'include:\n  - backend: a\n   tag-suffix: [\n' }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.yml:\d+:\d+: error: invalid YAML: /m);
  });

  it('a missing file: exit 1, a clear message, no stack trace', () => {
    const r = cli(['validate', 'nope.yml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^backend-matrix: cannot read nope\.yml: ENOENT/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('backend-matrix plan: changes given on the command line', () => {
  it('--changed-file: a table of the selected rows, each with its reason', () => {
    const r = plan(['--changed-file', 'backend/python/vllm/backend.py']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^matrix\.yml: 3 of 9 entries selected by 1 changed file\(s\)\n/);
    expect(rows(r.stdout)).toEqual([
      {
        matrix: 'multiarch',
        backend: 'vllm',
        tagSuffix: '-cpu-vllm',
        platform: 'amd64',
        reasons: 'rules.sources[1]: backend/python/vllm/backend.py',
      },
      {
        matrix: 'multiarch',
        backend: 'vllm',
        tagSuffix: '-cpu-vllm',
        platform: 'arm64',
        reasons: 'rules.sources[1]: backend/python/vllm/backend.py',
      },
      {
        matrix: 'singlearch',
        backend: 'vllm',
        tagSuffix: '-gpu-vllm',
        platform: '-',
        reasons: 'rules.sources[1]: backend/python/vllm/backend.py',
      },
    ]);
    expect(r.stdout).toContain('single-arch: 1 jobs, 1 merges · multi-arch: 2 jobs, 1 merges');
  });

  it('repeated --changed-file: the union, with the shared-rule and dockerfile reasons', () => {
    const r = plan([
      '--changed-file',
      'scripts/build/special.sh',
      '--changed-file',
      './backend/Dockerfile.llama-cpp',
      '--changed-file',
      'docs/README.md',
    ]);
    expect(r.code).toBe(0);
    const table = rows(r.stdout);
    expect(ids(table)).toEqual(['-cpu-whisper', '-cpu-llama-cpp']);
    expect(table.map((row) => row.reasons)).toEqual([
      'rules.shared[1]: scripts/build/special.sh',
      'dockerfile: backend/Dockerfile.llama-cpp',
    ]);
    expect(r.stdout).toContain('(1 ignored)');
  });

  it('a reason names the sources rule that mapped the entry, not another rule with the same globs', () => {
    // The darwin llama-cpp entry is mapped by rules.sources[0]; Linux llama-cpp
    // by rules.sources[4]. Both expand to backend/cpp/llama-cpp/**.
    const r = plan(['--changed-file', 'backend/cpp/llama-cpp/grpc-server.cpp']);
    expect(r.code).toBe(0);
    expect(rows(r.stdout).map((row) => `${row.matrix} ${row.tagSuffix}: ${row.reasons}`)).toEqual([
      'singlearch -cpu-llama-cpp: rules.sources[4]: backend/cpp/llama-cpp/grpc-server.cpp',
      'singlearch -cpu-turboquant: rules.sources[3]: backend/cpp/llama-cpp/grpc-server.cpp',
      'darwin -metal-darwin-arm64-llama-cpp: rules.sources[0]: backend/cpp/llama-cpp/grpc-server.cpp',
    ]);
  });

  it('a change that selects nothing says so', () => {
    const r = plan(['--changed-file', 'backend/go/whisper/x_test.go']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 of 9 entries selected');
    expect(r.stdout).toContain('Nothing to build.');
    expect(r.stdout).not.toContain('MATRIX');
  });

  it('--changed-files-from - reads a newline-separated list from stdin', () => {
    const r = plan(['--changed-files-from', '-', '--format', 'json'], {
      input: 'backend/go/whisper/main.go\r\n\nbackend/python/diffusers/app.py\n',
    });
    expect(r.code).toBe(0);
    expect(jsonIds(json(r))).toEqual(['-gpu-diffusers', '-cpu-whisper']);
  });

  it('--changed-files-from - reads a JSON array from stdin', () => {
    const r = plan(['--changed-files-from', '-', '--format', 'json'], {
      input: JSON.stringify(['backend/python/mlx/server.py', 'backend/backend.proto']),
    });
    expect(r.code).toBe(0);
    const p = json(r);
    // backend.proto rebuilds every Linux entry (rules.shared[3]), mlx its darwin entry.
    expect(p.runAll).toBe(false);
    expect(jsonIds(p)).toEqual([
      '-cpu-vllm@amd64',
      '-cpu-vllm@arm64',
      '-gpu-vllm',
      '-gpu-diffusers',
      '-cpu-whisper',
      '-cpu-llama-cpp',
      '-cpu-turboquant',
      '-metal-darwin-arm64-mlx',
    ]);
  });

  it('--changed-files-from FILE reads the list from a file relative to the working directory', () => {
    const cwd = dir({
      'matrix.yml': MATRIX,
      'lists/changes.txt': 'backend/cpp/turboquant/quant.cpp\n',
    });
    const r = plan(['--changed-files-from', 'lists/changes.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(ids(rows(r.stdout))).toEqual(['-cpu-turboquant']);
  });

  it('an empty change list selects nothing (it is not a run-all)', () => {
    const r = plan(['--changed-files-from', '-', '--format', 'json'], { input: '' });
    expect(r.code).toBe(0);
    const p = json(r);
    expect(p.runAll).toBe(false);
    expect(p.selected).toEqual([]);
    expect(p.outputs['run-all']).toBe(false);
  });

  it('--format json: selected entries with reasons, and parsed outputs', () => {
    const r = plan(['--changed-file', 'backend/go/whisper/main.go', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const p = json(r);
    expect(p.selected).toEqual([
      expect.objectContaining({
        backend: 'whisper',
        'tag-suffix': '-cpu-whisper',
        reasons: ['rules.sources[2]: backend/go/whisper/main.go'],
      }),
    ]);
    expect(p.outputs['run-all']).toBe(false);
    expect(p.outputs['has-backends-singlearch']).toBe(true);
    expect(p.outputs['has-backends-multiarch']).toBe(false);
    expect(p.outputs['changed-backends']).toEqual(['whisper']);
    expect(p.outputs.whisper).toBe(true);
    expect(p.outputs.vllm).toBe(false);
    expect(p.outputs['matrix-singlearch']).toEqual({ include: [demo.include[4]] });
    expect(p.outputs['merge-matrix-singlearch']).toEqual({
      include: [{ 'tag-suffix': '-cpu-whisper', 'tag-latest': '' }],
    });
    expect(p.outputs['matrix-multiarch']).toEqual({ include: [] });
  });

  it('--event-name without changes builds everything and says why', () => {
    const r = plan(['--event-name', 'schedule']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^matrix\.yml: building all 9 entries \(.*schedule.*\)/);
    expect(rows(r.stdout)).toHaveLength(9);
  });
});

describe('backend-matrix plan --format github-output', () => {
  const cases: [string, string[], Record<string, string>][] = [
    [
      'a change list',
      [
        '--changed-file',
        'backend/python/vllm/a.py',
        '--changed-file',
        'backend/cpp/llama-cpp/b.cpp',
      ],
      { 'changed-files': 'backend/python/vllm/a.py\nbackend/cpp/llama-cpp/b.cpp' },
    ],
    [
      'force-all in two shards',
      ['--force-all', '--singlearch-shards', '2'],
      { 'force-all': 'true', 'singlearch-shards': '2' },
    ],
  ];

  it.each(cases)('%s: the same name=value lines the action writes', async (_, args, inputs) => {
    const r = plan([...args, '--format', 'github-output']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^run-all=(true|false)\n/);
    const action = await runAction({
      files: { 'matrix.yml': MATRIX },
      inputs: { 'matrix-file': 'matrix.yml', ...inputs },
    });
    expect(action.code).toBe(0);
    expect(parseOutputFile(r.stdout)).toEqual(action.outputs);
    expect(r.stdout.split('\n').every((l) => l === '' || /^[^=<]+=/.test(l))).toBe(true);
  });
});

describe('backend-matrix plan: --force-all and --singlearch-shards', () => {
  it('--force-all selects every entry with run-all=true', () => {
    const r = plan([
      '--force-all',
      '--changed-file',
      'backend/go/whisper/a.go',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const p = json(r);
    expect(p.runAll).toBe(true);
    expect(p.selected).toHaveLength(9);
    expect(p.outputs['run-all']).toBe(true);
  });

  it('--singlearch-shards 2 cuts the single-arch list into two outputs, 3 + 2', () => {
    const r = plan(['--force-all', '--singlearch-shards', '2', '--format', 'json']);
    expect(r.code).toBe(0);
    const o = json(r).outputs;
    const suffixes = (m: unknown): string[] =>
      (m as { include: { 'tag-suffix': string }[] }).include.map((e) => e['tag-suffix']);
    expect(suffixes(o['matrix-singlearch-1'])).toEqual([
      '-gpu-vllm',
      '-gpu-diffusers',
      '-cpu-whisper',
    ]);
    expect(suffixes(o['matrix-singlearch-2'])).toEqual(['-cpu-llama-cpp', '-cpu-turboquant']);
    expect(o['has-backends-singlearch-2']).toBe(true);
    expect(o['has-merges-singlearch-1']).toBe(true);
    expect(o).not.toHaveProperty('matrix-singlearch');
    expect(o).not.toHaveProperty('has-backends-singlearch');
    const table = plan(['--force-all', '--singlearch-shards', '2']);
    expect(table.stdout).toContain('single-arch: 5 jobs in 2 shards (3/2), 5 merges');
  });

  it('--max-jobs 1 over the limit: exit 1 with the message, no plan printed', () => {
    const r = plan(['--changed-file', 'backend/python/vllm/a.py', '--max-jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('matrix-multiarch has 2 jobs, over max-jobs (1)');
  });

  it('--max-jobs over the single-arch limit says how many shards are needed', () => {
    const r = plan(['--force-all', '--max-jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'backend-matrix: matrix-singlearch has 5 jobs, over max-jobs (2): set singlearch-shards to at least 3\n',
    );
  });
});

describe('backend-matrix plan --base/--head in a git repository', () => {
  const git = (cwd: string, ...args: string[]): string => {
    const r = spawnSync(
      'git',
      ['-c', 'user.name=x', '-c', 'user.email=x@y', '-c', 'commit.gpgsign=false', ...args],
      { cwd, encoding: 'utf8', env: cleanEnv({ GIT_CONFIG_NOSYSTEM: '1' }) },
    );
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  /** Commit 1: the matrix and some code. Commit 2: whisper's code and turboquant's entry. */
  function repo(): string {
    const cwd = dir({
      'matrix.yml': JSON.stringify(demo, null, 2),
      'backend/go/whisper/main.go': 'package main\n',
      'backend/python/vllm/backend.py': 'print(1)\n',
    });
    git(cwd, 'init', '-q');
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'one');
    writeFileSync(path.join(cwd, 'backend/go/whisper/main.go'), 'package main // two\n');
    const edited = structuredClone(demo);
    (edited.include[6] as Record<string, unknown>)['build-type'] = 'avx2';
    writeFileSync(path.join(cwd, 'matrix.yml'), JSON.stringify(edited, null, 2));
    git(cwd, 'commit', '-q', '-am', 'two');
    return cwd;
  }

  it('selects exactly the entries the second commit touched', () => {
    const cwd = repo();
    const r = plan(['--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = json(r);
    expect(p.runAll).toBe(false);
    expect(jsonIds(p)).toEqual(['-cpu-whisper', '-cpu-turboquant']);
    expect(p.selected.map((s) => s.reasons)).toEqual([
      ['rules.sources[2]: backend/go/whisper/main.go'],
      ['matrix: changed build-type'],
    ]);
  });

  it('--head defaults to HEAD', () => {
    const cwd = repo();
    const r = plan(['--base', 'HEAD~1', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(jsonIds(json(r))).toEqual(['-cpu-whisper', '-cpu-turboquant']);
  });
});

describe('colour', () => {
  /** Runs the CLI under a pseudo-terminal (util-linux `script`), so stdout is a TTY. */
  const inTty = (env: Record<string, string>): string => {
    const cwd = dir();
    const r = spawnSync(
      'script',
      [
        '-qec',
        `"${process.execPath}" "${CLI}" plan --matrix-file matrix.yml --changed-file backend/go/whisper/a.go`,
        '/dev/null',
      ],
      {
        cwd,
        encoding: 'utf8',
        env: cleanEnv(env),
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 20_000,
      },
    );
    expect(r.status).toBe(0);
    return r.stdout;
  };

  it('none when stdout is not a TTY', () => {
    const r = plan(['--changed-file', 'backend/go/whisper/a.go']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^MATRIX +BACKEND +TAG-SUFFIX/m);
    expect(r.stdout).not.toContain(ESC);
    const bad = cli(['validate', 'bad.yml'], {
      cwd: dir({ 'bad.yml': 'include:\n  - backend: a\n' }),
    });
    expect(bad.stderr).toContain(': error: ');
    expect(bad.stderr).not.toContain(ESC);
  });

  it('on a TTY, the header is bold (so the NO_COLOR check means something)', () => {
    expect(inTty({})).toContain(`${ESC}1m`);
  });

  it('none on a TTY with NO_COLOR set', () => {
    const out = inTty({ NO_COLOR: '1' });
    expect(out).toMatch(/^MATRIX +BACKEND +TAG-SUFFIX/m);
    expect(out).not.toContain(ESC);
  });
});

describe('README quick start: npm start', () => {
  it('plans the bundled example for the example change: exit 0 and a table with reasons', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    // Run exactly what `npm start` runs, without npm in between.
    const [node, script, ...args] = pkg.scripts.start.split(/\s+/);
    expect([node, script]).toEqual(['node', 'dist/cli/index.js']);
    const r = cli(args, { cwd: REPO });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^MATRIX +BACKEND +TAG-SUFFIX +PLATFORM +REASONS$/m);
    const table = rows(r.stdout);
    expect(table.length).toBeGreaterThan(0);
    expect(table.every((row) => row.reasons.length > 0)).toBe(true);
    expect(table.map((row) => row.backend)).toContain('vllm');
  });
});
