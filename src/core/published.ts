/**
 * `base: published`: each image (the entries sharing a `tag-suffix`) planned
 * against the revision its published image was built from. Pure: the
 * registry's answers and the changes since each revision come in; out come
 * the images to build (with reasons) and the ones to promote.
 *
 * An uncertain answer never promotes: only an image published with a
 * revision, on every platform its legs build, whose changes since that
 * revision were found completely and select none of its entries, is promoted.
 */
import { isMultiArch, fieldText, type Entry } from './entry.js';
import { mergeEntries } from './outputs.js';
import type { Selection } from './select.js';

/** What the registry said about one image reference. */
export type RegistryAnswer =
  | {
      kind: 'published';
      /** `sha256:…` of the manifest or index the reference names. */
      digest: string;
      /** `org.opencontainers.image.revision` (annotation, else config label). */
      revision: string | undefined;
      /** `os/arch[/variant]` of an index's images (attestations left out), or a manifest's own. */
      platforms: readonly string[];
    }
  | { kind: 'absent'; why: string }
  /** An answer that says nothing certain: `cause` is shared by every image of the registry it names. */
  | { kind: 'unknown'; cause: string };

/** One image's published state, as the registry and the template gave it. */
export interface ImageLookup {
  /** `published-image` filled for the image's first entry; an Error when it cannot be. */
  reference: string | { error: string };
  /** The registry the reference names (for grouping warnings). */
  registry?: string;
  /** The reference's name part, as written (`quay.io/org/images`): the `repo` of the source. */
  name?: string;
  answer?: RegistryAnswer;
}

/** Build (with the cause), or compare against the published revision. */
export type ImageVerdict =
  | { kind: 'build'; cause: string; warning?: string }
  | { kind: 'compare'; revision: string; source: string };

export const shortRev = (r: string): string => (/^[0-9a-f]{40,64}$/.test(r) ? r.slice(0, 12) : r);

/** The platforms an image's legs build (`platforms` fields), for a multi-arch image. */
export function legPlatforms(legs: readonly Entry[]): string[] {
  if (!legs.some(isMultiArch)) return [];
  const out = new Set<string>();
  for (const leg of legs) {
    for (const p of fieldText(leg.fields.platforms).split(',')) {
      const t = p.trim();
      if (t) out.add(t);
    }
  }
  return [...out];
}

/** The outcome table: what one image's lookup means for the plan. */
export function imageVerdict(legs: readonly Entry[], lookup: ImageLookup): ImageVerdict {
  const ref = lookup.reference;
  if (typeof ref !== 'string') {
    return {
      kind: 'build',
      cause: `published-image cannot be filled: ${ref.error}`,
      warning: `${legs[0].tagSuffix}: published-image cannot be filled (${ref.error}); the image is built`,
    };
  }
  const a = lookup.answer;
  if (!a) return { kind: 'build', cause: `${ref} was not looked up` };
  if (a.kind === 'absent') return { kind: 'build', cause: `not published (${ref}: ${a.why})` };
  if (a.kind === 'unknown')
    return {
      kind: 'build',
      cause: `the registry ${lookup.registry ?? ''} could not say whether ${ref} is published (${a.cause})`,
    };
  if (!a.revision)
    return {
      kind: 'build',
      cause: `${ref} carries no org.opencontainers.image.revision (annotation or label)`,
    };
  const missing = legPlatforms(legs).filter((p) => !hasPlatform(a.platforms, p));
  if (missing.length)
    return { kind: 'build', cause: `${ref} lacks platform ${missing.join(', ')}` };
  return { kind: 'compare', revision: a.revision, source: `${lookup.name ?? ref}@${a.digest}` };
}

/** `linux/arm64` matches a published `linux/arm64/v8`; a wanted variant must match exactly. */
function hasPlatform(published: readonly string[], wanted: string): boolean {
  return published.some((p) => p === wanted || p.startsWith(`${wanted}/`));
}

/** One warning per registry and cause: every image it concerns is built. */
export function uncertainWarnings(lookups: ReadonlyMap<string, ImageLookup>): string[] {
  const groups = new Map<string, number>();
  for (const l of lookups.values()) {
    if (l.answer?.kind !== 'unknown') continue;
    const key = `${l.registry ?? ''}\u0000${l.answer.cause}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => {
    const [registry, cause] = key.split('\u0000');
    return `registry ${registry}: ${cause}; its ${n} image(s) are built, as their published state is unknown (an uncertain answer never promotes)`;
  });
}

/** An image left out of every build and merge matrix, and where its published image is. */
export interface Promoted {
  tagSuffix: string;
  /** The image's first entry. */
  entry: Entry;
  source: string;
  revision: string;
}

/**
 * The promoted images: those compared against a revision with no entry in the
 * final selection. Derived after every selection step, so a later step that
 * selects more (a rebuilt parent's descendants) takes an image out of it.
 */
export function promotedOf(
  images: ReadonlyMap<string, readonly Entry[]>,
  verdicts: ReadonlyMap<string, ImageVerdict>,
  selection: Selection,
): Promoted[] {
  const out: Promoted[] = [];
  for (const [tagSuffix, legs] of images) {
    const v = verdicts.get(tagSuffix);
    if (v?.kind !== 'compare' || legs.some((e) => selection.has(e))) continue;
    out.push({ tagSuffix, entry: legs[0], source: v.source, revision: v.revision });
  }
  return out;
}

/** The `promoted` output's items: tag-suffix, tag-latest, source, revision, then the merge-fields. */
export function promotedItems(
  promoted: readonly Promoted[],
  mergeFields: readonly string[],
): Record<string, unknown>[] {
  return promoted.map((p) => {
    const [merge] = mergeEntries([p.entry], mergeFields);
    const { 'tag-suffix': tagSuffix, 'tag-latest': tagLatest, ...rest } = merge;
    return {
      'tag-suffix': tagSuffix,
      'tag-latest': tagLatest,
      source: p.source,
      revision: p.revision,
      ...rest,
    };
  });
}

/** Images by tag-suffix, in file order (Linux, then macOS). */
export function imagesOf(entries: readonly Entry[]): Map<string, Entry[]> {
  const images = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = images.get(e.tagSuffix);
    if (list) list.push(e);
    else images.set(e.tagSuffix, [e]);
  }
  return images;
}
