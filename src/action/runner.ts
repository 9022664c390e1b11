/**
 * The runner's file and workflow-command protocol: outputs, step summary,
 * annotations, log groups. Written out here rather than imported from
 * @actions/core, whose import alone costs more start-up time than the whole
 * plan (see README, Performance).
 */
import { appendFileSync } from 'node:fs';
import type { Problem } from '../core/problems.js';

type Env = Record<string, string | undefined>;

const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export class Runner {
  constructor(
    private readonly env: Env = process.env,
    private readonly write: (s: string) => void = (s) => void process.stdout.write(s),
  ) {}

  /** A workflow command: `::name key=value,…::message`, escaped so no value can end the line. */
  command(name: string, props: Record<string, string | number | undefined>, message: string): void {
    const list = Object.entries(props)
      .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',');
    this.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}\n`);
  }

  /** One line of log; untrusted text cannot start a new line (and so cannot issue a command). */
  info(message: string): void {
    this.write(`${message.replace(/[\r\n]+/g, ' ')}\n`);
  }

  annotate(p: Problem): void {
    this.command(
      p.level,
      { file: p.file || undefined, line: p.line, col: p.col, endLine: p.endLine },
      p.message,
    );
  }

  warning(message: string): void {
    this.command('warning', {}, message);
  }

  error(message: string): void {
    this.command('error', {}, message);
  }

  group<T>(title: string, body: () => T): T {
    this.command('group', {}, title);
    try {
      return body();
    } finally {
      this.command('endgroup', {}, '');
    }
  }

  /**
   * Writes every output in one append, so a run never leaves half a set.
   * Single-line values use `name=value`; others a delimiter derived from the
   * value (one that does not occur in it) to keep output byte-identical across runs.
   */
  setOutputs(outputs: readonly [string, string][]): void {
    const file = this.env.GITHUB_OUTPUT;
    if (!file)
      throw new Error(
        'GITHUB_OUTPUT is not set: run this as a workflow step, or use the backend-matrix CLI',
      );
    appendFileSync(file, outputs.map(([k, v]) => formatOutput(k, v)).join(''));
  }

  appendSummary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown);
  }
}

export function formatOutput(name: string, value: string): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  let n = 0;
  while (value.includes(`ghadelimiter_${n}`)) n++;
  const delimiter = `ghadelimiter_${n}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
