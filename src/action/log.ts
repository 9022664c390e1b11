/**
 * The step log. The runner obeys `::command::` at the start of a line (after
 * leading whitespace) and the legacy `##[command]` anywhere in a line, so text
 * the action does not control (inputs, file names, API and git messages,
 * matrix values) is made inert before it is printed: one line, no leading
 * `::`, no `##[`.
 */
import * as core from './toolkit.js';

/** Whitespace as the runner's TrimStart sees it (.NET's, which includes U+0085). */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/;

/** `text` as one log line that the runner prints and never obeys. */
export function inert(text: string): string {
  return text
    .replace(/\r\n|[\r\n]/g, ' ')
    .replace(/##\[/g, '## [')
    .replace(LEADING_COMMAND, '$1: ');
}

/**
 * The same for a workflow command's message: @actions/core escapes line breaks
 * there, so only the legacy form needs breaking up.
 */
export const inertMessage = (text: string): string => text.replace(/##\[/g, '## [');

export const info = (text: string): void => core.info(inert(text));

/** Shown only when the run is re-run with debug logging (RUNNER_DEBUG=1). */
export function debug(text: string): void {
  if (core.isDebug()) core.debug(inertMessage(text));
}

export const group = <T>(title: string, body: () => Promise<T>): Promise<T> =>
  core.group(inertMessage(title), body);
