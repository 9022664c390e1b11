import {
  COLLECTION_STYLE,
  EVENT_ID,
  SCALAR_STYLE,
  getScalarValue,
  parseEvents,
  type Event,
  type MappingEvent,
  type ScalarEvent,
  type SequenceEvent,
} from 'js-yaml';
import type { AlteredNumber, NodePath, Position } from './yaml-source.js';

/**
 * The fast reading of a matrix file: js-yaml's event stream, for a plain
 * document only (one document and no `...`; no anchors, aliases, tags,
 * merges, empty values, block scalars, tabs or byte order marks; every key a
 * one-line scalar followed by its `:`). Its value and positions are yaml's,
 * to the byte: scalars resolve through yaml's own core-schema tags, keys
 * become properties as yaml's toJS makes them, and a node's span is worked
 * out the way yaml's parser ranges it, from event offsets, only when asked
 * for. Anything else returns undefined and is left to yaml.
 */
export function readPlainDocument(text: string, maxDepth: number): PlainDocument | undefined {
  // Each of these is read differently by js-yaml and yaml, or is rare enough not to matter.
  if (text.includes('\t') || text.includes('<<') || text.includes('\uFEFF')) return;
  const source = lineBreaksAsLf(text);
  // Around a `...`, yaml may count an empty document that js-yaml does not.
  if (/^\.\.\./m.test(source)) return;
  const resolve = rememberingResolvePlain();
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth });
  } catch {
    return;
  }
  const value = plainValue(events, source, resolve);
  return value === NOT_PLAIN ? undefined : new PlainDocument(source, events, value, resolve);
}

/** YAML ends a line at LF, CRLF or a lone CR; yaml's parser only at LF. Same length, so offsets hold. */
export function lineBreaksAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The last offset in [start, end) that is not whitespace: the line a node ends on. */
export function lastNonBlank(text: string, start: number, end: number): number {
  let i = Math.min(end, text.length) - 1;
  while (i > start && /\s/.test(text[i])) i--;
  return Math.max(start, i);
}

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;
const NONE = -1;

/** yaml refuses an implicit key whose `:` is more than 1024 characters after its start. */
const LONGEST_KEY = 1000;

/**
 * The plain-scalar tags of yaml's core schema (YAML 1.2, 10.3.2), in the
 * order its composer tries them, each resolving as yaml's does; the tests
 * hold this table to yaml's own. yaml's module itself is loaded only for the
 * files this reading leaves to it.
 */
const CORE_TAGS: readonly { test: RegExp; resolve: (source: string) => unknown }[] = [
  { test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
  { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (s) => s[0] === 't' || s[0] === 'T' },
  { test: /^0o[0-7]+$/, resolve: (s) => parseInt(s.substring(2), 8) },
  { test: /^[-+]?[0-9]+$/, resolve: (s) => parseInt(s, 10) },
  { test: /^0x[0-9a-fA-F]+$/, resolve: (s) => parseInt(s.substring(2), 16) },
  {
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (s) =>
      s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity,
  },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: parseFloat },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: parseFloat },
];

/** A plain scalar's value, as yaml's composer resolves it outside a key. */
export function resolvePlain(source: string): unknown {
  for (const tag of CORE_TAGS) if (tag.test.test(source)) return tag.resolve(source);
  return source;
}

/** yaml's toJS names a property by its key's value: null as '', anything else as its string. */
function propertyName(key: unknown): string {
  return key === null ? '' : String(key);
}

/** As yaml's toJS sets a property: a name the object already answers to (`__proto__`) becomes its own. */
function setProperty(map: Record<string, unknown>, name: string, value: unknown): void {
  if (name in map)
    Object.defineProperty(map, name, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else map[name] = value;
}

/** A plain scalar's value, remembered; `numbers` is whether any so far read as a number. */
interface PlainResolver {
  (source: string): unknown;
  numbers: boolean;
}

/** resolvePlain, remembering its answers: a matrix file repeats the same few keys thousands of times. */
function rememberingResolvePlain(): PlainResolver {
  const values = new Map<string, unknown>();
  const resolve = ((source: string) => {
    let value = values.get(source);
    if (value === undefined) {
      values.set(source, (value = resolvePlain(source)));
      if (typeof value === 'number') resolve.numbers = true;
    }
    return value;
  }) as PlainResolver;
  resolve.numbers = false;
  return resolve;
}

const NOT_PLAIN = Symbol('not plain');

/**
 * The value of the events when they are one plain document, as
 * readPlainDocument describes it, built as yaml's toJS builds it; NOT_PLAIN
 * otherwise (then yaml reads the file). Keys that name the same property are
 * duplicates: yaml reads the file and reports them.
 */
function plainValue(events: Event[], text: string, resolve: PlainResolver): unknown {
  const last = events.length - 1;
  const doc = events[0];
  if (last < 2 || doc.type !== DOCUMENT || doc.directives.length || events[last].type !== POP)
    return NOT_PLAIN;
  if (doc.explicitStart && !startsWithMarker(text)) return NOT_PLAIN;
  // Per open collection: the collection, its children so far in a mapping (even: a key comes
  // next), NONE in a sequence; whether it is a flow collection; a mapping's pending key.
  const open: (Record<string, unknown> | unknown[])[] = [];
  const children: number[] = [];
  const flow: boolean[] = [];
  const keys: string[] = [];
  let root: unknown = NOT_PLAIN;
  const add = (value: unknown): void => {
    const top = open.length - 1;
    if (top < 0) root = value;
    else if (children[top] === NONE) (open[top] as unknown[]).push(value);
    else setProperty(open[top] as Record<string, unknown>, keys[top], value);
  };
  for (let i = 1; i < last; i++) {
    const e = events[i];
    const top = children.length - 1;
    const atKey = top >= 0 && children[top] !== NONE && children[top] % 2 === 0;
    if (top >= 0 && children[top] !== NONE && e.type !== POP) children[top]++;
    if (e.type === SCALAR) {
      if (!isPlainScalar(e, text)) return NOT_PLAIN;
      if (atKey && !(isPlainKey(e, text) && (flow[top] || startsItsLine(e, text))))
        return NOT_PLAIN;
      if (!atKey && e.style === PLAIN && !flow[top] && followsBareComment(e, text))
        return NOT_PLAIN;
      const raw = getScalarValue(text, e);
      const value = e.style === PLAIN ? resolve(raw) : raw;
      if (!atKey) add(value);
      else {
        const name = propertyName(value);
        if (Object.hasOwn(open[top], name)) return NOT_PLAIN;
        keys[top] = name;
      }
    } else if (e.type === SEQUENCE || e.type === MAPPING) {
      if (atKey || e.anchorStart !== NONE || e.tagStart !== NONE) return NOT_PLAIN;
      const isFlow = e.style === COLLECTION_STYLE.FLOW;
      // A `[k: v]` pair is a mapping js-yaml starts at its key; yaml ranges it differently.
      if (e.type === MAPPING && isFlow && text[e.start] !== '{') return NOT_PLAIN;
      const collection = e.type === MAPPING ? {} : [];
      add(collection);
      open.push(collection);
      children.push(e.type === MAPPING ? 0 : NONE);
      flow.push(isFlow);
    } else if (e.type === POP) {
      if (!children.length) return NOT_PLAIN;
      open.pop();
      children.pop();
      flow.pop();
    } else return NOT_PLAIN;
  }
  return children.length === 0 ? root : NOT_PLAIN;
}

/**
 * Whether the first thing after blank and comment lines is a `---` at the
 * start of its line: js-yaml also takes one after spaces, yaml does not.
 */
function startsWithMarker(text: string): boolean {
  let i = 0;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r') i++;
    if (text[i] !== '#') break;
    while (i < text.length && text[i] !== '\n') i++;
  }
  return text.startsWith('---', i) && (i === 0 || text[i - 1] === '\n');
}

function isPlainScalar(e: ScalarEvent, text: string): boolean {
  if (e.anchorStart !== NONE || e.tagStart !== NONE || e.valueStart === NONE) return false;
  if (e.style === DOUBLE_QUOTED) return e.fast || !hasEscapedLineBreak(text, e);
  return e.style === PLAIN || e.style === SINGLE_QUOTED;
}

/** A `\` that joins two lines: js-yaml and yaml disagree on the blank lines after one. */
function hasEscapedLineBreak(text: string, e: ScalarEvent): boolean {
  for (
    let i = text.indexOf('\\', e.valueStart);
    i !== -1 && i < e.valueEnd;
    i = text.indexOf('\\', i + 2)
  )
    if (text[i + 1] === '\n' || text[i + 1] === '\r') return true;
  return false;
}

/** An implicit key: on one line, right before its `:`, and not after a `?`. */
function isPlainKey(e: ScalarEvent, text: string): boolean {
  const start = scalarStart(e);
  const end = scalarEnd(e);
  let before = start;
  while (before > 0 && text[before - 1] === ' ') before--;
  if (text[before - 1] === '?') return false;
  let colon = end;
  while (text[colon] === ' ') colon++;
  if (text[colon] !== ':' || colon - start > LONGEST_KEY) return false;
  for (let i = start; i < end; i++) if (text[i] === '\n') return false;
  return true;
}

/**
 * A block mapping's key comes first on its line, after indentation and `- `
 * at most: js-yaml reads `- 'x'  k: v` as a sibling key `k`, yaml refuses it.
 */
function startsItsLine(e: ScalarEvent, text: string): boolean {
  let i = scalarStart(e);
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '-')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/**
 * A plain value first on its line, below a comment line whose `#` has no
 * space after it (`#x`): yaml then lets the value run on over the lines
 * after it (`-\n#x\n a\n- b` is ["a - b"]), js-yaml does not.
 */
function followsBareComment(e: ScalarEvent, text: string): boolean {
  let i = e.valueStart;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (i > 0 && text[i - 1] !== '\n') return false;
  // The lines above, back to the last one with content.
  for (let end = i - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    let col = start;
    while (text[col] === ' ') col++;
    if (text[col] === '#') {
      if (col + 1 < end && text[col + 1] !== ' ' && text[col + 1] !== '\r') return true;
    } else if (col < end && text[col] !== '\r') return false;
    end = start - 1;
  }
  return false;
}

/** Where a scalar's text starts: at its opening quote when it has one. */
function scalarStart(e: ScalarEvent): number {
  return e.style === PLAIN ? e.valueStart : e.valueStart - 1;
}

/** Where a scalar's text ends: after its closing quote when it has one. */
function scalarEnd(e: ScalarEvent): number {
  return e.style === PLAIN ? e.valueEnd : e.valueEnd + 1;
}

/**
 * A plain document read from js-yaml's events. Nodes are event indexes (NONE
 * for none); the subtree index and the line starts are built on first use.
 */
export class PlainDocument {
  private ends: Int32Array | undefined;
  private readonly childLists = new Map<number, Int32Array>();
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    readonly value: unknown,
    private readonly resolve: PlainResolver,
  ) {}

  /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
  locate(path: NodePath, which: 'node' | 'key' = 'node'): Position {
    let node = 1;
    let key = NONE;
    for (const step of path) {
      if (typeof step === 'number') {
        if (!this.isType(node, SEQUENCE) || !(step < this.children(node).length)) break;
        key = NONE;
        node = this.item(node, step);
      } else {
        const pair = this.isType(node, MAPPING) ? this.findKey(node, step) : NONE;
        if (pair === NONE) break;
        key = pair;
        node = this.next(pair);
      }
    }
    return this.span(which === 'key' && key !== NONE ? key : node);
  }

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(at);
    return { line, col: at - this.starts()[line - 1] + 1 };
  }

  /** Numbers under the nodes at `roots` whose text would not survive as written. */
  alteredNumbers(roots: readonly NodePath[]): AlteredNumber[] {
    // A document with no plain scalar read as a number has none to report.
    if (!this.resolve.numbers) return [];
    const found: AlteredNumber[] = [];
    const path: (string | number)[] = [];
    const check = (node: number, value: unknown, isKey: boolean): void => {
      if (typeof value !== 'number') return;
      const json = JSON.stringify(value) ?? 'null';
      const text = getScalarValue(this.text, this.events[node] as ScalarEvent);
      if (json !== text)
        found.push({ path: [...path], isKey, text, value, json, position: this.span(node) });
    };
    // Returns the event after the node's subtree.
    const walk = (node: number): number => {
      const e = this.events[node];
      let child = node + 1;
      if (e.type === SEQUENCE) {
        for (let i = 0; this.events[child].type !== POP; i++) {
          path.push(i);
          child = walk(child);
          path.pop();
        }
      } else if (e.type === MAPPING) {
        while (this.events[child].type !== POP) {
          const key = this.scalarValue(child);
          path.push(propertyName(key));
          check(child, key, true);
          child = walk(child + 1);
          path.pop();
        }
      } else {
        if (e.type === SCALAR && e.style === PLAIN) check(node, this.scalarValue(node), false);
        return child;
      }
      return child + 1;
    };
    for (const root of roots) {
      const node = this.nodeAt(root);
      if (node === NONE) continue;
      path.splice(0, path.length, ...root);
      walk(node);
    }
    return found;
  }

  private nodeAt(path: NodePath): number {
    let node = 1;
    for (const step of path) {
      if (typeof step === 'number')
        node = this.isType(node, SEQUENCE) ? this.item(node, step) : NONE;
      else {
        const key = this.isType(node, MAPPING) ? this.findKey(node, step) : NONE;
        node = key === NONE ? NONE : this.next(key);
      }
      if (node === NONE) return NONE;
    }
    return node;
  }

  private isType(node: number, type: typeof SEQUENCE | typeof MAPPING): boolean {
    return node !== NONE && this.events[node].type === type;
  }

  /** The event after a node's subtree: its next sibling, or its parent's POP. */
  private next(node: number): number {
    this.ends ??= subtreeEnds(this.events);
    return this.ends[node];
  }

  /** A collection's children in order (a mapping's keys and values alternate), indexed on first use. */
  private children(node: number): Int32Array {
    let children = this.childLists.get(node);
    if (children) return children;
    let n = 0;
    for (let child = node + 1; this.events[child].type !== POP; child = this.next(child)) n++;
    children = new Int32Array(n);
    for (let child = node + 1, i = 0; i < n; child = this.next(child)) children[i++] = child;
    this.childLists.set(node, children);
    return children;
  }

  /** A sequence's item `n`; NONE where yaml's `items[n]` is undefined. */
  private item(seq: number, n: number): number {
    return this.children(seq)[n] ?? NONE;
  }

  /** The first key of a mapping that names `name`. */
  private findKey(map: number, name: string): number {
    const children = this.children(map);
    for (let i = 0; i < children.length; i += 2)
      if (this.keyName(children[i]) === name) return children[i];
    return NONE;
  }

  private keyName(key: number): string {
    return propertyName(this.scalarValue(key));
  }

  /** A scalar's value: a plain one resolved, a quoted one as its text. */
  private scalarValue(node: number): unknown {
    const e = this.events[node] as ScalarEvent;
    const text = getScalarValue(this.text, e);
    return e.style === PLAIN ? this.resolve(text) : text;
  }

  /** Where a node's text is, as yaml's range gives it: start, and the line of its last text. */
  private span(node: number): Position {
    if (node === NONE) return this.position(0);
    const start = this.start(node);
    const pos = this.position(start);
    const endLine = this.lineOf(lastNonBlank(this.text, start, this.end(node)));
    return endLine > pos.line ? { ...pos, endLine } : pos;
  }

  private start(node: number): number {
    const e = this.events[node];
    return e.type === SCALAR ? scalarStart(e) : (e as SequenceEvent | MappingEvent).start;
  }

  /**
   * Where yaml's range for a node ends, give or take trailing whitespace. A
   * block collection ends with its last leaf's line, and takes the comment
   * lines after it that yaml's parser attaches there (see trailingLine).
   */
  private end(node: number): number {
    const e = this.events[node];
    if (e.type === SCALAR) return scalarEnd(e);
    if (e.type !== SEQUENCE && e.type !== MAPPING) return this.start(node);
    if (e.style === COLLECTION_STYLE.FLOW) return this.flowEnd(node);
    // The innermost indents of the block collections on the way down to the last leaf.
    const indents: number[] = [];
    let parent = node;
    let last = this.lastChild(node);
    while (this.isBlockCollection(last)) {
      indents.push(this.indent(last));
      parent = last;
      last = this.lastChild(last);
    }
    return this.trailingLine(this.end(last), this.indent(parent), indents);
  }

  private isBlockCollection(node: number): boolean {
    const e = this.events[node];
    return (e.type === SEQUENCE || e.type === MAPPING) && e.style === COLLECTION_STYLE.BLOCK;
  }

  /** After a flow collection's closing bracket. */
  private flowEnd(node: number): number {
    const t = this.text;
    const last = this.lastChild(node);
    let i = last === NONE ? this.start(node) + 1 : this.end(last);
    while (i < t.length && t[i] !== ']' && t[i] !== '}') {
      if (t[i] === '#') while (i < t.length && t[i] !== '\n') i++;
      else i++;
    }
    return i + 1;
  }

  /**
   * The end of the last line yaml's range reaches, for a block collection
   * whose last leaf ends at `leafEnd` in a block collection indented
   * `leafIndent`. After the leaf's line, comment lines indented deeper than
   * that collection join the leaf. The comment lines after those stay with
   * the innermost enclosing collection (of `inner`, the ones inside this
   * one) that has a positive indent no deeper than one of them; otherwise
   * they move on to outer ones and end nothing here.
   */
  private trailingLine(leafEnd: number, leafIndent: number, inner: readonly number[]): number {
    const t = this.text;
    let end = lineEnd(t, leafEnd);
    let joinsLeaf = true;
    let deepest = NONE;
    let trailing = end;
    for (let line = end + 1; line < t.length;) {
      let col = line;
      while (t[col] === ' ') col++;
      if (t[col] !== '#' && t[col] !== '\n' && t[col] !== '\r') break;
      const next = lineEnd(t, col);
      if (t[col] === '#') {
        joinsLeaf &&= col - line > leafIndent;
        if (joinsLeaf) end = next;
        else {
          deepest = Math.max(deepest, col - line);
          trailing = next;
        }
      }
      line = next + 1;
    }
    const stays = inner.some((indent) => indent > 0 && indent <= deepest);
    return stays ? trailing : end;
  }

  private lastChild(node: number): number {
    const children = this.children(node);
    return children.length ? children[children.length - 1] : NONE;
  }

  /** A block collection's indent: the column it starts at. */
  private indent(node: number): number {
    const start = this.start(node);
    return start - this.starts()[this.lineOf(start) - 1];
  }

  /** The 1-based line holding `offset`. */
  private lineOf(offset: number): number {
    const starts = this.starts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
      starts.push(i + 1);
    return (this.lineStarts = starts);
  }
}

/** Where the line holding `offset` ends: its line break, or the end of the text. */
function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

/** For each event that opens a node, the index of the event after the node's subtree. */
function subtreeEnds(events: Event[]): Int32Array {
  const ends = new Int32Array(events.length);
  const open: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const type = events[i].type;
    if (type === DOCUMENT || type === SEQUENCE || type === MAPPING) open.push(i);
    else if (type === POP) ends[open.pop()!] = i + 1;
    else ends[i] = i + 1;
  }
  return ends;
}
