/**
 * Fixture repositories for the Dockerfile audit and `init`: real git
 * repositories with Python, Go and C++ layouts, multi-stage Dockerfiles, ARGs
 * with and without defaults, --from copies, a .dockerignore, `COPY . .`, and
 * a build script copied into one family only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GitRepo } from './git-repo.js';

export const PYTHON_DOCKERFILE = `# syntax=docker/dockerfile:1
ARG BASE_IMAGE=ubuntu:24.04
FROM \${BASE_IMAGE} AS builder
ARG BACKEND
ARG BUILD_TYPE=cpu
COPY backend/python/\${BACKEND} /build/\${BACKEND}
COPY backend/python/common /build/common
COPY --chmod=755 scripts/build/package-gpu-libs.sh /usr/bin/
RUN --mount=type=bind,source=scripts/build/install-\${BUILD_TYPE}.sh,target=/i.sh sh /i.sh
COPY <<EOF /etc/motd
built by COPY heredoc
EOF
FROM \${BASE_IMAGE}
ARG BACKEND
COPY --from=builder /build/\${BACKEND} /backend
COPY --chown=1000:1000 --link ["backend/backend.proto", "/backend/"]
ADD https://example.com/models.tgz /models/
`;

export const GO_DOCKERFILE = `ARG GO_VERSION=1.22
ARG BACKEND
FROM golang:\${GO_VERSION} AS build
ARG BACKEND
COPY go.mod go.sum /src/
COPY backend/go/\${BACKEND} /src/backend/go/\${BACKEND}
COPY pkg /src/pkg
RUN --mount=type=cache,target=/root/.cache go build ./...
FROM scratch
COPY --from=build /out /
`;

export const CPP_DOCKERFILE = `ARG VARIANT=avx
FROM ubuntu:24.04 AS build
ARG BACKEND=llama-cpp
ARG SRC_DIR
COPY backend/cpp/\${BACKEND} /src
COPY backend/cpp/common/\${VARIANT}.cfg /src/
COPY \${SRC_DIR}/patches /patches
COPY . /workspace
`;

export const DOCKERIGNORE = `# not part of any image
**/*.md
**/*_test.go
backend/python/*/venv
!backend/python/vllm/venv/keep.txt
`;

/** The matrix without rules: what `init` starts from. Comments and quoting are deliberate. */
export const MATRIX_ENTRIES = `# Images of the fixture project.
x-cpu: &cpu
  platforms: linux/amd64   # the default platform

include:
  # Python
  - backend: vllm
    build-type: cublas
    dockerfile: ./backend/Dockerfile.python
    tag-suffix: '-gpu-vllm'
  - backend: vllm
    <<: *cpu
    dockerfile: ./backend/Dockerfile.python
    platform-tag: amd64
    tag-suffix: '-cpu-vllm'
  - backend: vllm
    platforms: linux/arm64
    dockerfile: ./backend/Dockerfile.python
    platform-tag: arm64
    tag-suffix: '-cpu-vllm'
  - backend: diffusers
    build-type: cublas
    dockerfile: ./backend/Dockerfile.python
    tag-suffix: "-gpu-diffusers"
  # Go
  - backend: whisper
    dockerfile: ./backend/Dockerfile.golang
    tag-suffix: -cpu-whisper
  - backend: piper
    dockerfile: ./backend/Dockerfile.golang
    tag-suffix: -cpu-piper
  # C++
  - backend: llama-cpp
    dockerfile: ./backend/Dockerfile.cpp
    tag-suffix: -cpu-llama-cpp

includeDarwin:
  - backend: mlx
    lang: python
    tag-suffix: -metal-mlx
`;

/** Rules that map each entry's own directory and a few shared files, but not everything. */
export const PARTIAL_RULES = `rules:
  ignore: ['**/*.md']
  sources:
    - if: { dockerfile: '**/Dockerfile.python' }
      paths: ['backend/python/{backend}/**']
    - if: { dockerfile: '**/Dockerfile.golang' }
      paths: ['backend/go/{backend}/**']
    - if: { dockerfile: '**/Dockerfile.cpp' }
      paths: ['backend/cpp/{backend}/**']
    - if: { os: darwin }
      paths: ['backend/{lang}/{backend}/**']
  shared:
    - paths: ['backend/python/common/**']
      rebuild: { dockerfile: '**/Dockerfile.python' }
    - paths: ['backend/backend.proto']
      rebuild: all
  build:
    args: { BACKEND: '{backend}', BUILD_TYPE: '{build-type}' }
`;

export const MATRIX_PATH = '.github/backend-matrix.yml';

export const TREE: Record<string, string> = {
  'README.md': '# fixture\n',
  'docs/index.md': 'docs\n',
  '.dockerignore': DOCKERIGNORE,
  'go.mod': 'module example.com/fixture\n',
  'go.sum': '',
  'backend/backend.proto': 'syntax = "proto3";\n',
  'backend/Dockerfile.python': PYTHON_DOCKERFILE,
  'backend/Dockerfile.golang': GO_DOCKERFILE,
  'backend/Dockerfile.cpp': CPP_DOCKERFILE,
  'backend/python/vllm/backend.py': 'print("vllm")\n',
  'backend/python/vllm/requirements.txt': 'vllm\n',
  'backend/python/vllm/README.md': '# vllm\n',
  'backend/python/vllm/venv/lib.py': '',
  'backend/python/vllm/venv/keep.txt': '',
  'backend/python/diffusers/backend.py': 'print("diffusers")\n',
  'backend/python/mlx/backend.py': 'print("mlx")\n',
  'backend/python/common/libbackend.sh': '#!/bin/sh\n',
  'backend/go/whisper/main.go': 'package main\n',
  'backend/go/whisper/main_test.go': 'package main\n',
  'backend/go/piper/main.go': 'package main\n',
  'backend/cpp/llama-cpp/grpc-server.cpp': '',
  'backend/cpp/common/avx.cfg': '',
  'pkg/util/util.go': 'package util\n',
  'pkg/util/util_test.go': 'package util\n',
  'scripts/build/package-gpu-libs.sh': '#!/bin/sh\n',
  'scripts/build/install-cublas.sh': '#!/bin/sh\n',
  'scripts/build/install-cpu.sh': '#!/bin/sh\n',
};

/** A committed repository holding TREE and the matrix (with `rules` text appended when given). */
export function fixtureRepo(
  rules = PARTIAL_RULES,
  extra: Record<string, string | null> = {},
): GitRepo {
  const repo = GitRepo.init();
  repo.write({ ...TREE, [MATRIX_PATH]: MATRIX_ENTRIES + (rules ? `\n${rules}` : ''), ...extra });
  repo.commit('fixture');
  return repo;
}

/** examples/backend-matrix.yml without its rules, and a tree laid out as its rules describe. */
export function exampleRepo(): { repo: GitRepo; bundled: string; text: string } {
  const bundled = readFileSync(path.resolve('examples/backend-matrix.yml'), 'utf8');
  const text = bundled.slice(0, bundled.indexOf('\nrules:') + 1);
  const files: Record<string, string> = {
    '.dockerignore': '**/*.md\n**/*_test.go\n**/*_test.sh\n',
    'README.md': '# project\n',
    LICENSE: 'MIT\n',
    'docs/index.md': 'docs\n',
    '.github/ISSUE_TEMPLATE/bug.md': 'bug\n',
    'backend/backend.proto': 'syntax = "proto3";\n',
    'backend/python/common/libbackend.sh': '',
    'backend/cpp/common/grpc-server.cpp': '',
    'scripts/build/package-gpu-libs.sh': '',
    'scripts/build/cuda-12.sh': '',
    'scripts/build/package_test.sh': '',
    'scripts/build/darwin/build.sh': '',
    [MATRIX_PATH]: text,
  };
  const python = [
    'vllm',
    'diffusers',
    'transformers',
    'rerankers',
    'kokoro',
    'chatterbox',
    'mlx',
    'mlx-vlm',
  ];
  for (const b of python) {
    files[`backend/python/${b}/backend.py`] = '';
    files[`backend/python/${b}/README.md`] = '';
  }
  for (const b of ['whisper', 'piper', 'silero-vad', 'stablediffusion-ggml']) {
    files[`backend/go/${b}/main.go`] = '';
    files[`backend/go/${b}/main_test.go`] = '';
  }
  files['backend/cpp/llama-cpp/grpc-server.cpp'] = '';
  const stage = (lang: string, extra: string) =>
    `ARG BASE_IMAGE=ubuntu:24.04\nFROM \${BASE_IMAGE} AS builder\nARG BACKEND\nARG BUILD_TYPE\nCOPY scripts/build /scripts\nCOPY backend/backend.proto /backend/\n${extra}COPY backend/${lang}/\${BACKEND} /backend/${lang}/\${BACKEND}\nRUN /scripts/build.sh\nFROM \${BASE_IMAGE}\nCOPY --from=builder /out /\n`;
  files['backend/Dockerfile.python'] = stage(
    'python',
    'COPY backend/python/common /backend/python/common\n',
  );
  files['backend/Dockerfile.golang'] = stage('go', '');
  files['backend/Dockerfile.llama-cpp'] = stage(
    'cpp',
    'COPY backend/cpp/common /backend/cpp/common\n',
  );
  const repo = GitRepo.init();
  repo.write(files);
  repo.commit('example layout');
  return { repo, bundled, text };
}
