/**
 * A token as it will be sent: surrounding white space trimmed (a secret
 * pasted with its line end), and refused when what is left could not be one
 * HTTP header value — a line break inside would end the header and start
 * another. The refusal names where the token came from, never its value.
 */
export function tokenOrWhyNot(
  raw: string,
  source: string,
): { token: string } | { problem: string } {
  const token = raw.trim();
  if (/[\r\n]/.test(token)) {
    return {
      problem: `${source} has a line break inside it; a token is one line (its value is not shown)`,
    };
  }
  if (/[^\x20-\x7e]/.test(token)) {
    return {
      problem: `${source} holds a control or non-ASCII character, which an HTTP header cannot carry (its value is not shown)`,
    };
  }
  return { token };
}
