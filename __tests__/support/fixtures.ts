import { readFileSync } from 'node:fs';

/** A small matrix that exercises every rule form (docs/rules.md, Rules). */
export const demo = {
  include: [
    {
      backend: 'vllm',
      dockerfile: './backend/Dockerfile.python',
      platforms: 'linux/amd64',
      'platform-tag': 'amd64',
      'tag-suffix': '-cpu-vllm',
      'tag-latest': 'auto',
    },
    {
      backend: 'vllm',
      dockerfile: './backend/Dockerfile.python',
      platforms: 'linux/arm64',
      'platform-tag': 'arm64',
      'tag-suffix': '-cpu-vllm',
      'tag-latest': 'auto',
    },
    {
      backend: 'vllm',
      dockerfile: './backend/Dockerfile.python',
      'tag-suffix': '-gpu-vllm',
      'tag-latest': 'false',
      'build-type': 'cublas',
    },
    {
      backend: 'diffusers',
      dockerfile: './backend/Dockerfile.python',
      'tag-suffix': '-gpu-diffusers',
    },
    { backend: 'whisper', dockerfile: './backend/Dockerfile.golang', 'tag-suffix': '-cpu-whisper' },
    {
      backend: 'llama-cpp',
      dockerfile: './backend/Dockerfile.llama-cpp',
      'tag-suffix': '-cpu-llama-cpp',
    },
    {
      backend: 'turboquant',
      dockerfile: './backend/Dockerfile.turboquant',
      'tag-suffix': '-cpu-turboquant',
    },
  ],
  includeDarwin: [
    { backend: 'mlx', 'tag-suffix': '-metal-darwin-arm64-mlx', lang: 'python' },
    { backend: 'llama-cpp', 'tag-suffix': '-metal-darwin-arm64-llama-cpp' },
  ],
  rules: {
    ignore: ['**/*.md'],
    sources: [
      { if: { os: 'darwin', backend: ['llama-cpp', 'ds4'] }, paths: ['backend/cpp/{backend}/**'] },
      { if: { dockerfile: '**/Dockerfile.python' }, paths: ['backend/python/{backend}/**'] },
      {
        if: { dockerfile: '**/Dockerfile.golang' },
        paths: ['backend/go/{backend}/**', '!**/*_test.go'],
      },
      {
        if: { dockerfile: '**/Dockerfile.{turboquant,bonsai}' },
        paths: ['backend/cpp/{backend}/**', 'backend/cpp/llama-cpp/**'],
      },
      { if: { dockerfile: '**/Dockerfile.llama-cpp' }, paths: ['backend/cpp/llama-cpp/**'] },
      { if: { os: 'darwin' }, paths: ['backend/{lang}/{backend}/**'] },
    ],
    shared: [
      {
        paths: ['backend/python/common/**'],
        rebuild: { linux: { dockerfile: '**/Dockerfile.python' }, darwin: { lang: 'python' } },
      },
      { paths: ['scripts/build/special.sh'], rebuild: { backend: 'whisper' } },
      { paths: ['scripts/build/**', '!**/*_test.sh'], rebuild: 'all' },
      { paths: ['backend/backend.proto'], rebuild: { linux: 'all' } },
    ],
  },
};

export const ALL_LINUX = [
  '-cpu-vllm@amd64',
  '-cpu-vllm@arm64',
  '-gpu-vllm',
  '-gpu-diffusers',
  '-cpu-whisper',
  '-cpu-llama-cpp',
  '-cpu-turboquant',
];
export const ALL_DARWIN = ['-metal-darwin-arm64-mlx', '-metal-darwin-arm64-llama-cpp'];

/** A parsed event payload, as the runner gives it (a fresh copy each call). */
export type EventJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export const eventFixture = (name: string): EventJson =>
  JSON.parse(readFileSync(`__tests__/fixtures/events/${name}.json`, 'utf8')) as EventJson;
