/**
 * Real components some tests need (a browser, a registry). Present: the test
 * runs. Absent: the test is skipped and the run's summary says which check did
 * not run and what to install — except under CI=true, where CI installs them,
 * so an absent component fails the test that needs it.
 */
import { appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { it } from '@jest/globals';

export interface Component {
  /** What the check is called in the summary. */
  name: string;
  /** The binary looked up on PATH (an environment variable may name another). */
  binary: string;
  env?: string;
  install: string;
}

export const CHROMIUM: Component = {
  name: 'Chromium',
  binary: 'chromium',
  env: 'CHROMIUM',
  install:
    'apt-get update && apt-get install -y chromium (or set CHROMIUM to another Chromium binary)',
};

export const DOCKER_REGISTRY: Component = {
  name: 'docker-registry',
  binary: 'docker-registry',
  env: 'DOCKER_REGISTRY',
  install:
    'apt-get update && apt-get install -y docker-registry (or set DOCKER_REGISTRY to its binary)',
};

/** The component's binary when it answers `--version`, else undefined. */
export function locate(c: Component): string | undefined {
  const bin = (c.env && process.env[c.env]) || c.binary;
  const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return probe.error ? undefined : bin;
}

/**
 * `it` when the component is here (or under CI=true, where its absence fails
 * the test with what to install), else `it.skip`, recorded for the summary.
 */
/** A test function as `it` takes it. */
export type Test = (name: string, fn: () => void | Promise<unknown>, timeout?: number) => void;

export function itWith(c: Component, check: string): { bin: string; it: Test } {
  const bin = locate(c);
  if (bin) return { bin, it };
  const message = `${c.name} is not installed, so "${check}" did not run: ${c.install}`;
  if (process.env.CI === 'true') {
    const failing: Test = (name) =>
      it(name, () => {
        throw new Error(`${message} (CI=true: every real-component check must run)`);
      });
    return { bin: c.binary, it: failing };
  }
  const log = process.env.BMA_SKIPPED_CHECKS;
  if (log) appendFileSync(log, `${message}\n`);
  return { bin: c.binary, it: (name, fn, timeout) => it.skip(name, fn, timeout) };
}
