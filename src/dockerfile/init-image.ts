/**
 * `init`'s proposal of `rules.build.image`: when the Dockerfiles' FROM (or
 * COPY --from, RUN --mount=from) lines name images whose last path component
 * is another entry's field value (`quay.io/jupyter/base-notebook` and an entry
 * with `backend: base-notebook`), the images build on each other and lineage
 * needs the template that names them.
 */
import type { Entry } from '../core/entry.js';
import { fieldText } from '../core/entry.js';
import { normalizePath } from '../core/globs.js';
import { normalizeReference } from '../core/lineage.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Repository } from './audit.js';
import type { Proposal, Proposed } from './init.js';
import { loadParser, parseDockerfile } from './parse.js';
import { contextDir, resolveSources, type ResolvedImage } from './resolve.js';

export interface ImageProposal {
  template: string;
  /** How many entries' Dockerfiles name another entry's image through it. */
  children: number;
}

/**
 * The template that makes the most entries children of other entries, or
 * undefined when no Dockerfile names an image of the matrix file.
 * `args`: build-arg name → entry field, as `init` proposes them.
 */
export async function proposeImage(
  matrix: MatrixFile,
  repo: Repository,
  args: ReadonlyMap<string, string>,
): Promise<ImageProposal | undefined> {
  const entries = matrix.linux;
  // Field → value → the entries that have it, for single-segment values.
  const values = new Map<string, Map<string, Entry[]>>();
  for (const e of entries) {
    for (const [field, raw] of Object.entries(e.fields)) {
      const v = fieldText(raw);
      if (!v || v.includes('/')) continue;
      const byValue = values.get(field) ?? new Map<string, Entry[]>();
      byValue.set(v, [...(byValue.get(v) ?? []), e]);
      values.set(field, byValue);
    }
  }
  const ast = await loadParser();
  const children = new Map<string, Set<Entry>>();
  const parsed = new Map<string, ReturnType<typeof parseDockerfile> | undefined>();
  for (const e of entries) {
    const file = dockerfileOf(e);
    if (!parsed.has(file)) {
      const text = repo.read(file);
      parsed.set(file, text === undefined ? undefined : parseDockerfile(ast, text));
    }
    const df = parsed.get(file);
    if (!df) continue;
    const given = new Map<string, string>();
    for (const [name, field] of args) {
      const v = normalizePath(fieldText(e.fields[field]));
      if (v) given.set(name, v);
    }
    const refs: ResolvedImage[] = [];
    resolveSources(df, { values: given }, (r) => refs.push(r));
    for (const r of refs) {
      if (!r.ok || !normalizeReference(r.text)) continue;
      const name = r.text.replace(/@.*$/, '').replace(/:[^/]*$/, '');
      const slash = name.lastIndexOf('/');
      const last = name.slice(slash + 1);
      const prefix = slash >= 0 ? name.slice(0, slash + 1) : '';
      for (const [field, byValue] of values) {
        const parents = byValue.get(last) ?? [];
        if (!parents.some((p) => p.tagSuffix !== e.tagSuffix)) continue;
        const template = `${prefix}{${field}}`;
        const set = children.get(template) ?? new Set<Entry>();
        set.add(e);
        children.set(template, set);
      }
    }
  }
  let best: ImageProposal | undefined;
  for (const [template, set] of children) {
    // Ties go to `backend`, the field every entry has.
    const better =
      !best ||
      set.size > best.children ||
      (set.size === best.children && template.endsWith('{backend}'));
    if (better) best = { template, children: set.size };
  }
  return best;

  function dockerfileOf(e: Entry): string {
    const df = e.fields.dockerfile;
    if (typeof df === 'string' && df.trim()) return normalizePath(df.trim());
    const dir = contextDir(fieldText(e.fields.context) || '.');
    return dir ? `${dir}/Dockerfile` : 'Dockerfile';
  }
}

/** `init`'s build proposal with the image template added (or made, when there was none). */
export function withImage(
  build: Proposed | undefined,
  image: ImageProposal | undefined,
): Proposed | undefined {
  if (!image) return build;
  const why = `image: ${image.children} entr${image.children === 1 ? 'y builds' : 'ies build'} FROM an image of this file, so a rebuilt parent rebuilds its descendants`;
  return {
    value: { ...(build?.value ?? {}), image: image.template },
    comment: build ? `${build.comment}; ${why}` : `How the entries are built. ${why}`,
  };
}

/** The proposal with `build.image` added when the Dockerfiles name images of the matrix file. */
export async function addImage(
  proposal: Proposal,
  matrix: MatrixFile,
  repo: Repository,
  args: ReadonlyMap<string, string>,
): Promise<Proposal> {
  const image = await proposeImage(matrix, repo, args);
  return { ...proposal, build: withImage(proposal.build, image) };
}
