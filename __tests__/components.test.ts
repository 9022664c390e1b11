/**
 * A check that needs a real component (here Chromium) is skipped, and named
 * in the run's summary with what to install, when the component is absent;
 * under CI=true its absence fails the run. Runs jest itself on the replay
 * report's browser check with CHROMIUM pointing at a binary that is not there.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function jestOn(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/jest/bin/jest.js'),
      '__tests__/replay.test.ts',
      '-t',
      'headless Chromium',
    ],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        NODE_OPTIONS: '--experimental-vm-modules',
        CHROMIUM: '/nonexistent/chromium',
        BMA_SKIPPED_CHECKS: '',
        ...env,
      },
    },
  );
}

describe('a real component that is absent', () => {
  it('is a skipped check, named with what to install', () => {
    const r = jestOn({ CI: 'false' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Checks that did not run');
    expect(r.stderr).toContain(
      'Chromium is not installed, so "the replay report renders in headless Chromium" did not run',
    );
    expect(r.stderr).toContain('apt-get install -y chromium');
    expect(r.stderr).toMatch(/Tests:\s+\d+ skipped, \d+ total/);
  }, 150_000);

  it('fails the run under CI=true', () => {
    const r = jestOn({ CI: 'true' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('CI=true: every real-component check must run');
  }, 150_000);
});
