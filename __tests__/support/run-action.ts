import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DIST = path.resolve('dist/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT parsed as the runner parses it; undefined when it is empty (nothing was written). */
  outputs: Record<string, string> | undefined;
  summary: string;
  /** `::warning …::msg` / `::error …::msg` lines, unescaped. */
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

export interface ActionCase {
  inputs?: Record<string, string>;
  /** Files to create in the workspace (path → content). */
  files?: Record<string, string>;
  eventName?: string;
  event?: object;
  env?: Record<string, string>;
  timeoutMs?: number;
  /**
   * RLIMIT_FSIZE for the action, in KiB: writes to regular files fail (EFBIG)
   * past it, part-way through a write that crosses it — a disk that fills up.
   */
  fileSizeLimitKiB?: number;
  /** Another build of the action to run in place of dist/index.js (an earlier one, to compare). */
  dist?: string;
}

const unescape = (s: string): string =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

/** The runner's reading of GITHUB_OUTPUT: `name=value` lines and `name<<DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || heredoc[1].length < eq)) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[1]} block`);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`malformed output line: ${line}`);
    }
  }
  return out;
}

/**
 * The commands the runner knows. It obeys them in two forms: `::name …::data`
 * at the start of a line (after leading whitespace), and the legacy
 * `##[name …]data` anywhere in a line; names are matched without case.
 */
const RUNNER_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'internal-set-repo-path',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

export interface RunnerCommand {
  form: 'v2' | 'legacy';
  name: string;
  /** What follows the command: its message. */
  data: string;
  /** The whole log line. */
  line: string;
}

/** .NET's TrimStart: Unicode white space, U+0085 included. */
const LEADING_SPACE = /^[\s\u0085]+/;

/**
 * Every log line the runner would obey as a command, as its ActionCommandManager
 * parses them: lines split at CR, LF or CRLF; the `::` form tried first, then
 * the legacy form; after `stop-commands` nothing but its resume token counts.
 */
export function runnerCommands(log: string): RunnerCommand[] {
  const found: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of log.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(LEADING_SPACE, '');
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    let command: RunnerCommand | undefined;
    const end = trimmed.startsWith('::') ? trimmed.indexOf('::', 2) : -1;
    if (end > 0) {
      const name = trimmed.slice(2, end).split(' ')[0].toLowerCase();
      if (RUNNER_COMMANDS.has(name))
        command = { form: 'v2', name, data: trimmed.slice(end + 2), line };
    }
    const at = command ? -1 : line.indexOf('##[');
    const close = at < 0 ? -1 : line.indexOf(']', at);
    if (close > 0) {
      const name = line
        .slice(at + 3, close)
        .split(' ')[0]
        .toLowerCase();
      if (RUNNER_COMMANDS.has(name))
        command = { form: 'legacy', name, data: line.slice(close + 1), line };
    }
    if (!command) continue;
    found.push(command);
    if (command.name === 'stop-commands') stopToken = command.data;
  }
  return found;
}

/** The commands the action itself issues, always in the `::` form. */
const OWN_COMMANDS = new Set([
  'add-mask',
  'debug',
  'endgroup',
  'error',
  'group',
  'notice',
  'warning',
]);

/** Log lines the runner would obey that the action did not mean as commands: [] when none. */
export function injectedCommands(run: Pick<ActionRun, 'stdout' | 'stderr'>): RunnerCommand[] {
  return [...runnerCommands(run.stdout), ...runnerCommands(run.stderr)].filter(
    (c) => c.form !== 'v2' || !OWN_COMMANDS.has(c.name) || !c.line.startsWith('::'),
  );
}

export function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const m of stdout.matchAll(/^::(warning|error|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = kv.indexOf('=');
      props[kv.slice(0, at)] = unescape(kv.slice(at + 1));
    }
    found.push({ level: m[1], props, message: unescape(m[3]) });
  }
  return found;
}

/** A fresh workspace with the given files, e.g. the matrix at .github/backend-matrix.yml. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bma-ws-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** Runs dist/index.js as the runner does: INPUT_* variables, runner files, a child process. */
export async function runAction(c: ActionCase, dir = workspace(c.files)): Promise<ActionRun> {
  const outFile = path.join(dir, '.runner-output');
  const summaryFile = path.join(dir, '.runner-summary');
  const eventFile = path.join(dir, '.runner-event.json');
  writeFileSync(eventFile, JSON.stringify(c.event ?? {}));
  // The runner creates both files, empty, before the step.
  for (const f of [outFile, summaryFile]) if (!existsSync(f)) writeFileSync(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: c.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/images',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: tests that need the API set their own
    ...c.env,
  };
  for (const [k, v] of Object.entries(c.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;
  // SIGXFSZ ignored, so that a write past the limit fails instead of killing the process.
  const [command, args] =
    c.fileSizeLimitKiB === undefined
      ? [process.execPath, [c.dist ?? DIST]]
      : [
          'bash',
          [
            '-c',
            `trap '' XFSZ; ulimit -f ${c.fileSizeLimitKiB}; exec "$0" "$@"`,
            process.execPath,
            c.dist ?? DIST,
          ],
        ];
  const child = spawn(command, args, {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), c.timeoutMs ?? 20_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const outText = existsSync(outFile) ? readFileSync(outFile, 'utf8') || undefined : undefined;
  return {
    code,
    stdout,
    stderr,
    outputs: outText === undefined ? undefined : parseOutputFile(outText),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    annotations: parseAnnotations(stdout),
  };
}
