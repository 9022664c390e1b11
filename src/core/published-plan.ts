/**
 * The selection of a `base: published` plan: per image, its published state
 * decides (build with the cause), or the changes since its published revision
 * do — each distinct revision's changes run through the whole selection once
 * (sources, Dockerfiles, shared rules, matrix edits, multi-arch closure), and
 * an image is built when that selection holds any of its entries.
 */
import type { Entry } from './entry.js';
import type { Change } from './plan.js';
import { imagesOf, shortRev, type ImageVerdict } from './published.js';
import { Selection } from './select.js';

export interface PublishedState {
  /** Per image (tag-suffix): build with a cause, or compare with a revision. */
  verdicts: ReadonlyMap<string, ImageVerdict>;
  /** Per published revision: the change from it to the head ('all' when it cannot be used). */
  changes: ReadonlyMap<string, Change>;
  /** Uncertain answers (one per registry and cause) and templates that could not be filled. */
  warnings: readonly string[];
}

/** The selection one change makes; undefined (with the cause) when everything must be built. */
export type SelectAt = (
  revision: string,
  change: Change,
  warn: (message: string) => void,
) => {
  selection: Selection | undefined;
  runAllCause: string | undefined;
  files: number;
  ignored: number;
};

export function publishedSelection(
  req: { published?: PublishedState },
  entries: readonly Entry[],
  selectAt: SelectAt,
  warn: (message: string) => void,
): { selection: Selection; images: Map<string, Entry[]>; files: number; ignored: number } {
  const state = req.published as PublishedState;
  for (const w of state.warnings) warn(w);
  const images = imagesOf(entries);
  const selection = new Selection();
  const byRevision = new Map<string, Entry[][]>();
  for (const [tagSuffix, legs] of images) {
    const v = state.verdicts.get(tagSuffix) ?? {
      kind: 'build',
      cause: 'its published state was not read',
    };
    if (v.kind === 'build') {
      for (const leg of legs) selection.add(leg, { kind: 'published', cause: v.cause });
      continue;
    }
    const group = byRevision.get(v.revision);
    if (group) group.push(legs);
    else byRevision.set(v.revision, [legs]);
  }
  let files = 0;
  let ignored = 0;
  for (const [revision, group] of byRevision) {
    const change: Change = state.changes.get(revision) ?? {
      kind: 'all',
      cause: 'the changes since it were not looked for',
    };
    const at = selectAt(revision, change, (m) =>
      warn(`since published ${shortRev(revision)}: ${m}`),
    );
    files += at.files;
    ignored += at.ignored;
    if (!at.selection) {
      const cause = `changes since ${shortRev(revision)} cannot be used: ${at.runAllCause ?? ''}`;
      for (const legs of group)
        for (const leg of legs) selection.add(leg, { kind: 'published', cause });
      continue;
    }
    for (const s of at.selection.skipped) {
      const seen = selection.skipped.some((k) => k.rule === s.rule && k.file === s.file);
      if (!seen) selection.skipped.push(s);
    }
    for (const legs of group) {
      for (const leg of legs) {
        for (const reason of at.selection.reasons.get(leg) ?? [])
          selection.add(leg, { kind: 'since', revision, reason });
      }
    }
  }
  return { selection, images, files, ignored };
}
