import {
  constructFromEvents,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  YAMLException,
  type Event,
} from 'js-yaml';

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

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/**
 * A parsed YAML document that can say where any node came from.
 *
 * Parsing keeps js-yaml's flat event stream (offsets into the text) instead of
 * building a node tree with positions: positions are needed only to report a
 * problem, so they are computed on demand by walking the events.
 */
export class YamlSource {
  private lineStarts: number[] | undefined;

  private constructor(
    readonly text: string,
    readonly value: unknown,
    private readonly events: Event[],
  ) {}

  /** Parses one YAML document; throws YamlSyntaxError with a position. */
  static parse(text: string): YamlSource {
    let events: Event[];
    let docs: unknown[];
    try {
      events = parseEvents(text, { maxDepth: MAX_DEPTH });
      docs = constructFromEvents(events, { source: text, maxAliases: MAX_ALIASES });
    } catch (err) {
      if (err instanceof YAMLException) {
        const mark = err.mark;
        throw new YamlSyntaxError(
          err.reason,
          mark ? { line: mark.line + 1, col: mark.column + 1 } : { line: 1, col: 1 },
        );
      }
      // js-yaml reports deep recursion and the like as plain errors.
      throw new YamlSyntaxError(`cannot parse YAML: ${(err as Error).message}`, {
        line: 1,
        col: 1,
      });
    }
    const source = new YamlSource(text, docs[0], events);
    if (docs.length > 1) {
      throw new YamlSyntaxError(
        'the file holds several YAML documents; keep one',
        source.docStart(1) ?? { line: 1, col: 1 },
      );
    }
    source.checkAliasExpansion();
    return source;
  }

  /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
  locate(path: NodePath, which: 'node' | 'key' = 'node'): Position {
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
    const start = this.startOffset(at);
    const end = this.endOffset(at);
    const pos = this.position(start);
    const endLine = this.position(end).line;
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

  private docStart(n: number): Position | undefined {
    let seen = 0;
    for (let i = 0; i < this.events.length; i = this.skip(i)) {
      if (this.events[i].type === EVENT_ID.DOCUMENT && seen++ === n) {
        return this.position(this.startOffset(i + 1));
      }
    }
    return undefined;
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
        return firstOffset(ev.anchorStart, ev.tagStart, quoted ? ev.valueStart - 1 : ev.valueStart);
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return firstOffset(ev.anchorStart, ev.tagStart, ev.start);
      case EVENT_ID.ALIAS:
        return Math.max(0, ev.anchorStart - 1);
      default:
        return i + 1 < this.events.length ? this.startOffset(i + 1) : 0;
    }
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

  /** Aliases share objects, so a small file can stand for a huge tree ("billion laughs"). */
  private checkAliasExpansion(): void {
    const firstAlias = this.events.findIndex((e) => e.type === EVENT_ID.ALIAS);
    if (firstAlias < 0) return;
    let budget = MAX_EXPANDED_NODES;
    const walk = (v: unknown): void => {
      if (--budget < 0) {
        throw new YamlSyntaxError(
          `aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes; write the values out or use fewer aliases`,
          this.position(this.startOffset(firstAlias)),
        );
      }
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(this.value);
  }
}

function firstOffset(...offsets: number[]): number {
  const present = offsets.filter((o) => o >= 0);
  return present.length ? Math.min(...present) : 0;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
