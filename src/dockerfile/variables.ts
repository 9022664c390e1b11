/**
 * Dockerfile variable substitution (`$NAME`, `${NAME}`, `${NAME:-word}`,
 * `${NAME:+word}`) as BuildKit applies it to COPY, ADD and mount sources.
 */
import { snippet } from '../core/snippet.js';

/** What a name means at one instruction: a value, declared without one, or not declared. */
export type Lookup = (name: string) => { value: string } | { unset: string } | undefined;

export type Expansion =
  { ok: true; value: string; notes: string[] } | { ok: false; reason: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Longest value an expansion may reach. `ARG A1=$A0$A0`, `ARG A2=$A1$A1`, …
 * doubles per line: unbounded, 22 lines make gigabytes. Paths are short.
 */
export const MAX_EXPANSION = 4096;

const tooLong = (text: string): Expansion => ({
  ok: false,
  reason: `"${snippet(text)}" expands to more than ${MAX_EXPANSION / 1024} KiB`,
});

/**
 * Expands `text`. A name that is declared but has no value hides the path
 * (`ok: false`); a name that is not declared in the stage expands to '' as
 * Docker does, with a note saying so.
 */
export function expand(text: string, lookup: Lookup, escape = '\\'): Expansion {
  let out = '';
  const notes: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (out.length > MAX_EXPANSION) return tooLong(text);
    const c = text[i];
    if (c === escape && text[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    let name: string;
    let modifier = '';
    let word = '';
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) return { ok: false, reason: `unterminated \${ in "${snippet(text)}"` };
      const inner = text.slice(i + 2, close);
      const m = NAME.exec(inner);
      if (!m) return { ok: false, reason: `"\${${snippet(inner)}}" is not a variable reference` };
      name = m[0];
      const rest = inner.slice(name.length);
      const mod = /^(:?[-+])(.*)$/s.exec(rest);
      if (rest && !mod)
        return {
          ok: false,
          reason: `"\${${snippet(inner)}}" uses a substitution the audit does not evaluate`,
        };
      if (mod) [, modifier, word] = mod;
      i = close;
    } else {
      const m = NAME.exec(text.slice(i + 1));
      if (!m) {
        out += c;
        continue;
      }
      name = m[0];
      i += name.length;
    }
    const found = lookup(name);
    const value = found && 'value' in found ? found.value : undefined;
    const isSet = value !== undefined && (modifier.startsWith(':') ? value !== '' : true);
    if (modifier.endsWith('-')) {
      if (isSet) out += value;
      else {
        const inner = expand(word, lookup, escape);
        if (!inner.ok) return inner;
        out += inner.value;
        notes.push(...inner.notes);
      }
      continue;
    }
    if (modifier.endsWith('+')) {
      if (found && 'unset' in found) return { ok: false, reason: found.unset };
      if (isSet) {
        const inner = expand(word, lookup, escape);
        if (!inner.ok) return inner;
        out += inner.value;
        notes.push(...inner.notes);
      }
      continue;
    }
    if (found === undefined) {
      notes.push(`$${name} is not declared in this stage, so Docker substitutes an empty string`);
      continue;
    }
    if ('unset' in found) return { ok: false, reason: found.unset };
    out += found.value;
  }
  if (out.length > MAX_EXPANSION) return tooLong(text);
  return { ok: true, value: out, notes: [...new Set(notes)] };
}

/** Whether `text` refers to any variable at all (a source that differs per entry or not). */
export const hasVariables = (text: string): boolean => /\$(\{|[A-Za-z_])/.test(text);
