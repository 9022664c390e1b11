/**
 * Change detection started before the matrix file is parsed, so that the
 * network and the parse overlap: which files changed does not depend on the
 * matrix; only what the rules then need (the base matrix, schema verdicts)
 * does, and that waits for `finish`.
 *
 * Parsing is synchronous and holds the event loop, so it starts only once
 * the detection can get on without it: its first requests have been written
 * to the connection (all of a pull request's first wave of pages), a REST
 * call has been answered or has failed, a local `git diff` is running, or
 * the detection is over. Until then only git's quick checks and the
 * connection's set-up run, which need the loop.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Rules } from '../core/rules.js';
import { Access, type Ports } from './access.js';
import { defaultPorts } from './adapters.js';
import {
  completeChange,
  detectChange,
  type ChangeRequest,
  type FindOptions,
  type FoundChange,
} from './detect.js';
import { decide } from './events.js';
import { firstWave, REQUEST_SENT_CHANNELS } from './ports.js';

/** The parse never waits longer than this for a connection. */
const MAX_WAIT_MS = 1000;

export interface EarlyChange {
  /** Resolves when parsing no longer holds the detection up (never rejects). */
  ready: Promise<void>;
  /** The change, completed with what `rules` need. */
  finish(rules: Rules | undefined): Promise<FoundChange>;
  /** Whether the detection is still under way (a failed run need not wait for it). */
  pending(): boolean;
}

export function startChange(
  req: ChangeRequest,
  opts: Pick<FindOptions, 'ports'> = {},
): EarlyChange {
  let release!: () => void;
  const ready = new Promise<void>((resolve) => (release = resolve));
  // Requests whose headers must be on the wire before the parse may hold the loop.
  let expected = 1;
  let sent = 0;
  const onHeaders = (): void => {
    if (++sent >= expected) release();
  };
  for (const name of REQUEST_SENT_CHANNELS) subscribe(name, onHeaders);
  const timer = setTimeout(() => release(), MAX_WAIT_MS);
  void ready.then(() => {
    for (const name of REQUEST_SENT_CHANNELS) unsubscribe(name, onHeaders);
    clearTimeout(timer);
  });

  const onCall = (name: string | symbol, args: unknown[]): void => {
    if (name === 'pullRequestFiles') expected = sent + firstWave(args[1] as number | undefined);
  };
  const access = new Access(watched(opts.ports ?? defaultPorts(req), release, onCall));
  // The REST client's module and Node's HTTP client take a while to load: start now when git is
  // unlikely to have the diff.
  if (!opts.ports && likelyApi(req)) access.api().catch(() => undefined);
  let done = false;
  const detected = detectChange(req, access).finally(() => {
    done = true;
    release();
  });
  // Settled by `finish`; a run that fails before it must not see an unhandled rejection.
  detected.catch(() => undefined);
  return {
    ready,
    finish: async (rules) => completeChange(req, await detected, access, rules),
    pending: () => !done,
  };
}

/**
 * Whether the diff will probably come from the REST API: the event needs a
 * diff, the API may be used, and the workspace is no full git checkout (the
 * default checkout is shallow, without the base commit). Only a guess about
 * what to load first: the sources are still tried in their order.
 */
function likelyApi(req: ChangeRequest): boolean {
  try {
    if (req.diffSource === 'git' || decide(req).kind !== 'diff') return false;
  } catch {
    return false; // an unreadable payload: the detection reports it
  }
  const git = path.join(req.workspace, '.git');
  return req.diffSource === 'api' || !existsSync(git) || existsSync(path.join(git, 'shallow'));
}

const API_CALLS = new Set(['pullRequestFiles', 'compare', 'fileAt', 'successfulPushRuns']);
const DIFFS = new Set(['diff', 'changedFiles']);

/**
 * The ports, reporting the first slow step: a REST call that has been
 * answered or failed (its headers being on the wire are reported on REQUEST_SENT_CHANNELS), or a
 * git diff that has started; `onCall` sees each REST call as it starts.
 */
function watched(
  ports: Ports,
  release: () => void,
  onCall: (name: string | symbol, args: unknown[]) => void,
): Ports {
  return {
    git: async () =>
      hooked(await ports.git(), DIFFS, (answer) => {
        release();
        return answer();
      }),
    api: async () =>
      hooked(await ports.api(), API_CALLS, (answer, name, args) => {
        onCall(name, args);
        const p = answer();
        p.then(release, release);
        return p;
      }),
    workspaceFile: (file) => ports.workspaceFile(file),
  };
}

/** `target` with the methods in `names` called through `around`; the rest as they are. */
function hooked<T extends object>(
  target: T,
  names: ReadonlySet<string | symbol>,
  around: (
    answer: () => Promise<unknown>,
    name: string | symbol,
    args: unknown[],
  ) => Promise<unknown>,
): T {
  return new Proxy(target, {
    get(t, name) {
      const value: unknown = Reflect.get(t, name, t);
      if (typeof value !== 'function') return value;
      const method = (value as (...a: unknown[]) => Promise<unknown>).bind(t);
      return names.has(name)
        ? (...args: unknown[]) => around(() => method(...args), name, args)
        : method;
    },
  });
}
