/**
 * schema/backend-matrix.schema.json is what editors validate against; the
 * action's own validation (src/matrix-file.ts, src/rules.ts) is the authority.
 * Each case here must be judged the same way by both.
 */
import { describe, expect, it } from '@jest/globals';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { loadMatrixFile } from '../src/core/matrix-file.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const schema = JSON.parse(read('../schema/backend-matrix.schema.json')) as Record<string, unknown>;
// strict: unknown keywords, ignored keywords and loose types fail compilation;
// `type: [x, "null"]` is how the schema says "optional, may be left empty".
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

function schemaErrors(yaml: string): ErrorObject[] {
  return validate(load(yaml)) ? [] : [...(validate.errors ?? [])];
}
const runtimeErrors = (yaml: string): string[] =>
  loadMatrixFile(yaml, 'm.yml')
    .problems.filter((p) => p.level === 'error')
    .map((p) => p.message);

const entry = (fields = ''): string =>
  `include:\n  - backend: vllm\n    tag-suffix: -cpu-vllm\n${fields}`;
const withRules = (rules: string): string => `${entry()}rules:\n${rules}`;

describe('schema/backend-matrix.schema.json', () => {
  it('has an $id and a title and compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(
      'https://raw.githubusercontent.com/org/backend-matrix-action/v1/schema/backend-matrix.schema.json',
    );
    expect(schema.title).toBe('backend-matrix-action matrix file');
  });

  it('accepts examples/backend-matrix.yml', () => {
    expect(schemaErrors(read('../examples/backend-matrix.yml'))).toEqual([]);
  });

  // [case, YAML, where the schema rejects (instancePath), what the runtime says]
  it.each<[string, string, string, string]>([
    [
      'missing backend',
      'include:\n  - tag-suffix: -cpu-vllm\n',
      '/include/0',
      'entry is missing `backend`',
    ],
    [
      'backend with a slash',
      entry().replace('vllm\n', 'vllm/cuda\n'),
      '/include/0/backend',
      '`backend` "vllm/cuda" is not allowed',
    ],
    [
      'backend starting with a dot',
      entry().replace('vllm\n', '.vllm\n'),
      '/include/0/backend',
      '`backend` ".vllm" is not allowed',
    ],
    [
      'backend named like a built-in output',
      entry().replace('vllm\n', 'Run-All\n'),
      '/include/0/backend',
      'backend "Run-All" collides',
    ],
    [
      'tag-suffix with a space',
      entry().replace('-cpu-vllm', '"-cpu vllm"'),
      '/include/0/tag-suffix',
      '`tag-suffix` "-cpu vllm" is not allowed',
    ],
    [
      'tag-suffix that is a number',
      entry().replace('-cpu-vllm', '12'),
      '/include/0/tag-suffix',
      '`tag-suffix` 12 is not allowed',
    ],
    [
      'platform-tag with a slash',
      entry('    platform-tag: linux/amd64\n'),
      '/include/0/platform-tag',
      '`platform-tag` "linux/amd64" is not allowed',
    ],
    [
      'include not a list',
      'include:\n  backend: vllm\n  tag-suffix: -cpu-vllm\n',
      '/include',
      '`include` must be a list',
    ],
    ['include missing', 'includeDarwin: []\n', '', 'missing `include`'],
    [
      'an entry that is not a mapping',
      'include:\n  - vllm\n',
      '/include/0',
      'entry 0 of `include` must be a mapping',
    ],
    [
      'includeDarwin without a list',
      `${entry()}includeDarwin:\n`,
      '/includeDarwin',
      '`includeDarwin` must be a list',
    ],
    [
      'rules that are a list',
      withRules('  - ignore: ["**/*.md"]\n'),
      '/rules',
      '`rules` must be a mapping',
    ],
    ['unknown key in rules', withRules('  sorces: []\n'), '/rules', 'unknown key "sorces"'],
    [
      'unknown key in a sources rule',
      withRules('  sources:\n    - paths: [a/**]\n      rebuild: all\n'),
      '/rules/sources/0',
      'unknown key "rebuild"',
    ],
    [
      'sources rule without paths',
      withRules('  sources:\n    - if: { backend: vllm }\n'),
      '/rules/sources/0',
      'a sources rule needs `paths`',
    ],
    [
      'empty paths list',
      withRules('  sources:\n    - paths: []\n'),
      '/rules/sources/0/paths',
      '`paths` must be a non-empty list',
    ],
    [
      'paths with only exclusions',
      withRules('  ignore: ["!docs/**"]\n'),
      '/rules/ignore',
      'needs at least one pattern that is not a `!` exclusion',
    ],
    [
      'an absolute path',
      withRules('  ignore: [/docs/**]\n'),
      '/rules/ignore',
      'path pattern "/docs/**" is absolute',
    ],
    [
      'a {field} template in a shared rule',
      withRules('  shared:\n    - paths: ["backend/{backend}/**"]\n      rebuild: all\n'),
      '/rules/shared/0/paths',
      'field templates only work in sources rules',
    ],
    [
      'selector pattern that is an object',
      withRules('  sources:\n    - if: { backend: { name: vllm } }\n      paths: [a/**]\n'),
      '/rules/sources/0/if/backend',
      'pattern for "backend" must be a glob string',
    ],
    [
      'selector with an empty list',
      withRules('  sources:\n    - if: { backend: [] }\n      paths: [a/**]\n'),
      '/rules/sources/0/if/backend',
      'empty pattern list for "backend"',
    ],
    [
      'rebuild not all, none or a mapping',
      withRules('  shared:\n    - paths: [a/**]\n      rebuild: everything\n'),
      '/rules/shared/0/rebuild',
      '`rebuild` must be all, none, a selector',
    ],
    [
      'rebuild side that is null',
      withRules('  shared:\n    - paths: [a/**]\n      rebuild: { linux: null }\n'),
      '/rules/shared/0/rebuild',
      '`rebuild.linux` must be all, none, or a selector',
    ],
    [
      'shared rule without rebuild',
      withRules('  shared:\n    - paths: [a/**]\n'),
      '/rules/shared/0',
      'a shared rule needs `rebuild`',
    ],
    [
      'unless other than additive-proto',
      withRules('  shared:\n    - paths: [a.proto]\n      rebuild: all\n      unless: additive\n'),
      '/rules/shared/0/unless',
      '`unless` must be additive-proto, not "additive"',
    ],
    [
      'unless on a sources rule',
      withRules('  sources:\n    - paths: [a/**]\n      unless: additive-proto\n'),
      '/rules/sources/0',
      'unknown key "unless"',
    ],
    [
      'unknown key in build',
      withRules('  build: { contex: . }\n'),
      '/rules/build',
      'unknown key "contex" (expected context, args, image)',
    ],
    [
      'build args that are a list',
      withRules('  build: { args: [BACKEND] }\n'),
      '/rules/build/args',
      '`build.args` must be a mapping',
    ],
    [
      'a build arg that is a list',
      withRules('  build: { args: { BACKEND: [vllm] } }\n'),
      '/rules/build/args/BACKEND',
      'build arg BACKEND must be a string',
    ],
    [
      'merge-fields naming tag-suffix',
      withRules('  merge-fields: [backend, tag-suffix]\n'),
      '/rules/merge-fields/1',
      '`merge-fields` must be a list of entry field names',
    ],
    [
      'merge-fields that is not a list',
      withRules('  merge-fields: backend\n'),
      '/rules/merge-fields',
      '`merge-fields` must be a list of entry field names',
    ],
  ])('rejects %s', (_, yaml, at, message) => {
    const errors = schemaErrors(yaml);
    expect(errors.length).toBeGreaterThan(0);
    // The schema's complaints are about that node (or below it), and name it.
    expect(errors.filter((e) => !`${e.instancePath}/`.startsWith(`${at}/`))).toEqual([]);
    expect(errors.map((e) => e.instancePath)).toContain(at);
    const runtime = runtimeErrors(yaml);
    expect(runtime).toHaveLength(1);
    expect(runtime[0]).toContain(message);
  });

  it('rejects an unknown top-level key, which the action only warns about', () => {
    const yaml = 'include: []\nincldueDarwin: []\n';
    expect(schemaErrors(yaml).map((e) => [e.instancePath, e.keyword, e.params])).toEqual([
      ['', 'additionalProperties', { additionalProperty: 'incldueDarwin' }],
    ]);
    expect(loadMatrixFile(yaml, 'm.yml').problems.map((p) => [p.level, p.line, p.message])).toEqual(
      [
        [
          'warning',
          2,
          'unknown top-level key "incldueDarwin" is ignored (expected include, includeDarwin, rules)',
        ],
      ],
    );
  });

  it.each<[string, string]>([
    ['an empty include list', 'include: []\n'],
    [
      'the example in docs/rules.md (The file)',
      `include:
  - backend: vllm
    dockerfile: ./backend/Dockerfile.python
    platforms: linux/amd64
    platform-tag: amd64
    tag-suffix: -cpu-vllm
    tag-latest: auto
  - backend: vllm
    dockerfile: ./backend/Dockerfile.python
    platforms: linux/arm64
    platform-tag: arm64
    tag-suffix: -cpu-vllm
    tag-latest: auto
includeDarwin:
  - backend: mlx
    tag-suffix: -metal-darwin-arm64-mlx
    lang: python
rules:
  ignore: ["**/*.md"]
  sources:
    - if: { os: darwin, backend: [llama-cpp, ds4] }
      paths: ["backend/cpp/{backend}/**"]
    - if: { dockerfile: "**/Dockerfile.python" }
      paths: ["backend/python/{backend}/**"]
    - if: { dockerfile: "**/Dockerfile.{turboquant,bonsai}" }
      paths: ["backend/cpp/{backend}/**", "backend/cpp/llama-cpp/**"]
    - if: { os: darwin }
      paths: ["backend/{lang}/{backend}/**"]
  shared:
    - paths: ["backend/python/common/**"]
      rebuild: { linux: { dockerfile: "**/Dockerfile.python" }, darwin: { lang: null } }
    - paths: ["scripts/build/**", "!**/*_test.sh"]
      rebuild: all
`,
    ],
    [
      'string paths, scalar patterns, selector rebuilds and pass-through fields',
      `include:
  - backend: llama-cpp
    tag-suffix: -gpu-nvidia-cuda-12-llama-cpp
    platform-tag: ''
    cuda-major-version: 12
    gpu: true
    extra: { nested: [1, 2] }
includeDarwin: []
rules:
  ignore: docs/**
  sources:
    - if: {}
      paths: "backend/{backend}/**"
    - if: { cuda-major-version: 12, gpu: true, lang: null, backend: ["!llama-cpp", "!ds4"] }
      paths: ["backend/{backend}/**", "!(docs)/**"]
  shared:
    - paths: "Makefile"
      rebuild: { backend: "!(llama-cpp|ds4)" }
    - paths: ["scripts/darwin/**"]
      rebuild: { darwin: all }
    - paths: ["scripts/lint/**"]
      rebuild: none
`,
    ],
    [
      'x- anchors, unless, build and merge-fields',
      `x-defaults: &cpu
  platforms: linux/amd64
  tag-latest: auto
include:
  - backend: vllm
    <<: *cpu
    dockerfile: ./backend/Dockerfile.python
    tag-suffix: -cpu-vllm
rules:
  sources:
    - paths: ["backend/python/{backend}/**"]
  shared:
    - paths: ["backend/backend.proto"]
      rebuild: all
      unless: additive-proto
  build:
    context: "."
    args: { BACKEND: "{backend}", BUILD_TYPE: "{build-type}", JOBS: 4 }
  merge-fields: [backend]
`,
    ],
  ])('accepts %s', (_, yaml) => {
    expect(schemaErrors(yaml)).toEqual([]);
    // Warnings remain: these snippets name backends they do not list, so rules match nothing.
    expect(loadMatrixFile(yaml, 'm.yml').problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});
