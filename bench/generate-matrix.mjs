/**
 * Generates a realistic matrix file for the benchmark, shaped like the
 * motivating project's (LocalAI's backend.yml): ~400 bytes per Linux entry,
 * about a quarter of the backends built multi-arch (amd64 + arm64 legs
 * sharing a tag-suffix), macOS entries, and a `rules` section.
 *
 *   import { generateMatrix } from './generate-matrix.mjs';
 *   const { text, changedFiles, backends } = generateMatrix({ linux: 460, darwin: 60, seed: 1 });
 *   changedFiles(100); // 100 paths; ~10 backends touched, the rest docs and other code
 *
 * CLI: node bench/generate-matrix.mjs [linux] [darwin] [seed] > matrix.yml
 *
 * Deterministic: the same arguments give the same text and file lists.
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast, seedable. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL_NAMES = {
  python: [
    'vllm',
    'vllm-omni',
    'diffusers',
    'transformers',
    'rerankers',
    'coqui',
    'bark',
    'chatterbox',
    'kokoro',
    'exllama2',
    'faster-whisper',
    'rfdetr',
    'kitten-tts',
    'neutts',
    'vibevoice',
    'mlx',
    'mlx-vlm',
    'mlx-audio',
    'moonshine',
    'whisperx',
    'sglang',
    'qwen-tts',
    'pocket-tts',
    'outetts',
    'nemo',
    'fish-speech',
    'f5-tts',
    'ace-step',
    'lerobot',
    'chronos',
  ],
  go: [
    'whisper',
    'piper',
    'silero-vad',
    'local-store',
    'huggingface',
    'stablediffusion-ggml',
    'bark-cpp',
    'voxtral',
    'acestep-cpp',
    'kitten',
  ],
  cpp: ['llama-cpp', 'ik-llama-cpp', 'turboquant', 'bonsai', 'ds4'],
};
const LANG_DIR = { python: 'python', go: 'go', cpp: 'cpp' };
const DOCKERFILE = {
  python: './backend/Dockerfile.python',
  go: './backend/Dockerfile.golang',
  cpp: './backend/Dockerfile.llama-cpp',
};
const SYNTH_PREFIX = { python: 'py', go: 'go', cpp: 'cpp' };
const WORDS = ['tts', 'asr', 'vision', 'embed', 'rerank', 'audio', 'image', 'video', 'llm', 'vad'];

/**
 * Hardware variants. `legs` marks the variants a multi-arch backend builds as
 * an amd64 + arm64 pair; the others are single-arch.
 */
const VARIANTS = {
  cpu: { buildType: '', cuda: ['', ''], suffix: 'cpu', image: 'ubuntu:24.04', legs: true },
  cuda12: {
    buildType: 'cublas',
    cuda: ['12', '9'],
    suffix: 'gpu-nvidia-cuda-12',
    image: 'ubuntu:24.04',
  },
  cuda13: {
    buildType: 'cublas',
    cuda: ['13', '0'],
    suffix: 'gpu-nvidia-cuda-13',
    image: 'ubuntu:24.04',
    legs: true,
  },
  rocm: {
    buildType: 'hipblas',
    cuda: ['', ''],
    suffix: 'gpu-rocm-hipblas',
    image: 'rocm/dev-ubuntu-24.04:6.4.4',
  },
  intel: {
    buildType: 'intel',
    cuda: ['', ''],
    suffix: 'gpu-intel',
    image: 'intel/oneapi-basekit:2025.3.0-0-devel-ubuntu24.04',
  },
  vulkan: {
    buildType: 'vulkan',
    cuda: ['', ''],
    suffix: 'gpu-vulkan',
    image: 'ubuntu:24.04',
    legs: true,
  },
  l4t: {
    buildType: 'cublas',
    cuda: ['12', '0'],
    suffix: 'nvidia-l4t-arm64',
    image: 'nvcr.io/nvidia/l4t-jetpack:r36.4.0',
    arm: true,
    ubuntu: '2204',
  },
  l4t13: {
    buildType: 'cublas',
    cuda: ['13', '0'],
    suffix: 'nvidia-l4t-cuda-13-arm64',
    image: 'ubuntu:24.04',
    arm: true,
  },
};
const LANG_VARIANTS = {
  python: ['cpu', 'cuda12', 'cuda13', 'rocm', 'intel', 'l4t', 'l4t13'],
  go: ['cpu', 'cuda12', 'cuda13', 'rocm', 'intel', 'vulkan', 'l4t'],
  cpp: ['cpu', 'cuda12', 'cuda13', 'rocm', 'intel', 'vulkan', 'l4t', 'l4t13'],
};

function pickLang(r) {
  const x = r();
  return x < 0.6 ? 'python' : x < 0.85 ? 'go' : 'cpp';
}

function entryText(backend, lang, variantName, platformTag, tagLatest) {
  const v = VARIANTS[variantName];
  const arm = v.arm || platformTag === 'arm64';
  const tagSuffix = `-${v.suffix}-${backend}`;
  const lines = [
    `  - build-type: '${v.buildType}'`,
    `    cuda-major-version: "${v.cuda[0]}"`,
    `    cuda-minor-version: "${v.cuda[1]}"`,
    `    platforms: 'linux/${arm ? 'arm64' : 'amd64'}'`,
  ];
  if (platformTag) lines.push(`    platform-tag: '${platformTag}'`);
  lines.push(
    `    tag-latest: '${tagLatest}'`,
    `    tag-suffix: '${tagSuffix}'`,
    `    runs-on: '${arm ? 'ubuntu-24.04-arm' : 'ubuntu-latest'}'`,
    `    base-image: "${v.image}"`,
    `    skip-drivers: '${v.buildType === 'cublas' && arm ? 'true' : 'false'}'`,
    `    backend: "${backend}"`,
    `    dockerfile: "${DOCKERFILE[lang]}"`,
    `    context: "./"`,
    `    ubuntu-version: '${v.ubuntu ?? '2404'}'`,
  );
  return lines.join('\n');
}

const RULES = `rules:
  ignore: ["**/*.md"]
  sources:
    - if: { dockerfile: "**/Dockerfile.python" }
      paths: ["backend/python/{backend}/**"]
    - if: { dockerfile: "**/Dockerfile.golang" }
      paths: ["backend/go/{backend}/**"]
    - if: { dockerfile: "**/Dockerfile.llama-cpp" }
      paths: ["backend/cpp/{backend}/**"]
    - if: { os: darwin }
      paths: ["backend/{lang}/{backend}/**"]
  shared:
    - paths: ["backend/python/common/**"]
      rebuild: { linux: { dockerfile: "**/Dockerfile.python" }, darwin: { lang: python } }
    - paths: ["backend/backend.proto"]
      rebuild: all
    - paths: ["scripts/build/**", "!**/*_test.sh"]
      rebuild: all
`;

/**
 * @param {{ linux: number, darwin: number, seed?: number }} options
 * @returns {{ text: string, backends: { name: string, lang: string }[], linux: number,
 *   darwin: number, changedFiles: (n: number) => string[] }}
 */
export function generateMatrix({ linux, darwin, seed = 1 }) {
  const r = rng(seed);
  const used = { python: 0, go: 0, cpp: 0 };
  /** @type {{ name: string, lang: string }[]} */
  const backends = [];
  const out = [
    '# Generated by bench/generate-matrix.mjs: a benchmark fixture, not a real matrix.',
    'include:',
  ];
  let count = 0;
  while (count < linux) {
    const lang = pickLang(r);
    const i = used[lang]++;
    const real = REAL_NAMES[lang];
    const name =
      i < real.length
        ? real[i]
        : `${SYNTH_PREFIX[lang]}-${WORDS[i % WORDS.length]}-${i - real.length + 1}`;
    backends.push({ name, lang });
    const multi = r() < 0.25;
    const tagLatest = r() < 0.85 ? 'auto' : 'false';
    // A subset of the language's variants, in catalogue order; always cpu.
    const variants = LANG_VARIANTS[lang].filter((v, k) => k === 0 || r() < 0.7);
    for (const v of variants) {
      const left = linux - count;
      if (left <= 0) break;
      if (multi && VARIANTS[v].legs && left >= 2) {
        out.push(
          entryText(name, lang, v, 'amd64', tagLatest),
          entryText(name, lang, v, 'arm64', tagLatest),
        );
        count += 2;
      } else if (!(multi && VARIANTS[v].legs)) {
        out.push(entryText(name, lang, v, '', tagLatest));
        count += 1;
      } else {
        // One slot left for a pair: build it single-arch under another tag.
        out.push(
          entryText(name, lang, v, '', tagLatest).replace(
            /tag-suffix: '-/,
            "tag-suffix: '-single-",
          ),
        );
        count += 1;
      }
    }
  }

  if (darwin > 0) {
    out.push('includeDarwin:');
    // Mostly python (mlx-style) backends, some go and cpp; cycled when there are more entries than backends.
    const order = [...backends].sort(
      (a, b) => (a.lang === 'python' ? 0 : 1) - (b.lang === 'python' ? 0 : 1),
    );
    for (let i = 0; i < darwin; i++) {
      const b = order[i % order.length];
      const round = Math.floor(i / order.length);
      out.push(
        [
          `  - backend: "${b.name}"`,
          `    tag-suffix: "-metal-darwin-arm64-${b.name}${round ? `-v${round}` : ''}"`,
          `    build-type: "metal"`,
          `    lang: "${LANG_DIR[b.lang]}"`,
        ].join('\n'),
      );
    }
  }
  out.push(RULES);
  const text = out.join('\n');

  /**
   * n realistic changed paths: ~12% in the sources of a few matrix backends
   * (10 backends for n = 100, growing as the cube root of n so the selection
   * stays under GitHub's output cap), the rest other code, retired backends,
   * docs (ignored), tests and workflow files. Unique and shuffled.
   */
  const changedFiles = (n) => {
    const f = rng(seed * 1_000_003 + n);
    const touchedCount = Math.max(
      1,
      Math.min(backends.length, n, Math.round(10 * Math.cbrt(n / 100))),
    );
    const pool = [...backends];
    const touched = [];
    for (let i = 0; i < touchedCount; i++) {
      const k = i + Math.floor(f() * (pool.length - i));
      [pool[i], pool[k]] = [pool[k], pool[i]];
      touched.push(pool[i]);
    }
    const matching = Math.min(n, Math.max(touchedCount, Math.round(n * 0.12)));
    const files = [];
    const srcName = {
      python: (k) =>
        [
          'backend.py',
          'requirements.txt',
          'requirements-cublas12.txt',
          'install.sh',
          'test.py',
          'Makefile',
        ][k] ?? `src/module_${k}.py`,
      go: (k) => ['main.go', 'backend.go', 'Makefile', 'run.sh'][k] ?? `pkg/part_${k}.go`,
      cpp: (k) =>
        ['grpc-server.cpp', 'CMakeLists.txt', 'Makefile', 'prepare.sh'][k] ??
        `patches/${String(k).padStart(4, '0')}-fix.patch`,
    };
    for (let i = 0; i < matching; i++) {
      const b = touched[i % touchedCount];
      const k = Math.floor(i / touchedCount);
      files.push(`backend/${LANG_DIR[b.lang]}/${b.name}/${srcName[b.lang](k)}`);
    }
    const kinds = [
      [
        0.3,
        (k) =>
          `backend/${['python', 'go', 'cpp'][k % 3]}/retired-${k % 97}/file_${k}.${['py', 'go', 'cpp'][k % 3]}`,
      ],
      [
        0.25,
        (k) =>
          `${['core/http/endpoints/openai', 'core/config', 'pkg/model', 'pkg/grpc', 'core/gallery'][k % 5]}/part_${k}.go`,
      ],
      [0.1, (k) => `docs/content/docs/features/page-${k}.md`],
      [
        0.08,
        (k) =>
          `backend/${LANG_DIR[backends[k % backends.length].lang]}/${backends[k % backends.length].name}/README-${k}.md`,
      ],
      [0.12, (k) => `tests/e2e/${['llm', 'tts', 'images'][k % 3]}/case_${k}_test.go`],
      [0.06, (k) => `.github/workflows/job-${k}.yml`],
      [0.05, (k) => `scripts/build/check_${k}_test.sh`],
      [0.04, (k) => `gallery/model-${k}.yaml`],
    ];
    for (let i = 0; files.length < n; i++) {
      let x = f();
      let make = kinds[kinds.length - 1][1];
      for (const [w, fn] of kinds) {
        if (x < w) {
          make = fn;
          break;
        }
        x -= w;
      }
      files.push(make(i));
    }
    for (let i = files.length - 1; i > 0; i--) {
      const k = Math.floor(f() * (i + 1));
      [files[i], files[k]] = [files[k], files[i]];
    }
    return files;
  };

  return { text, backends, linux: count, darwin, changedFiles };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [linux = 460, darwin = 60, seed = 1] = process.argv.slice(2).map(Number);
  process.stdout.write(generateMatrix({ linux, darwin, seed }).text);
}
