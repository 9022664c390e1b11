/** `backend-matrix plan`: what a change would build, and why. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Lineage } from '../core/lineage.js';
import type { MatrixFile } from '../core/matrix-file.js';
import { matrixOf } from '../core/outputs.js';
import { plan, type Change, type Plan } from '../core/plan.js';
import { hasErrors, UserError } from '../core/problems.js';
import { formatReason, formatSkip } from '../core/select.js';
import { formatOutput } from '../action/output-file.js';
import { parseChangedFiles } from '../action/changed-files.js';
import { Access } from '../change/access.js';
import { defaultPorts } from '../change/adapters.js';
import { baseMatrix, findChange, type ChangeRequest } from '../change/detect.js';
import { decide, type DiffSource } from '../change/events.js';
import { Revisions } from '../change/revisions.js';
import { schemaVerdicts } from '../change/schemas.js';
import type { PublishedState } from '../core/published-plan.js';
import { tokenOrWhyNot } from '../github/token.js';
import { printable } from '../core/snippet.js';
import {
  DEFAULT_MATRIX,
  load,
  paint,
  print,
  readText,
  terminalText,
  UsageError,
  type Io,
} from './io.js';

export const help = `Usage: backend-matrix plan [options]

  --matrix-file F          matrix file (default ${DEFAULT_MATRIX})
  --changed-file P         a changed path (repeatable)
  --changed-files-from F   read changed paths from file F, or - for stdin
                           (one per line, or a JSON array)
  --base REV [--head REV]  diff a local git repository, base...head (head
                           defaults to HEAD); schema and matrix revisions are
                           read from git at REV and at the head
  --base published --published-image T
                           plan each image against the revision its
                           published image was built from (as the action's
                           base: published), reading T (a template such as
                           quay.io/org/images:main{tag-suffix}) from the
                           registries with your Docker config's credentials;
                           --head (default HEAD) is the revision planned for
  --event FILE             replay a CI run's event payload (with --event-name):
                           the changes are found as the action finds them, by
                           git when the commits are here, else by the REST API
                           when GITHUB_TOKEN is set (GITHUB_API_URL,
                           GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF as on the
                           runner; GITHUB_REF and GITHUB_SHA where the payload
                           lacks them); --base and --changed-file(s) then act
                           as the action's base and changed-files inputs
  --event-name E           the event (pull_request, push, merge_group, ...);
                           alone, says whether that event has a diff at all
  --diff-source S          with --event: auto (default), api or git
  --force-all              select every entry
  --singlearch-shards N    split the single-arch matrix into N outputs
  --stages K               with rules.build.image: the Linux outputs in K
                           dependency-ordered stages too (default 1: none)
  --max-jobs N             per-matrix job limit (default 256)
  --format F               table (default, with reasons), json, github-output

Without changes, --base, --event or --force-all, the plan builds everything.
With --event the outputs are the ones the action wrote for that run.`;

type Values = {
  'changed-file'?: string[];
  'changed-files-from'?: string;
  base?: string;
  head?: string;
  event?: string;
  'event-name'?: string;
  'diff-source'?: string;
  'force-all'?: boolean;
  'published-image'?: string;
};

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
      'changed-file': { type: 'string', multiple: true },
      'changed-files-from': { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      event: { type: 'string' },
      'event-name': { type: 'string' },
      'diff-source': { type: 'string' },
      'force-all': { type: 'boolean' },
      'published-image': { type: 'string' },
      'singlearch-shards': { type: 'string', default: '1' },
      stages: { type: 'string', default: '1' },
      'max-jobs': { type: 'string', default: '256' },
      format: { type: 'string', default: 'table' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(io, help);
  const format = values.format;
  if (!['table', 'json', 'github-output'].includes(format))
    throw new UsageError(`unknown format "${format}"`);
  const shards = count('--singlearch-shards', values['singlearch-shards']);
  const maxJobs = count('--max-jobs', values['max-jobs']);
  const stages = count('--stages', values.stages);
  checkCombination(values);

  const matrixFile = values['matrix-file'];
  const matrix = load(matrixFile, io);
  for (const p of matrix.problems) io.err(`${paint(io, p)}\n`);
  if (hasErrors(matrix.problems)) throw new UserError(`${matrixFile} has errors`);

  const matrixPath = path
    .relative(io.cwd, path.resolve(io.cwd, matrixFile))
    .split(path.sep)
    .join('/');
  const published =
    values.base === 'published' && !values['force-all']
      ? await publishedState(values, matrix, matrixPath, io)
      : undefined;
  const { change, source } = published
    ? { change: { kind: 'all', cause: '' } as Change, source: 'published' }
    : await changeOf(values, matrix, matrixPath, io);
  const lineage = await lineageOf(matrix, io, values.head);
  const result = plan({ matrix, matrixPath, change, shards, maxJobs, lineage, stages, published });
  for (const w of result.warnings) io.err(`${paint(io, w)}\n`);
  if (format === 'github-output')
    io.out(result.outputs.map(([k, v]) => formatOutput(k, v)).join(''));
  else if (format === 'json') io.out(`${JSON.stringify(toJson(result, source), null, 2)}\n`);
  else io.out(table(result, matrix, source, io));
  return 0;
}

/** The lineage of `rules.build.image`, from the working tree's Dockerfiles (else git at the head). */
async function lineageOf(matrix: MatrixFile, io: Io, head = 'HEAD'): Promise<Lineage | undefined> {
  if (!matrix.rules?.build?.image) return undefined;
  const { readLineage, workspaceReader } = await import('../dockerfile/lineage.js');
  const result = await readLineage(matrix, workspaceReader(io.cwd, head));
  for (const p of result?.problems ?? []) io.err(`${paint(io, p)}\n`);
  if (result && hasErrors(result.problems)) throw new UserError('the image lineage has a cycle');
  return result?.lineage;
}

function checkCombination(v: Values): void {
  if (v.base === 'published') {
    if (!v['published-image'])
      throw new UsageError(
        '--base published needs --published-image T (like quay.io/org/images:main{tag-suffix})',
      );
    if (v['changed-file'] || v['changed-files-from'] !== undefined)
      throw new UsageError(
        '--base published and --changed-file(s) cannot be used together: the changes are found per image, since its published revision',
      );
    if (v.event !== undefined)
      throw new UsageError(
        '--base published plans a local revision (--head); it does not take --event',
      );
    return;
  }
  if (v['published-image'] !== undefined)
    throw new UsageError('--published-image needs --base published');
  if (v.event !== undefined) {
    if (!v['event-name']) {
      throw new UsageError('--event needs --event-name (the event type, e.g. pull_request)');
    }
    if (v.head !== undefined) {
      throw new UsageError(
        '--head is for a local diff (--base B --head H); with --event the payload names the head',
      );
    }
    return;
  }
  if (v['diff-source'] !== undefined) throw new UsageError('--diff-source needs --event');
  if (v.head !== undefined && !v.base) throw new UsageError('--head needs --base');
}

/** The change, and where its file list came from (shown with the plan). */
async function changeOf(
  values: Values,
  matrix: MatrixFile,
  matrixPath: string,
  io: Io,
): Promise<{ change: Change; source?: string }> {
  const files = [...(values['changed-file'] ?? [])];
  const from = values['changed-files-from'];
  if (from !== undefined) {
    const text = from === '-' ? io.readStdin() : readText(path.resolve(io.cwd, from), from, io.cwd);
    files.push(...(parseChangedFiles(text.trim()) ?? []));
  }
  const given = files.length > 0 || from !== undefined;
  if (values.event !== undefined)
    return eventChange(values, given ? files : undefined, matrix, matrixPath, io);
  const forced = values['force-all'] ? decideAll('', true) : undefined;
  if (forced) return { change: { kind: 'all', cause: forced } };
  if (values.base)
    return localDiff(values.base, values.head ?? 'HEAD', files, matrix, matrixPath, io);
  if (given) return { change: { kind: 'files', files } };
  const event = values['event-name'];
  const cause =
    (event && decideAll(event, false)) ||
    'no changes were given (use --changed-file, --changed-files-from, --base or --event)';
  return { change: { kind: 'all', cause } };
}

/** The event table's run-all cause for an event without a payload, if it has one. */
function decideAll(eventName: string, forceAll: boolean): string | undefined {
  const d = decide({
    eventName,
    event: {},
    ref: '',
    sha: '',
    forceAll,
    changedFiles: undefined,
    base: '',
    diffSource: 'auto',
  });
  return d.kind === 'all' ? d.cause : undefined;
}

/** `--event`: the action's change detection on a saved payload, with the runner's variables. */
async function eventChange(
  values: Values,
  changedFiles: string[] | undefined,
  matrix: MatrixFile,
  matrixPath: string,
  io: Io,
): Promise<{ change: Change; source: string }> {
  const env = process.env;
  const event = readEvent(values.event ?? '', io);
  const diffSource = values['diff-source'] ?? 'auto';
  if (!['auto', 'api', 'git'].includes(diffSource)) {
    throw new UsageError(`--diff-source must be auto, api or git, not "${diffSource}"`);
  }
  const checked = tokenOrWhyNot(env.GITHUB_TOKEN ?? '', 'GITHUB_TOKEN');
  if ('problem' in checked) throw new UsageError(checked.problem);
  const { token } = checked;
  const req: ChangeRequest = {
    eventName: values['event-name'] ?? '',
    event,
    // The payload's own ref (a push's) is the run's; a pull request's comes from the runner.
    ref: text(event.ref) || env.GITHUB_REF || '',
    sha: env.GITHUB_SHA ?? '',
    forceAll: Boolean(values['force-all']),
    changedFiles,
    base: values.base ?? '',
    diffSource: diffSource as DiffSource,
    workspace: io.cwd,
    repository: env.GITHUB_REPOSITORY || text(obj(event.repository).full_name),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    token,
    matrixPath,
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
  };
  const ports = defaultPorts(req);
  if (!token) {
    ports.api = () =>
      Promise.reject(new Error('GITHUB_TOKEN is not set, so the REST API was not asked'));
  }
  const found = await findChange(req, { rules: matrix.rules, ports });
  for (const n of found.notes) io.err(`note: ${terminalText(n)}\n`);
  for (const w of found.warnings) io.err(`warning: ${terminalText(w)}\n`);
  return { change: found.change, source: found.source };
}

/**
 * `--base B --head H`: the files of base...head, and every revision from git
 * at B and at H. The matrix file's entry diff compares the file at B with the
 * file at H; the entries planned are the working tree's, matched by identity.
 */
async function localDiff(
  base: string,
  head: string,
  files: string[],
  matrix: MatrixFile,
  matrixPath: string,
  io: Io,
): Promise<{ change: Change; source: string }> {
  const ports = defaultPorts({ workspace: io.cwd, repository: '', apiUrl: '', token: '' });
  const git = await ports.git();
  let added: string[];
  try {
    // base...head, as a pull request is diffed: what head changed since it left base.
    const list = await git.diff(base, head, { mergeBase: true });
    files.push(...list.files);
    added = list.added;
  } catch (err) {
    throw new UserError((err as Error).message);
  }
  const revisions = new Revisions(new Access(ports), {
    base,
    head,
    added: new Set(added),
    workspaceHead: false,
    useApi: false,
  });
  const change: Change = {
    kind: 'files',
    files,
    baseMatrix: await baseMatrix(matrixPath, files, revisions),
    schemas: await schemaVerdicts(matrix.rules, files, revisions),
  };
  if (change.baseMatrix && !('error' in change.baseMatrix)) {
    const atHead = await revisions.head(matrixPath);
    if ('error' in atHead) change.baseMatrix = { error: `at ${head}: ${atHead.error}` };
    // A matrix file the head deletes adds no entry.
    else change.headMatrix = { text: 'text' in atHead ? atHead.text : '' };
  }
  return { change, source: 'git' };
}

/** `--base published`: the registries' answers, and the changes since each published revision. */
async function publishedState(
  values: Values,
  matrix: MatrixFile,
  matrixPath: string,
  io: Io,
): Promise<PublishedState> {
  const { readPublished } = await import('../change/published.js');
  const ports = defaultPorts({ workspace: io.cwd, repository: '', apiUrl: '', token: '' });
  const env = process.env;
  const ms = (name: string): number | undefined =>
    env[name] && /^\d+$/.test(env[name] ?? '') ? Number(env[name]) : undefined;
  const read = await readPublished({
    template: values['published-image'] ?? '',
    head: values.head ?? 'HEAD',
    matrix,
    matrixPath,
    access: new Access(ports),
    useApi: false,
    workspaceHead: false,
    env,
    limits: {
      requestTimeoutMs: ms('BACKEND_MATRIX_REGISTRY_TIMEOUT_MS'),
      budgetMs: ms('BACKEND_MATRIX_REGISTRY_BUDGET_MS'),
      retryBaseMs: ms('BACKEND_MATRIX_REGISTRY_RETRY_MS'),
    },
  });
  for (const n of read.notes) io.err(`note: ${n}\n`);
  return read.state;
}

function readEvent(file: string, io: Io): Record<string, unknown> {
  const raw = readText(path.resolve(io.cwd, file), file, io.cwd);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new UserError(`the event payload ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(
      `the event payload ${file} must be a JSON object, as GITHUB_EVENT_PATH holds`,
    );
  }
  return parsed as Record<string, unknown>;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' ? (v as Record<string, unknown>) : {};

function count(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1`);
  return n;
}

function toJson(p: Plan, source: string | undefined): unknown {
  return {
    runAll: p.runAll,
    runAllCause: p.runAllCause ?? null,
    changedFiles: p.files,
    ignoredFiles: p.ignored,
    ...(source ? { source } : {}),
    selected: p.selected.map(({ entry, reasons }) => ({
      backend: entry.backend,
      'tag-suffix': entry.tagSuffix,
      'platform-tag': entry.platformTag,
      matrix: matrixOf(entry),
      ...(p.staging?.of.has(entry.tagSuffix) && entry.os === 'linux'
        ? { stage: p.staging.of.get(entry.tagSuffix) }
        : {}),
      reasons: reasons.map(formatReason),
    })),
    skipped: p.skipped.map(formatSkip),
    promoted: p.promoted.map((x) => ({
      'tag-suffix': x.tagSuffix,
      backend: x.entry.backend,
      source: x.source,
      revision: x.revision,
    })),
    outputs: Object.fromEntries(p.outputs.map(([k, v]) => [k, JSON.parse(v) as unknown])),
  };
}

const SOURCES: Record<string, string> = {
  api: 'the REST API',
  git: 'git',
  input: 'the given list',
};

function table(p: Plan, m: MatrixFile, source: string | undefined, io: Io): string {
  const total = m.linux.length + m.darwin.length;
  const bold = (s: string): string => (io.color ? `\u001b[1m${s}\u001b[0m` : s);
  const from = source && SOURCES[source] ? ` (from ${SOURCES[source]})` : '';
  const head = p.runAll
    ? `${m.file}: building all ${total} entries (${p.runAllCause})`
    : source === 'published'
      ? `${m.file}: ${p.selected.length} of ${total} entries selected against their published revisions, ${p.promoted.length} image(s) promoted`
      : `${m.file}: ${p.selected.length} of ${total} entries selected by ${p.files} changed file(s)${from}${p.ignored ? ` (${p.ignored} ignored)` : ''}`;
  const staged = p.staging !== undefined;
  const rows = [
    [...(staged ? ['STAGE'] : []), 'MATRIX', 'BACKEND', 'TAG-SUFFIX', 'PLATFORM', 'REASONS'],
  ];
  for (const { entry, reasons } of p.selected) {
    const stage = entry.os === 'linux' ? p.staging?.of.get(entry.tagSuffix) : undefined;
    const cells = [entry.backend, entry.tagSuffix, entry.platformTag || '-'];
    // Names and paths come from files: control characters are shown, not sent to the terminal.
    rows.push(
      [
        ...(staged ? [stage === undefined ? '-' : String(stage)] : []),
        matrixOf(entry),
        ...cells,
        reasons.map(formatReason).join('; '),
      ].map(printable),
    );
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r, n) => {
    const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return n === 0 ? bold(line) : line;
  });
  const skipped = p.skipped.length
    ? `${bold('Not rebuilt:')}\n${p.skipped.map((s) => `  ${printable(formatSkip(s))}`).join('\n')}\n\n`
    : '';
  const promoted = p.promoted.length
    ? `${bold('Promoted (unchanged since published):')}\n${promotedTable(p)}\n\n`
    : '';
  const merges = (es: { tagSuffix: string }[]): number => new Set(es.map((e) => e.tagSuffix)).size;
  const single = p.singlearch.flat();
  const shards =
    p.singlearch.length > 1
      ? ` in ${p.singlearch.length} shards (${p.singlearch.map((s) => s.length).join('/')})`
      : '';
  const stages = p.staging ? ` · ${p.staging.count} stage(s)` : '';
  const foot = `single-arch: ${single.length} jobs${shards}, ${merges(single)} merges · multi-arch: ${p.multiarch.length} jobs, ${merges(p.multiarch)} merges · macOS: ${p.darwin.length} jobs${stages}`;
  return `${bold(printable(head))}\n\n${p.selected.length ? `${lines.join('\n')}\n\n` : 'Nothing to build.\n\n'}${skipped}${promoted}${foot}\n`;
}

function promotedTable(p: Plan): string {
  const rows = [['TAG-SUFFIX', 'BACKEND', 'REVISION', 'SOURCE']];
  for (const x of p.promoted)
    rows.push([x.tagSuffix, x.entry.backend, x.revision, x.source].map(printable));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`)
    .join('\n');
}
