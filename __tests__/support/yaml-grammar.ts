/**
 * Random YAML documents from a small grammar: block and flow mappings and
 * sequences nested a few levels (compact `- k: v`, sequences at their key's
 * indent), every core-schema scalar form plain, single- and double-quoted,
 * multi-line plain and quoted scalars, comments at every indent, blank lines,
 * `---`, and LF, CRLF or lone-CR line breaks. Almost all are plain documents
 * (yaml-events.ts); a few carry what is not (a byte order mark, `...`, an
 * escaped line break, a duplicate key). Then mutations of them, for errors.
 */

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)];

/** Scalars that may be written plain anywhere outside a flow collection. */
export const PLAIN_FORMS = [
  ...['0o17', '0x1F', '0X1F', '0O17', '0x', '0o8', '+0x1', '-0o1', '0b1', '1_000', '1__0'],
  ...['+1', '-0', '0', '007', '012', '3.10', '1.0', '1.', '0.0', '.5', '-.5', '+.5', '-1.5e-3'],
  ...['1e3', '1E3', '1e', '1e400', '-1e400', '12345678901234567890', '9007199254740993'],
  ...['0x' + 'f'.repeat(300), '9'.repeat(400), '12:30', '1:2', '2001-12-14'],
  ...['.inf', '-.inf', '+.inf', '.Inf', '.NaN', '.nan', '.NAN', '.', '..', '...x'],
  ...['~', 'Null', 'NULL', 'null', 'nULL', 'TRUE', 'True', 'true', 'tRUE', 'false', 'False'],
  ...['FALSE', 'Yes', 'no', 'on', 'y', 'n', 'abc', 'a b', 'a  b', 'a:b', 'a#b', 'x?', '-x'],
  ...['v1.10', 'linux/amd64', './a/b', 'ubuntu-24.04', 'x-y', 'é', '日本'],
  ...['a\u00a0b', 'a\u2028b', 'x\u0085y'],
];

/** Scalars that only some contexts allow plain: the grammar quotes them. */
const ODD_FORMS = [
  ...['**/*.md', '@x', '%x', '`x', '?x', ':x', '!x', '&x', '*x', '|x', '>x', '#x', 'a #b'],
  ...['a,b', 'a]b', 'a}b', 'a{b', 'a[b', '"x', "x'", '-', '?', ':', '', ' lead', 'trail '],
  ...['a: b', '- x', '<', '\\x', '\u00a0'],
];

const KEYS = [
  ...['a', 'b', 'c', 'x', 'y', 'backend', 'tag-suffix', 'include', 'rules', 'k k', 'é', '-k'],
  ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a:b'],
  ...['1', '3', '1.10', '0x1F', '.5', '1e3', '-0', '.nan', 'true', 'y', '~', 'null'],
];

const ESCAPES = [
  ...['\\n', '\\t', '\\\\', '\\"', '\\/', '\\ ', '\\x41', '\\u00e9', '\\U0001F600', '\\0'],
  ...['\\a', '\\b', '\\e', '\\f', '\\r', '\\v', '\\N', '\\_', '\\L', '\\P', '\\ud800', '\\u2028'],
];

const COMMENTS = ['# c', '#', '# a: b', '# - x', '#]', '# \u00a0', '#\u00a0', '# é'];

const singleQuoted = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const doubleQuoted = (random: Random, s: string): string =>
  `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}${random() < 0.3 ? pick(random, ESCAPES) : ''}"`;

/**
 * A scalar; a value may run over several lines, each indented past `indent`.
 * Keys are drawn afresh while `keys` holds them, so duplicates stay rare.
 */
function scalar(random: Random, inFlow: boolean, indent: number, keys?: Set<string>): string {
  const isKey = keys !== undefined;
  let s = pick(random, isKey ? KEYS : random() < 0.8 ? PLAIN_FORMS : ODD_FORMS);
  for (let i = 0; keys?.has(s) && i < 5; i++) s = pick(random, KEYS);
  keys?.add(s);
  const plainOk =
    !ODD_FORMS.includes(s) &&
    !((inFlow || isKey) && s.includes(':')) &&
    !(inFlow && /[,[\]{}]/.test(s));
  const style = random();
  if (style < 0.55 && plainOk) return s;
  if (style < 0.75 || isKey) return random() < 0.5 ? singleQuoted(s) : doubleQuoted(random, s);
  const pad = ' '.repeat(indent + 1 + Math.floor(random() * 3));
  const blank = (p: number): string => (random() < p ? '\n' : '');
  const lines = random();
  if (lines < 0.33 && plainOk)
    return `${s} ${pick(random, ['word', 'x', 'y z'])}\n${blank(0.2)}${pad}${pick(random, ['cont', 'more words', 'z', '1'])}`;
  if (lines < 0.66)
    return `'${s.replace(/'/g, "''")}${random() < 0.3 ? '  ' : ''}\n${blank(0.3)}${pad}next'`;
  const escapedBreak = random() < 0.04 ? '\\' : '';
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}${escapedBreak}\n${random() < 0.2 ? `${pad}\n` : ''}${pad}next"`;
}

function flow(random: Random, depth: number, indent: number): string {
  if (depth > 3 || random() < 0.35) return scalar(random, true, indent);
  const isMap = random() < 0.5;
  const keys = new Set<string>();
  const separator = (): string =>
    random() < 0.15
      ? `${random() < 0.3 ? ` ${pick(random, COMMENTS)}` : ''}\n${' '.repeat(indent + 1 + Math.floor(random() * 3))}`
      : random() < 0.1
        ? ''
        : ' ';
  const items: string[] = [];
  for (let i = Math.floor(random() * 4); i > 0; i--) {
    items.push(
      isMap
        ? `${scalar(random, true, indent, keys)}:${separator() || ' '}${flow(random, depth + 1, indent)}`
        : flow(random, depth + 1, indent),
    );
  }
  const body = items.join(`,${separator()}`) + (items.length && random() < 0.2 ? ',' : '');
  const pad = (): string => (random() < 0.3 ? ' ' : '');
  // The closing bracket on a line of its own, now and then.
  const close = (): string =>
    random() < 0.1 ? `\n${' '.repeat(indent + 1 + Math.floor(random() * 3))}` : pad();
  return isMap ? `{${pad()}${body}${close()}}` : `[${pad()}${body}${close()}]`;
}

const lineTail = (random: Random): string =>
  random() < 0.2 ? ` ${pick(random, COMMENTS)}` : random() < 0.05 ? '  ' : '';

/** Blank lines and comment lines, the comments at any indent near `indent`. */
function between(random: Random, indent: number): string {
  let s = '';
  while (random() < 0.25) {
    if (random() < 0.4) s += random() < 0.5 ? '\n' : '   \n';
    else
      s += `${' '.repeat(Math.max(0, indent + Math.floor(random() * 7) - 3))}${pick(random, COMMENTS)}\n`;
  }
  return s;
}

/** A node written after `key:` or `-`, in a collection at column `indent`. */
function node(
  random: Random,
  depth: number,
  indent: number,
  afterDash: boolean,
  out: string[],
): void {
  const kind = random();
  if (depth > 3 || kind < 0.35) {
    const value = random() < 0.75 ? scalar(random, false, indent) : flow(random, 0, indent);
    out.push(` ${value}${lineTail(random)}\n`);
    return;
  }
  const isMap = kind < 0.7;
  const step = 1 + Math.floor(random() * 3);
  const compact = afterDash && random() < 0.6;
  let column: number;
  if (compact) {
    column = indent + 1 + step;
    out.push(' '.repeat(step));
  } else {
    // A sequence under a key may sit at the key's own column.
    column = !isMap && !afterDash && random() < 0.3 ? indent : indent + step;
    out.push(`${lineTail(random)}\n`);
  }
  const keys = new Set<string>();
  for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
    if (i > 0 || !compact) out.push(between(random, column), ' '.repeat(column));
    if (isMap) {
      out.push(`${scalar(random, false, column, keys)}:`);
      node(random, depth + 1, column, false, out);
    } else {
      out.push('-');
      node(random, depth + 1, column, true, out);
    }
  }
}

/** A random document: mostly a block mapping, sometimes a sequence, a flow collection or a scalar. */
export function plainDocument(random: Random): string {
  const out: string[] = [];
  if (random() < 0.03) out.push('\uFEFF');
  if (random() < 0.2) out.push(random() < 0.8 ? '---\n' : '--- # c\n');
  out.push(between(random, 0));
  const root = random();
  if (root < 0.1) out.push(flow(random, 0, 0), '\n');
  else if (root < 0.15) out.push(scalar(random, false, 0), '\n');
  else {
    const isMap = random() < 0.85;
    const column = random() < 0.1 ? 1 + Math.floor(random() * 2) : 0;
    const keys = new Set<string>();
    for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
      if (i) out.push(between(random, column));
      out.push(' '.repeat(column));
      if (isMap) {
        out.push(`${scalar(random, false, column, keys)}:`);
        node(random, 0, column, false, out);
      } else {
        out.push('-');
        node(random, 0, column, true, out);
      }
    }
  }
  out.push(between(random, 0));
  if (random() < 0.03) out.push('...\n');
  let text = out.join('');
  const breaks = random();
  if (breaks < 0.1) text = text.replace(/\n/g, '\r\n');
  else if (breaks < 0.15) text = text.replace(/\n/g, '\r');
  if (random() < 0.1) text = text.replace(/\r?\n$|\r$/, '');
  return text;
}

const INSERTS = [
  ...['#', ' ', '  ', '\n', '\r', ':', '-', '? ', '"', "'", '[', ']', '{', '}', ',', '\\', 'x'],
  ...['\u0085', '\u2028', '\u00a0', '\uFEFF', '\u0001', '\ud800', '%', '@', '\t'],
  ...['&a ', '*a', '!t ', '<<: ', '---\n', '...\n', '|\n', '>-\n'],
];

/** A few edits: characters inserted, deleted or repeated, and lines indented more or less. */
export function mutateYaml(random: Random, text: string): string {
  let t = text;
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
    const i = Math.floor(random() * (t.length + 1));
    const kind = random();
    if (kind < 0.3) t = t.slice(0, i) + pick(random, INSERTS) + t.slice(i);
    else if (kind < 0.6) t = t.slice(0, i) + t.slice(i + 1 + Math.floor(random() * 3));
    else if (kind < 0.75) t = t.slice(0, i) + t.slice(i, i + 6) + t.slice(i);
    else t = reindent(random, t, t.lastIndexOf('\n', i - 1) + 1);
  }
  return t;
}

/** The line starting at `start`, one or two columns further in or out. */
function reindent(random: Random, text: string, start: number): string {
  const by = 1 + Math.floor(random() * 2);
  if (random() < 0.5) return text.slice(0, start) + ' '.repeat(by) + text.slice(start);
  let end = start;
  while (end < start + by && text[end] === ' ') end++;
  return text.slice(0, start) + text.slice(end);
}
