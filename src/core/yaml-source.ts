/**
 * Matrix files and other YAML read with positions: a plain document from
 * js-yaml's events (yaml-events.ts), any other through yaml's document model
 * (yaml-document.ts), which is loaded only when a file needs it.
 */
import { readPlainDocument } from './yaml-events.js';

/** A path into a parsed document: mapping keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

export interface Position {
  line: number; // 1-based
  col: number; // 1-based
  endLine?: number;
}

/** Untrusted files nest at most this deep (yaml-document.ts also bounds what aliases expand to). */
export const MAX_DEPTH = 64;

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/** Something YAML accepts but flags, such as a tag it does not know. */
export interface YamlWarning {
  message: string;
  position: Position;
}

/** A plain scalar that YAML reads as a number whose JSON form differs from its text (`3.10` → 3.1). */
export interface AlteredNumber {
  /** Where the value is reached from: the first path that leads to it. */
  path: NodePath;
  /** True when the number is a mapping key rather than a value. */
  isKey: boolean;
  text: string;
  value: number;
  /** The JSON the number becomes (`null` for .inf and .nan). */
  json: string;
  position: Position;
}

/** What a reading of the document answers besides its value. */
export interface Reading {
  locate(path: NodePath, which?: 'node' | 'key'): Position;
  position(offset: number): Position;
  alteredNumbers(roots: readonly NodePath[]): AlteredNumber[];
}

/** Thrown by a reading that needs yaml's document model before loadYaml() has loaded it. */
export class YamlNotLoaded extends Error {
  constructor() {
    super('the YAML document model is not loaded: await loadYaml() first');
  }
}

let yamlDocument: typeof import('./yaml-document.js') | undefined;

/** Loads yaml's document model: a plain file is read without it (see yaml-events.ts). */
export async function loadYaml(): Promise<void> {
  yamlDocument ??= await import('./yaml-document.js');
}

/** `read()`, once more after loading yaml's document model if it needed it. */
export async function withYaml<T>(read: () => T): Promise<T> {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof YamlNotLoaded)) throw err;
    await loadYaml();
    return read();
  }
}

/**
 * A parsed YAML document that can say where any node came from.
 *
 * The value is what yaml's document model gives (its `toJS()`, with merge
 * keys (`<<`) expanded); positions are computed only when a problem needs
 * one. A plain document gets both from js-yaml's events, which is several
 * times faster on a large file; see yaml-events.ts.
 */
export class YamlSource {
  private constructor(
    readonly text: string,
    readonly value: unknown,
    readonly warnings: readonly YamlWarning[],
    private readonly reading: Reading,
  ) {}

  /**
   * Parses one YAML document; throws YamlSyntaxError with a position. A plain
   * document (yaml-events.ts) is read from js-yaml's events; any other, and
   * every error, is read by parseWithYaml.
   */
  static parse(text: string): YamlSource {
    const plain = readPlainDocument(text, MAX_DEPTH);
    return plain ? new YamlSource(text, plain.value, [], plain) : YamlSource.parseWithYaml(text);
  }

  /**
   * The reference reading, through yaml's document model: what parse gives for
   * every file it does not read from events, and what it must give for those.
   * Throws YamlNotLoaded until loadYaml() has loaded that model.
   */
  static parseWithYaml(text: string): YamlSource {
    if (!yamlDocument) throw new YamlNotLoaded();
    const { value, warnings, reading } = yamlDocument.readDocument(text);
    return new YamlSource(text, value, warnings, reading);
  }

  /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
  locate(path: NodePath, which: 'node' | 'key' = 'node'): Position {
    return this.reading.locate(path, which);
  }

  position(offset: number): Position {
    return this.reading.position(offset);
  }

  /**
   * Numbers under the nodes at `roots` whose text would not survive as written.
   * Aliases and merge keys are followed; a node reached twice is reported once, where it is written.
   */
  alteredNumbers(roots: readonly NodePath[]): AlteredNumber[] {
    return this.reading.alteredNumbers(roots);
  }
}
