/**
 * Every input and runner variable the action reads, parsed and checked once.
 * Nothing downstream reads the environment.
 */
import * as core from './toolkit.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/problems.js';
import type { DiffSource } from '../change/events.js';
import { parseChangedFiles } from './changed-files.js';
import { tokenOrWhyNot } from '../github/token.js';

/**
 * The inputs `action.yml` declares, with the default each takes when the
 * variable is empty (as when run outside a workflow). '' marks a default that
 * action.yml spells as an expression (`${{ github.token }}`) or leaves empty.
 */
export const INPUTS = {
  'matrix-file': '.github/backend-matrix.yml',
  'force-all': 'false',
  'event-name': '',
  token: '',
  'changed-files': '',
  'diff-source': 'auto',
  base: '',
  stages: '1',
  'published-image': '',
  'singlearch-shards': '1',
  'max-jobs': '256',
  audit: 'true',
} as const;
export type InputName = keyof typeof INPUTS;

export interface Settings {
  /** The `matrix-file` input as written, for messages and annotations. */
  matrixFile: string;
  /** The same, relative to the workspace with `/` separators (the repository path). */
  matrixPath: string;
  /** Absolute path on disk (symlinks not yet resolved: see matrix-source.ts). */
  matrixFullPath: string;
  forceAll: boolean;
  eventName: string;
  token: string;
  /** undefined: find the changes from the event. */
  changedFiles: string[] | undefined;
  diffSource: DiffSource;
  /** '' for the event's own base, a SHA/ref, 'last-successful' or 'published'. */
  base: string;
  /** With `rules.build.image`: emit the Linux matrices in this many dependency-ordered stages (1: none). */
  stages: number;
  /** With `base: published`: the reference template each image is compared against. */
  publishedImage: string;
  /** Registry time limits (ms); the variables exist for tests. */
  registryLimits: { requestTimeoutMs?: number; budgetMs?: number; retryBaseMs?: number };
  shards: number;
  maxJobs: number;
  /** Check the entries' Dockerfiles against the rules (never changes the plan). */
  audit: boolean;
  /** The runner's view of the run. */
  workspace: string;
  /**
   * The event payload, read from GITHUB_EVENT_PATH on first use: runs that do
   * not need it (force-all) never touch the file. With explicit changed-files
   * the payload only locates the base revision, so an unreadable one reads as
   * empty and is reported in `deferredWarnings`; otherwise it is an error.
   */
  readonly event: Record<string, unknown>;
  ref: string;
  sha: string;
  repository: string;
  apiUrl: string;
  /** `owner/repo/.github/workflows/x.yml@ref`, for `base: last-successful`. */
  workflowRef: string;
  /** REST time limits (ms); the defaults suit GitHub, the variables exist for tests and slow GHES. */
  apiLimits: { requestTimeoutMs?: number; totalBudgetMs?: number; retryBaseMs?: number };
  /** Problems with the runner's files that did not stop the run, found while it ran. */
  deferredWarnings: string[];
}

type Env = Record<string, string | undefined>;

const input = (name: InputName): string => core.getInput(name) || INPUTS[name];

/**
 * Registers the token with the runner's log masker, before anything could
 * print it: as given, as used (trimmed), and each line of it, since the
 * runner masks a value only where it appears whole.
 */
export function maskToken(): void {
  const raw = core.getInput('token', { trimWhitespace: false });
  const forms = new Set([raw.trim(), raw, ...raw.split(/[\r\n]+/).map((l) => l.trim())]);
  for (const form of forms) if (form.length >= MIN_MASKED || form === raw.trim()) mask(form);
}

const mask = (value: string): void => {
  if (value) core.setSecret(value);
};

/** A line shorter than this is not worth masking: it would blank out ordinary words in the log. */
const MIN_MASKED = 8;

/** The token, trimmed; one that cannot be a header value is refused by the input's name. */
function readToken(): string {
  const checked = tokenOrWhyNot(
    core.getInput('token', { trimWhitespace: false }),
    'the token input',
  );
  if ('problem' in checked) throw new UserError(checked.problem);
  return checked.token;
}

export function readSettings(env: Env = process.env): Settings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const matrixFile = input('matrix-file');
  const matrixFullPath = insideWorkspace(workspace, matrixFile);
  const forceAll = boolInput('force-all');
  const changedFiles = parseChangedFiles(core.getInput('changed-files'), workspace);
  const deferredWarnings: string[] = [];
  const event = lazyEvent(env.GITHUB_EVENT_PATH, changedFiles !== undefined, deferredWarnings);
  return {
    matrixFile,
    matrixPath: path.relative(workspace, matrixFullPath).split(path.sep).join('/'),
    matrixFullPath,
    forceAll,
    eventName: input('event-name') || env.GITHUB_EVENT_NAME || '',
    token: readToken(),
    changedFiles,
    diffSource: oneOf('diff-source', ['auto', 'api', 'git']),
    base: input('base'),
    stages: intInput('stages', 1, 64),
    publishedImage: publishedImage(input('base'), changedFiles, deferredWarnings),
    registryLimits: {
      requestTimeoutMs: msVar(env, 'BACKEND_MATRIX_REGISTRY_TIMEOUT_MS'),
      budgetMs: msVar(env, 'BACKEND_MATRIX_REGISTRY_BUDGET_MS'),
      retryBaseMs: msVar(env, 'BACKEND_MATRIX_REGISTRY_RETRY_MS'),
    },
    shards: intInput('singlearch-shards', 1, 256),
    maxJobs: intInput('max-jobs', 1, 256),
    audit: boolInput('audit'),
    workspace,
    get event() {
      return event();
    },
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    apiLimits: {
      requestTimeoutMs: msVar(env, 'BACKEND_MATRIX_API_TIMEOUT_MS'),
      totalBudgetMs: msVar(env, 'BACKEND_MATRIX_API_BUDGET_MS'),
      retryBaseMs: msVar(env, 'BACKEND_MATRIX_API_RETRY_MS'),
    },
    deferredWarnings,
  };
}

/** The settings for the debug log: every value but the token and the payload. */
export function describeSettings(s: Settings): string {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(s))) {
    if (key === 'event' || key === 'deferredWarnings' || !('value' in value)) continue;
    shown[key] = key === 'token' ? (s.token ? '(set, not shown)' : '(empty)') : value.value;
  }
  return JSON.stringify(shown);
}

/** The matrix file must live in the workspace: a workflow input is not a way to read other files. */
function insideWorkspace(workspace: string, file: string): string {
  const full = path.resolve(workspace, file);
  const rel = path.relative(workspace, full);
  if (path.isAbsolute(file) || rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new UserError(
      `matrix-file "${file}" must be a path inside the workspace, relative to it (like .github/backend-matrix.yml)`,
    );
  }
  return full;
}

/** `published-image` checked against `base` and `changed-files`, which it cannot go with. */
function publishedImage(
  base: string,
  changedFiles: string[] | undefined,
  warnings: string[],
): string {
  const template = input('published-image').trim();
  if (base !== 'published') {
    if (template)
      warnings.push(`published-image is set but base is "${base}", not published: it is ignored`);
    return template;
  }
  if (changedFiles !== undefined) {
    throw new UserError(
      'base: published and changed-files cannot be used together: base: published finds the changes since each image was published, changed-files gives one list for all of them',
    );
  }
  if (!template) {
    throw new UserError(
      'base: published needs published-image, the reference each image is compared against (like quay.io/org/images:main{tag-suffix})',
    );
  }
  return template;
}

function boolInput(name: InputName): boolean {
  if (!core.getInput(name)) return INPUTS[name] === 'true';
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UserError(`${name} must be true or false, not "${core.getInput(name)}"`);
  }
}

function intInput(name: InputName, min: number, max: number): number {
  const value = input(name);
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

function oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = input(name);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function msVar(env: Env, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  if (!/^\d+$/.test(v))
    throw new UserError(`${name} must be a whole number of milliseconds, not "${v}"`);
  return Number(v);
}

function lazyEvent(
  file: string | undefined,
  optional: boolean,
  warnings: string[],
): () => Record<string, unknown> {
  let payload: Record<string, unknown> | undefined;
  return () => {
    if (payload) return payload;
    if (!file) return (payload = {});
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      payload = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch (err) {
      const why = `cannot read the event payload GITHUB_EVENT_PATH (${file}): ${(err as Error).message}`;
      if (!optional) throw new UserError(why);
      warnings.push(`${why}; with explicit changed-files it only locates the base revision`);
      payload = {};
    }
    return payload;
  };
}
