/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest',
  testEnvironment: 'node',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/__tests__/support/skipped-checks-setup.js',
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/yaml-loaded.ts'],
  reporters: ['default', '<rootDir>/__tests__/support/skipped-checks.js'],
};
