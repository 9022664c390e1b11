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

/**
 * `text` with the secret masked: as given, with its white space collapsed
 * (as `snippet` prints it), and each of its white-space-separated pieces long
 * enough to identify it. The API client is never handed a token with white
 * space inside (settings refuse it); this holds even if one were.
 */
export function scrub(text: string, secret: string): string {
  const forms = new Set([secret, secret.replace(/\s+/g, ' '), secret.trim()]);
  for (const piece of secret.split(/\s+/)) if (piece.length >= MIN_PIECE) forms.add(piece);
  let out = text;
  // Longest first, so a piece never splits a longer form before that form is masked.
  for (const form of [...forms].filter(Boolean).sort((a, b) => b.length - a.length)) {
    out = out.split(form).join('***');
  }
  return out;
}

/** Shorter pieces of a secret are too common as text to mask safely, and too short to identify it. */
const MIN_PIECE = 8;

/**
 * Messages of the HTTP stack that can quote a request header: undici's
 * "… is an invalid header value", "invalid header name", ByteString
 * conversion errors, and anything naming Authorization. The header value is
 * the token, so such a message is replaced as a whole, never shown.
 */
const QUOTES_A_HEADER =
  /header (?:value|name)|invalid header|authorization|bytestring|\bheaders?\.(?:append|set)\b/i;

export const quotesHeader = (message: string): boolean => QUOTES_A_HEADER.test(message);

export const HEADER_REFUSED = 'the HTTP client refused a request header (its value is not shown)';

/** The cause of a failure as a short line that cannot carry a header's value. */
export const safeCause = (message: string): string =>
  quotesHeader(message) ? HEADER_REFUSED : snippet(message);
