import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The planning core is pure: no file system, processes, network, runner or environment.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'node:fs',
                'fs/*',
                'node:fs/*',
                'child_process',
                'node:child_process',
                'http',
                'node:http',
                'https',
                'node:https',
                'net',
                'node:net',
                '@actions/*',
                '@octokit/*',
              ],
              message: 'src/core is pure: do I/O in an adapter and pass the result in',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core must not read the environment or the process' },
        { name: 'fetch', message: 'src/core must not use the network' },
      ],
    },
  },
);
