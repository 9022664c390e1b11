/**
 * Image lineage: which images of the matrix file build on which. Pure: the
 * references the Dockerfiles name come in already resolved (see
 * src/dockerfile/lineage.ts); this module matches them against the images the
 * entries publish, finds cycles, closes a selection over descendants and
 * numbers the stages a fixed set of jobs can run in order.
 */
import type { Entry } from './entry.js';
import { UserError, type Problem } from './problems.js';
import { fillTemplate, type Template } from './rules.js';
import type { Reason, Selection } from './select.js';

/** A reference as Docker normalises it: `docker.io/library/ubuntu`, tag or undefined. */
export interface ImageName {
  repository: string;
  tag: string | undefined;
}

const TAG = /^[\w][\w.-]{0,127}$/;

/**
 * Docker's reference grammar, enough to compare names: the domain is the first
 * component when it has a `.` or `:` or is `localhost`, else `docker.io`
 * (`index.docker.io` is the same), where a one-component path is under
 * `library/`; a digest is dropped. undefined for what cannot be a reference.
 */
export function normalizeReference(text: string): ImageName | undefined {
  let rest = text.trim();
  if (!rest || /[\s$]/.test(rest)) return undefined;
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  let domain = 'docker.io';
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase()) {
      domain = first.toLowerCase();
      path = rest.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (!path || path.split('/').some((c) => !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(c)))
    return undefined;
  return { repository: `${domain}/${path}`, tag };
}

/** Where a Dockerfile names an image. */
export interface ReferenceSite {
  file: string;
  line: number;
  col: number;
  instruction: 'FROM' | 'COPY --from' | 'RUN --mount';
}

/** An image reference an entry's Dockerfile makes, variables expanded. */
export interface FoundReference extends ReferenceSite {
  entry: Entry;
  reference: string;
}

/** Why `child` rebuilds after `parent`: the Dockerfile line naming it, or an unreadable lineage. */
export interface ParentLink {
  parent: string;
  site?: ReferenceSite & { reference: string };
  /** The child's Dockerfile could not be read: it is placed after every image it cannot be an ancestor of. */
  unknown?: string;
}

export interface Lineage {
  /** The `rules.build.image` template, as written. */
  template: string;
  /** Linux images (tag-suffixes), file order. */
  images: readonly string[];
  /** Each image's parents, in the order first found. */
  parents: ReadonlyMap<string, readonly ParentLink[]>;
  /** Each image's children, file order. */
  children: ReadonlyMap<string, readonly string[]>;
  /** Images whose Dockerfile could not be read, and why. */
  unknown: ReadonlyMap<string, string>;
  /** The repository (and tag) each image publishes. */
  names: ReadonlyMap<string, ImageName>;
}

/**
 * The lineage of the Linux entries: every found reference whose repository
 * (and tag, when the template names one; an absent tag is `latest`) is another
 * image's makes that image a parent. Cycles are errors naming each image and
 * the line that makes it a child.
 */
export function buildLineage(
  entries: readonly Entry[],
  template: Template,
  found: readonly FoundReference[],
  unread: ReadonlyMap<Entry, string>,
): { lineage: Lineage; problems: Problem[] } {
  const images: string[] = [];
  const listed = new Set<string>();
  const names = new Map<string, ImageName>();
  const byRepository = new Map<string, { image: string; tag: string | undefined }[]>();
  for (const e of entries) {
    if (e.os !== 'linux') continue;
    if (!listed.has(e.tagSuffix)) {
      listed.add(e.tagSuffix);
      images.push(e.tagSuffix);
    }
    const filled = fillTemplate(template, e);
    const name = filled === undefined ? undefined : normalizeReference(filled);
    if (!name) continue;
    if (!names.has(e.tagSuffix)) names.set(e.tagSuffix, name);
    const list = byRepository.get(name.repository) ?? [];
    if (!list.some((c) => c.image === e.tagSuffix && c.tag === name.tag))
      list.push({ image: e.tagSuffix, tag: name.tag });
    byRepository.set(name.repository, list);
  }

  const parents = new Map<string, ParentLink[]>();
  const link = (child: string, l: ParentLink): void => {
    const list = parents.get(child) ?? [];
    if (!list.some((x) => x.parent === l.parent)) list.push(l);
    parents.set(child, list);
  };
  for (const f of found) {
    const name = normalizeReference(f.reference);
    if (!name) continue;
    for (const c of byRepository.get(name.repository) ?? []) {
      if (c.image === f.entry.tagSuffix) continue; // never its own parent
      if (c.tag !== undefined && c.tag !== (name.tag ?? 'latest')) continue;
      const { file, line, col, instruction, reference } = f;
      link(f.entry.tagSuffix, {
        parent: c.image,
        site: { file, line, col, instruction, reference },
      });
    }
  }

  const unknown = new Map<string, string>();
  for (const [e, why] of unread) if (e.os === 'linux') unknown.set(e.tagSuffix, why);
  const known = (): Map<string, string[]> => childrenOf(images, parents);
  if (unknown.size) {
    // An image whose parents cannot be read may build FROM any image that is
    // not its own descendant: it rebuilds after each of them, never before.
    // Images below any unreadable one are left out, so two of them cannot
    // close a cycle through each other's children.
    const children = known();
    const belowUnknown = closure([...unknown.keys()], children);
    for (const [u, why] of unknown) {
      for (const p of images) {
        if (belowUnknown.has(p)) continue;
        link(u, { parent: p, unknown: why });
      }
    }
  }
  const lineage: Lineage = {
    template: template.text,
    images,
    parents,
    children: known(),
    unknown,
    names,
  };
  return { lineage, problems: cycles(lineage) };
}

function childrenOf(
  images: readonly string[],
  parents: ReadonlyMap<string, readonly ParentLink[]>,
): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const child of images) {
    for (const { parent } of parents.get(child) ?? []) {
      const list = children.get(parent) ?? [];
      list.push(child);
      children.set(parent, list);
    }
  }
  return children;
}

/** Every image reachable from `start` through `next` (`start` included). */
function closure(
  start: readonly string[],
  next: ReadonlyMap<string, readonly string[]>,
): Set<string> {
  const seen = new Set(start);
  const queue = [...start];
  for (let i = 0; i < queue.length; i++) {
    for (const n of next.get(queue[i]) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/** The descendants of `image` (itself excluded). */
export function descendantsOf(lineage: Lineage, image: string): Set<string> {
  const all = closure([image], lineage.children);
  all.delete(image);
  return all;
}

const describeLink = (child: string, l: ParentLink): string =>
  l.site
    ? `${child} (${l.site.instruction} ${l.site.reference}, ${l.site.file}:${l.site.line})`
    : `${child} (lineage unknown: ${l.unknown ?? ''})`;

/** One error per cycle found: each image in it with the line that names its parent. */
function cycles(lineage: Lineage): Problem[] {
  const problems: Problem[] = [];
  const done = new Set<string>();
  for (const start of lineage.images) {
    if (done.has(start)) continue;
    // A path back to `start` through parents, breadth first: the shortest cycle.
    const back = new Map<string, { from: string; link: ParentLink }>();
    const queue = [start];
    let closed: ParentLink | undefined;
    let last = '';
    for (let i = 0; i < queue.length && !closed; i++) {
      const child = queue[i];
      for (const l of lineage.parents.get(child) ?? []) {
        if (l.parent === start) {
          closed = l;
          last = child;
          break;
        }
        if (!back.has(l.parent) && !done.has(l.parent)) {
          back.set(l.parent, { from: child, link: l });
          queue.push(l.parent);
        }
      }
    }
    if (!closed) continue;
    // start → … → last → start, each step a child naming its parent.
    const chain: { child: string; link: ParentLink }[] = [{ child: last, link: closed }];
    for (let at = last; at !== start;) {
      const step = back.get(at)!;
      chain.unshift({ child: step.from, link: step.link });
      at = step.from;
    }
    for (const c of chain) done.add(c.child);
    const first = chain.find((c) => c.link.site)?.link.site;
    problems.push({
      level: 'error',
      file: first?.file ?? '',
      line: first?.line ?? 0,
      col: first?.col ?? 0,
      message: `the images build on each other in a cycle: ${chain.map((c) => describeLink(c.child, c.link)).join(' → ')} → ${start}; no order can build them`,
    });
  }
  return problems;
}

/**
 * Selects every descendant of a selected image, transitively, each leg with
 * the reason naming the parent it is reached through. Run it on the final set
 * of images to build: an image left out (promoted, or not changed) selects nothing.
 */
export function selectDescendants(
  selection: Selection,
  lineage: Lineage,
  entries: readonly Entry[],
): void {
  const legs = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.os !== 'linux') continue;
    const list = legs.get(e.tagSuffix) ?? [];
    list.push(e);
    legs.set(e.tagSuffix, list);
  }
  const start = lineage.images.filter((i) => legs.get(i)?.some((e) => selection.has(e)));
  const seen = new Set(start);
  const queue = [...start];
  for (let i = 0; i < queue.length; i++) {
    const parent = queue[i];
    for (const child of lineage.children.get(parent) ?? []) {
      const unknown = lineage.parents.get(child)?.find((l) => l.parent === parent)?.unknown;
      const reason: Reason = { kind: 'lineage', parent, ...(unknown ? { unknown: true } : {}) };
      for (const leg of legs.get(child) ?? []) selection.add(leg, reason);
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
}

/**
 * Each selected image's stage: 1 + the highest stage of its selected
 * ancestors (1 for none), so every image builds after the images it is built on.
 */
export function stagesOf(
  lineage: Lineage | undefined,
  selected: ReadonlySet<string>,
): Map<string, number> {
  const depth = new Map<string, number>();
  const stage = new Map<string, number>();
  const visiting = new Set<string>();
  // The highest stage among the selected ancestors of `image`.
  const above = (image: string): number => {
    const known = depth.get(image);
    if (known !== undefined) return known;
    if (visiting.has(image)) return 0; // a cycle, reported as an error elsewhere
    visiting.add(image);
    let d = 0;
    for (const { parent } of lineage?.parents.get(image) ?? []) {
      d = Math.max(d, selected.has(parent) ? 1 + above(parent) : above(parent));
    }
    visiting.delete(image);
    depth.set(image, d);
    return d;
  };
  for (const image of selected) stage.set(image, 1 + above(image));
  return stage;
}

/** How many stages building every image would take. */
export const lineageDepth = (lineage: Lineage): number =>
  Math.max(0, ...stagesOf(lineage, new Set(lineage.images)).values());

/** The selected Linux entries in dependency-ordered stages (stage n at index n-1). */
export interface Staging {
  /** K: how many stages the outputs hold. */
  stages: number;
  /** How many stages hold selected images (0 for none). */
  count: number;
  /** Each selected Linux image's stage, by tag-suffix. */
  of: ReadonlyMap<string, number>;
  /** Per stage, its entries in file order. */
  entries: Entry[][];
}

/**
 * Numbers the selected Linux images (all legs of one image together) and
 * cuts them into `k` stages; a selection deeper than `k` is an error naming
 * how many stages it needs.
 */
export function stageSelection(
  lineage: Lineage | undefined,
  chosen: readonly Entry[],
  k: number,
): Staging {
  const linux = chosen.filter((e) => e.os === 'linux');
  const of = stagesOf(lineage, new Set(linux.map((e) => e.tagSuffix)));
  const count = Math.max(0, ...of.values());
  if (k > 1 && count > k) {
    const deepest = [...of].find(([, n]) => n === count)?.[0];
    throw new UserError(
      `the selected images build on each other ${count} deep (${deepest} is in stage ${count}), but stages is ${k}: set stages to at least ${count} and add the stage jobs`,
    );
  }
  const entries: Entry[][] = Array.from({ length: Math.max(k, 1) }, () => []);
  if (k > 1) for (const e of linux) entries[of.get(e.tagSuffix)! - 1].push(e);
  return { stages: k, count, of, entries };
}
