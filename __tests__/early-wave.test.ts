/**
 * When the parse may start: only once a pull request's whole first wave of
 * page requests is on the wire (undici reports each request's headers on a
 * diagnostics channel), so the parse never holds back pages that could be
 * travelling meanwhile.
 */
import { describe, expect, it } from '@jest/globals';
import { channel } from 'node:diagnostics_channel';
import type { Ports } from '../src/change/access.js';
import type { ChangeRequest } from '../src/change/detect.js';
import { startChange } from '../src/change/early.js';
import { REQUEST_SENT_CHANNELS, type ApiPort, type FileList } from '../src/change/ports.js';

// The API's own fetch and undici (behind a proxy) each report a request on the wire.
const [ownFetch, undici] = REQUEST_SENT_CHANNELS.map((name) => channel(name));

/** Settles on the next macrotask: whether `p` has resolved by then. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

/** An API whose file list never answers; the test reports the headers it "sends". */
function silentApi(): { ports: Ports; asked: number[] } {
  const asked: number[] = [];
  const api: ApiPort = {
    pullRequestFiles: (_pr, hint) => {
      asked.push(hint ?? -1);
      return new Promise<FileList>(() => undefined);
    },
    compare: () => new Promise(() => undefined),
    fileAt: async () => undefined,
    successfulPushRuns: async () => [],
    stats: () => ({ requests: 0, maxInFlight: 0 }),
  };
  const ports: Ports = {
    git: async () => {
      throw new Error('no git here');
    },
    api: async () => api,
    workspaceFile: async () => undefined,
  };
  return { ports, asked };
}

function pullRequest(changedFiles: number): ChangeRequest {
  return {
    eventName: 'pull_request',
    event: {
      pull_request: {
        number: 7,
        changed_files: changedFiles,
        base: { sha: 'b'.repeat(40), ref: 'main' },
        head: { sha: 'c'.repeat(40) },
      },
    },
    ref: 'refs/pull/7/merge',
    sha: 'a'.repeat(40),
    forceAll: false,
    changedFiles: undefined,
    base: '',
    diffSource: 'api',
    workspace: '/nonexistent',
    repository: 'acme/images',
    apiUrl: 'http://api.invalid',
    token: '',
    matrixPath: '.github/backend-matrix.yml',
    workflowRef: '',
  };
}

/** Waits until the detection has asked for the file list. */
async function untilAsked(asked: number[]): Promise<void> {
  for (let i = 0; i < 100 && !asked.length; i++) await new Promise((r) => setImmediate(r));
  expect(asked.length).toBe(1);
}

describe('the parse starts after the first wave of requests is sent', () => {
  it.each([
    [50, 1],
    [250, 3],
    [1000, 10],
    [2999, 10],
  ])('a pull request of %i files: after %i request(s)', async (files, wave) => {
    const { ports, asked } = silentApi();
    const early = startChange(pullRequest(files), { ports });
    await untilAsked(asked);
    expect(asked).toEqual([files]);
    for (let n = 1; n < wave; n++) {
      (n % 2 ? ownFetch : undici).publish({});
      expect(await settled(early.ready)).toBe(false);
    }
    ownFetch.publish({});
    expect(await settled(early.ready)).toBe(true);
  });
});
