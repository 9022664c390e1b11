/**
 * How much schema the comparison reads, checked in one linear pass before
 * protobufjs sees the text. A pull request controls the schema's head, and
 * protobufjs's parse is quadratic in the fields of one message (measured:
 * 1,000 fields 0.08 s, 5,000 1.7 s, 20,000 53 s), so a message's size is
 * bounded on its own as well as the file's. Beyond a bound the edit counts as
 * breaking, with the reason: building too much is the safe answer.
 *
 * The same pass finds the imports with their `weak`/`public` modifier, which
 * protobufjs does not keep apart.
 */

export const SCHEMA_BOUNDS = {
  /** UTF-8 bytes of one revision. Real service schemas are tens of KB. */
  bytes: 1024 * 1024,
  /** Statements and blocks in one revision. */
  declarations: 20_000,
  /**
   * Statements (fields, options, reserved, nested blocks) directly in one
   * message, its oneofs included. Enums and services parse in linear time and
   * have only the file's bound. At this bound the slowest input the file's
   * bound allows (20 messages of 1,000 fields) parses in about a second.
   */
  perMessage: 1_000,
} as const;

/** What the scan found: the imports (path → '' | 'weak' | 'public'). */
export interface Scan {
  imports: Map<string, string>;
  declarations: number;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The file's size and shape, or the bound it goes over (a phrase after "its head revision"). */
export function checkBounds(text: string): Scan | { over: string } {
  const bytes = utf8Length(text, SCHEMA_BOUNDS.bytes);
  if (bytes > SCHEMA_BOUNDS.bytes) {
    return {
      over: `is larger than ${count(SCHEMA_BOUNDS.bytes)} bytes, the most a compared schema may have, so the edit counts as breaking`,
    };
  }
  return new Scanner(text).run();
}

/** UTF-8 length, counted no further than just past `stop`. */
function utf8Length(text: string, stop: number): number {
  if (text.length > stop) return text.length;
  let n = 0;
  for (let i = 0; i < text.length && n <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    // A surrogate pair is one 4-byte character: the high half counts it.
    else if (c >= 0xd800 && c <= 0xdbff) n += 4;
    else if (c >= 0xdc00 && c <= 0xdfff) continue;
    else n += 3;
  }
  return n;
}

interface Frame {
  /** The block's keyword: message, enum, service, oneof, rpc, extend, group, or '' (an option value). */
  kind: string;
  name: string;
  line: number;
  /** Statements counted against this block (a oneof's go to its message). */
  members: number;
}

const LINEAR = new Set(['enum', 'service']);
/** What ends a token for protobufjs's tokenizer: white space and punctuation. */
const DELIMITER = /[\s{}=;:[\],'"()<>]/;
const BLOCKS = new Set(['message', 'enum', 'service', 'oneof', 'rpc', 'extend']);

/** A lexer that knows strings, comments, statements and blocks, and nothing else. */
class Scanner {
  private i = 0;
  private line = 1;
  private declarations = 0;
  private readonly stack: Frame[] = [{ kind: 'file', name: '', line: 1, members: 0 }];
  /** The current statement's first words and string literals (only the first few are kept). */
  private words: string[] = [];
  private strings: string[] = [];
  private readonly imports = new Map<string, string>();

  constructor(private readonly text: string) {}

  run(): Scan | { over: string } {
    const t = this.text;
    while (this.i < t.length) {
      const c = t[this.i];
      if (c === '"' || c === "'") {
        this.string(c);
      } else if (c === ';' || c === '{' || c === '}') {
        const over = this.punct(c);
        if (over) return { over };
        this.i++;
      } else if (DELIMITER.test(c)) {
        if (c === '\n') this.line++;
        this.i++;
      } else if (c === '/' && t[this.i + 1] === '/') {
        // As protobufjs reads it: a comment only where a token would start.
        while (this.i < t.length && t[this.i] !== '\n') this.i++;
      } else if (c === '/' && t[this.i + 1] === '*') {
        // `/*/` closes itself in protobufjs's reading, so the end is looked for from the `*`.
        const end = t.indexOf('*/', this.i + 1);
        this.skip(end < 0 ? t.length : end + 2);
      } else {
        const from = this.i;
        while (this.i < t.length && !DELIMITER.test(t[this.i])) this.i++;
        if (this.words.length < 3) this.words.push(t.slice(from, this.i));
      }
    }
    return { imports: this.imports, declarations: this.declarations };
  }

  /** Moves to `to`, counting the lines passed. */
  private skip(to: number): void {
    for (let k = this.i; k < to; k++) if (this.text[k] === '\n') this.line++;
    this.i = to;
  }

  /** A string literal, which may span lines (protobufjs reads it so). */
  private string(quote: string): void {
    const t = this.text;
    const from = this.i + 1;
    let k = from;
    while (k < t.length && t[k] !== quote) k += t[k] === '\\' ? 2 : 1;
    // Only an import's path is kept, and only a few strings per statement.
    if (this.strings.length < 4 && this.words[0] === 'import') this.strings.push(t.slice(from, k));
    this.skip(Math.min(t.length, k + 1));
  }

  /** A statement ends or a block opens or closes; the bound it goes over, if any. */
  private punct(c: string): string | undefined {
    const words = this.words;
    const strings = this.strings;
    this.words = [];
    this.strings = [];
    if (c === '}') {
      if (this.stack.length > 1) this.stack.pop();
      return undefined;
    }
    if (++this.declarations > SCHEMA_BOUNDS.declarations) {
      return `has more than ${count(SCHEMA_BOUNDS.declarations)} declarations, the most a compared schema may have, so the edit counts as breaking`;
    }
    if (c === ';' && words[0] === 'import' && this.stack.length === 1) {
      const modifier = words[1] === 'weak' || words[1] === 'public' ? words[1] : '';
      this.imports.set(strings.join(''), modifier);
    }
    const over = this.member();
    if (over || c === ';') return over;
    const kind = BLOCKS.has(words[0]) ? words[0] : words.includes('group') ? 'group' : '';
    const name = (kind === 'group' ? words[words.indexOf('group') + 1] : words[1]) ?? '';
    this.stack.push({ kind, name, line: this.line, members: 0 });
    return undefined;
  }

  /** Counts a statement or nested block against the message it belongs to. */
  private member(): string | undefined {
    let k = this.stack.length - 1;
    while (k > 0 && this.stack[k].kind === 'oneof') k--;
    const frame = this.stack[k];
    if (k === 0 || LINEAR.has(frame.kind)) return undefined;
    if (++frame.members <= SCHEMA_BOUNDS.perMessage) return undefined;
    const what = frame.kind ? `${frame.kind} ${frame.name}`.trim() : 'a block';
    return `has more than ${count(SCHEMA_BOUNDS.perMessage)} fields and statements in ${what} (line ${frame.line}), the most a compared message may have, so the edit counts as breaking`;
  }
}
