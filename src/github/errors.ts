/**
 * How a REST failure reads: one line naming the request and the cause,
 * short, and never holding the token. Octokit-free, so importing it costs
 * nothing at start-up.
 */

export class ApiError extends Error {
  constructor(
    message: string,
    /** The HTTP status of the last answer, when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const SNIPPET = 200;

/** A server-supplied text cut to one short line (bodies can be long, or HTML). */
export function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SNIPPET ? `${line.slice(0, SNIPPET)}…` : line;
}

export const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** `text` with every occurrence of `secret` masked. */
export const scrub = (text: string, secret: string): string =>
  secret ? text.split(secret).join('***') : text;
