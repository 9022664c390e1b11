/**
 * Text from files (the matrix file, Dockerfiles, file names) made inert in the
 * step summary: no tags, links, emphasis or broken tables. One set of
 * functions for every section, so no section escapes less than another.
 */

/** Longest message or reason quoted whole; the rest is cut with an ellipsis. */
export const TEXT_CAP = 2_000;

export const capText = (s: string): string =>
  s.length > TEXT_CAP ? `${s.slice(0, TEXT_CAP)}… (${s.length - TEXT_CAP} more characters)` : s;

/** Inside HTML (a `<details>` line, a `<code>` cell). */
export const escapeHtml = (s: string): string =>
  capText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');

/** In Markdown text and table cells. */
export const escapeMarkdown = (s: string): string => escapeHtml(s).replace(/[|\\`*]/g, '\\$&');
