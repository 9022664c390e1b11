/** `backend-matrix plan`: what a change would build, and why. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gitChangedFiles, showFile } from '../git/git.js';
import type { MatrixFile } from '../core/matrix-file.js';
import { plan, type Change, type Plan } from '../core/plan.js';
import { hasErrors, UserError } from '../core/problems.js';
import { formatOutput } from '../action/runner.js';
import { formatReason } from '../core/select.js';
import { parseChangedFiles } from '../action/settings.js';
import { matrixOf } from '../action/summary.js';
import { DEFAULT_MATRIX, load, paint, print, readText, UsageError, type Io } from './io.js';

const DIFF_EVENTS = ['pull_request', 'pull_request_target', 'push', 'merge_group'];

export const help = `Usage: backend-matrix plan [options]

  --matrix-file F          matrix file (default ${DEFAULT_MATRIX})
  --changed-file P         a changed path (repeatable)
  --changed-files-from F   read changed paths from file F, or - for stdin
                           (one per line, or a JSON array)
  --base REV [--head REV]  diff a local git repository (head defaults to HEAD)
  --event-name E           the event to plan for (no changes given: a run-all)
  --force-all              select every entry
  --singlearch-shards N    split the single-arch matrix into N outputs
  --max-jobs N             per-matrix job limit (default 256)
  --format F               table (default, with reasons), json, github-output

Without changes, --base or --force-all, the plan builds everything.`;

export async function run(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
      'changed-file': { type: 'string', multiple: true },
      'changed-files-from': { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      'event-name': { type: 'string' },
      'force-all': { type: 'boolean' },
      'singlearch-shards': { type: 'string', default: '1' },
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
  if (values.head && !values.base) throw new UsageError('--head needs --base');

  const matrixFile = values['matrix-file'];
  const matrix = load(matrixFile, io);
  for (const p of matrix.problems) io.err(`${paint(io, p)}\n`);
  if (hasErrors(matrix.problems)) throw new UserError(`${matrixFile} has errors`);

  const matrixPath = path
    .relative(io.cwd, path.resolve(io.cwd, matrixFile))
    .split(path.sep)
    .join('/');
  const change = await changeOf(values, matrixPath, io);
  const result = plan({ matrix, matrixPath, change, shards, maxJobs });
  for (const w of result.warnings) io.err(`${paint(io, w)}\n`);
  if (format === 'github-output')
    io.out(result.outputs.map(([k, v]) => formatOutput(k, v)).join(''));
  else if (format === 'json') io.out(`${JSON.stringify(toJson(result), null, 2)}\n`);
  else io.out(table(result, matrix, io));
  return 0;
}

async function changeOf(
  values: {
    'changed-file'?: string[];
    'changed-files-from'?: string;
    base?: string;
    head?: string;
    'event-name'?: string;
    'force-all'?: boolean;
  },
  matrixPath: string,
  io: Io,
): Promise<Change> {
  if (values['force-all']) return { kind: 'all', cause: 'force-all is set' };
  const files = [...(values['changed-file'] ?? [])];
  const from = values['changed-files-from'];
  if (from !== undefined) {
    const text = from === '-' ? io.readStdin() : readText(path.resolve(io.cwd, from), from);
    files.push(...(parseChangedFiles(text.trim()) ?? []));
  }
  if (values.base) {
    const { base: rev, head = 'HEAD' } = values;
    let base: string | undefined;
    try {
      // base...head, as a pull request is diffed: what head changed since it left base.
      files.push(...(await gitChangedFiles(io.cwd, rev, head, { mergeBase: true })));
      base = await showFile(io.cwd, rev, matrixPath);
    } catch (err) {
      throw new UserError((err as Error).message);
    }
    return {
      kind: 'files',
      files,
      // A matrix file that did not exist at the base makes every entry new.
      baseMatrix: { text: base ?? '' },
    };
  }
  if (files.length || from !== undefined) return { kind: 'files', files };
  const event = values['event-name'];
  return {
    kind: 'all',
    cause:
      event && !DIFF_EVENTS.includes(event)
        ? `the ${event} event has no diff to filter by`
        : 'no changes were given (use --changed-file, --changed-files-from or --base)',
  };
}

function count(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1)
    throw new UsageError(`${flag} must be a whole number of at least 1`);
  return n;
}

function toJson(p: Plan): unknown {
  return {
    runAll: p.runAll,
    runAllCause: p.runAllCause ?? null,
    changedFiles: p.files,
    ignoredFiles: p.ignored,
    selected: p.selected.map(({ entry, reasons }) => ({
      backend: entry.backend,
      'tag-suffix': entry.tagSuffix,
      'platform-tag': entry.platformTag,
      matrix: matrixOf(entry),
      reasons: reasons.map(formatReason),
    })),
    outputs: Object.fromEntries(p.outputs.map(([k, v]) => [k, JSON.parse(v) as unknown])),
  };
}

function table(p: Plan, m: MatrixFile, io: Io): string {
  const total = m.linux.length + m.darwin.length;
  const bold = (s: string): string => (io.color ? `\u001b[1m${s}\u001b[0m` : s);
  const head = p.runAll
    ? `${m.file}: building all ${total} entries (${p.runAllCause})`
    : `${m.file}: ${p.selected.length} of ${total} entries selected by ${p.files} changed file(s)${p.ignored ? ` (${p.ignored} ignored)` : ''}`;
  const rows = [['MATRIX', 'BACKEND', 'TAG-SUFFIX', 'PLATFORM', 'REASONS']];
  for (const { entry, reasons } of p.selected) {
    rows.push([
      matrixOf(entry),
      entry.backend,
      entry.tagSuffix,
      entry.platformTag || '-',
      reasons.map(formatReason).join('; '),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r, n) => {
    const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return n === 0 ? bold(line) : line;
  });
  const merges = (es: { tagSuffix: string }[]): number => new Set(es.map((e) => e.tagSuffix)).size;
  const single = p.singlearch.flat();
  const shards =
    p.singlearch.length > 1
      ? ` in ${p.singlearch.length} shards (${p.singlearch.map((s) => s.length).join('/')})`
      : '';
  const foot = `single-arch: ${single.length} jobs${shards}, ${merges(single)} merges · multi-arch: ${p.multiarch.length} jobs, ${merges(p.multiarch)} merges · macOS: ${p.darwin.length} jobs`;
  return `${bold(head)}\n\n${p.selected.length ? `${lines.join('\n')}\n\n` : 'Nothing to build.\n\n'}${foot}\n`;
}
