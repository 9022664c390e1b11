import { describe, expect, it } from '@jest/globals';
import { loadMatrixFile } from '../src/core/matrix-file.js';
import { formatProblem } from '../src/core/problems.js';

const check = (text: string): string[] => loadMatrixFile(text, 'm.yml').problems.map(formatProblem);
const RULES = 'rules:\n  sources:\n';

describe('validation', () => {
  it.each<[string, string, string[]]>([
    [
      'a YAML syntax error',
      'include:\n  - backend: a\n   tag-suffix: -a\n',
      ['m.yml:3:4: error: invalid YAML: sequence item without - indicator'],
    ],
    [
      'a duplicate key',
      'include:\n  - backend: a\n    backend: b\n    tag-suffix: -a\n',
      [
        'm.yml:3:5: error: invalid YAML: duplicate key "backend" at lines 2 and 3; a mapping holds each key once',
      ],
    ],
    [
      'an empty file',
      '',
      ['m.yml:1:1: error: the matrix file is empty; it needs an `include` list'],
    ],
    [
      'a file of comments',
      '# nothing yet\n',
      ['m.yml:1:1: error: the matrix file is empty; it needs an `include` list'],
    ],
    [
      'a list at the top',
      '- a\n',
      ['m.yml:1:1: error: the matrix file must be a mapping with an `include` list'],
    ],
    [
      'no include',
      'includeDarwin: []\n',
      [
        'm.yml:1:1: error: missing `include`: the list of Linux entries (use `include: []` for none)',
      ],
    ],
    [
      'include not a list',
      'include: {a: 1}\n',
      ['m.yml:1:10: error: `include` must be a list of entries (use `include: []` for none)'],
    ],
    [
      'an entry that is not a mapping',
      'include:\n  - just-a-string\n',
      ['m.yml:2:5: error: entry 0 of `include` must be a mapping of fields'],
    ],
    [
      'a missing backend',
      'include:\n  - tag-suffix: -a\n',
      [
        'm.yml:2:5: error: entry is missing `backend` (a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`)',
      ],
    ],
    [
      'a backend that is not an output name',
      'include:\n  - backend: "a b"\n    tag-suffix: -a\n',
      [
        'm.yml:2:14: error: `backend` "a b" is not allowed: a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`',
      ],
    ],
    [
      'a backend that collides with an output',
      'include:\n  - backend: run-all\n    tag-suffix: -a\n',
      [
        'm.yml:2:14: error: backend "run-all" collides with the action\'s output of the same name; rename the backend',
      ],
    ],
    [
      'a sharded output name',
      'include:\n  - backend: matrix-singlearch-2\n    tag-suffix: -a\n',
      [
        'm.yml:2:14: error: backend "matrix-singlearch-2" collides with the action\'s output of the same name; rename the backend',
      ],
    ],
    [
      'a tag-suffix with shell characters',
      'include:\n  - backend: a\n    tag-suffix: "-a;rm -rf /"\n',
      [
        'm.yml:3:17: error: `tag-suffix` "-a;rm -rf /" is not allowed: only letters, digits, `_`, `.` and `-` (it becomes part of an image tag)',
      ],
    ],
    [
      'a numeric tag-suffix',
      'include:\n  - backend: a\n    tag-suffix: 12\n',
      [
        'm.yml:3:17: error: `tag-suffix` 12 is not allowed: only letters, digits, `_`, `.` and `-` (it becomes part of an image tag)',
      ],
    ],
    [
      'a duplicate identity',
      'include:\n  - {backend: a, tag-suffix: -a}\n  - {backend: b, tag-suffix: -a}\n',
      [
        'm.yml:3:5: error: duplicate entry in `include`: tag-suffix "-a" is already used at line 2; entries need a unique tag-suffix (and platform-tag)',
      ],
    ],
    [
      'a one-legged multi-arch image',
      'include:\n  - {backend: a, tag-suffix: -a, platform-tag: amd64}\n',
      [
        'm.yml:2:5: warning: multi-arch image "-a" has one leg (platform-tag "amd64"); add its arm64 leg, or drop platform-tag to build it single-arch',
      ],
    ],
    [
      'legs disagreeing on tag-latest',
      'include:\n  - {backend: a, tag-suffix: -a, platform-tag: amd64, tag-latest: auto}\n  - {backend: a, tag-suffix: -a, platform-tag: arm64, tag-latest: "false"}\n',
      [
        'm.yml:3:67: warning: legs of "-a" disagree on tag-latest ("auto" at line 2); the merge uses the first leg\'s value',
      ],
    ],
    [
      'an os field',
      'include:\n  - {backend: a, tag-suffix: -a, os: linux}\n',
      [
        'm.yml:2:34: warning: `os` is shadowed in rule selectors: there `os` is linux for `include` and darwin for `includeDarwin` entries',
      ],
    ],
    [
      'an unknown top-level key',
      'include: []\nincludeDarwn: []\n',
      [
        'm.yml:2:1: warning: unknown top-level key "includeDarwn" is ignored (expected include, includeDarwin, rules)',
      ],
    ],
    [
      'an unknown rules key',
      'include: []\nrules:\n  source: []\n',
      [
        'm.yml:3:3: error: unknown key "source" (expected ignore, sources, shared, build, merge-fields)',
      ],
    ],
    [
      'a sources rule without paths',
      `include: []\n${RULES}    - if: {backend: a}\n`,
      ['m.yml:4:7: error: a sources rule needs `paths`'],
    ],
    [
      'a template in a shared rule',
      'include: []\nrules:\n  shared:\n    - {paths: ["x/{backend}/**"], rebuild: all}\n',
      [
        'm.yml:4:16: error: path pattern "x/{backend}/**" uses {backend}: field templates only work in sources rules',
      ],
    ],
    [
      'only exclusions',
      `include: []\n${RULES}    - paths: ["!x/**"]\n`,
      ['m.yml:4:14: error: `paths` needs at least one pattern that is not a `!` exclusion'],
    ],
    [
      'an empty pattern',
      `include: []\n${RULES}    - paths: [""]\n`,
      ['m.yml:4:15: error: empty pattern'],
    ],
    [
      'an absolute pattern',
      `include: []\n${RULES}    - paths: ["/src/**"]\n`,
      [
        'm.yml:4:15: error: path pattern "/src/**" is absolute; patterns are relative to the repository root',
      ],
    ],
    [
      'a bad rebuild',
      'include: []\nrules:\n  shared:\n    - {paths: [x], rebuild: some}\n',
      ['m.yml:4:29: error: `rebuild` must be all, none, a selector, or { linux: …, darwin: … }'],
    ],
    [
      'an object pattern in a selector',
      `include: []\n${RULES}    - {if: {backend: {a: 1}}, paths: [x]}\n`,
      ['m.yml:4:22: error: pattern for "backend" must be a glob string, a list of them, or null'],
    ],
    [
      'an empty pattern list',
      `include: []\n${RULES}    - {if: {backend: []}, paths: [x]}\n`,
      ['m.yml:4:22: error: empty pattern list for "backend"; use null to match an absent field'],
    ],
  ])('%s', (_, text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  it('reports every problem in one run', () => {
    const text =
      'include:\n  - {backend: a}\n  - {tag-suffix: -b}\n  - {backend: "$x", tag-suffix: "-c d"}\nrules: {bogus: 1}\n';
    expect(check(text)).toHaveLength(5);
  });

  it('rejects alias bombs', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`,
      );
    }
    const problems = check(`${levels.join('\n')}\ninclude: []\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^m\.yml:6:29: error: invalid YAML: aliases expand this document to more than 1000000 nodes/,
    );
  });

  it('accepts modest aliases', () => {
    const m = loadMatrixFile(
      'x: &common {runs-on: ubuntu-latest}\ninclude:\n  - {backend: a, tag-suffix: -a, common: *common}\n',
      'm.yml',
    );
    expect(m.problems.map(formatProblem)).toEqual([
      'm.yml:1:1: warning: unknown top-level key "x" is ignored (expected include, includeDarwin, rules)',
    ]);
    expect(m.linux[0].fields.common).toEqual({ 'runs-on': 'ubuntu-latest' });
  });

  it('reports positions past a BOM and CRLF line ends', () => {
    expect(check('\uFEFFinclude:\r\n  - {backend: a}\r\n')).toEqual([
      'm.yml:2:5: error: entry is missing `tag-suffix` (only letters, digits, `_`, `.` and `-` (it becomes part of an image tag))',
    ]);
  });

  it('rejects several documents', () => {
    expect(check('include: []\n---\ninclude: []\n')).toEqual([
      'm.yml:3:1: error: invalid YAML: the file holds several YAML documents; keep one',
    ]);
  });

  it('keeps __proto__ as a plain field', () => {
    const m = loadMatrixFile(
      'include:\n  - {backend: a, tag-suffix: -a, __proto__: {polluted: 1}}\n',
      'm.yml',
    );
    expect(m.problems).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(m.linux[0].fields)).toBe(
      '{"backend":"a","tag-suffix":"-a","__proto__":{"polluted":1}}',
    );
  });
});

describe('field order', () => {
  it('warns about numeric field names, which JSON would move to the front', () => {
    expect(check('include:\n  - {backend: a, tag-suffix: -a, 10: x}\n')).toEqual([
      'm.yml:2:34: warning: field name "10" is a number: numeric field names come first in the JSON matrix, ahead of the file\'s order; give it a name',
    ]);
  });
});
