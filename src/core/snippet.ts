/** Text from files quoted in messages: short, and inert on a terminal. */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Control characters (terminal escapes, line breaks) made visible as `\uXXXX`. */
export const printable = (s: string): string =>
  s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Longest piece of a file quoted in a message. */
export const SNIPPET_CHARS = 60;

/** At most SNIPPET_CHARS characters of `s`, control characters escaped, and how much was left out. */
export function snippet(s: string, max = SNIPPET_CHARS): string {
  const chars = [...s];
  const head = printable(chars.slice(0, max).join(''));
  return chars.length > max ? `${head}… (${chars.length - max} more characters)` : head;
}
