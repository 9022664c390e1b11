import {
  constructFromEvents,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  YAMLException,
  type Event,
} from 'js-yaml';
import { findBlockLists, type ListRegion } from './yaml-lists.js';

/** A path into a parsed document: mapping keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

export interface Position {
  line: number; // 1-based
  col: number; // 1-based
  endLine?: number;
}

/** Bounds for untrusted files: nesting depth and what aliases may expand to. */
const MAX_DEPTH = 64;
const MAX_ALIASES = 10_000;
const MAX_EXPANDED_NODES = 1_000_000;
/** Lists are parsed in slices of about this size, so the event stream never holds a whole large file. */
const CHUNK_BYTES = 64 * 1024;
const LIST_KEYS = ['include', 'includeDarwin'];

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** A node's extent, as offsets into the whole text. */
interface Span {
  start: number;
  end: number;
}

/** A slice of a list's items, parsed on its own; its events are rebuilt only to locate a problem. */
interface Chunk {
  key: string;
  first: number;
  count: number;
  start: number;
  end: number;
  tree?: EventTree;
}

/**
 * A parsed YAML document that can say where any node came from.
 *
 * Positions come from js-yaml's flat event stream (offsets into the text)
 * rather than a node tree: they are needed only to report a problem, so they
 * are computed on demand by walking the events. The items of the top-level
 * lists are parsed in slices and their events dropped, which keeps memory
 * near the size of the values for very large files; a slice's events are
 * rebuilt when a problem inside it needs a position.
 */
export class YamlSource {
  private lineStarts: number[] | undefined;

  private constructor(
    readonly text: string,
    readonly value: unknown,
    private readonly tree: EventTree,
    private readonly chunks: readonly Chunk[] = [],
  ) {}

  /**
   * Parses one YAML document; throws YamlSyntaxError with a position.
   * `chunkBytes: 0` parses the whole text at once (the reference the sliced parse must equal).
   */
  static parse(text: string, opts: { chunkBytes?: number } = {}): YamlSource {
    const chunkBytes = opts.chunkBytes ?? CHUNK_BYTES;
    const regions = chunkBytes > 0 ? findBlockLists(text, LIST_KEYS) : undefined;
    const source = (regions?.length && parseSliced(text, regions, chunkBytes)) || parseWhole(text);
    source.checkAliasExpansion();
    return source;
  }

  /** @internal */
  static of(text: string, value: unknown, tree: EventTree, chunks?: Chunk[]): YamlSource {
    return new YamlSource(text, value, tree, chunks);
  }

  /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
  locate(path: NodePath, which: 'node' | 'key' = 'node'): Position {
    const [key, index] = path;
    const chunk = this.chunks.find(
      (c) =>
        c.key === key && typeof index === 'number' && index >= c.first && index < c.first + c.count,
    );
    const span = chunk
      ? (chunk.tree ??= EventTree.parse(this.text.slice(chunk.start, chunk.end), chunk.start)).span(
          [(index as number) - chunk.first, ...path.slice(2)],
          which,
        )
      : this.tree.span(path, which);
    const pos = this.position(span.start);
    const endLine = this.position(span.end).line;
    return endLine > pos.line ? { ...pos, endLine } : pos;
  }

  position(offset: number): Position {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo] + 1 };
  }

  /** Aliases share objects, so a small file can stand for a huge tree ("billion laughs"). */
  private checkAliasExpansion(): void {
    const firstAlias = this.tree.firstAlias();
    if (firstAlias === undefined) return;
    const fail = (message: string): never => {
      throw new YamlSyntaxError(message, this.position(firstAlias));
    };
    // Iterative, so that neither a cycle nor a deep chain of aliases can overflow the stack.
    let budget = MAX_EXPANDED_NODES;
    const onPath = new Set<object>();
    const stack: { node: unknown; leaving: boolean }[] = [{ node: this.value, leaving: false }];
    while (stack.length) {
      const { node, leaving } = stack.pop()!;
      if (node === null || typeof node !== 'object') continue;
      if (leaving) {
        onPath.delete(node);
        continue;
      }
      if (onPath.has(node))
        fail('an alias refers to a node that contains it; YAML values here must be trees');
      if (--budget < 0) {
        fail(
          `aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes; write the values out or use fewer aliases`,
        );
      }
      onPath.add(node);
      stack.push({ node, leaving: true });
      for (const child of Array.isArray(node) ? node : Object.values(node))
        stack.push({ node: child, leaving: false });
    }
  }
}

function parseWhole(text: string): YamlSource {
  const { events, docs } = parseOrThrow(text, MAX_DEPTH);
  const tree = new EventTree(text, events);
  const source = YamlSource.of(text, docs[0], tree);
  if (docs.length > 1) {
    throw new YamlSyntaxError(
      'the file holds several YAML documents; keep one',
      source.position(tree.docStart(1)),
    );
  }
  return source;
}

/**
 * The sliced parse: the text with the lists blanked out, then each list a
 * slice of items at a time. Anything unusual (a slice that does not parse on
 * its own, aliases, a count that differs from the scan) returns undefined and
 * the whole text is parsed instead, so errors and values are always the
 * whole parse's.
 */
function parseSliced(
  text: string,
  regions: ListRegion[],
  chunkBytes: number,
): YamlSource | undefined {
  try {
    // The lists cut out, each left as one empty line; `cuts` maps offsets back.
    let skeleton = '';
    let at = 0;
    const cuts: { from: number; shift: number }[] = [];
    for (const r of regions) {
      skeleton += text.slice(at, r.start);
      const from = skeleton.length;
      if (text[r.end - 1] === '\n') skeleton += '\n';
      cuts.push({ from, shift: r.end - r.start - (skeleton.length - from) });
      at = r.end;
    }
    skeleton += text.slice(at);
    const toFile = (o: number): number => {
      let shift = 0;
      for (const c of cuts) if (o > c.from) shift += c.shift;
      return o + shift;
    };
    const { events, docs } = parseOrThrow(skeleton, MAX_DEPTH);
    const root = docs[0] as Record<string, unknown> | undefined;
    if (docs.length !== 1 || !root || typeof root !== 'object' || Array.isArray(root))
      return undefined;

    const chunks: Chunk[] = [];
    for (const r of regions) {
      if (root[r.key] !== null) return undefined;
      const items: unknown[] = [];
      for (let i = 0; i < r.items.length;) {
        let j = i + 1;
        while (j < r.items.length && r.items[j] - r.items[i] < chunkBytes) j++;
        const start = r.items[i];
        const end = j < r.items.length ? r.items[j] : r.end;
        const slice = text.slice(start, end);
        // Items sit two levels down in the whole document, one in a slice.
        const parsed = parseOrThrow(slice, MAX_DEPTH - 1);
        const list = parsed.docs[0];
        if (parsed.docs.length !== 1 || !Array.isArray(list) || list.length !== j - i)
          return undefined;
        if (parsed.events.some((e) => e.type === EVENT_ID.ALIAS)) return undefined;
        for (const item of list) items.push(item);
        chunks.push({ key: r.key, first: i, count: j - i, start, end });
        i = j;
      }
      root[r.key] = items;
    }
    return YamlSource.of(text, root, new EventTree(skeleton, events, toFile), chunks);
  } catch {
    return undefined;
  }
}

function parseOrThrow(text: string, maxDepth: number): { events: Event[]; docs: unknown[] } {
  try {
    const events = parseEvents(text, { maxDepth });
    return { events, docs: constructFromEvents(events, { source: text, maxAliases: MAX_ALIASES }) };
  } catch (err) {
    if (err instanceof YAMLException) {
      const mark = err.mark;
      throw new YamlSyntaxError(
        err.reason,
        mark ? { line: mark.line + 1, col: mark.column + 1 } : { line: 1, col: 1 },
      );
    }
    // js-yaml reports deep recursion and the like as plain errors.
    throw new YamlSyntaxError(`cannot parse YAML: ${(err as Error).message}`, { line: 1, col: 1 });
  }
}

/** js-yaml's events for one text, walked by path; offsets are reported relative to the whole file. */
class EventTree {
  constructor(
    private readonly text: string,
    private readonly events: Event[],
    /** Maps an offset in `text` to one in the whole file. */
    private readonly toFile: (offset: number) => number = (o) => o,
  ) {}

  static parse(text: string, base: number): EventTree {
    return new EventTree(text, parseEvents(text, { maxDepth: MAX_DEPTH }), (o) => base + o);
  }

  span(path: NodePath, which: 'node' | 'key'): Span {
    let i = this.events[0]?.type === EVENT_ID.DOCUMENT ? 1 : 0;
    let keyAt = -1;
    for (const step of path) {
      const ev = this.events[i];
      if (!ev) break;
      const found =
        ev.type === EVENT_ID.MAPPING && typeof step === 'string'
          ? this.findKey(i, step)
          : ev.type === EVENT_ID.SEQUENCE && typeof step === 'number'
            ? { key: -1, value: this.findItem(i, step) }
            : undefined;
      if (!found || found.value < 0) break;
      keyAt = found.key;
      i = found.value;
    }
    const at = which === 'key' && keyAt >= 0 ? keyAt : i;
    return { start: this.toFile(this.startOffset(at)), end: this.toFile(this.endOffset(at)) };
  }

  /** Offset of the n-th document's content. */
  docStart(n: number): number {
    let seen = 0;
    for (let i = 0; i < this.events.length; i = this.skip(i)) {
      if (this.events[i].type === EVENT_ID.DOCUMENT && seen++ === n)
        return this.toFile(this.startOffset(i + 1));
    }
    return this.toFile(0);
  }

  firstAlias(): number | undefined {
    const i = this.events.findIndex((e) => e.type === EVENT_ID.ALIAS);
    return i < 0 ? undefined : this.toFile(this.startOffset(i));
  }

  /** Index just past the node that starts at event i. */
  private skip(i: number): number {
    const t = this.events[i]?.type;
    if (t !== EVENT_ID.MAPPING && t !== EVENT_ID.SEQUENCE && t !== EVENT_ID.DOCUMENT) return i + 1;
    let depth = 0;
    for (; i < this.events.length; i++) {
      const type = this.events[i].type;
      if (type === EVENT_ID.POP) {
        if (--depth === 0) return i + 1;
      } else if (
        type === EVENT_ID.MAPPING ||
        type === EVENT_ID.SEQUENCE ||
        type === EVENT_ID.DOCUMENT
      ) {
        depth++;
      }
    }
    return i;
  }

  private findKey(map: number, key: string): { key: number; value: number } | undefined {
    for (let i = map + 1; this.events[i] && this.events[i].type !== EVENT_ID.POP;) {
      const k = this.events[i];
      const value = this.skip(i);
      if (k.type === EVENT_ID.SCALAR && getScalarValue(this.text, k) === key) {
        return { key: i, value };
      }
      i = this.skip(value);
    }
    return undefined;
  }

  private findItem(seq: number, index: number): number {
    let i = seq + 1;
    for (let n = 0; this.events[i] && this.events[i].type !== EVENT_ID.POP; n++) {
      if (n === index) return i;
      i = this.skip(i);
    }
    return -1;
  }

  private startOffset(i: number): number {
    const ev = this.events[i];
    if (!ev) return 0;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        // valueStart is inside the quotes of a quoted scalar.
        const quoted =
          ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
        const at = firstOffset(
          ev.anchorStart,
          ev.tagStart,
          quoted ? ev.valueStart - 1 : ev.valueStart,
        );
        return at >= 0 ? at : this.emptyAt(i);
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return Math.max(0, firstOffset(ev.anchorStart, ev.tagStart, ev.start));
      case EVENT_ID.ALIAS:
        return Math.max(0, ev.anchorStart - 1);
      default:
        return i + 1 < this.events.length ? this.startOffset(i + 1) : 0;
    }
  }

  /**
   * An empty node has no offsets: place it at the `-` or `:` that introduces
   * it, the first one after the text the events before it cover.
   */
  private emptyAt(i: number): number {
    let from = 0;
    for (let j = i - 1; j >= 0; j--) {
      const ev = this.events[j];
      if (ev.type === EVENT_ID.SCALAR && ev.valueEnd >= 0) from = ev.valueEnd;
      else if ((ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) && ev.start >= 0)
        from = ev.start;
      else if (ev.type === EVENT_ID.ALIAS) from = ev.anchorEnd;
      else continue;
      break;
    }
    for (let k = from; k < this.text.length; k++) {
      const c = this.text[k];
      if (c === '-' || c === ':') return k;
      if (c === '#') {
        const nl = this.text.indexOf('\n', k); // skip a comment
        if (nl < 0) break;
        k = nl;
      }
    }
    return from;
  }

  /** Offset where the node's last scalar ends (collections carry no end offset). */
  private endOffset(i: number): number {
    let end = this.startOffset(i);
    const stop = Math.min(this.skip(i), this.events.length);
    for (let j = i; j < stop; j++) {
      const ev = this.events[j];
      if (ev.type === EVENT_ID.SCALAR) end = Math.max(end, ev.valueEnd);
      else if (ev.type === EVENT_ID.ALIAS) end = Math.max(end, ev.anchorEnd);
    }
    return end;
  }
}

/** The earliest of the offsets js-yaml gives (-1 when absent), or -1. */
function firstOffset(...offsets: number[]): number {
  const present = offsets.filter((o) => o >= 0);
  return present.length ? Math.min(...present) : -1;
}

/** Where each line starts; YAML ends a line at LF, CRLF or a lone CR. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
