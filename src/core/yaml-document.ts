/**
 * A YAML document read through yaml's document model: the reference reading
 * of YamlSource, for every file the fast reading (yaml-events.ts) leaves to
 * it. Loaded on first need (loadYaml in yaml-source.ts).
 */
import {
  Composer,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  Scalar,
  type CST,
  type Document,
  type Node,
  type Pair,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { lastNonBlank, lineBreaksAsLf } from './yaml-events.js';
import {
  MAX_DEPTH,
  YamlSyntaxError,
  type AlteredNumber,
  type NodePath,
  type Position,
  type Reading,
  type YamlWarning,
} from './yaml-source.js';

/** What aliases may expand to, in nodes: an untrusted file's bound. */
const MAX_EXPANDED_NODES = 1_000_000;

/** `logLevel: 'error'` keeps yaml from writing warnings to the console: they are returned instead. */
const COMPOSE_OPTIONS = {
  merge: true,
  uniqueKeys: true,
  version: '1.2',
  logLevel: 'error',
} as const;

type Located = { range?: readonly number[] | null };

/** The document's value, warnings and reading; throws YamlSyntaxError with a position. */
export function readDocument(text: string): {
  value: unknown;
  warnings: YamlWarning[];
  reading: Reading;
} {
  const lines = new Lines(text);
  const tokens = [...new Parser(lines.counter.addNewLine).parse(lines.text)];
  checkDepth(tokens, lines);
  const docs = new Composer(COMPOSE_OPTIONS).compose(tokens, true, text.length);
  const doc = docs.next().value as Document.Parsed;
  const second = docs.next().value;
  if (doc.errors.length) throw syntaxError(doc, doc.errors[0], lines);
  if (second) {
    const at = second.contents?.range[0] ?? second.range[0];
    throw new YamlSyntaxError('the file holds several YAML documents; keep one', lines.at(at));
  }
  // Without a `*` no node is an alias, and without `<<` nothing merges: nothing to check.
  const targets =
    text.includes('*') || text.includes('<<') ? checkAliases(doc, lines) : new Map<Node, Node>();
  let value: unknown;
  try {
    // The exact expansion bound above replaces yaml's maxAliasCount heuristic, which multiplies
    // counts and rejects large files whose anchors build on other anchors.
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (err) {
    throw new YamlSyntaxError(`cannot read the YAML: ${(err as Error).message}`, lines.at(0));
  }
  const warnings = doc.warnings.map((w) => ({
    message:
      w.code === 'TAG_RESOLVE_FAILED'
        ? `${yamlMessage(w)}; the value is read as if it had no tag`
        : yamlMessage(w),
    position: lines.at(w.pos[0]),
  }));
  return { value, warnings, reading: new DocumentReading(doc, lines, targets) };
}

/**
 * Positions and numbers from yaml's document model: node ranges through the
 * parser's `LineCounter`.
 */
class DocumentReading implements Reading {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: Lines,
    /** What each alias refers to, recorded in document order when the aliases were checked. */
    private readonly targets: ReadonlyMap<Node, Node>,
  ) {}

  /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
  locate(path: NodePath, which: 'node' | 'key' = 'node'): Position {
    let node: unknown = this.doc.contents;
    let key: unknown;
    for (const step of path) {
      const at = this.deref(node);
      const pair =
        typeof step === 'number'
          ? isSeq(at) && step < at.items.length
            ? { key: undefined, value: at.items[step] }
            : undefined
          : isMap(at)
            ? this.findPair(at, step)
            : undefined;
      if (!pair) break;
      key = pair.key;
      node = pair.value ?? pair.key;
    }
    const target = which === 'key' && key ? key : node;
    return this.span(target as Located | null | undefined);
  }

  position(offset: number): Position {
    return this.lines.at(offset);
  }

  /**
   * Numbers under the nodes at `roots` whose text would not survive as written.
   * Aliases and merge keys are followed; a node reached twice is reported once, where it is written.
   */
  alteredNumbers(roots: readonly NodePath[]): AlteredNumber[] {
    const found: AlteredNumber[] = [];
    // Only aliases reach a node twice, so only anchored nodes need remembering.
    const seen = new Set<Node>();
    const path: (string | number)[] = [];
    const check = (node: unknown, isKey: boolean): void => {
      if (!isScalar(node) || typeof node.value !== 'number' || node.source === undefined) return;
      const json = JSON.stringify(node.value) ?? 'null';
      if (json === node.source) return;
      const { source: text, value } = node;
      found.push({ path: [...path], isKey, text, value, json, position: this.span(node, false) });
    };
    const walk = (raw: unknown): void => {
      const node = this.deref(raw);
      if (isNode(node) && node.anchor) {
        if (seen.has(node)) return;
        seen.add(node);
      }
      if (isSeq(node)) {
        node.items.forEach((item, i) => {
          path.push(i);
          walk(item);
          path.pop();
        });
      } else if (isMap(node)) {
        for (const pair of node.items) {
          if (isMergeKey(pair.key)) {
            // Merged fields belong to this mapping: its path, not the merge list's.
            const sources = this.deref(pair.value);
            for (const source of isSeq(sources) ? sources.items : [sources]) walk(source);
            continue;
          }
          path.push(keyName(pair.key) ?? '?');
          check(pair.key, true);
          walk(pair.value);
          path.pop();
        }
      } else check(node, false);
    };
    for (const root of roots) {
      const node = this.nodeAt(root);
      if (node === undefined) continue;
      path.splice(0, path.length, ...root);
      walk(node);
    }
    return found;
  }

  private nodeAt(path: NodePath): unknown {
    let node: unknown = this.doc.contents;
    for (const step of path) {
      const at = this.deref(node);
      if (typeof step === 'number') node = isSeq(at) ? at.items[step] : undefined;
      else node = isMap(at) ? this.findPair(at, step)?.value : undefined;
      if (node === undefined || node === null) return undefined;
    }
    return node;
  }

  /** The node an alias stands for; any other node as it is. */
  private deref(node: unknown): unknown {
    return isAlias(node) ? this.targets.get(node) : node;
  }

  /** The pair whose key reads as `name`: the mapping's own first, then its merge sources in order. */
  private findPair(map: YAMLMap, name: string, depth = 0): Pair | undefined {
    const own = map.items.find((p) => !isMergeKey(p.key) && keyName(p.key) === name);
    if (own || depth > MAX_DEPTH) return own;
    for (const pair of map.items) {
      if (!isMergeKey(pair.key)) continue;
      const sources = this.deref(pair.value);
      for (const source of isSeq(sources) ? sources.items : [sources]) {
        const merged = this.deref(source);
        const found = isMap(merged) ? this.findPair(merged, name, depth + 1) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  }

  /** Where a node's text is; `props: false` skips its anchor and tag, to point at the value itself. */
  private span(node: Located | null | undefined, props = true): Position {
    const range = node?.range;
    if (!range) return this.lines.at(0);
    const start = props ? this.lines.nodeStart(node as Node, range[0]) : range[0];
    const pos = this.lines.at(start);
    const endLine = this.lines.at(lastNonBlank(this.lines.text, start, range[1])).line;
    return endLine > pos.line ? { ...pos, endLine } : pos;
  }
}

/** The text as parsed and its line numbering; YAML ends a line at LF, CRLF or a lone CR. */
class Lines {
  readonly counter = new LineCounter();
  /** yaml breaks lines only at LF: a lone CR becomes LF, same length, so offsets hold. */
  readonly text: string;

  constructor(original: string) {
    this.text = lineBreaksAsLf(original);
  }

  at(offset: number): Position {
    const { line, col } = this.counter.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line, col };
  }

  /**
   * Where a node's text starts: at its anchor or tag when it has them (yaml's range starts at
   * the value), and at the `-` or `:` that introduces an empty value.
   */
  nodeStart(node: Node, offset: number): number {
    const t = this.text;
    if (isScalar(node) && node.value === null && node.range && node.range[1] === offset) {
      let i = offset;
      while (i > 0 && (t[i - 1] === ' ' || t[i - 1] === '\t')) i--;
      if (i > 0 && (t[i - 1] === '-' || t[i - 1] === ':' || t[i - 1] === '?')) return i - 1;
    }
    let start = offset;
    const props = [node.anchor && `&${node.anchor}`, node.tag && '!'].filter(Boolean) as string[];
    while (props.length) {
      let end = start;
      while (end > 0 && /\s/.test(t[end - 1])) end--;
      let begin = end;
      while (begin > 0 && !/\s/.test(t[begin - 1])) begin--;
      const word = t.slice(begin, end);
      const i = props.findIndex((p) => (p === '!' ? word.startsWith('!') : word === p));
      if (i < 0) break;
      props.splice(i, 1);
      start = begin;
    }
    return start;
  }
}

function syntaxError(doc: Document.Parsed, err: YAMLError, lines: Lines): YamlSyntaxError {
  let offset = err.pos[0];
  if (err.code === 'DUPLICATE_KEY') {
    const dup = findDuplicate(doc.contents, offset);
    if (dup) {
      return new YamlSyntaxError(
        `duplicate key "${dup.name}" at lines ${lines.at(dup.first).line} and ${lines.at(offset).line}; a mapping holds each key once`,
        lines.at(offset),
      );
    }
  }
  // yaml points at the start of an ill-indented line; the token after the indentation is the culprit.
  const t = lines.text;
  let lineStart = offset;
  while (lineStart > 0 && t[lineStart - 1] === ' ') lineStart--;
  if (lineStart === 0 || t[lineStart - 1] === '\n') while (t[offset] === ' ') offset++;
  return new YamlSyntaxError(yamlMessage(err), lines.at(offset));
}

/** yaml's message, as the tail of "invalid YAML: …". */
function yamlMessage(err: YAMLError): string {
  const m = err.message;
  return /^[A-Z][a-z]/.test(m) ? m[0].toLowerCase() + m.slice(1) : m;
}

/** The key at `offset` that repeats an earlier key of its mapping, and where that one starts. */
function findDuplicate(root: unknown, offset: number): { name: string; first: number } | undefined {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const i = node.items.findIndex((p) => (p.key as Located | null)?.range?.[0] === offset);
      const name = i >= 0 ? keyName(node.items[i].key) : undefined;
      const first =
        name === undefined ? undefined : node.items.find((p) => keyName(p.key) === name);
      if (name !== undefined && first) return { name, first: (first.key as Node).range![0] };
      for (const p of node.items) stack.push(p.key, p.value);
    } else if (isSeq(node)) stack.push(...node.items);
  }
  return undefined;
}

/** The property name a key becomes in the value (as yaml's toJS names it); undefined for a collection. */
function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const v = key.value;
  if (v === null || v === undefined) return '';
  return typeof v === 'object' || typeof v === 'symbol' ? undefined : String(v);
}

/** A plain `<<` key, which yaml resolves to its merge tag; a quoted "<<" is an ordinary key. */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol';
}

/**
 * Nesting beyond MAX_DEPTH is refused on the parser's tokens, before the document is built:
 * building one recurses per level, and a few thousand levels exhaust the stack.
 */
function checkDepth(tokens: CST.Token[], lines: Lines): void {
  // Two parallel stacks, pushed in reverse so the first offender in the text is found first.
  const stack: (CST.Token | null | undefined)[] = [...tokens].reverse();
  const depths: number[] = stack.map(() => 0);
  while (stack.length) {
    const token = stack.pop();
    const depth = depths.pop()!;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push(token.value);
      depths.push(depth);
    } else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth >= MAX_DEPTH) {
        throw new YamlSyntaxError(
          `values are nested more than ${MAX_DEPTH} levels deep; a matrix file needs far fewer`,
          lines.at(token.offset),
        );
      }
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i];
        stack.push(item.value, 'key' in item ? item.key : undefined);
        depths.push(depth + 1, depth + 1);
      }
    }
  }
}

/**
 * Aliases share nodes, so a small file can stand for a huge tree ("billion laughs"). Walks the
 * document once in order, sizing each anchored node the first time and each alias from that,
 * so the bound is exact and the error points at the alias that crosses it. Also refuses what
 * toJS cannot build: an alias before its anchor or inside it, a merge of something other than
 * mappings, and a quoted "<<" (a plain field of that name, which would reach the matrix).
 */
function checkAliases(doc: Document.Parsed, lines: Lines): Map<Node, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let total = 0;
  const fail = (message: string, node: unknown): never => {
    throw new YamlSyntaxError(message, lines.at((node as Located)?.range?.[0] ?? 0));
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) fail(`alias *${node.source} comes before any anchor &${node.source}`, node);
      if (open.has(target!))
        fail('an alias refers to a node that contains it; YAML values here must be trees', node);
      targets.set(node, target!);
      total += sizes.get(target!)!;
      if (total > MAX_EXPANDED_NODES) {
        fail(
          `aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes; write the values out or use fewer aliases`,
          node,
        );
      }
      return;
    }
    const n = node as Node;
    const before = total++;
    if (n.anchor) {
      anchors.set(n.anchor, n);
      open.add(n);
    }
    if (isMap(n)) {
      for (const pair of n.items) {
        visit(pair.key);
        visit(pair.value);
        if (isMergeKey(pair.key)) checkMerge(pair.value);
        else if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type !== Scalar.PLAIN) {
          fail(
            'a quoted "<<" is a field named <<, not a merge; write <<: unquoted to merge',
            pair.key,
          );
        }
      }
    } else if (isSeq(n)) for (const item of n.items) visit(item);
    if (n.anchor) {
      open.delete(n);
      sizes.set(n, total - before);
    }
  };
  const deref = (node: unknown): unknown => (isAlias(node) ? targets.get(node) : node);
  const checkMerge = (value: unknown): void => {
    const sources = deref(value);
    const ok = isSeq(sources) ? sources.items.every((s) => isMap(deref(s))) : isMap(sources);
    if (!ok)
      fail('`<<` merges mappings: give it a mapping, an alias of one, or a list of them', value);
  };
  visit(doc.contents);
  return targets;
}
