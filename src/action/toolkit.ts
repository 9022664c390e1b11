/**
 * The parts of @actions/core a run uses: inputs, log lines, groups, masks,
 * annotations and the step summary, from the toolkit's own command, utils
 * and summary modules.
 *
 * Why not `import * as core from '@actions/core'`: its index also imports
 * the OIDC client, which loads @actions/http-client and undici, and undici
 * instantiates its WebAssembly HTTP parser at load. A run whose changes are
 * given needs no network, so it loads none of that; runs that call the API
 * load it with Octokit (src/github). The package exports only its index, so
 * the modules are imported by path. The input and group functions are the
 * index's own few lines, with the same behaviour (see @actions/core's
 * lib/core.js).
 */
import { EOL } from 'node:os';
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { summary } from '../../node_modules/@actions/core/lib/summary.js';
import { toCommandProperties } from '../../node_modules/@actions/core/lib/utils.js';
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js';

export type { AnnotationProperties };
export { summary };

/** An input's value as the runner passes it (`INPUT_<NAME>`), trimmed unless asked not to; '' when unset. */
export function getInput(name: string, options: { trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  return options.trimWhitespace === false ? value : value.trim();
}

/** YAML 1.2 core-schema booleans only, as @actions/core reads them. */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);

export const isDebug = (): boolean => process.env['RUNNER_DEBUG'] === '1';

export const debug = (message: string): void => issueCommand('debug', {}, message);

export const info = (message: string): void => void process.stdout.write(message + EOL);

export const error = (message: string, props: AnnotationProperties = {}): void =>
  issueCommand('error', toCommandProperties(props), message);

export const warning = (message: string, props: AnnotationProperties = {}): void =>
  issueCommand('warning', toCommandProperties(props), message);

export const notice = (message: string, props: AnnotationProperties = {}): void =>
  issueCommand('notice', toCommandProperties(props), message);

/** Fails the step: exit code 1 and the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** `body` inside a collapsible log group. */
export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await body();
  } finally {
    issue('endgroup');
  }
}
