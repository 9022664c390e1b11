/**
 * Validation that teaches (docs/rules.md, Validation): each mistake is reported
 * once, at its line, with what to write instead; nothing correct draws a
 * warning.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import picomatch from 'picomatch/posix.js';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { formatProblem } from '../src/core/problems.js';
import { glob, PatternList, shadows } from '../src/core/globs.js';
import { run as validate } from '../src/cli/validate.js';
import { distanceShare, editDistance } from '../src/core/edit-distance.js';

const check = (text: string): string[] => loadMatrixFile(text, 'm.yml').problems.map(formatProblem);
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** Two legs of one image (the second from an anchor) and a single-arch image. */
const PYTHON_ENTRIES = [
  'include:',
  '  - &vllm',
  '    backend: vllm',
  '    dockerfile: ./backend/Dockerfile.python',
  '    platform-tag: amd64',
  '    tag-suffix: -cpu-vllm',
  '  - <<: *vllm',
  '    platform-tag: arm64',
  '  - backend: diffusers',
  '    dockerfile: ./backend/Dockerfile.python',
  '    tag-suffix: -gpu-diffusers',
];
const EXCLUSION_WINS =
  "an exclusion wins whatever its position in the list (unlike GitHub's on.paths, where the last matching pattern wins)";

describe('one problem, one annotation', () => {
  it.each<[string, string, string[]]>([
    [
      'a typo in a sources selector: the rule once, each image once, naming the closest rule',
      lines(
        ...PYTHON_ENTRIES,
        'rules:',
        '  sources:',
        "    - if: { dockerfile: '**/Dockerfile.pyhton' }",
        "      paths: ['backend/python/{backend}/**']",
      ),
      [
        'm.yml:14:7: warning: rules.sources[0] applies to no entry: no entry has dockerfile matching "**/Dockerfile.pyhton" (entries have "./backend/Dockerfile.python"); fix the `if`, or remove the rule',
        'm.yml:2:5: warning: no rules.sources rule applies to vllm (-cpu-vllm, amd64 and arm64), so a change to its code can never select it; the closest is rules.sources[0] (line 14), whose `if` wants dockerfile: "**/Dockerfile.pyhton" where this entry has "./backend/Dockerfile.python": fix the pattern, or add a rule that fits',
        'm.yml:9:5: warning: no rules.sources rule applies to diffusers (-gpu-diffusers), so a change to its code can never select it; the closest is rules.sources[0] (line 14), whose `if` wants dockerfile: "**/Dockerfile.pyhton" where this entry has "./backend/Dockerfile.python": fix the pattern, or add a rule that fits',
      ],
    ],
    [
      'the closest rule is the one whose `if` matches but lacks a templated field',
      lines(
        ...PYTHON_ENTRIES,
        'rules:',
        '  sources:',
        '    - if: { backend: whisper }',
        "      paths: ['backend/go/{backend}/**']",
        "    - if: { dockerfile: '**/Dockerfile.python' }",
        "      paths: ['backend/{lang}/{backend}/**']",
        '    - if: { backend: diffusers }',
        "      paths: ['backend/python/{backend}/**']",
      ),
      [
        'm.yml:14:7: warning: rules.sources[0] applies to no entry: no entry has backend matching "whisper" (entries have "vllm", "diffusers"); fix the `if`, or remove the rule',
        'm.yml:2:5: warning: no rules.sources rule applies to vllm (-cpu-vllm, amd64 and arm64), so a change to its code can never select it; rules.sources[1] matches its `if` but needs {lang}, which this entry lacks: add the field, or a rule before it that fits',
      ],
    ],
    [
      'the closest rule is the one whose selector differs least, naming each key it misses',
      lines(
        ...PYTHON_ENTRIES.slice(0, 8),
        'rules:',
        '  sources:',
        '    - if: { backend: vllm, os: darwin, lang: python }',
        "      paths: ['backend/{backend}/**']",
        '    - if: { backend: vllm, platform-tag: arm64 }',
        "      paths: ['backend/{backend}/**']",
      ),
      [
        'm.yml:11:7: warning: rules.sources[0] applies to no entry: no entry has os matching "darwin" (entries have "linux"); no entry has lang matching "python" (no entry has lang); fix the `if`, or remove the rule',
        'm.yml:2:5: warning: no rules.sources rule applies to vllm (-cpu-vllm, amd64), so a change to its code can never select it; the closest is rules.sources[1] (line 13), whose `if` wants platform-tag: "arm64" where this entry has "amd64": fix the pattern, or add a rule that fits',
      ],
    ],
    [
      'an empty sources list',
      lines('include:', '  - backend: a', '    tag-suffix: -a', 'rules:', '  sources: []'),
      [
        'm.yml:2:5: warning: no rules.sources rule applies to a (-a), so a change to its code can never select it; rules.sources is empty: add a rule whose `paths` name its code',
      ],
    ],
    [
      'a rule with an error: the error alone, not the unmapped entries it causes',
      lines(
        ...PYTHON_ENTRIES,
        'rules:',
        '  sources:',
        "    - if: { dockerfile: '**/Dockerfile.python' }",
        "      paths: ['backend/python/{backend}/**', '/abs/**']",
      ),
      [
        'm.yml:15:46: error: path pattern "/abs/**" is absolute; patterns are relative to the repository root',
      ],
    ],
    [
      'an `os` field every leg inherits from an anchor',
      lines(
        'include:',
        '  - &leg',
        '    backend: a',
        '    os: linux',
        '    platform-tag: amd64',
        '    tag-suffix: -a',
        '  - <<: *leg',
        '    platform-tag: arm64',
      ),
      [
        'm.yml:4:5: warning: `os` is shadowed in rule selectors: there `os` is linux for `include` and darwin for `includeDarwin` entries',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe('dead path patterns: an exclusion always wins', () => {
  const sharedRule = (...paths: string[]): string =>
    lines(
      'include:',
      '  - backend: x',
      '    tag-suffix: -x',
      'rules:',
      '  sources:',
      "    - paths: ['images/{backend}/**']",
      '  shared:',
      '    - paths:',
      ...paths.map((p) => `        - '${p}'`),
      '      rebuild: all',
    );

  it.each<[string, string, string[]]>([
    [
      'a file re-included after its directory is excluded (GitHub on.paths order)',
      sharedRule('images/x/**', '!images/x/cuda/**', 'images/x/cuda/keep.sh'),
      [
        `m.yml:11:11: warning: "images/x/cuda/keep.sh" can never match: the exclusion "!images/x/cuda/**" (line 10) removes every path it matches, and ${EXCLUSION_WINS}; to exclude everything in images/x/cuda/ but keep.sh, write the exclusion as "!images/x/cuda/!(keep.sh)" and "!images/x/cuda/*/**"`,
      ],
    ],
    [
      'a file re-included after `dir/*`',
      sharedRule('!scripts/*', 'scripts/setup.sh'),
      [
        `m.yml:10:11: warning: "scripts/setup.sh" can never match: the exclusion "!scripts/*" (line 9) removes every path it matches, and ${EXCLUSION_WINS}; to exclude everything in scripts/ but setup.sh, write the exclusion as "!scripts/!(setup.sh)"`,
      ],
    ],
    [
      'a directory inside an excluded directory',
      sharedRule('images/**', '!images/x/**', 'images/x/cuda/**', 'images/x/rocm/*.sh'),
      [
        `m.yml:11:11: warning: "images/x/cuda/**" can never match: the exclusion "!images/x/**" (line 10) removes every path it matches, and ${EXCLUSION_WINS}; narrow the exclusion so it leaves these paths out, or remove this pattern`,
        `m.yml:12:11: warning: "images/x/rocm/*.sh" can never match: the exclusion "!images/x/**" (line 10) removes every path it matches, and ${EXCLUSION_WINS}; narrow the exclusion so it leaves these paths out, or remove this pattern`,
      ],
    ],
    [
      'a file an exclusion glob matches',
      sharedRule('scripts/**', '!**/*_test.sh', 'scripts/build/run_test.sh'),
      [
        `m.yml:11:11: warning: "scripts/build/run_test.sh" can never match: the exclusion "!**/*_test.sh" (line 10) removes every path it matches, and ${EXCLUSION_WINS}; narrow the exclusion so it leaves these paths out, or remove this pattern`,
      ],
    ],
    [
      'a templated pattern dead for every entry, with the advice in template form',
      lines(
        'include:',
        '  - backend: a',
        '    tag-suffix: -a',
        '  - backend: b',
        '    tag-suffix: -b',
        'rules:',
        '  sources:',
        "    - paths: ['backend/{backend}/**', '!backend/{backend}/**', 'backend/{backend}/keep.sh']",
      ),
      [
        `m.yml:8:15: warning: "backend/{backend}/**" can never match: the exclusion "!backend/{backend}/**" (line 8) removes every path it matches, and ${EXCLUSION_WINS}; narrow the exclusion so it leaves these paths out, or remove this pattern`,
        `m.yml:8:64: warning: "backend/{backend}/keep.sh" can never match: the exclusion "!backend/{backend}/**" (line 8) removes every path it matches, and ${EXCLUSION_WINS}; to exclude everything in backend/{backend}/ but keep.sh, write the exclusion as "!backend/{backend}/!(keep.sh)" and "!backend/{backend}/*/**"`,
      ],
    ],
    [
      'in rules.ignore',
      lines(
        'include: []',
        'rules:',
        "  ignore: ['docs/**', '!docs/**/*.md', 'docs/api/README.md']",
      ),
      [
        `m.yml:3:40: warning: "docs/api/README.md" can never match: the exclusion "!docs/**/*.md" (line 3) removes every path it matches, and ${EXCLUSION_WINS}; narrow the exclusion so it leaves these paths out, or remove this pattern`,
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['an exclusion inside a broader include', ['images/**', '!images/x/cuda/**']],
    ['a test-file exclusion', ['scripts/**', '!**/*_test.sh']],
    ['an exclusion beside an unrelated file', ['images/**', '!images/x/**', 'tools/keep.sh']],
    ['a glob that only partly overlaps the exclusion', ['images/*/cuda/*', '!images/x/**']],
    ['a sibling of the excluded directory', ['images/x/**', '!images/x/cuda/**', 'images/x/cudax']],
    ['a negated extglob, which is a positive pattern', ['!(docs)/**', '!**/*.md']],
  ])('%s draws no warning', (_, paths) => {
    expect(check(sharedRule(...paths))).toEqual([]);
  });

  it('a templated pattern that only some entries exclude draws no warning', () => {
    const text = lines(
      'include:',
      '  - backend: a',
      '    tag-suffix: -a',
      '  - backend: b',
      '    tag-suffix: -b',
      'rules:',
      '  sources:',
      "    - paths: ['backend/{backend}/**', '!backend/a/**']",
    );
    expect(check(text)).toEqual([]);
  });

  it('the suggested exclusions keep exactly the file, and still exclude the rest', () => {
    const [warning] = check(
      sharedRule('images/x/**', '!images/x/cuda/**', 'images/x/cuda/keep.sh'),
    );
    const suggested = [...warning.matchAll(/"(![^"]+)"/g)].map((m) => m[1]).slice(1);
    expect(suggested).toEqual(['!images/x/cuda/!(keep.sh)', '!images/x/cuda/*/**']);
    const rewritten = new PatternList(['images/x/**', ...suggested]);
    const original = new PatternList(['images/x/**', '!images/x/cuda/**']);
    for (const [file, kept] of [
      ['images/x/cuda/keep.sh', true],
      ['images/x/cuda/keep.sh.bak', false],
      ['images/x/cuda/other.sh', false],
      ['images/x/cuda/.env', false],
      ['images/x/cuda/sub/keep.sh', false],
      ['images/x/cuda/a/b/c', false],
      ['images/x/rocm/run.sh', true],
      ['images/x/cudax', true],
    ] as const) {
      expect([file, rewritten.test(file)]).toEqual([file, kept]);
      if (file !== 'images/x/cuda/keep.sh') expect(original.test(file)).toBe(kept);
    }
  });

  // Every path of up to three segments over a small alphabet, dotfiles and prefixes included.
  const NAMES = ['a', 'ab', '.c', 'd.sh'];
  const universe: string[] = [];
  const grow = (prefix: string, depth: number): void => {
    for (const n of NAMES) {
      const p = prefix ? `${prefix}/${n}` : n;
      universe.push(p);
      if (depth < 3) grow(p, depth + 1);
    }
  };
  grow('', 1);
  const SEGMENTS = [...NAMES, '*', '**', '*.sh', '!(a)', '{a,b}'];
  const matcher = (p: string): ((f: string) => boolean) => {
    const m = picomatch(p, { dot: true });
    return (f) => m(f); // picomatch reads a second argument as "return an object"
  };

  it('decides "this exclusion removes every match" soundly, checked over every short pattern pair', () => {
    const patterns = [...SEGMENTS, ...SEGMENTS.flatMap((a) => SEGMENTS.map((b) => `${a}/${b}`))];
    let shadowed = 0;
    for (const pos of patterns) {
      const matches = universe.filter(matcher(pos));
      for (const neg of patterns) {
        if (!shadows(glob(neg), glob(pos))) continue;
        shadowed++;
        const excluded = matcher(neg);
        expect([pos, neg, matches.filter((f) => !excluded(f))]).toEqual([pos, neg, []]);
      }
    }
    expect(shadowed).toBeGreaterThan(100); // the check is not vacuous
  });

  it('never calls a pattern dead that matches a path the exclusions leave', () => {
    const segment = fc.constantFrom(...SEGMENTS);
    const pattern = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
    let reported = 0;
    fc.assert(
      fc.property(pattern, fc.array(pattern, { minLength: 1, maxLength: 2 }), (pos, negs) => {
        const paths = [pos, ...negs.map((n) => `!${n}`)];
        const text = lines(
          'include:',
          '  - backend: x',
          '    tag-suffix: -x',
          'rules:',
          '  sources:',
          "    - paths: ['x/**']",
          '  shared:',
          `    - paths: ${JSON.stringify(paths)}`,
          '      rebuild: all',
        );
        const m = loadMatrixFile(text, 'm.yml');
        if (m.problems.some((p) => p.level === 'error')) return; // picomatch refused a glob
        if (!m.problems.some((p) => p.message.startsWith(`"${pos}" can never match`))) return;
        reported++;
        const list = new PatternList(paths);
        const live = universe.filter((f) => matcher(pos)(f) && list.test(f));
        expect([paths, live]).toEqual([paths, []]);
      }),
      { numRuns: 500, seed: 12 },
    );
    expect(reported).toBeGreaterThan(20); // the property is not vacuous
  });
});

describe('rules that match nothing', () => {
  const darwin = ['includeDarwin:', '  - backend: mlx', '    tag-suffix: -mlx', '    lang: python'];
  const rules = (...shared: string[]): string =>
    lines(
      ...PYTHON_ENTRIES,
      ...darwin,
      'rules:',
      '  sources:',
      "    - paths: ['backend/{backend}/**']",
      '  shared:',
      ...shared,
    );

  it.each<[string, string[], string[]]>([
    [
      'a selector for both lists that matches no entry',
      ["    - paths: ['a/**']", '      rebuild: { build-type: cublsa }'],
      [
        'm.yml:20:7: warning: rules.shared[0] rebuilds nothing: its `rebuild` selector matches no entry (no entry has build-type matching "cublsa" (no entry has build-type)); fix the selector, or use rebuild: none',
      ],
    ],
    [
      'one side that matches none of its list',
      [
        "    - paths: ['a/**']",
        '      rebuild:',
        "        linux: { dockerfile: '**/Dockerfile.python' }",
        '        darwin: { lang: pyton }',
      ],
      [
        'm.yml:20:7: warning: rules.shared[0] rebuilds no macOS entry: `rebuild.darwin` matches none (no entry has lang matching "pyton" (entries have "python")); fix the selector, or use darwin: none',
      ],
    ],
    [
      'keys that each match, but never together',
      ["    - paths: ['a/**']", '      rebuild: { backend: vllm, platform-tag: null }'],
      [
        'm.yml:20:7: warning: rules.shared[0] rebuilds nothing: its `rebuild` selector matches no entry (no entry matches all of backend and platform-tag at once); fix the selector, or use rebuild: none',
      ],
    ],
  ])('%s', (_, shared, expected) => {
    expect(check(rules(...shared))).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      'all and none',
      [
        "    - paths: ['a/**']",
        '      rebuild: all',
        "    - paths: ['b/**']",
        '      rebuild: none',
      ],
    ],
    [
      'a selector for both lists that only Linux entries match',
      ["    - paths: ['a/**']", "      rebuild: { dockerfile: '**/Dockerfile.python' }"],
    ],
    ['a missing side', ["    - paths: ['a/**']", '      rebuild: { linux: all }']],
  ])('%s draws no warning', (_, shared) => {
    expect(check(rules(...shared))).toEqual([]);
  });

  it('a side whose list is empty is not checked', () => {
    const text = lines(
      'include:',
      '  - backend: a',
      '    tag-suffix: -a',
      'rules:',
      "  sources: [{ paths: ['a/**'] }]",
      '  shared:',
      "    - paths: ['b/**']",
      '      rebuild: { linux: all, darwin: { lang: python } }',
    );
    expect(check(text)).toEqual([]);
  });

  it('an empty matrix draws no rule warnings', () => {
    expect(
      check(
        lines(
          'include: []',
          'rules:',
          '  sources:',
          '    - if: { backend: a }',
          "      paths: ['a/**']",
        ),
      ),
    ).toEqual([]);
  });
});

describe('merge-fields', () => {
  const legs = (variant2: string): string[] => [
    'include:',
    '  - backend: vllm',
    '    variant: cpu',
    '    platform-tag: amd64',
    '    tag-suffix: -cpu-vllm',
    '  - backend: vllm',
    `    variant: ${variant2}`,
    '    platform-tag: arm64',
    '    tag-suffix: -cpu-vllm',
    'includeDarwin:',
    '  - backend: mlx',
    '    tag-suffix: -mlx',
    '    runner: macos-14',
    'rules:',
    "  sources: [{ paths: ['backend/{backend}/**'] }]",
  ];

  it.each<[string, string, string[]]>([
    ['fields every image has', lines(...legs('cpu'), '  merge-fields: [backend, variant]'), []],
    [
      'legs that disagree, at the field of the leg',
      lines(...legs('cpu-arm'), '  merge-fields: [backend, variant]'),
      [
        'm.yml:7:14: warning: legs of "-cpu-vllm" disagree on merge field variant ("cpu" at line 2, "cpu-arm" here); the merge entry takes the first leg\'s value',
      ],
    ],
    [
      'a name no entry has, at its item',
      lines(...legs('cpu'), '  merge-fields:', '    - backend', '    - varaint'),
      [
        'm.yml:18:7: warning: merge field "varaint" is a field of no `include` entry, so no merge entry gets it; check the spelling',
      ],
    ],
    [
      'a name only macOS entries have',
      lines(...legs('cpu'), '  merge-fields: [runner]'),
      [
        'm.yml:16:18: warning: merge field "runner" is a field of no `include` entry, so no merge entry gets it (only includeDarwin entries have it, and they have no merge matrix); check the spelling',
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe('backend names GitHub expressions cannot read', () => {
  it.each<[string, string[]]>([
    [
      'llama.cpp',
      [`backend "llama.cpp" cannot be read as outputs.llama.cpp`, `outputs['llama.cpp']`],
    ],
    ['3d-gen', [`backend "3d-gen" cannot be read as outputs.3d-gen`, `outputs['3d-gen']`]],
  ])('%s: once per backend, at its first entry, naming the form that works', (name, parts) => {
    const problems = check(
      lines(
        'include:',
        `  - backend: ${name}`,
        '    tag-suffix: -a',
        `  - backend: ${name}`,
        '    tag-suffix: -b',
        'includeDarwin:',
        `  - backend: ${name}`,
        '    tag-suffix: -c',
      ),
    );
    expect(problems).toEqual([
      `m.yml:2:14: warning: ${parts[0]} in a GitHub expression (only names of letters, digits, \`_\` and \`-\` that start with a letter or \`_\`); read its flag as ${parts[1]}`,
    ]);
  });

  it.each(['llama-cpp', '_x', 'A_b-9'])('%s draws no warning', (name) => {
    expect(check(lines('include:', `  - backend: ${name}`, '    tag-suffix: -a'))).toEqual([]);
  });
});

describe('backend-matrix validate', () => {
  const runValidate = (file: string, cwd: string): { code: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const io = {
      out: (s: string) => void (out += s),
      err: (s: string) => void (err += s),
      readStdin: () => '',
      color: false,
      cwd,
    };
    return { code: validate([file], io) as number, out, err };
  };

  it('passes the example matrix with no problem at all', () => {
    const repo = fileURLToPath(new URL('..', import.meta.url));
    expect(runValidate('examples/backend-matrix.yml', repo)).toEqual({
      code: 0,
      out: 'examples/backend-matrix.yml: 38 Linux and 5 macOS entries, 0 error(s), 0 warning(s)\n',
      err: '',
    });
  });

  it('lists every warning, beyond the 10 an action step shows', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    try {
      const entries = Array.from({ length: 25 }, (_, i) => [
        `  - backend: b${i}.x`,
        `    tag-suffix: -b${i}`,
      ]).flat();
      writeFileSync(path.join(dir, 'm.yml'), lines('include:', ...entries));
      const { code, out, err } = runValidate('m.yml', dir);
      expect(code).toBe(0);
      expect(err.trimEnd().split('\n')).toEqual(
        Array.from(
          { length: 25 },
          (_, i) =>
            `m.yml:${2 + 2 * i}:14: warning: backend "b${i}.x" cannot be read as outputs.b${i}.x in a GitHub expression (only names of letters, digits, \`_\` and \`-\` that start with a letter or \`_\`); read its flag as outputs['b${i}.x']`,
        ),
      );
      expect(out).toBe('m.yml: 25 Linux and 0 macOS entries, 0 error(s), 25 warning(s)\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the closest rule for an unmapped entry', () => {
  /** Images of a docker-stacks-like file: two whose variant has a one-letter typo, one CUDA image. */
  const STACKS = [
    'include:',
    '  - backend: base-notebook',
    '    variant: defualt',
    '    tag-suffix: -base-notebook',
    '  - backend: scipy-notebook',
    '    variant: defualt',
    '    tag-suffix: -scipy-notebook',
    '  - backend: pytorch-notebook',
    '    variant: cuda12',
    '    tag-suffix: -pytorch-notebook-cuda12',
    'rules:',
    '  sources:',
  ];
  const CUDA_RULE = [
    '    - if: { backend: pytorch-notebook }',
    "      paths: ['images/{backend}/{variant}/**']",
  ];
  const DEFAULT_RULE = ['    - if: { variant: default }', "      paths: ['images/{backend}/**']"];
  const unmapped = (problems: string[]): string[] =>
    problems.filter((p) => p.includes('no rules.sources rule applies to'));

  it('names the rule one letter away, not the first rule that misses by as many keys', () => {
    expect(unmapped(check(lines(...STACKS, ...CUDA_RULE, ...DEFAULT_RULE)))).toEqual([
      'm.yml:2:5: warning: no rules.sources rule applies to base-notebook (-base-notebook), so a change to its code can never select it; the closest is rules.sources[1] (line 15), whose `if` wants variant: "default" where this entry has "defualt": fix the pattern, or add a rule that fits',
      'm.yml:5:5: warning: no rules.sources rule applies to scipy-notebook (-scipy-notebook), so a change to its code can never select it; the closest is rules.sources[1] (line 15), whose `if` wants variant: "default" where this entry has "defualt": fix the pattern, or add a rule that fits',
    ]);
  });

  it('names the same rule whatever the order of the rules', () => {
    const found = unmapped(check(lines(...STACKS, ...DEFAULT_RULE, ...CUDA_RULE)));
    expect(found).toHaveLength(2);
    for (const w of found) {
      expect(w).toContain('the closest is rules.sources[0] (line 13), whose `if` wants variant');
    }
  });

  it('still prefers the rule that misses fewer keys, however near the other one is', () => {
    const text = lines(
      ...STACKS.slice(0, 4),
      'rules:',
      '  sources:',
      '    - if: { backend: base-notebok, variant: defualt, os: darwin }',
      "      paths: ['images/{backend}/**']",
      '    - if: { backend: julia-notebook }',
      "      paths: ['images/{backend}/**']",
    );
    expect(unmapped(check(text))).toEqual([
      expect.stringContaining(
        'the closest is rules.sources[1] (line 9), whose `if` wants backend: "julia-notebook"',
      ),
    ]);
  });

  it('compares against the nearest pattern of a list', () => {
    const text = lines(
      ...STACKS.slice(0, 4),
      'rules:',
      '  sources:',
      '    - if: { variant: [cuda12, cuda13] }',
      "      paths: ['images/{backend}/**']",
      '    - if: { variant: [gpu, default] }',
      "      paths: ['images/{backend}/**']",
    );
    expect(unmapped(check(text))).toEqual([
      expect.stringContaining(
        'the closest is rules.sources[1] (line 9), whose `if` wants variant: ["gpu","default"]',
      ),
    ]);
  });
});

/** The optimal string alignment distance, straight from its definition (full table). */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** A deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['default', 'default', 0],
    ['defualt', 'default', 1], // two neighbours swapped: one edit
    ['default', 'defaults', 1],
    ['cuda12', 'cuda13', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['llama-cpp', 'llama.cpp', 1],
    ['base-notebook', 'pytorch-notebook', 7],
  ])('%j → %j: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('as a share of the longer text: a typo is near, another name is far', () => {
    expect(distanceShare('defualt', 'default')).toBeCloseTo(1 / 7);
    expect(distanceShare('', '')).toBe(0);
    expect(distanceShare('a', 'b')).toBe(1);
  });

  it('agrees with the full-table definition on random short texts', () => {
    const next = random(7);
    const text = (): string =>
      Array.from({ length: Math.floor(next() * 12) }, () => 'abcd-/'[Math.floor(next() * 6)]).join(
        '',
      );
    for (let n = 0; n < 3000; n++) {
      const a = text();
      const b = text();
      expect([a, b, editDistance(a, b)]).toEqual([a, b, reference(a, b)]);
    }
  });

  it('compares long texts on their first 64 characters', () => {
    const a = 'x'.repeat(64);
    expect(editDistance(`${a}abc`, `${a}xyz`)).toBe(0);
    expect(distanceShare(`${a}abc`, 'y'.repeat(70))).toBe(1);
  });
});
