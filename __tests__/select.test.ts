import { describe, expect, it } from '@jest/globals';
import { formatReason } from '../src/core/select.js';
import { ids, matrixOf, planFor } from './support/matrix.js';
import { ALL_DARWIN, ALL_LINUX, demo } from './support/fixtures.js';

const VLLM = ['-cpu-vllm@amd64', '-cpu-vllm@arm64', '-gpu-vllm'];

describe('selection by changed files', () => {
  it.each<[string, string[], string[]]>([
    ['a backend source file selects its entries', ['backend/python/vllm/backend.py'], VLLM],
    ['a leading ./ on a changed file is ignored', ['./backend/python/vllm/backend.py'], VLLM],
    ['path globs match dotfiles', ['backend/python/vllm/.gitignore'], VLLM],
    ['another layout by dockerfile selector', ['backend/go/whisper/main.go'], ['-cpu-whisper']],
    ['a ! pattern in sources excludes', ['backend/go/whisper/main_test.go'], []],
    [
      'rules with several paths; darwin rule before the generic one',
      ['backend/cpp/llama-cpp/server.cpp'],
      ['-cpu-llama-cpp', '-cpu-turboquant', '-metal-darwin-arm64-llama-cpp'],
    ],
    ['brace alternatives in a selector', ['backend/cpp/turboquant/q.cpp'], ['-cpu-turboquant']],
    ['the entry dockerfile triggers it', ['backend/Dockerfile.golang'], ['-cpu-whisper']],
    [
      'shared rule with per-os selectors',
      ['backend/python/common/util.py'],
      [...VLLM, '-gpu-diffusers', '-metal-darwin-arm64-mlx'],
    ],
    ['shared rules are first-match-wins per file', ['scripts/build/special.sh'], ['-cpu-whisper']],
    [
      'a catch-all shared rule rebuilds all',
      ['scripts/build/package.sh'],
      [...ALL_LINUX, ...ALL_DARWIN],
    ],
    ['a file a ! pattern excludes falls through', ['scripts/build/package_test.sh'], []],
    ['ignored files never trigger', ['README.md', 'backend/python/vllm/README.md'], []],
    ['a missing side of rebuild is none', ['backend/backend.proto'], ALL_LINUX],
    ['darwin template over {lang}', ['backend/python/mlx/mlx.py'], ['-metal-darwin-arm64-mlx']],
    ['no changed files select nothing', [], []],
    ['an unrelated file selects nothing', ['docs/site/index.html'], []],
    [
      'several files union, file order kept',
      ['backend/go/whisper/x.go', 'backend/python/diffusers/y.py'],
      ['-gpu-diffusers', '-cpu-whisper'],
    ],
  ])('%s', (_, files, expected) => {
    const p = planFor(demo, files);
    expect(ids(p)).toEqual(expected);
    expect(p.runAll).toBe(false);
    for (const s of p.selected) expect(s.reasons.length).toBeGreaterThan(0);
  });

  it('records why each entry was selected', () => {
    const p = planFor(demo, [
      'backend/python/vllm/a.py',
      'backend/Dockerfile.python',
      'scripts/build/x.sh',
    ]);
    const gpu = p.selected.find((s) => s.entry.tagSuffix === '-gpu-vllm');
    expect(gpu?.reasons.map(formatReason)).toEqual([
      'rules.sources[1]: backend/python/vllm/a.py',
      'dockerfile: backend/Dockerfile.python',
      'rules.shared[2]: scripts/build/x.sh',
    ]);
  });

  it('selecting one multi-arch leg selects all its legs', () => {
    const doc = structuredClone(demo);
    doc.include[1].dockerfile = './backend/Dockerfile.python-arm';
    const p = planFor(doc, ['backend/Dockerfile.python-arm']);
    expect(ids(p)).toEqual(['-cpu-vllm@amd64', '-cpu-vllm@arm64']);
    expect(formatReason(p.selected[0].reasons[0])).toBe(
      'multi-arch: another leg of -cpu-vllm is rebuilt',
    );
  });

  it('a rule whose template field is missing passes the entry to the next rule', () => {
    const doc = {
      include: [
        { backend: 'a', 'tag-suffix': '-a', lang: 'go' },
        { backend: 'b', 'tag-suffix': '-b' },
      ],
      rules: {
        sources: [{ paths: ['src/{lang}/{backend}/**'] }, { paths: ['other/{backend}/**'] }],
      },
    };
    expect(ids(planFor(doc, ['src/go/a/x']))).toEqual(['-a']);
    expect(ids(planFor(doc, ['other/b/x']))).toEqual(['-b']);
    expect(ids(planFor(doc, ['other/a/x']))).toEqual([]);
  });

  it('template values match literally, glob characters and ./ included', () => {
    const doc = {
      include: [{ backend: 'a', 'tag-suffix': '-a', dir: './c++/x*' }],
      rules: { sources: [{ paths: ['src/{dir}/**'] }] },
    };
    expect(ids(planFor(doc, ['src/c++/x*/main.cc']))).toEqual(['-a']);
    expect(ids(planFor(doc, ['src/cc/xyz/main.cc']))).toEqual([]);
  });

  it('brace expansion with commas is not a template', () => {
    const doc = {
      include: [{ backend: 'a', 'tag-suffix': '-a' }],
      rules: { sources: [{ paths: ['{src,lib}/{backend}/**'] }] },
    };
    expect(ids(planFor(doc, ['lib/a/x']))).toEqual(['-a']);
  });
});

describe('selectors', () => {
  const doc = (when: object) => ({
    include: [
      { backend: 'llama-cpp', 'tag-suffix': '-1', lang: 'cpp', cuda: 12 },
      { backend: 'ds4', 'tag-suffix': '-2', lang: '' },
      { backend: 'vllm', 'tag-suffix': '-3', os: 'windows' },
    ],
    rules: { sources: [{ if: when, paths: ['src/**'] }] },
  });
  const selected = (when: object) => ids(planFor(doc(when), ['src/x']));

  it.each<[string, object, string[]]>([
    ['a glob', { backend: 'llama-*' }, ['-1']],
    ['a list of globs', { backend: ['ds4', 'vllm'] }, ['-2', '-3']],
    ['an extglob negation', { backend: '!(llama-cpp|ds4)' }, ['-3']],
    ['! patterns in a list', { backend: ['!llama-cpp', '!ds4'] }, ['-3']],
    ['null matches absent and empty fields', { lang: null }, ['-2', '-3']],
    ['"*" means the field is present', { lang: '*' }, ['-1']],
    ['a negation never matches an absent field', { lang: '!cpp' }, []],
    ['null or a glob', { lang: [null, 'cpp'] }, ['-1', '-2', '-3']],
    ['numbers are matched as strings', { cuda: 12 }, ['-1']],
    ['os is the list, not the entry field', { os: 'linux' }, ['-1', '-2', '-3']],
    ['all keys must match', { backend: '*', lang: 'cpp' }, ['-1']],
  ])('%s', (_, when, expected) => {
    expect(selected(when)).toEqual(expected);
  });
});

describe('matrix file edits', () => {
  const before = {
    include: [
      { backend: 'a', 'tag-suffix': '-a', image: 'ubuntu:22.04' },
      { backend: 'b', 'tag-suffix': '-b', image: 'ubuntu:22.04' },
      { backend: 'c', 'tag-suffix': '-c' },
    ],
    rules: { sources: [{ paths: ['src/{backend}/**'] }] },
  };
  const yaml = (o: object) => JSON.stringify(o);
  const MATRIX = '.github/backend-matrix.yml';

  it('selects new and changed entries only', () => {
    const after = structuredClone(before) as typeof before & { include: object[] };
    after.include[1].image = 'ubuntu:24.04';
    after.include.splice(2, 1);
    after.include.push({ backend: 'd', 'tag-suffix': '-d' });
    const p = planFor(after, [MATRIX], { baseMatrix: yaml(before) });
    expect(ids(p)).toEqual(['-b', '-d']);
    expect(p.selected.map((s) => formatReason(s.reasons[0]))).toEqual([
      'matrix: changed image',
      'matrix: new entry',
    ]);
  });

  it('field order, formatting and rules edits rebuild nothing', () => {
    const after = {
      include: before.include.map((e) => Object.fromEntries(Object.entries(e).reverse())),
      rules: { sources: [{ paths: ['lib/{backend}/**'] }] },
    };
    expect(ids(planFor(after, [MATRIX], { baseMatrix: yaml(before) }))).toEqual([]);
  });

  it('an unreadable base selects everything, with a warning', () => {
    const p = planFor(before, [MATRIX]);
    expect(p.runAll).toBe(true);
    expect(ids(p)).toEqual(['-a', '-b', '-c']);
    expect(p.warnings.map((w) => w.message).join('\n')).toMatch(/base revision could not be read/);
  });

  it('a base that is not YAML selects everything', () => {
    const p = planFor(before, [MATRIX], { baseMatrix: 'include: [' });
    expect(p.runAll).toBe(true);
  });
});

describe('run-all', () => {
  it('selects everything with the cause as the reason', () => {
    const p = planFor(demo, { kind: 'all', cause: 'force-all is set' });
    expect(p.runAll).toBe(true);
    expect(ids(p)).toEqual([...ALL_LINUX, ...ALL_DARWIN]);
    expect(formatReason(p.selected[0].reasons[0])).toBe('run-all: force-all is set');
  });

  it('a file without rules builds everything on a diff, and warns', () => {
    const p = planFor({ include: [{ backend: 'a', 'tag-suffix': '-a' }] }, ['x']);
    expect(p.runAll).toBe(true);
    expect(ids(p)).toEqual(['-a']);
    expect(p.warnings[0].message).toMatch(/no `rules` section/);
  });

  it('a filtered run that selects every entry says run-all=false', () => {
    const p = planFor(demo, ['scripts/build/package.sh']);
    expect(p.selected).toHaveLength(9);
    expect(p.runAll).toBe(false);
  });
});

describe('unmapped entries', () => {
  const doc = {
    include: [
      { backend: 'a', 'tag-suffix': '-a', dockerfile: 'Dockerfile.python' },
      { backend: 'b', 'tag-suffix': '-b', dockerfile: 'Dockerfile.rust' },
    ],
    rules: {
      sources: [{ if: { dockerfile: 'Dockerfile.python' }, paths: ['src/{lang}/{backend}/**'] }],
    },
  };

  it('are warned about when the file is loaded, not again by each plan', () => {
    expect(matrixOf(doc).problems.map((p) => p.line)).toEqual([3, 8]);
    expect(planFor(doc, ['x']).warnings).toEqual([]);
  });

  it('can still be selected by their dockerfile and shared rules', () => {
    expect(ids(planFor(doc, ['Dockerfile.rust']))).toEqual(['-b']);
  });
});
