/**
 * A git repository with a known history for `replay`: each first-parent
 * commit is made to hit one rule or trigger (named in `COMMITS`), plus a
 * rename, a matrix edit, a rules-only edit, a broken and a repaired matrix,
 * additive and breaking schema edits, and a merge of a side branch.
 */
import { GitRepo } from './git-repo.js';

export const MATRIX_PATH = '.github/backend-matrix.yml';

const ENTRIES_V1 = `include:
  - backend: alpha
    tag-suffix: -cpu-alpha
    dockerfile: ./backend/Dockerfile.python
  - backend: gamma
    tag-suffix: -gpu-gamma
    dockerfile: ./backend/Dockerfile.python
  - backend: beta
    tag-suffix: -cpu-beta
    platform-tag: amd64
    dockerfile: ./backend/Dockerfile.golang
    runs-on: ubuntu-latest
  - backend: beta
    tag-suffix: -cpu-beta
    platform-tag: arm64
    dockerfile: ./backend/Dockerfile.golang
    runs-on: ubuntu-24.04-arm
  - backend: delta
    tag-suffix: -cpu-delta
    dockerfile: ./backend/Dockerfile.golang
  - backend: orphan
    tag-suffix: -cpu-orphan
    dockerfile: ./backend/Dockerfile.orphan
includeDarwin:
  - backend: alpha
    tag-suffix: -metal-alpha
    lang: python
  - backend: zeta
    tag-suffix: -metal-zeta
    lang: go
`;

/** The matrix edit: beta's arm64 leg runs elsewhere, and a new entry appears. */
const ENTRIES_V2 = ENTRIES_V1.replace(
  'runs-on: ubuntu-24.04-arm',
  'runs-on: ubuntu-24.04-arm-large',
).replace(
  '  - backend: orphan\n',
  '  - backend: epsilon\n    tag-suffix: -cpu-epsilon\n    dockerfile: ./backend/Dockerfile.python\n  - backend: orphan\n',
);

/** Shared rules, in order; `SHARED_PYTHON` is the one a compare test drops. */
export const SHARED = [
  `    - paths: ["backend/backend.proto"]
      rebuild: { backend: "!orphan" }
      unless: additive-proto
`,
  `    - paths: ["backend/python/common/**"]
      rebuild: { linux: { dockerfile: "**/Dockerfile.python" }, darwin: { lang: python } }
`,
  `    - paths: ["scripts/build/**"]
      rebuild: { backend: "!orphan" }
`,
];
export const SHARED_PYTHON = 1;

export function rulesText(opts: { ignore?: string[]; shared?: string[] } = {}): string {
  const ignore = opts.ignore ?? ['**/*.md'];
  return `rules:
  ignore: ${JSON.stringify(ignore)}
  sources:
    - if: { os: linux, dockerfile: "**/Dockerfile.python" }
      paths: ["backend/python/{backend}/**"]
    - if: { os: linux, dockerfile: "**/Dockerfile.golang" }
      paths: ["backend/go/{backend}/**"]
    - if: { os: darwin }
      paths: ["backend/{lang}/{backend}/**"]
  shared:
${(opts.shared ?? SHARED).join('')}`;
}

const PROTO_V1 = `syntax = "proto3";
package backend;
message Request { string prompt = 1; int32 tokens = 2; }
service Backend { rpc Predict(Request) returns (Request); }
`;
const PROTO_ADDITIVE = `syntax = "proto3";
package backend;
// A new field and a new message: existing images need no rebuild.
message Request { string prompt = 1; int32 tokens = 2; float temperature = 3; }
message Extra { string note = 1; }
service Backend { rpc Predict(Request) returns (Request); }
`;
const PROTO_BREAKING = PROTO_ADDITIVE.replace('int32 tokens = 2;', 'int32 tokens = 4;');

export const MATRIX_V1 = `${ENTRIES_V1}${rulesText()}`;
export const MATRIX_V2 = `${ENTRIES_V2}${rulesText()}`;
/** A rules-only edit: no entry changes. */
export const MATRIX_V3 = `${ENTRIES_V2}${rulesText({ ignore: ['**/*.md', '**/*.txt'] })}`;
const MATRIX_BROKEN = `${MATRIX_V3}  oops: [unclosed\n`;

/** Every first-parent commit, oldest first, with what it is meant to hit. */
export const COMMITS = [
  'root',
  'sources: alpha',
  'sources: beta',
  'dockerfile: golang',
  'docs only: <script>alert("x")</script> & more',
  'shared: python common',
  'proto: additive',
  'proto: breaking',
  'shared: build script',
  'matrix: edit',
  'matrix: rules only',
  'rename alpha helper to gamma',
  'main: gamma',
  'merge: side branch',
  'matrix: broken',
  'matrix: repaired',
] as const;
export type CommitName = (typeof COMMITS)[number];

export interface ReplayRepo {
  repo: GitRepo;
  /** SHA by commit name (first-parent commits, and `side: zeta`, `side: delta`). */
  sha: Record<string, string>;
}

export function makeReplayRepo(): ReplayRepo {
  const repo = GitRepo.init();
  const sha: Record<string, string> = {};
  const step = (name: string, files: Record<string, string | null>): void => {
    repo.write(files);
    sha[name] = repo.commit(name);
  };
  step('root', {
    [MATRIX_PATH]: MATRIX_V1,
    'backend/Dockerfile.python': 'FROM python:3.12\n',
    'backend/Dockerfile.golang': 'FROM golang:1.24\n',
    'backend/Dockerfile.orphan': 'FROM scratch\n',
    'backend/python/alpha/main.py': 'print("alpha")\n',
    'backend/python/alpha/helper.py': 'HELP = 1\n',
    'backend/python/gamma/main.py': 'print("gamma")\n',
    'backend/python/common/util.py': 'UTIL = 1\n',
    'backend/go/beta/main.go': 'package main\n',
    'backend/go/delta/main.go': 'package main\n',
    'backend/go/zeta/main.go': 'package main\n',
    'backend/backend.proto': PROTO_V1,
    'scripts/build/build.sh': '#!/bin/sh\n',
    'README.md': '# images\n',
  });
  step('sources: alpha', { 'backend/python/alpha/main.py': 'print("alpha 2")\n' });
  step('sources: beta', { 'backend/go/beta/main.go': 'package main // 2\n' });
  step('dockerfile: golang', { 'backend/Dockerfile.golang': 'FROM golang:1.25\n' });
  step('docs only: <script>alert("x")</script> & more', {
    'README.md': '# images, docs\n',
    'backend/go/delta/NOTES.md': 'notes\n',
  });
  step('shared: python common', { 'backend/python/common/util.py': 'UTIL = 2\n' });
  step('proto: additive', { 'backend/backend.proto': PROTO_ADDITIVE });
  step('proto: breaking', { 'backend/backend.proto': PROTO_BREAKING });
  step('shared: build script', { 'scripts/build/build.sh': '#!/bin/sh\nset -e\n' });
  step('matrix: edit', { [MATRIX_PATH]: MATRIX_V2 });
  step('matrix: rules only', { [MATRIX_PATH]: MATRIX_V3 });
  repo.mv('backend/python/alpha/helper.py', 'backend/python/gamma/helper.py');
  sha['rename alpha helper to gamma'] = repo.commit('rename alpha helper to gamma');
  const forkPoint = sha['rename alpha helper to gamma'];
  repo.checkout('side', forkPoint);
  step('side: zeta', { 'backend/go/zeta/main.go': 'package main // side\n' });
  step('side: delta', { 'backend/go/delta/main.go': 'package main // side\n' });
  repo.checkout('main');
  step('main: gamma', { 'backend/python/gamma/main.py': 'print("gamma 2")\n' });
  sha['merge: side branch'] = repo.merge('side', 'merge: side branch');
  step('matrix: broken', { [MATRIX_PATH]: MATRIX_BROKEN });
  step('matrix: repaired', { [MATRIX_PATH]: MATRIX_V3 });
  return { repo, sha };
}
