/**
 * The Dockerfile audit (README, How the audit reads Dockerfiles; the `audit`
 * input): the pieces
 * (variables, .dockerignore, the parse), the exact gaps of a fixture
 * repository, the fix it suggests, bad input, the CLI, and the action
 * through dist/index.js.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main, type Io } from '../src/cli/main.js';
import { loadMatrixFile, type MatrixFile } from '../src/core/matrix-file.js';
import { assignSources, relevantFiles, selectByFiles } from '../src/core/select.js';
import { audit, type AuditResult } from '../src/dockerfile/audit.js';
import { DockerIgnore } from '../src/dockerfile/dockerignore.js';
import { FileTree } from '../src/dockerfile/file-tree.js';
import { loadParser, parseDockerfile } from '../src/dockerfile/parse.js';
import { Reach } from '../src/dockerfile/reach.js';
import { contextPath, resolveSources } from '../src/dockerfile/resolve.js';
import { expand } from '../src/dockerfile/variables.js';
import { openRepository } from '../src/dockerfile/workspace.js';
import {
  fixtureRepo,
  MATRIX_ENTRIES,
  MATRIX_PATH,
  PARTIAL_RULES,
  TREE,
} from './support/docker-repos.js';
import { removeRepos } from './support/git-repo.js';
import { DIST, runAction, workspace } from './support/run-action.js';

afterAll(removeRepos);

async function auditRepo(dir: string): Promise<{ matrix: MatrixFile; result: AuditResult }> {
  const matrix = loadMatrixFile(readFileSync(path.join(dir, MATRIX_PATH), 'utf8'), MATRIX_PATH);
  expect(matrix.problems.filter((p) => p.level === 'error')).toEqual([]);
  return { matrix, result: await audit(matrix, await openRepository(dir)) };
}

const site = (x: { dockerfile: string; line: number; col: number; source: string }): string =>
  `${x.dockerfile}:${x.line}:${x.col} ${x.source}`;

function cliIo(cwd: string): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
      readStdin: () => '',
      color: false,
      cwd,
    },
    out: () => out,
    err: () => err,
  };
}

describe('variables', () => {
  const scope = new Map<string, { value: string } | { unset: string }>([
    ['A', { value: 'x' }],
    ['EMPTY', { value: '' }],
    ['NOPE', { unset: 'ARG NOPE has no default' }],
  ]);
  const lookup = (n: string) => scope.get(n);
  it.each([
    ['$A/b', 'x/b'],
    ['${A}/b', 'x/b'],
    ['${EMPTY:-d}/b', 'd/b'],
    ['${EMPTY-d}/b', '/b'],
    ['${A:+on}', 'on'],
    ['${EMPTY:+on}', ''],
    ['\\$A', '$A'],
    ['a$', 'a$'],
  ])('%s → %s', (text, value) => {
    expect(expand(text, lookup)).toEqual(expect.objectContaining({ ok: true, value }));
  });
  it('a declared ARG without a value hides the path; an undeclared one is empty, with a note', () => {
    expect(expand('src/${NOPE}', lookup)).toEqual({ ok: false, reason: 'ARG NOPE has no default' });
    expect(expand('src/$GONE/x', lookup)).toEqual({
      ok: true,
      value: 'src//x',
      notes: ['$GONE is not declared in this stage, so Docker substitutes an empty string'],
    });
    expect(expand('${A#x}', lookup).ok).toBe(false);
  });
  it('context paths cannot leave the context', () => {
    expect(contextPath('./a/b/')).toBe('a/b');
    expect(contextPath('../../etc')).toBe('etc');
    expect(contextPath('.')).toBe('');
  });
});

describe('.dockerignore', () => {
  const ignore = DockerIgnore.parse(
    '# comment\n\n**/*.md\nbuild\n!build/keep.txt\n/vendor/\n!docs/*.md\ndocs/secret.md\n',
  );
  it.each([
    ['README.md', true],
    ['a/b/NOTES.md', true],
    ['build/out.o', true], // a directory pattern excludes what is under it
    ['build/keep.txt', false], // `!` re-includes: the last match wins
    ['vendor/x/y.go', true],
    ['docs/guide.md', false],
    ['docs/secret.md', true],
    ['src/main.go', false],
  ])('%s excluded: %s', (file, excluded) => {
    expect(ignore.excludes(file)).toBe(excluded);
  });
});

describe('parsing Dockerfiles', () => {
  it('finds context sources with positions, leaving out --from, URLs, heredoc bodies and cache mounts', async () => {
    const parsed = parseDockerfile(await loadParser(), TREE['backend/Dockerfile.python']);
    expect(parsed.problems).toEqual([]);
    const sources = parsed.steps.flatMap((s) =>
      s.kind === 'source'
        ? [`${s.source.line}:${s.source.col} ${s.source.instruction} ${s.source.text}`]
        : [],
    );
    expect(sources).toEqual([
      '6:6 COPY backend/python/${BACKEND}',
      '7:6 COPY backend/python/common',
      '8:18 COPY scripts/build/package-gpu-libs.sh',
      '9:30 RUN --mount scripts/build/install-${BUILD_TYPE}.sh',
      '16:33 COPY backend/backend.proto',
    ]);
  });
  it('decodes JSON sources with spaces, multi-line arguments and bind mounts of the whole context', async () => {
    const text =
      'FROM x\nCOPY ["a b/c.txt", "d", "/dst/"]\nCOPY one \\\n  two /dst/\nRUN --mount=type=bind,target=/src make\nCOPY <<A <<B /etc/\nx\nA\ny\nB\n';
    const parsed = parseDockerfile(await loadParser(), text);
    const sources = parsed.steps.flatMap((s) =>
      s.kind === 'source' ? [[s.source.line, s.source.text]] : [],
    );
    expect(sources).toEqual([
      [2, 'a b/c.txt'],
      [2, 'd'],
      [3, 'one'],
      [4, 'two'],
      [5, '.'],
    ]);
  });
  it('resolves ARGs per stage: build args, defaults, and a global ARG only where declared again', async () => {
    const text =
      'ARG V=1\nARG W=2\nFROM a AS one\nARG V\nARG X=${V}-x\nCOPY $V/$W/$X /\nFROM b\nARG W=9\nENV E=e-${W}\nCOPY $W/$E /\n';
    const parsed = parseDockerfile(await loadParser(), text);
    const resolved = resolveSources(parsed, { values: new Map([['V', 'given']]) });
    expect(resolved.map((r) => (r.ok ? r.path : r.reason))).toEqual(['given/given-x', '9/e-9']);
    expect(resolved[0].ok && resolved[0].notes[0]).toMatch(
      /\$W is a global ARG that this stage does not declare again/,
    );
  });
  it('reports what Docker would refuse at its line', async () => {
    const parsed = parseDockerfile(
      await loadParser(),
      'RUN echo early\nFROM x\nCOPY onlyone\nFOO bar\nCOPY <<EOF /x\nnever closed\n',
    );
    expect(parsed.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([
      '1:1 RUN before the first FROM: only ARG may come before it',
      '3:1 COPY needs at least one source and a destination',
      '4:1 unknown instruction "FOO"',
      '5:6 heredoc <<EOF is never closed',
    ]);
  });
});

describe('the audit of a fixture repository', () => {
  it('names each gap once, at its Dockerfile line, with the entries it misses', async () => {
    const { result } = await auditRepo(fixtureRepo().dir);
    expect(
      result.gaps.map((g) => `${site(g)} ${g.entries.length}/${g.reached} ${g.files.join(',')}`),
    ).toEqual([
      'backend/Dockerfile.cpp:6:6 backend/cpp/common/${VARIANT}.cfg 1/1 backend/cpp/common/.cfg',
      'backend/Dockerfile.golang:5:6 go.mod 2/2 go.mod',
      'backend/Dockerfile.golang:5:13 go.sum 2/2 go.sum',
      // .dockerignore leaves the test file out: only util.go is an input
      'backend/Dockerfile.golang:7:6 pkg 2/2 pkg/util/util.go',
      'backend/Dockerfile.python:8:18 scripts/build/package-gpu-libs.sh 4/4 scripts/build/package-gpu-libs.sh',
      // BUILD_TYPE from {build-type}, else its default `cpu`
      'backend/Dockerfile.python:9:30 scripts/build/install-${BUILD_TYPE}.sh 4/4 scripts/build/install-cpu.sh,scripts/build/install-cublas.sh',
    ]);
    expect(result.unknowns.map((u) => `${site(u)}: ${u.reason}`)).toEqual([
      'backend/Dockerfile.cpp:7:6 ${SRC_DIR}/patches: ARG SRC_DIR has no default and rules.build.args does not set it',
      'backend/Dockerfile.cpp:8:6 .: it reads the whole build context, so any file there may be an input; name the paths the image needs',
    ]);
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.level}`)).toEqual([
      'backend/Dockerfile.cpp:6:6: warning',
    ]);
    expect(result.checked).toEqual({ dockerfiles: 3, entries: 7, sources: 13 });
  });

  it('suggests a rule that closes the gap when added', async () => {
    const { result } = await auditRepo(fixtureRepo().dir);
    const gap = result.gaps.find((g) => g.source === 'scripts/build/package-gpu-libs.sh')!;
    expect(gap.suggestion).toEqual({
      kind: 'shared',
      yaml: '- paths: ["scripts/build/package-gpu-libs.sh"]\n  rebuild: { dockerfile: "backend/Dockerfile.python" }',
    });
    const rules = PARTIAL_RULES.replace(
      '  build:',
      `${gap.suggestion.yaml.replace(/^/gm, '    ')}\n  build:`,
    );
    const after = await auditRepo(fixtureRepo(rules).dir);
    expect(after.result.gaps.map(site)).not.toContain(site(gap));
    expect(after.result.gaps).toHaveLength(result.gaps.length - 1);
  });

  it('says which existing shared rule shadows a file, and extends a sources rule for per-entry paths', async () => {
    const rules = PARTIAL_RULES.replace(
      '  build:',
      "    - paths: ['scripts/build/**']\n      rebuild: { backend: whisper }\n  build:",
    ).replace("BACKEND: '{backend}'", "BACKEND: '{backend}', SRC_DIR: '{backend}'");
    const extra = { 'llama-cpp/patches/fix.diff': '' };
    const { result } = await auditRepo(fixtureRepo(rules, extra).dir);
    const gpu = result.gaps.find((g) => g.source === 'scripts/build/package-gpu-libs.sh')!;
    expect(gpu.suggestion.shadowedBy).toBe(2);
    const patches = result.gaps.find((g) => g.source === '${SRC_DIR}/patches')!;
    expect(patches.files).toEqual(['llama-cpp/patches/fix.diff']);
    expect(patches.suggestion.kind).toBe('shared');
  });

  it('agrees with the selector a plan uses, on every file of the tree', async () => {
    const repo = fixtureRepo();
    const { matrix } = await auditRepo(repo.dir);
    const entries = [...matrix.linux, ...matrix.darwin];
    const reach = new Reach(entries, matrix.rules);
    const sources = assignSources(entries, matrix.rules!);
    const files = [...Object.keys(TREE), MATRIX_PATH, 'nowhere/new.sh', './backend/backend.proto'];
    for (const f of files) {
      // The plan drops what `rules.ignore` names before it selects.
      const real = selectByFiles(
        entries,
        matrix.rules!,
        relevantFiles([f], matrix.rules!.ignore),
        sources,
      );
      expect(
        reach
          .selects(f)
          .entries()
          .map((e) => e.tagSuffix + e.platformTag)
          .sort(),
      ).toEqual([...real.reasons.keys()].map((e) => e.tagSuffix + e.platformTag).sort());
    }
  });

  it('reports bad input where it is: an unparsable Dockerfile, a missing one, an args template naming no field', async () => {
    const matrix = `${MATRIX_ENTRIES}  - backend: broken
    dockerfile: backend/Dockerfile.broken
    tag-suffix: -broken
  - backend: gone
    dockerfile: ./backend/Dockerfile.gone
    tag-suffix: -gone
${PARTIAL_RULES.replace("BUILD_TYPE: '{build-type}'", "BUILD_TYPE: '{build-type}', CUDA: '{cuda-version}'")}`.replace(
      'includeDarwin:\n  - backend: mlx\n    lang: python\n    tag-suffix: -metal-mlx\n',
      '',
    );
    const repo = fixtureRepo('', {
      [MATRIX_PATH]: `${matrix}includeDarwin:\n  - backend: mlx\n    lang: python\n    tag-suffix: -metal-mlx\n`,
      'backend/Dockerfile.broken': 'FROM x\nCOPY onlyone\n',
    });
    const { matrix: m, result } = await auditRepo(repo.dir);
    const text = m.source!.text.split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle)) + 1;
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.level}: ${p.message}`)).toEqual([
      `${MATRIX_PATH}:${lineOf("CUDA: '{cuda-version}'")}: warning: build arg CUDA names {cuda-version}, a field no entry has: the audit uses the Dockerfile's default instead`,
      `${MATRIX_PATH}:${lineOf('Dockerfile.gone')}: warning: dockerfile "./backend/Dockerfile.gone" is not in the repository (1 entry name it): the audit cannot check it`,
      'backend/Dockerfile.broken:2: error: the Dockerfile does not parse: COPY needs at least one source and a destination',
      'backend/Dockerfile.cpp:6: warning: COPY backend/cpp/common/${VARIANT}.cfg: $VARIANT is a global ARG that this stage does not declare again (add `ARG VARIANT` after its FROM), so Docker substitutes an empty string',
    ]);
    expect(result.missing).toEqual(['backend/Dockerfile.gone']);
  });

  it('audits 500 entries, 20 Dockerfiles and 10,000 files (time printed, not asserted)', async () => {
    const files: string[] = [];
    const include: string[] = [];
    const dockerfiles: Record<string, string> = {};
    for (let d = 0; d < 20; d++) {
      dockerfiles[`docker/Dockerfile.f${d}`] =
        `FROM base\nARG BACKEND\nCOPY family${d}/\${BACKEND} /src\nCOPY shared/lib${d} /lib\nCOPY scripts/f${d}.sh /usr/bin/\n`;
      for (let i = 0; i < 250; i++) files.push(`shared/lib${d}/m${i}.py`);
      files.push(`scripts/f${d}.sh`);
      for (let b = 0; b < 25; b++) {
        include.push(
          `  - { backend: b${d}-${b}, dockerfile: docker/Dockerfile.f${d}, tag-suffix: -t${d}-${b} }`,
        );
        for (let i = 0; i < 10; i++) files.push(`family${d}/b${d}-${b}/src${i}.py`);
      }
    }
    while (files.length < 10_000 - 20) files.push(`other/file${files.length}.txt`);
    const sources = Object.keys(dockerfiles).map(
      (d, i) => `    - if: { dockerfile: ${d} }\n      paths: ['family${i}/{backend}/**']`,
    );
    const text = `include:\n${include.join('\n')}\nrules:\n  sources:\n${sources.join('\n')}\n  shared:\n    - paths: ['shared/**']\n      rebuild: all\n  build:\n    args: { BACKEND: '{backend}' }\n`;
    const matrix = loadMatrixFile(text, 'matrix.yml');
    const tree = new FileTree([...files, ...Object.keys(dockerfiles)]);
    await loadParser();
    const started = performance.now();
    const result = await audit(matrix, { tree, read: (f) => dockerfiles[f] });
    const ms = performance.now() - started;
    console.info(
      `audit: 500 entries, 20 Dockerfiles, ${tree.files.length} files: ${ms.toFixed(0)} ms`,
    );
    expect(result.checked).toEqual({ dockerfiles: 20, entries: 500, sources: 60 });
    // Only the scripts are unmapped: one gap per Dockerfile line, not per entry.
    expect(result.gaps.map((g) => `${g.dockerfile}:${g.line} ${g.entries.length}`)).toEqual(
      Object.keys(dockerfiles)
        .sort()
        .map((d) => `${d}:5 25`),
    );
  });
});

describe('backend-matrix audit', () => {
  it('prints warnings at Dockerfile lines and exits 1 with --strict', async () => {
    const repo = fixtureRepo();
    const plain = cliIo(repo.dir);
    expect(await main(['audit'], plain.io)).toBe(0);
    expect(plain.out()).toContain(
      'backend/Dockerfile.python:8:18: warning: COPY scripts/build/package-gpu-libs.sh: a change to it rebuilds none of the 4 entries it reaches (vllm, diffusers); a shared rule that covers it:\n    - paths: ["scripts/build/package-gpu-libs.sh"]\n      rebuild: { dockerfile: "backend/Dockerfile.python" }\n',
    );
    expect(plain.out()).toMatch(
      /audit: 3 Dockerfiles, 7 entries, 13 sources checked: 6 gaps, 2 cannot be checked/,
    );
    const strict = cliIo(repo.dir);
    expect(await main(['audit', '--strict'], strict.io)).toBe(1);
    const json = cliIo(repo.dir);
    expect(await main(['audit', '--format', 'json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out()) as { gaps: { line: number; entries: unknown[] }[] };
    expect(parsed.gaps.map((g) => g.line)).toEqual([6, 5, 5, 7, 8, 9]);
  });
});

describe('the action runs the audit (dist/index.js)', () => {
  const inputs = { 'changed-files': 'backend/python/vllm/backend.py' };
  it('turns gaps into warning annotations at Dockerfile lines and leaves the outputs as they were', async () => {
    const repo = fixtureRepo();
    const on = await runAction({ inputs: { ...inputs, audit: 'true' } }, repo.dir);
    const off = await runAction({ inputs: { ...inputs, audit: 'false' } }, repo.dir);
    expect(on.code).toBe(0);
    expect(off.code).toBe(0);
    expect(on.outputs).toEqual(off.outputs);
    expect(on.outputs?.['changed-backends']).toBe('["vllm"]');
    const at = on.annotations
      .filter((a) => a.props.file?.startsWith('backend/'))
      .map((a) => `${a.level} ${a.props.file}:${a.props.line}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'warning backend/Dockerfile.python:8',
        'warning backend/Dockerfile.python:9',
        'warning backend/Dockerfile.golang:7',
        'warning backend/Dockerfile.cpp:8',
      ]),
    );
    expect(off.annotations.filter((a) => a.props.file?.startsWith('backend/'))).toEqual([]);
    expect(on.summary).toContain('Dockerfile audit');
    expect(on.summary).toContain('scripts/build/package-gpu-libs.sh');
  });

  it('skips a sparse checkout without the Dockerfiles with one log line', async () => {
    const dir = workspace({ [MATRIX_PATH]: `${MATRIX_ENTRIES}\n${PARTIAL_RULES}` });
    const run = await runAction({ inputs: { ...inputs, audit: 'true' } }, dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => /Dockerfile audit skipped/.test(l));
    expect(lines).toEqual([
      'Dockerfile audit skipped: none of the 3 Dockerfile(s) the entries name is in the workspace (a sparse checkout?)',
    ]);
    expect(run.annotations.filter((a) => a.props.file?.startsWith('backend/'))).toEqual([]);
  });

  it('on a push, runs only when the change edits what it reads or adds or removes a file', async () => {
    const repo = fixtureRepo();
    const push = async (files: Record<string, string | null>) => {
      const before = repo.head();
      repo.write(files);
      const after = repo.commit('change');
      const run = await runAction(
        {
          eventName: 'push',
          event: { before, after, ref: 'refs/heads/main' },
          env: { GITHUB_SHA: after },
          inputs: { audit: 'true' },
        },
        repo.dir,
      );
      expect(run.code).toBe(0);
      const gaps = run.annotations.filter((a) => a.props.file?.startsWith('backend/')).length;
      const skipped = /Dockerfile audit skipped: this change edits none/.test(run.stdout);
      return { gaps, skipped, backends: run.outputs?.['changed-backends'] };
    };
    // An edit to a file the Dockerfiles copy: the findings are those of the run before.
    expect(await push({ 'backend/python/vllm/backend.py': 'print(2)\n' })).toEqual({
      gaps: 0,
      skipped: true,
      backends: '["vllm"]',
    });
    // A new file, a removed file: the audit runs.
    const changes: Record<string, string | null>[] = [
      { 'backend/python/vllm/extra.py': 'x = 1\n' },
      { 'backend/python/vllm/extra.py': null },
    ];
    for (const change of changes) {
      const r = await push(change);
      expect([Object.keys(change)[0], r.skipped, r.gaps > 0]).toEqual([
        Object.keys(change)[0],
        false,
        true,
      ]);
    }
  });

  it('on a push that edits a Dockerfile, reads that one alone; one that adds a file reads them all', async () => {
    const repo = fixtureRepo();
    const push = async (change: Record<string, string | null>) => {
      const before = repo.head();
      repo.write(change);
      const after = repo.commit('change');
      const run = await runAction(
        {
          eventName: 'push',
          event: { before, after, ref: 'refs/heads/main' },
          env: { GITHUB_SHA: after },
          inputs: { audit: 'true' },
        },
        repo.dir,
      );
      expect(run.code).toBe(0);
      const files = run.annotations
        .map((a) => a.props.file ?? '')
        .filter((f) => f.startsWith('backend/Dockerfile'));
      return {
        files: [...new Set(files)].sort(),
        scoped: run.stdout.includes('Dockerfile audit of only'),
      };
    };
    const edit = { 'backend/Dockerfile.python': `${TREE['backend/Dockerfile.python']}# edited\n` };
    expect(await push(edit)).toEqual({ files: ['backend/Dockerfile.python'], scoped: true });
    expect(await push({ 'backend/python/vllm/extra.py': 'x = 1\n' })).toEqual({
      files: ['backend/Dockerfile.cpp', 'backend/Dockerfile.golang', 'backend/Dockerfile.python'],
      scoped: false,
    });
  });

  it('keeps dockerfile-ast out of the main bundle (loaded only when Dockerfiles are read)', () => {
    expect(readFileSync(DIST, 'utf8')).not.toMatch(/vscode-languageserver|getInitialARGs/);
  });
});
