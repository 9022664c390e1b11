/**
 * What changed in this run: a file list, or "everything" with the cause. The
 * decision is the table in events.ts; this module carries it out with git and
 * the REST API behind ports (access.ts), then reads what the plan needs at
 * the diff's revisions: the base matrix file, and the schema files that
 * `unless: additive-proto` rules guard.
 *
 * Failing safe means building too much, never silently building nothing:
 * every fallback is a warning naming its cause.
 */
import { normalizePath } from '../core/globs.js';
import type { Change } from '../core/plan.js';
import type { Rules } from '../core/rules.js';
import { Access, type Ports } from './access.js';
import { defaultPorts, type Connection } from './adapters.js';
import { undiffable, decide, sourcesFor, type EventInputs, type Range } from './events.js';
import { lastSuccessfulBase } from './last-successful.js';
import type { FileList, RevisionReader } from './ports.js';
import { Revisions } from './revisions.js';
import { schemaVerdicts } from './schemas.js';

export interface ChangeRequest extends EventInputs, Connection {
  /** The matrix file's path from the repository root: read at the base when it changed. */
  matrixPath: string;
  /** `GITHUB_WORKFLOW_REF`, for `base: last-successful`. */
  workflowRef: string;
}

export interface FoundChange {
  change: Change;
  /** Where the file list came from, for the summary. */
  source: 'input' | 'api' | 'git' | 'none';
  /** Fallbacks taken on the way, each naming its cause (shown as warnings). */
  warnings: string[];
  /** Expected detours and what the API cost, for the log only. */
  notes: string[];
  /** The changed files at the diff's base and head; undefined when everything is built. */
  revisions: RevisionReader | undefined;
  /** The files the diff lists as added; undefined when the list came without statuses. */
  added?: readonly string[];
}

export interface FindOptions {
  /** The matrix's rules: the schema files they guard get verdicts. */
  rules?: Rules;
  /** Adapters in place of the workspace's git and GitHub (tests pass fakes). */
  ports?: Ports;
}

export async function findChange(req: ChangeRequest, opts: FindOptions = {}): Promise<FoundChange> {
  const access = new Access(opts.ports ?? defaultPorts(req));
  return completeChange(req, await detectChange(req, access), access, opts.rules);
}

/**
 * The file list, or "everything" with its cause: what the event and the
 * inputs decide, with no need of the matrix file. The action starts it
 * before it parses the matrix (early.ts), so the two overlap.
 */
export function detectChange(req: ChangeRequest, access: Access): Promise<FoundChange> {
  return detect(req, access);
}

/** What the rules need on top of the file list: the base matrix and the schema verdicts. */
export async function completeChange(
  req: ChangeRequest,
  found: FoundChange,
  access: Access,
  rules: Rules | undefined,
): Promise<FoundChange> {
  const { change, revisions } = found;
  if (change.kind === 'files' && revisions) {
    found.change = {
      ...change,
      baseMatrix: await baseMatrix(req.matrixPath, change.files, revisions),
      schemas: await schemaVerdicts(rules, change.files, revisions),
    };
  }
  const usage = access.usage();
  if (usage) found.notes.push(usage);
  return found;
}

/**
 * The matrix file at the base, needed only when the change touches the file
 * itself. A file the change adds reads as empty: all of its entries are new.
 */
export async function baseMatrix(
  matrixPath: string,
  files: readonly string[],
  revisions: RevisionReader,
): Promise<{ text: string } | { error: string } | undefined> {
  const target = normalizePath(matrixPath);
  if (!files.some((f) => normalizePath(f) === target)) return undefined;
  const r = await revisions.base(target);
  if ('text' in r) return { text: r.text };
  return 'absent' in r ? { text: '' } : { error: r.error };
}

async function detect(req: ChangeRequest, access: Access): Promise<FoundChange> {
  const warnings: string[] = [];
  const notes: string[] = [];
  const found = (
    change: Change,
    source: FoundChange['source'],
    range?: Range,
    list?: FileList,
  ): FoundChange => ({
    change,
    source,
    warnings,
    notes,
    added: list?.added,
    revisions:
      change.kind === 'files'
        ? new Revisions(access, {
            base: range?.base,
            head: range?.head,
            added: list && new Set(list.added ?? []),
            workspaceHead: true,
            checkout: { eventName: req.eventName, sha: req.sha },
            useApi: true,
          })
        : undefined,
  });
  const all = (cause: string): FoundChange => found({ kind: 'all', cause }, 'none');

  const d = decide(req);
  if (d.kind === 'all') return all(d.cause);
  if (d.kind === 'given') return found({ kind: 'files', files: d.files }, 'input', d.range);

  let range = d.range;
  if (d.lastSuccessful) {
    const last = await lastSuccessfulBase(
      {
        workflowRef: req.workflowRef,
        branch: d.lastSuccessful.branch,
        repository: req.repository,
        head: range.head,
        order: sourcesFor(range, req.diffSource).order,
      },
      access,
    );
    // An ancestor of the head: base...head is exactly what changed since.
    if ('sha' in last) range = { base: last.sha, head: range.head };
    else warnings.push(last.warning);
  }
  const none = undiffable(range);
  if (none) return all(none);

  const { order, ruledOut } = sourcesFor(range, req.diffSource);
  const causes: string[] = [];
  for (const source of order) {
    const list =
      ruledOut[source] ??
      (source === 'git' ? await gitDiff(range, access) : await apiDiff(range, access));
    if (typeof list === 'string') {
      causes.push(list);
      continue;
    }
    // In auto mode git without the commits is the expected way to the API, not a fault.
    const expected = req.diffSource === 'auto' && source === 'api';
    for (const c of causes) {
      (expected ? notes : warnings).push(
        `${c}; used the ${source === 'git' ? 'git' : 'REST API'} diff instead`,
      );
    }
    return found({ kind: 'files', files: list.files }, source, range, list);
  }
  const cause = `the changed files could not be found completely (${causes.join('; ')})`;
  warnings.push(`${cause}; every entry is built`);
  return all(cause);
}

const SHALLOW_HINT = '(the checkout is shallow: set fetch-depth: 0 on actions/checkout)';

/**
 * The files, or why git could not give them. Where the workspace may be a
 * repository the diff runs first: it fails exactly when there is none or it
 * lacks a commit (or, for base...head, their merge base), so a checkout that
 * has them costs one git process, and the checks run only to say why the
 * diff failed.
 */
async function gitDiff(r: Range, access: Access): Promise<FileList | string> {
  if (!r.base || !r.head) return 'the event names no commits to diff';
  let failure: Error | undefined;
  try {
    const port = await access.git();
    if (port.mayBeRepo()) return await port.diff(r.base, r.head, { mergeBase: !r.twoDot });
  } catch (err) {
    failure = err as Error;
  }
  const git = await access.repo();
  if (typeof git === 'string') return git;
  try {
    const missing: string[] = [];
    for (const rev of [r.base, r.head]) if (!(await git.hasCommit(rev))) missing.push(rev);
    if (missing.length) {
      const shallow = (await git.isShallow()) ? ` ${SHALLOW_HINT}` : '';
      const which = missing.map((m) => m.slice(0, 12)).join(' and ');
      return `git: ${missing.length > 1 ? `commits ${which} are` : `commit ${which} is`} not in the checkout${shallow}`;
    }
  } catch (err) {
    return (err as Error).message;
  }
  const message = failure?.message ?? 'git: the diff failed';
  const shallow = /no merge base/.test(message) && (await git.isShallow().catch(() => false));
  return shallow ? `${message} ${SHALLOW_HINT}` : message;
}

/** The files, or why the REST API could not give them completely. */
async function apiDiff(r: Range, access: Access): Promise<FileList | string> {
  try {
    if (r.pr !== undefined) {
      const list = await (await access.api()).pullRequestFiles(r.pr, r.filesHint);
      return list.complete
        ? list
        : `pull request #${r.pr} lists ${list.count} files, GitHub's cap, so its file list may be incomplete`;
    }
    if (!r.base || !r.head) return 'the event names no commits to compare';
    const ahead = await access.compare(r.base, r.head);
    if (!ahead.complete) return compareCap(ahead);
    // The compare API diffs from the merge base: a rewritten history needs the other side too,
    // unless the status already says the base is an ancestor of the head.
    if (!r.twoDot || ahead.status === 'ahead' || ahead.status === 'identical') return ahead;
    const behind = await access.compare(r.head, r.base);
    if (!behind.complete) return compareCap(behind);
    const files = [...new Set([...ahead.files, ...behind.files])];
    const gone = new Set(behind.files);
    return {
      files,
      complete: true,
      count: files.length,
      added: ahead.added.filter((f) => !gone.has(f)),
    };
  } catch (err) {
    return `REST API: ${(err as Error).message}`;
  }
}

const compareCap = (l: FileList): string =>
  `the compare API lists ${l.count} files, its cap, so the diff may be incomplete`;
