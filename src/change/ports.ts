/**
 * What change detection needs from the outside world, as small interfaces:
 * the adapters in src/git and src/github implement them, and tests pass fakes.
 */

/** GitHub lists at most this many files of a pull request, and of a comparison. */
export const PR_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;
/** A pull request's files are read 100 to a page, at most 10 pages in flight at once. */
export const PR_FILES_PER_PAGE = 100;
export const PAGES_IN_FLIGHT = 10;

/**
 * Diagnostics channels on which a REST request's headers being on the wire
 * is published: by the API's own fetch on Node's http client, and by undici
 * (the fetch used behind a proxy).
 */
export const REQUEST_SENT_CHANNELS = ['backend-matrix:request-sent', 'undici:client:sendHeaders'];

/** How many page requests a pull request's file list starts with, from the payload's count. */
export function firstWave(hint: number | undefined): number {
  if (!hint || hint <= 0) return 1;
  const pages = Math.min(PR_FILES_CAP / PR_FILES_PER_PAGE, Math.ceil(hint / PR_FILES_PER_PAGE));
  return Math.min(PAGES_IN_FLIGHT, pages);
}

/** A changed-file list and whether it is the whole diff. */
export interface FileList {
  /** Distinct paths, first-appearance order; a rename contributes both names. */
  files: string[];
  /** False when GitHub's cap was reached: files beyond it may be missing. */
  complete: boolean;
  /** File items GitHub listed. */
  count: number;
  /** Paths the diff lists as added (absent at the base revision). */
  added: string[];
}

export interface CompareResult extends FileList {
  /** GitHub's `status`: ahead, behind, identical or diverged. */
  status: 'ahead' | 'behind' | 'identical' | 'diverged' | string;
}

export interface WorkflowRun {
  headSha: string;
  /** `owner/name` of the run's head repository ('' when unknown). */
  headRepository: string;
}

/** The GitHub REST API, for one repository (`owner/name`). */
export interface ApiPort {
  /**
   * A pull request's files. `hint` is the payload's `changed_files`: it sizes
   * the concurrent page fetch but is verified against the first page.
   */
  pullRequestFiles(pr: number, hint?: number): Promise<FileList>;
  /** `GET /compare/base...head`: the files and the status of head against base. */
  compare(base: string, head: string): Promise<CompareResult>;
  /** A file's text at `ref`; undefined when the API answers 404. */
  fileAt(path: string, ref: string): Promise<string | undefined>;
  /** Successful `push` runs of `workflow` on `branch`, newest first (one page). */
  successfulPushRuns(workflow: string, branch: string): Promise<WorkflowRun[]>;
  /**
   * Requests made so far, and the most that were in flight at once; with
   * `roundTrips`, the sequential network waits (the longest chain of
   * requests each started after an earlier one was answered).
   */
  stats(): { requests: number; maxInFlight: number; roundTrips?: number };
}

/** The local repository in the workspace. */
export interface GitPort {
  isRepo(): Promise<boolean>;
  /** False only where git would surely find no repository, known without running it. */
  mayBeRepo(): boolean;
  hasCommit(rev: string): Promise<boolean>;
  isShallow(): Promise<boolean>;
  /** `base...head` with `mergeBase`, else the two trees; renames count under both names. */
  changedFiles(base: string, head: string, opts: { mergeBase: boolean }): Promise<string[]>;
  /** A file's text at `rev`; undefined when the commit exists but the file does not. */
  show(rev: string, path: string): Promise<string | undefined>;
  /** `changedFiles` with the paths it lists as added (absent at `base`). */
  diff(base: string, head: string, opts: { mergeBase: boolean }): Promise<FileList>;
  /** Whether `ancestor` is `rev` or an ancestor of it; both commits must be present. */
  isAncestor(ancestor: string, rev: string): Promise<boolean>;
}

/** One revision of a file, as change detection could read it. */
export type Revision = { text: string } | { absent: true; why: string } | { error: string };

/**
 * Reads a changed file at the diff's base and head: the base from git, else
 * the contents API; the head from the workspace, else git, else the API.
 * A file the diff lists as added is absent at the base; any other 404 is an
 * error (unreadable, not absent).
 */
export interface RevisionReader {
  base(path: string): Promise<Revision>;
  head(path: string): Promise<Revision>;
}
