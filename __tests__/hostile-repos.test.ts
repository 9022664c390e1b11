/**
 * What a second red-team pass found in the audit, the CLI's git calls, glob
 * matching and the CLI's output, each through the bundled action
 * (dist/index.js) or the bundled CLI (dist/cli/index.js) as a user runs them:
 * a hostile pull request, a hostile repository, a hostile file name.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureRepo, MATRIX_ENTRIES, MATRIX_PATH, PARTIAL_RULES } from './support/docker-repos.js';
import { git, GitRepo, removeRepos } from './support/git-repo.js';
import { runAction, type ActionRun } from './support/run-action.js';

afterAll(removeRepos);

const CLI = path.resolve('dist/cli/index.js');
/** No machine config: nothing trusts a directory but what the tool itself passes. */
const NO_GIT_CONFIG = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI as a user runs it, in `cwd`. The heap is capped, so that what once
 * read gigabytes fails fast here instead of taking the machine's memory.
 */
function cli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...NO_GIT_CONFIG, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      // Bounded: a flood of output is a failure in itself.
      if (stdout.length < 8_000_000) stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 8_000_000) stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** What a reader of the run sees: the log (but the runner's own mask command), and the summary. */
const everything = (r: ActionRun): string =>
  `${r.stdout.replace(/^::add-mask::.*$/gm, '')}\n${r.stderr}\n${r.summary}`;
const STACK = /\n\s+at |%0A\s+at /;
const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), prefix));

// ---------------------------------------------------------------------------

describe('the audit reads only regular files inside the workspace, and never quotes them', () => {
  const SECRET = 'hostile-secret-value-4242';
  const outside = tempDir('bma-outside-');
  writeFileSync(path.join(outside, 'Dockerfile'), `FROM x\n${SECRET}-in-a-file /x\n`);
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  /** The fixture with its Python Dockerfile a symlink to `target`. */
  function linked(target: string): GitRepo {
    const repo = fixtureRepo();
    const df = path.join(repo.dir, 'backend/Dockerfile.python');
    rmSync(df);
    symlinkSync(target, df);
    return repo;
  }

  it.each([
    ['a file outside the workspace', path.join(outside, 'Dockerfile')],
    ['/proc/self/environ (the runner’s environment)', '/proc/self/environ'],
  ])('a Dockerfile symlinked to %s is refused by name (action)', async (_, target) => {
    const repo = linked(target);
    const r = await runAction(
      {
        inputs: { audit: 'true', 'changed-files': 'README.md', token: `ghs_${SECRET}` },
        env: { HOSTILE_VARIABLE: SECRET },
      },
      repo.dir,
    );
    expect(r.code).toBe(0);
    expect(everything(r)).not.toContain(SECRET);
    const refusal = r.annotations.find((a) =>
      /backend\/Dockerfile\.python resolves to .*, outside the repository .*: the audit does not read it/.test(
        a.message,
      ),
    );
    expect(refusal?.level).toBe('warning');
    expect(r.summary).toContain('backend/Dockerfile.python resolves to');
  });

  it('the CLI refuses it the same way', async () => {
    const repo = linked('/proc/self/environ');
    const r = await cli(repo.dir, ['audit'], { HOSTILE_VARIABLE: SECRET });
    expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET);
    expect(r.stdout).toMatch(
      /backend-matrix\.yml:\d+:\d+: warning: backend\/Dockerfile\.python resolves to \/proc\/\d+\/environ, outside the repository/,
    );
  });

  it('a device or a FIFO as Dockerfile is refused, never opened', async () => {
    const repo = linked('/dev/zero');
    const r = await cli(repo.dir, ['audit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/backend\/Dockerfile\.python resolves to \/dev\/zero, outside/);
  });

  it('a Dockerfile that does not parse is reported by position, quoting at most a short piece', async () => {
    const repo = fixtureRepo(PARTIAL_RULES, {
      'backend/Dockerfile.cpp': `${'GARBAGE'.repeat(2000)} x\n`.repeat(50),
    });
    const r = await cli(repo.dir, ['audit']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('backend/Dockerfile.cpp:'));
    expect(lines[0]).toMatch(
      /^backend\/Dockerfile\.cpp:1:1: error: the Dockerfile does not parse: unknown instruction "(GARBAGE){2}GARBAG… \(13980 more characters\)"$/,
    );
    // One line per problem up to ten, then a count: not one line per line of a large file.
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(r.stdout).toMatch(/more problems from here on/);
    expect(r.stdout.length).toBeLessThan(10_000);
  });
});

// ---------------------------------------------------------------------------

describe('a repository cannot make git run a program', () => {
  const hook = (marker: string): string => {
    const script = path.join(tempDir('bma-hook-'), 'hook.sh');
    writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\nexit 1\n`, { mode: 0o755 });
    return script;
  };

  /**
   * The fixture with config that runs a program: an fsmonitor (run by
   * `ls-files`), and a gpg program with signatures shown (run by `log` on a
   * signed commit, which the last commit is).
   */
  function hostileRepo(): { repo: GitRepo; marker: string } {
    const marker = path.join(tempDir('bma-marker-'), 'ran');
    const repo = fixtureRepo();
    // A new file too, so that the action's audit runs (and lists the files with git).
    repo.write({
      'backend/python/vllm/backend.py': 'print("signed")\n',
      'backend/python/vllm/extra.py': 'x = 1\n',
    });
    git(repo.dir, 'add', '-A');
    const tree = git(repo.dir, 'write-tree');
    const parent = git(repo.dir, 'rev-parse', 'HEAD');
    const signed =
      `tree ${tree}\nparent ${parent}\nauthor T <t@e> 1700000000 +0000\ncommitter T <t@e> 1700000000 +0000\n` +
      'gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nsigned change\n';
    const file = path.join(tempDir('bma-commit-'), 'commit');
    writeFileSync(file, signed);
    const sha = git(repo.dir, 'hash-object', '-t', 'commit', '-w', file);
    git(repo.dir, 'update-ref', 'refs/heads/main', sha);
    git(repo.dir, 'reset', '-q', '--hard', sha);
    // The config last: the helper's own git calls above must not run it.
    const program = hook(marker);
    git(repo.dir, 'config', 'core.fsmonitor', program);
    git(repo.dir, 'config', 'gpg.program', program);
    git(repo.dir, 'config', 'log.showSignature', 'true');
    git(repo.dir, 'config', 'core.hooksPath', path.dirname(program));
    expect(existsSync(marker)).toBe(false);
    return { repo, marker };
  }

  const OTHER_OWNER = { GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' };

  it.each([
    ['audit', ['audit']],
    ['init', ['init', '--force']],
    ['replay', ['replay', '--range', 'HEAD~1..HEAD']],
  ])(
    'the CLI respects git refusing another user’s repository: %s names it, the hook never runs',
    async (_, args) => {
      const { repo, marker } = hostileRepo();
      const r = await cli(repo.dir, args, OTHER_OWNER);
      expect(existsSync(marker)).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/git refuses the repository at .*: "detected dubious ownership"/);
      expect(r.stderr).not.toMatch(STACK);
    },
  );

  it.each([
    ['audit', ['audit']],
    ['init', ['init', '--force']],
    ['replay', ['replay', '--range', 'HEAD~1..HEAD']],
    ['plan --base', ['plan', '--base', 'HEAD~1']],
  ])('in the user’s own repository, %s runs no program its config names', async (_, args) => {
    const { repo, marker } = hostileRepo();
    const r = await cli(repo.dir, args);
    expect(r.stderr).not.toMatch(/dubious|unexpected failure/);
    expect(existsSync(marker)).toBe(false);
  });

  it('the action trusts its workspace (another user’s checkout) and runs no program its config names', async () => {
    const { repo, marker } = hostileRepo();
    const before = git(repo.dir, 'rev-parse', 'HEAD~1');
    const after = git(repo.dir, 'rev-parse', 'HEAD');
    const r = await runAction(
      {
        inputs: { audit: 'true', 'diff-source': 'git' },
        event: { before, after, ref: 'refs/heads/main', forced: false, commits: [] },
        env: { ...OTHER_OWNER, ...NO_GIT_CONFIG, GITHUB_SHA: after },
      },
      repo.dir,
    );
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('changed file(s) from git');
    expect(JSON.parse(r.outputs?.['changed-backends'] ?? '[]')).toContain('vllm');
    // The change adds a file: the audit listed the files with git and ran.
    expect(r.summary).toContain('### Dockerfile audit');
  });
});

describe('git failures show the command as typed', () => {
  it('no `-c` options, and no `-c` without its value', async () => {
    const repo = fixtureRepo();
    const r = await cli(repo.dir, ['replay', '--range', 'nope...HEAD']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/backend-matrix: git log -z --first-parent .* failed: /);
    expect(r.stderr).not.toMatch(/git -c|-c -c|safe\.directory|core\.fsmonitor/);
  });
});

// ---------------------------------------------------------------------------

describe('glob matching takes bounded time', () => {
  const RULES = (glob: string): string =>
    `${MATRIX_ENTRIES}\nrules:\n  sources:\n    - if: { backend: vllm }\n      paths: ['${glob}']\n    - if: { backend: whisper }\n      paths: ['src/**']\n`;

  it('a rule glob with too many wildcards is a validation error at its position', async () => {
    const glob = `src/${'*a'.repeat(15)}*b`;
    const dir = tempDir('bma-glob-');
    writeFileSync(path.join(dir, 'm.yml'), RULES(glob));
    const r = await cli(dir, ['validate', 'm.yml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^m\.yml:\d+:\d+: error: .*has 16 wildcards \(\* or \*\*\); at most 8 are allowed in one pattern/m,
    );
  });

  it('a glob within the limit against a long changed path answers at once (action)', async () => {
    // Seven wildcards: a backtracking matcher takes hours on a 200-character name.
    const glob = `src/${'*a'.repeat(6)}*b`;
    const r = await runAction(
      {
        files: { [MATRIX_PATH]: RULES(glob) },
        inputs: { 'changed-files': `src/${'a'.repeat(200)}\nsrc/${'a'.repeat(20)}b` },
        timeoutMs: 60_000,
      },
      undefined,
    );
    expect(r.code).toBe(0);
    // The long name fails the glob (whisper's rule takes it); the short one matches.
    const backends = JSON.parse(r.outputs?.['changed-backends'] ?? '[]') as string[];
    expect(backends.sort()).toEqual(['vllm', 'whisper']);
  }, 90_000);

  it('a 20,000-line .dockerignore over 2,000 files: the audit finishes', async () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) extra[`backend/python/vllm/gen/f${i}/m${i}.py`] = '';
    const lines = ['**/*.md'];
    for (let i = 0; i < 18_000; i++) lines.push(`vendor/pkg-${i}/file.txt`);
    for (let i = 0; i < 1_999; i++) lines.push(`**/*.tmp${i}`);
    lines.push('backend/python/vllm/gen/f7', '!backend/python/vllm/gen/f7/m7.py');
    const repo = fixtureRepo(PARTIAL_RULES, {
      ...extra,
      '.dockerignore': `${lines.join('\n')}\n`,
    });
    const r = await cli(repo.dir, ['audit', '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { checked: { sources: number } };
    expect(report.checked.sources).toBeGreaterThan(0);
  }, 90_000);

  it('a .dockerignore line with too many wildcards: the file is not applied, and the audit says why', async () => {
    const repo = fixtureRepo(PARTIAL_RULES, {
      '.dockerignore': `**/*.md\nbackend/${'*a'.repeat(12)}*\n`,
    });
    const r = await cli(repo.dir, ['audit']);
    expect(r.stdout).toMatch(
      /^\.dockerignore: warning: line 2: .*has 13 wildcards .*: the audit reads the build context as if nothing were left out$/m,
    );
    expect(r.stdout.match(/has 13 wildcards/g)).toHaveLength(1);
  });

  it('a run over its time budget builds everything and says why', async () => {
    const r = await runAction({
      files: { [MATRIX_PATH]: `${MATRIX_ENTRIES}\n${PARTIAL_RULES}` },
      inputs: { 'changed-files': 'README.md' },
      env: { BACKEND_MATRIX_RUN_BUDGET_MS: '0' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs?.['run-all']).toBe('true');
    expect(r.stdout).toMatch(/over the run's budget of 0 s, so every entry is built/);
  });
});

// ---------------------------------------------------------------------------

describe('ARG expansion is bounded', () => {
  it('a doubling ARG chain is "cannot be checked", once per source, with bounded output', async () => {
    const args = ['ARG A0=xxxxxxxxxxxxxxxx'];
    for (let i = 1; i <= 22; i++) args.push(`ARG A${i}=$A${i - 1}$A${i - 1}`);
    const dockerfile = `FROM scratch\n${args.join('\n')}\nCOPY $A22/k /d\nCOPY $A22/k /d\nCOPY $A22/k /d\n`;
    const repo = fixtureRepo(PARTIAL_RULES, { 'backend/Dockerfile.cpp': dockerfile });
    const r = await cli(repo.dir, ['audit']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('backend/Dockerfile.cpp:') && /cannot be checked/.test(l));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/expands to more than 4 KiB/);
    expect(r.stdout.length + r.stderr.length).toBeLessThan(20_000);
  });
});

// ---------------------------------------------------------------------------

describe('the CLI reads the matrix file through the checked reader', () => {
  it.each([
    ['validate', []],
    ['audit', []],
    ['plan', ['--changed-file', 'x']],
  ])('%s refuses a matrix file that is a symlink to /dev/zero', async (command, extra) => {
    const dir = tempDir('bma-zero-');
    mkdirSync(path.join(dir, '.github'));
    symlinkSync('/dev/zero', path.join(dir, MATRIX_PATH));
    const r = await cli(dir, [command, ...extra]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /backend-matrix: matrix file \.github\/backend-matrix\.yml resolves to \/dev\/zero, outside the working directory/,
    );
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a device named directly is refused as one', async () => {
    const r = await cli(tempDir('bma-zero-'), ['validate', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/matrix file \/dev\/zero is a device, not a regular file/);
  });
});

// ---------------------------------------------------------------------------

describe("the audit's section of the step summary is escaped", () => {
  it('markup from Dockerfile text and backend names stays text', async () => {
    const html = '<img src=x onerror=alert(1)>';
    const link = '[click](https://evil.example)';
    const dockerfile = `FROM scratch\nCOPY ["scripts/${html}", "/a"]\nCOPY scripts/${link} /b\n`;
    const repo = fixtureRepo(PARTIAL_RULES, { 'backend/Dockerfile.cpp': dockerfile });
    const r = await runAction(
      { inputs: { audit: 'true', 'changed-files': 'README.md' } },
      repo.dir,
    );
    expect(r.code).toBe(0);
    const section = r.summary.slice(r.summary.indexOf('### Dockerfile audit'));
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(section).not.toContain('<img');
    expect(section).not.toContain('](https://evil');
    expect(section).toContain('&#91;click&#93;(https://evil.example)');
  });
});

// ---------------------------------------------------------------------------

describe('CLI lines escape control characters', () => {
  const ESC = '\u001b';

  it('plan: a changed file name with a terminal escape', async () => {
    const repo = fixtureRepo();
    const name = `backend/python/vllm/${ESC}]0;pwned${'\u0007'}${ESC}[2J.py`;
    const r = await cli(repo.dir, ['plan', '--changed-file', name]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('vllm');
    expect(r.stdout + r.stderr).not.toContain(ESC);
    expect(r.stdout).toContain('\\u001b]0;pwned\\u0007\\u001b[2J.py');
  });

  it('audit: Dockerfile text with a terminal escape', async () => {
    const dockerfile = `FROM scratch\nCOPY scripts/${ESC}[2Jwipe /a\n${ESC}[31mBOGUS x\n`;
    const repo = fixtureRepo(PARTIAL_RULES, { 'backend/Dockerfile.cpp': dockerfile });
    const r = await cli(repo.dir, ['audit']);
    expect(r.stdout).toContain('scripts/\\u001b[2Jwipe');
    expect(r.stdout + r.stderr).not.toContain(ESC);
  });

  it('validate: a file name with a terminal escape', async () => {
    const dir = tempDir('bma-esc-');
    const name = `m${ESC}[2J.yml`;
    writeFileSync(path.join(dir, name), readFileSync(path.resolve('examples/backend-matrix.yml')));
    const r = await cli(dir, ['validate', name]);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(ESC);
  });
});

// ---------------------------------------------------------------------------

describe('build.context "{context}" with entries at "./"', () => {
  const withContext = (value: string): GitRepo =>
    fixtureRepo(PARTIAL_RULES.replace('  build:\n', '  build:\n    context: "{context}"\n'), {
      [MATRIX_PATH]:
        MATRIX_ENTRIES.replace(/^( {4}dockerfile: .*)$/gm, `$1\n    context: "${value}"`) +
        `\n${PARTIAL_RULES.replace('  build:\n', '  build:\n    context: "{context}"\n')}`,
    });

  it('the same gaps as context "." (the repository root), nothing "cannot be checked" for it', async () => {
    const gaps = async (value: string) => {
      const r = await cli(withContext(value).dir, ['audit', '--format', 'json']);
      const report = JSON.parse(r.stdout) as {
        gaps: { dockerfile: string; line: number; source: string; files: string[] }[];
        unknowns: { reason: string }[];
      };
      return {
        gaps: report.gaps.map((g) => `${g.dockerfile}:${g.line} ${g.source} ${g.files.join(',')}`),
        unknowns: report.unknowns.map((u) => u.reason),
      };
    };
    const dot = await gaps('.');
    const slash = await gaps('./');
    expect(dot.gaps.length).toBeGreaterThan(0);
    expect(slash).toEqual(dot);
    expect(slash.unknowns.join('\n')).not.toMatch(/build context .* names a field/);
  });
});
