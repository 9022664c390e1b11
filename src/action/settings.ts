/**
 * Every input and runner variable the action reads, parsed and checked once.
 * Nothing downstream reads the environment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/problems.js';

export type DiffSource = 'auto' | 'api' | 'git';

export interface Settings {
  /** The `matrix-file` input as written, for messages and annotations. */
  matrixFile: string;
  /** The same, relative to the workspace with `/` separators (the repository path). */
  matrixPath: string;
  /** Absolute path on disk. */
  matrixFullPath: string;
  forceAll: boolean;
  eventName: string;
  token: string;
  /** undefined: find the changes from the event. */
  changedFiles: string[] | undefined;
  diffSource: DiffSource;
  /** '' for the event's own base, a SHA/ref, or 'last-successful'. */
  base: string;
  shards: number;
  maxJobs: number;
  /** The runner's view of the run. */
  workspace: string;
  event: Record<string, unknown>;
  ref: string;
  sha: string;
  repository: string;
  apiUrl: string;
  /** `owner/repo/.github/workflows/x.yml@ref`, for `base: last-successful`. */
  workflowRef: string;
  /** REST time limits (ms); the defaults suit GitHub, the variables exist for tests and slow GHES. */
  apiLimits: { requestTimeoutMs?: number; totalBudgetMs?: number; retryBaseMs?: number };
}

type Env = Record<string, string | undefined>;

/** As the runner names inputs: `INPUT_` + the name upper-cased, spaces as `_` (hyphens stay). */
export const inputVar = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export function readSettings(env: Env = process.env): Settings {
  const input = (name: string): string => (env[inputVar(name)] ?? '').trim();
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const matrixFile = input('matrix-file') || '.github/backend-matrix.yml';
  const matrixFullPath = insideWorkspace(workspace, matrixFile);
  return {
    matrixFile,
    matrixPath: path.relative(workspace, matrixFullPath).split(path.sep).join('/'),
    matrixFullPath,
    forceAll: boolInput('force-all', input('force-all') || 'false'),
    eventName: input('event-name') || env.GITHUB_EVENT_NAME || '',
    token: input('token'),
    changedFiles: parseChangedFiles(input('changed-files')),
    diffSource: oneOf('diff-source', input('diff-source') || 'auto', ['auto', 'api', 'git']),
    base: input('base'),
    shards: intInput('singlearch-shards', input('singlearch-shards') || '1', 1, 256),
    maxJobs: intInput('max-jobs', input('max-jobs') || '256', 1, 256),
    workspace,
    event: readEvent(env.GITHUB_EVENT_PATH),
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
  };
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

/** A newline-separated list or a JSON array of paths; '' means "find them from the event". */
export function parseChangedFiles(raw: string): string[] | undefined {
  if (!raw) return undefined;
  if (raw.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      throw new UserError(
        `changed-files looks like a JSON array but is not valid JSON: ${(err as Error).message}`,
      );
    }
    if (!Array.isArray(parsed) || !parsed.every((f) => typeof f === 'string')) {
      throw new UserError('changed-files must be a JSON array of strings, or one path per line');
    }
    return parsed.map((f) => f.trim()).filter(Boolean);
  }
  return raw
    .split(/\r?\n/)
    .map((f) => f.trim())
    .filter(Boolean);
}

function boolInput(name: string, value: string): boolean {
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UserError(`${name} must be true or false, not "${value}"`);
}

function intInput(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UserError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
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

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch (err) {
    throw new UserError(`cannot read the event payload ${file}: ${(err as Error).message}`);
  }
}
