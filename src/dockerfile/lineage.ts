/**
 * Image lineage read from the Dockerfiles: every FROM (all stages), COPY
 * --from and RUN --mount=from that names an image, ARGs resolved as the audit
 * resolves them (rules.build.args first, then the Dockerfile's defaults, per
 * stage). The matching, cycles and stages are the pure core's (core/lineage.ts).
 */
import type { Entry } from '../core/entry.js';
import { normalizePath } from '../core/globs.js';
import {
  buildLineage,
  type FoundReference,
  type Lineage,
  type ReferenceSite,
} from '../core/lineage.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Problem } from '../core/problems.js';
import { fillTemplate } from '../core/rules.js';
import { buildArgs } from './audit.js';
import { loadParser, parseDockerfile, type ParsedDockerfile } from './parse.js';
import { contextDir, resolveSources, type ResolvedImage } from './resolve.js';

/** A Dockerfile's text, or why it cannot be read. */
export type ReadFile = (file: string) => Promise<{ text: string } | { error: string }>;

export interface LineageResult {
  lineage: Lineage;
  /** Cycles (errors), references an unresolved ARG hides and unreadable Dockerfiles (warnings). */
  problems: Problem[];
}

/** The Dockerfile Docker builds for an entry: its `dockerfile`, else `Dockerfile` in its context. */
export function dockerfileOf(matrix: MatrixFile, entry: Entry): string | undefined {
  const df = entry.fields.dockerfile;
  if (typeof df === 'string' && df.trim()) return normalizePath(df.trim());
  const template = matrix.rules?.build?.context;
  const context = template ? fillTemplate(template, entry) : '.';
  if (context === undefined) return undefined;
  const dir = contextDir(context);
  return dir ? `${dir}/Dockerfile` : 'Dockerfile';
}

/** undefined when the matrix file has no `rules.build.image`: then there is no lineage. */
export async function readLineage(
  matrix: MatrixFile,
  read: ReadFile,
): Promise<LineageResult | undefined> {
  const template = matrix.rules?.build?.image;
  if (!template) return undefined;
  const problems: Problem[] = [];
  const texts = new Map<string, { text: string } | { error: string }>();
  const parsed = new Map<string, ParsedDockerfile>();
  const unread = new Map<Entry, string>();
  const found: FoundReference[] = [];
  const warned = new Set<string>();
  const ast = await loadParser();

  for (const entry of matrix.linux) {
    const file = dockerfileOf(matrix, entry);
    if (file === undefined) {
      unread.set(entry, 'its build context names a field the entry does not have');
      continue;
    }
    let text = texts.get(file);
    if (!text) texts.set(file, (text = await read(file)));
    if ('error' in text) {
      unread.set(entry, `${file}: ${text.error}`);
      continue;
    }
    let df = parsed.get(file);
    if (!df) parsed.set(file, (df = parseDockerfile(ast, text.text)));
    const stages = stageNames(df);
    const refs: ResolvedImage[] = [];
    resolveSources(df, buildArgs(matrix, entry), (r) => refs.push(r));
    for (const r of refs) {
      const site: ReferenceSite = {
        file,
        line: r.image.line,
        col: r.image.col,
        instruction: r.image.instruction,
      };
      if (!r.ok) {
        const key = `${file}:${site.line}:${site.col}`;
        if (!warned.has(key)) {
          warned.add(key);
          problems.push({
            level: 'warning',
            file,
            line: site.line,
            col: site.col,
            message: `${site.instruction} ${r.image.text}: the image cannot be resolved (${r.reason}), so lineage cannot tell whether ${tagOf(entry)} builds on an image of the matrix file`,
          });
        }
        continue;
      }
      if (isStage(r, stages)) continue;
      found.push({ ...site, entry, reference: r.text });
    }
  }
  for (const [entry, why] of unread) {
    const key = `unread:${why}`;
    if (warned.has(key)) continue;
    warned.add(key);
    problems.push({
      level: 'warning',
      file: matrix.file,
      ...(matrix.source?.locate(entry.path) ?? { line: 0, col: 0 }),
      message: `the lineage of ${tagOf(entry)} is unknown (${why}): it is rebuilt after any image that is not its descendant`,
    });
  }
  const built = buildLineage(matrix.linux, template, found, unread);
  for (const image of built.lineage.images) {
    if (built.lineage.names.has(image)) continue;
    const entry = matrix.linux.find((e) => e.tagSuffix === image)!;
    problems.push({
      level: 'warning',
      file: matrix.file,
      ...(matrix.source?.locate(entry.path) ?? { line: 0, col: 0 }),
      message: `rules.build.image ${template.text} names no valid image for ${image} (a field it uses is empty, or the result is not a Docker reference): no Dockerfile can name it as a parent`,
    });
  }
  return { lineage: built.lineage, problems: [...built.problems, ...problems] };
}

const tagOf = (e: Entry): string => e.tagSuffix;

/** The stage names a Dockerfile declares (`FROM … AS builder`), as Docker compares them. */
function stageNames(df: ParsedDockerfile): Set<string> {
  const names = new Set<string>();
  for (const s of df.steps) if (s.kind === 'from' && s.stage) names.add(s.stage.toLowerCase());
  return names;
}

/**
 * A build stage, not an image: a FROM naming an earlier stage (directly or
 * through an ARG), `scratch`, or a COPY/mount `from` naming a stage or its index.
 */
function isStage(r: Extract<ResolvedImage, { ok: true }>, stages: Set<string>): boolean {
  const name = r.text.trim().toLowerCase();
  if (name === 'scratch') return true;
  if (r.image.instruction !== 'FROM' && /^\d+$/.test(name)) return true;
  return stages.has(name);
}

/**
 * Reads a Dockerfile from the workspace through the checked reader, else from
 * git at `head` (a sparse checkout holds the matrix file alone).
 */
export function workspaceReader(root: string, head = 'HEAD'): ReadFile {
  return async (file) => {
    const [{ readChecked, FileRefused }, { LocalGit }] = await Promise.all([
      import('../fs/checked-read.js'),
      import('../git/git.js'),
    ]);
    try {
      const bytes = readChecked(root, file, { shown: `Dockerfile ${file}`, limit: 4 << 20 });
      return { text: bytes.toString('utf8') };
    } catch (err) {
      if (!(err instanceof FileRefused) || !err.absent) return { error: (err as Error).message };
    }
    try {
      const text = await new LocalGit(root).show(head, file);
      return text === undefined
        ? { error: `not in the workspace, nor in git at ${head}` }
        : { text };
    } catch (err) {
      return { error: `not in the workspace, and git cannot read it: ${(err as Error).message}` };
    }
  };
}
