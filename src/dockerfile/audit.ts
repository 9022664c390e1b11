/**
 * The Dockerfile audit (README, How the audit reads Dockerfiles): every path an
 * entry's Dockerfile reads from the build context is checked against the
 * rules — would a change to a file there select the entry? Each gap is one finding
 * per Dockerfile line and source, with a rule that would cover it.
 */
import path from 'node:path';
import type { Entry } from '../core/entry.js';
import { escapeGlob, normalizePath } from '../core/globs.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Problem } from '../core/problems.js';
import { fillTemplate } from '../core/rules.js';
import { sharedRuleFor } from '../core/select.js';
import { pushTo } from '../core/collections.js';
import { DockerIgnore, readDockerIgnore } from './dockerignore.js';
import type { FileTree } from './file-tree.js';
import { loadParser, parseDockerfile, type ContextSource } from './parse.js';
import { Reach } from './reach.js';
import { contextDir, resolveSources, type BuildArgs, type ResolvedSource } from './resolve.js';

/** What the audit reads: the repository's files and a way to read one. */
export interface Repository {
  tree: FileTree;
  /** A file's text; undefined when it is absent or was refused. */
  read: (file: string) => string | undefined;
  /** Why a file that `read` left undefined was refused (outside the repository, not a regular file, too large). */
  refused?: (file: string) => string | undefined;
}

/** Where a finding is: one source on one Dockerfile line. */
export interface SourceSite {
  dockerfile: string;
  line: number;
  col: number;
  instruction: ContextSource['instruction'];
  /** The source as written. */
  source: string;
}

export interface Suggestion {
  /** `shared`: a rule to add to `rules.shared`; `sources`: paths to add to the entries' sources rule. */
  kind: 'shared' | 'sources';
  /** The entries' sources rule, when they share one (for `sources`). */
  rule?: number;
  /** An existing shared rule that matches the files first and rebuilds other entries. */
  shadowedBy?: number;
  /** A YAML list item, ready to paste under `rules.shared` or `rules.sources`. */
  yaml: string;
}

export interface Gap extends SourceSite {
  /** Entries whose image the source feeds, and which a change to it does not rebuild. */
  entries: Entry[];
  /** How many entries the source feeds in all. */
  reached: number;
  /** The files (or the path itself, when no file exists there) whose change misses them. */
  files: string[];
  suggestion: Suggestion;
}

export interface Unknown extends SourceSite {
  reason: string;
  entries: Entry[];
}

export interface AuditResult {
  gaps: Gap[];
  unknowns: Unknown[];
  /** Bad input: a Dockerfile that does not parse, a `dockerfile` that is not there, an args template naming no field. */
  problems: Problem[];
  checked: { dockerfiles: number; entries: number; sources: number };
  /** Dockerfiles named by entries that the repository does not hold. */
  missing: string[];
}

/** Parse problems reported per Dockerfile. */
const MAX_PARSE_PROBLEMS = 10;

interface Pending extends SourceSite {
  gapEntries: Set<Entry>;
  reached: Set<Entry>;
  files: Set<string>;
  /** Per gap entry, the repository path its source resolved to. */
  paths: Map<Entry, string>;
  /** Variables Docker substitutes with '' here (usually a global ARG not declared again). */
  notes: Set<string>;
  unknown?: { reason: string; entries: Set<Entry> };
}

/**
 * The audit of the entries' Dockerfiles; with `only`, of those Dockerfiles
 * (repository paths) alone, the others' findings being known to be unchanged.
 */
export async function audit(
  matrix: MatrixFile,
  repo: Repository,
  only?: ReadonlySet<string>,
): Promise<AuditResult> {
  const result: AuditResult = {
    gaps: [],
    unknowns: [],
    problems: [],
    checked: { dockerfiles: 0, entries: 0, sources: 0 },
    missing: [],
  };
  const entries = [...matrix.linux, ...matrix.darwin];
  const byDockerfile = new Map<string, Entry[]>();
  for (const e of entries) {
    const df = e.fields.dockerfile;
    if (typeof df !== 'string' || !df.trim()) continue;
    const file = normalizePath(df.trim());
    if (!only || only.has(file)) pushTo(byDockerfile, file, e);
  }
  checkTemplates(matrix, entries, result.problems);

  const texts = new Map<string, string>();
  for (const [df, users] of byDockerfile) {
    const text = repo.read(df);
    const refused = text === undefined ? repo.refused?.(df) : undefined;
    const at = () => matrix.source?.locate([...users[0].path, 'dockerfile']) ?? { line: 0, col: 0 };
    if (refused !== undefined) {
      // Named, never quoted: a symlink may lead to the runner's secrets.
      result.problems.push({
        level: 'warning',
        file: matrix.file,
        ...at(),
        message: `${refused}: the audit does not read it`,
      });
    } else if (text === undefined) {
      result.missing.push(df);
      result.problems.push({
        level: 'warning',
        file: matrix.file,
        ...at(),
        message: `dockerfile "${String(users[0].fields.dockerfile)}" is not in the repository (${count(users.length, 'entry', 'entries')} name it): the audit cannot check ${users.length === 1 ? 'it' : 'them'}`,
      });
    } else texts.set(df, text);
  }
  if (!texts.size) return result;

  const ast = await loadParser();
  const assigned = matrix.sources;
  const reach = new Reach(entries, matrix.rules, assigned);
  const pending = new Map<string, Pending>();
  const filesCache = new Map<string, string[]>();
  const ignores = new Map<string, DockerIgnore>();

  for (const [df, text] of texts) {
    const parsed = parseDockerfile(ast, text);
    // A file that is no Dockerfile has a problem on every line: the first few say so.
    for (const p of parsed.problems.slice(0, MAX_PARSE_PROBLEMS)) {
      result.problems.push({
        level: 'error',
        file: df,
        line: p.line,
        col: p.col,
        message: `the Dockerfile does not parse: ${p.message}`,
      });
    }
    const more = parsed.problems.length - MAX_PARSE_PROBLEMS;
    if (more > 0) {
      const { line, col } = parsed.problems[MAX_PARSE_PROBLEMS];
      result.problems.push({
        level: 'error',
        file: df,
        line,
        col,
        message: `the Dockerfile does not parse: ${count(more, 'more problem', 'more problems')} from here on`,
      });
    }
    result.checked.dockerfiles++;
    const resolvedBy = new Map<string, ResolvedSource[]>();
    for (const entry of byDockerfile.get(df)!) {
      result.checked.entries++;
      const build = buildArgs(matrix, entry);
      const contextTemplate = matrix.rules?.build?.context;
      const contextRaw = contextTemplate ? fillTemplate(contextTemplate, entry) : '.';
      const key = JSON.stringify([contextRaw, [...build.values], build.platform]);
      let resolved = resolvedBy.get(key);
      if (!resolved) resolvedBy.set(key, (resolved = resolveSources(parsed, build)));
      for (const r of resolved) {
        const site = siteOf(df, r.source);
        const id = `${df}\u0000${site.line}\u0000${site.col}\u0000${site.source}`;
        let p = pending.get(id);
        if (!p) {
          p = {
            ...site,
            gapEntries: new Set(),
            reached: new Set(),
            files: new Set(),
            paths: new Map(),
            notes: new Set(),
          };
          pending.set(id, p);
        }
        const unknown = (reason: string): void => {
          p.unknown ??= { reason, entries: new Set() };
          p.unknown.entries.add(entry);
        };
        if (contextRaw === undefined) {
          unknown(
            `the build context ${contextTemplate!.text} names a field this entry does not have`,
          );
          continue;
        }
        if (!r.ok) {
          unknown(r.reason);
          continue;
        }
        for (const n of r.notes) p.notes.add(n);
        if (wholeContext(r.path)) {
          const note = r.notes.length ? ` (${r.notes[0]})` : '';
          unknown(
            `it reads the whole build context${note}, so any file there may be an input; name the paths the image needs`,
          );
          continue;
        }
        const context = contextDir(contextRaw);
        const full = context ? `${context}/${r.path}` : r.path;
        const ignoreKey = `${df}\u0000${context}`;
        let ignore = ignores.get(ignoreKey);
        if (!ignore)
          ignores.set(ignoreKey, (ignore = readIgnore(repo, df, context, result.problems)));
        const cacheKey = `${ignoreKey}\u0000${full}`;
        let files = filesCache.get(cacheKey);
        if (!files) {
          const inside = repo.tree.matching(full);
          const strip = context ? context.length + 1 : 0;
          files = inside.filter((f) => !ignore.excludes(f.slice(strip)));
          // Nothing there yet: a file created at that path would be an input.
          if (!inside.length) files = [full];
          filesCache.set(cacheKey, files);
        }
        if (!files.length) continue; // all of it is left out by .dockerignore
        p.reached.add(entry);
        const missed = files.filter((f) => !reach.selects(f).has(entry));
        if (missed.length) {
          p.gapEntries.add(entry);
          p.paths.set(entry, full);
          for (const f of missed) p.files.add(f);
        }
      }
    }
  }

  for (const p of pending.values()) {
    result.checked.sources++;
    const site: SourceSite = {
      dockerfile: p.dockerfile,
      line: p.line,
      col: p.col,
      instruction: p.instruction,
      source: p.source,
    };
    for (const note of p.notes) {
      result.problems.push({
        level: 'warning',
        file: p.dockerfile,
        line: p.line,
        col: p.col,
        message: `${p.instruction} ${p.source}: ${note}`,
      });
    }
    if (p.unknown)
      result.unknowns.push({ ...site, reason: p.unknown.reason, entries: [...p.unknown.entries] });
    if (p.gapEntries.size) {
      const gapEntries = [...p.gapEntries];
      const files = [...p.files].sort();
      result.gaps.push({
        ...site,
        entries: gapEntries,
        reached: p.reached.size,
        files,
        suggestion: suggest(matrix, repo.tree, p, gapEntries, files, assigned),
      });
    }
  }
  // A refused or unusable .dockerignore shared by several Dockerfiles is said once.
  const said = new Set<string>();
  result.problems = result.problems.filter((p) => {
    const key = `${p.file}\u0000${p.line}\u0000${p.col}\u0000${p.message}`;
    return !said.has(key) && !!said.add(key);
  });
  const order = (a: SourceSite, b: SourceSite): number =>
    a.dockerfile.localeCompare(b.dockerfile) || a.line - b.line || a.col - b.col;
  result.gaps.sort(order);
  result.unknowns.sort(order);
  return result;
}

const siteOf = (dockerfile: string, s: ContextSource): SourceSite => ({
  dockerfile,
  line: s.line,
  col: s.col,
  instruction: s.instruction,
  source: s.text,
});

/** `.`, or a wildcard with no literal directory in front (`*`): every file may be read. */
const wholeContext = (p: string): boolean => p === '' || /^[*?[{]/.test(p);

/** The `.dockerignore` that applies; one that is refused or too costly to apply leaves nothing out (more gaps, never fewer). */
function readIgnore(
  repo: Repository,
  dockerfile: string,
  context: string,
  problems: Problem[],
): DockerIgnore {
  const names = [
    `${dockerfile}.dockerignore`,
    context ? `${context}/.dockerignore` : '.dockerignore',
  ];
  const text = readDockerIgnore(repo.read, dockerfile, context);
  const warn = (file: string, message: string): void => {
    problems.push({ level: 'warning', file, line: 0, col: 0, message });
  };
  if (text === undefined) {
    for (const n of names) {
      const why = repo.refused?.(n);
      if (why) warn(n, `${why}: the audit reads the build context as if nothing were left out`);
    }
    return DockerIgnore.NONE;
  }
  const ignore = DockerIgnore.parse(text);
  if (ignore.refused) {
    const file = names.find((n) => repo.tree.has(n)) ?? names[1];
    warn(file, `${ignore.refused}: the audit reads the build context as if nothing were left out`);
    return DockerIgnore.NONE;
  }
  return ignore;
}

export function buildArgs(matrix: MatrixFile, entry: Entry): BuildArgs {
  const values = new Map<string, string>();
  const unset = new Map<string, string>();
  for (const [name, t] of matrix.rules?.build?.args ?? []) {
    const v = fillTemplate(t, entry);
    if (v !== undefined) values.set(name, v);
    else
      unset.set(
        name,
        `ARG ${name} has no default, and rules.build.args sets it from "${t.text}", which this entry leaves empty`,
      );
  }
  const platforms = entry.fields.platforms;
  return {
    values,
    platform: typeof platforms === 'string' ? platforms : undefined,
    whyUnset: (name) => unset.get(name),
  };
}

/** An args or context template that names a field no entry has can never be filled. */
function checkTemplates(matrix: MatrixFile, entries: readonly Entry[], problems: Problem[]): void {
  const build = matrix.rules?.build;
  if (!build) return;
  const known = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e.fields)) known.add(k);
  const check = (fields: readonly string[], at: (string | number)[], what: string): void => {
    const bad = fields.find((f) => !known.has(f));
    if (bad === undefined) return;
    problems.push({
      level: 'warning',
      file: matrix.file,
      ...(matrix.source?.locate(at) ?? { line: 0, col: 0 }),
      message: `${what} names {${bad}}, a field no entry has: the audit uses the Dockerfile's default instead`,
    });
  };
  check(build.context.fields, ['rules', 'build', 'context'], '`rules.build.context`');
  for (const [name, t] of build.args)
    check(t.fields, ['rules', 'build', 'args', name], `build arg ${name}`);
}

/** The glob that covers a repository path: itself for a file, `dir/**` for a directory. */
function coverPattern(tree: FileTree, full: string, literal: boolean, asDir: boolean): string {
  const p = literal ? escapeGlob(full) : full;
  if (tree.has(full)) return p;
  const isDir = literal
    ? tree.under(full).length > 0
    : tree.matching(full).some((f) => f.split('/').length > full.split('/').length);
  return isDir || asDir ? `${p}/**` : p;
}

const quote = (s: string): string => JSON.stringify(s);

function suggest(
  matrix: MatrixFile,
  tree: FileTree,
  p: Pending,
  gapEntries: Entry[],
  files: string[],
  assigned: MatrixFile['sources'],
): Suggestion {
  const dockerfile = escapeGlob(p.dockerfile);
  const literal = !/[*?[\]]/.test(p.source);
  const distinct = [...new Set(p.paths.values())];
  const template =
    distinct.length > 1 ? sourceTemplate(matrix, p, gapEntries, tree, literal) : undefined;
  if (template) {
    const rules = new Set(gapEntries.map((e) => assigned.get(e)?.rule));
    const [rule] = rules.size === 1 ? rules : [undefined];
    const raw = rule && rawSourcesRule(matrix, rule.index);
    return rule && raw
      ? {
          kind: 'sources',
          rule: rule.index,
          yaml: `- if: ${JSON.stringify(raw.if ?? {})}\n  paths: ${JSON.stringify([...raw.paths, template])}`,
        }
      : {
          kind: 'sources',
          yaml: `- if: { dockerfile: ${quote(dockerfile)} }\n  paths: [${quote(template)}]`,
        };
  }
  const patterns = distinct.map((d) => coverPattern(tree, d, literal, p.source.endsWith('/')));
  const shadow = files.map((f) => matrix.rules && sharedRuleFor(matrix.rules, f)).find(Boolean);
  const dockerfiles = [
    ...new Set(gapEntries.map((e) => escapeGlob(normalizePath(String(e.fields.dockerfile))))),
  ];
  const selector =
    dockerfiles.length === 1 ? quote(dockerfiles[0]) : `[${dockerfiles.map(quote).join(', ')}]`;
  return {
    kind: 'shared',
    shadowedBy: shadow?.index,
    yaml: `- paths: [${patterns.map(quote).join(', ')}]\n  rebuild: { dockerfile: ${selector} }`,
  };
}

/**
 * For a source that differs per entry (`backend/python/${BACKEND}`), the
 * sources path template it stands for (`backend/python/{backend}/**`): each
 * variable replaced by the `rules.build.args` template that sets it.
 */
function sourceTemplate(
  matrix: MatrixFile,
  p: Pending,
  gapEntries: readonly Entry[],
  tree: FileTree,
  literal: boolean,
): string | undefined {
  if (!literal) return undefined;
  const args = matrix.rules?.build?.args;
  if (!args) return undefined;
  let ok = true;
  const text = p.source.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a: string, b: string) => {
    const t = args.get(a ?? b);
    // The template stands for the path only where every gap entry fills it.
    if (!t || !t.fields.length || gapEntries.some((e) => fillTemplate(t, e) === undefined))
      ok = false;
    return t?.text ?? '';
  });
  if (!ok || text.includes('$')) return undefined;
  const context = matrix.rules?.build?.context;
  if (context?.fields.length) return undefined;
  const prefix = contextDir(context?.text ?? '.');
  const inside = path.posix.normalize(`/${text}`).slice(1).replace(/\/+$/, '');
  const full = prefix ? `${prefix}/${inside}` : inside;
  const anyFile = [...p.paths.values()].some((d) => tree.has(d));
  return anyFile ? full : `${full}/**`;
}

/** A sources rule as written (its `if` and `paths`), for a suggestion that extends it. */
function rawSourcesRule(
  matrix: MatrixFile,
  index: number,
): { if?: unknown; paths: string[] } | undefined {
  const root = matrix.source?.value as { rules?: { sources?: unknown[] } } | undefined;
  const raw = root?.rules?.sources?.[index] as { if?: unknown; paths?: unknown } | undefined;
  if (!raw) return undefined;
  const paths = typeof raw.paths === 'string' ? [raw.paths] : raw.paths;
  return Array.isArray(paths) ? { if: raw.if, paths: paths.map(String) } : undefined;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
