/**
 * What one commit changed beyond its file list, read from git: schema files
 * at the commit and its first parent (for `unless: additive-proto`), and the
 * matrix file's entry edits (docs/rules.md, The four triggers, item 4).
 */
import type { Entry } from '../core/entry.js';
import { editsOnto, listIdentity, type EntryLists } from '../core/matrix-diff.js';
import type { Reason } from '../core/select.js';
import type { Revision, RevisionReader } from '../change/ports.js';
import type { BlobReader, Commit } from '../git/history.js';
import { MatrixItems } from './matrix-items.js';

const short = (sha: string): string => sha.slice(0, 12);

/**
 * A commit against its first parent, as change detection reads a diff's base
 * and head: by the blob ids the log gave, so a file the commit adds is absent
 * at the base without asking git.
 */
export class CommitRevisions implements RevisionReader {
  constructor(
    private readonly blobs: BlobReader,
    private readonly commit: Commit & { parent: string },
  ) {}

  base(path: string): Promise<Revision> {
    return this.read(this.commit.parent, path, 'before', `the change adds ${path}`);
  }

  head(path: string): Promise<Revision> {
    return this.read(this.commit.sha, path, 'after', `the change deletes ${path}`);
  }

  private async read(
    rev: string,
    path: string,
    side: 'before' | 'after',
    absent: string,
  ): Promise<Revision> {
    const known = this.commit.blobs.get(path);
    try {
      if (known && !known[side]) return { absent: true, why: absent };
      const text = known ? await this.blobs.blob(known[side]!) : await this.blobs.read(rev, path);
      return text === undefined ? { absent: true, why: absent } : { text };
    } catch (err) {
      return { error: `${path} at ${short(rev)}: ${(err as Error).message}` };
    }
  }
}

/** The matrix edits of one commit, on the working tree's entries; or why every entry is built. */
export type MatrixEdits = { edits: Map<Entry, Reason> } | { runAll: string };

/**
 * Reads and parses the matrix file's revisions by blob id, keeping the last
 * few: the file after one edit is the file before the next.
 */
export class MatrixHistory {
  private readonly parsed = new Map<string, Promise<Entries | undefined | Error>>();
  private readonly items = new MatrixItems();
  /** Working tree entries by list and identity. */
  private readonly current = new Map<string, Entry>();

  constructor(
    private readonly blobs: BlobReader,
    private readonly matrixPath: string,
    entries: readonly Entry[],
  ) {
    for (const e of entries) this.current.set(listIdentity(e), e);
  }

  /**
   * The identities this commit itself added or changed, against its first
   * parent, mapped to the working tree's entries with those identities.
   */
  async editsOf(commit: Commit & { parent: string }): Promise<MatrixEdits> {
    const blobs = commit.blobs.get(this.matrixPath);
    const [before, after] = await Promise.all([
      this.at(commit.parent, blobs?.before),
      this.at(commit.sha, blobs?.after),
    ]);
    if (before instanceof Error) return { runAll: `at the parent: ${before.message}` };
    if (after instanceof Error) return { runAll: after.message };
    // A deleted matrix file adds nothing; removed entries select nothing.
    if (!after) return { edits: new Map() };
    // A matrix file the commit adds makes every entry in it new.
    return { edits: editsOnto(before ?? { linux: [], darwin: [] }, after, this.current) };
  }

  /** The file at `rev`, whose blob is `oid` (undefined: absent there). */
  private at(rev: string, oid: string | undefined): Promise<Entries | undefined | Error> {
    if (!oid) return Promise.resolve(undefined);
    let p = this.parsed.get(oid);
    if (!p) {
      p = this.load(rev, oid);
      this.parsed.set(oid, p);
      // An edit's parent is the previous edit's result: a few revisions are enough.
      if (this.parsed.size > 4) this.parsed.delete(this.parsed.keys().next().value!);
    }
    return p;
  }

  private async load(rev: string, oid: string): Promise<Entries | undefined | Error> {
    const where = `${this.matrixPath} at ${short(rev)}`;
    let text: string | undefined;
    try {
      text = await this.blobs.blob(oid);
    } catch (err) {
      return new Error(`${where} could not be read (${(err as Error).message})`);
    }
    if (text === undefined)
      return new Error(`${where} could not be read (blob ${short(oid)} is missing)`);
    return this.items.entries(text, where);
  }
}

/** A revision's entries: all `matrixEdits` reads. */
type Entries = EntryLists;
