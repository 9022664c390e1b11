/**
 * `init`'s proposal (README, Adopting on an existing matrix): rules read off
 * the repository for a matrix file that has none. Sources come from the
 * directory layout, shared rules from what each Dockerfile copies from outside
 * the entries' own directories, `ignore` from documentation no image copies,
 * `build` from the ARGs that match entry fields. Every rule says why in its
 * comment.
 */
import path from 'node:path';
import picomatch from 'picomatch/posix.js';
import { fieldText, type Entry } from '../core/entry.js';
import { escapeGlob, normalizePath } from '../core/globs.js';
import type { MatrixFile } from '../core/matrix-file.js';
import { DockerIgnore, readDockerIgnore } from './dockerignore.js';
import type { FileTree } from './file-tree.js';
import type { Repository } from './audit.js';
import { loadParser, parseDockerfile, type ParsedDockerfile } from './parse.js';
import { contextDir, contextPath, resolveSources } from './resolve.js';
import { expand, inferLayout } from './layout.js';

/** One proposed rule: its YAML value and the one-line reason shown above it. */
export interface Proposed<T = Record<string, unknown>> {
  value: T;
  comment: string;
}

export interface Proposal {
  ignore: Proposed<string[]> | undefined;
  sources: Proposed[];
  shared: Proposed[];
  build: Proposed | undefined;
}

/** Documentation: changed files that never reach an image unless a Dockerfile copies them. */
const DOC_PATTERNS = [
  '**/*.md',
  '**/*.rst',
  '**/*.adoc',
  'docs/**',
  'doc/**',
  'LICENSE',
  'COPYING',
  '.github/ISSUE_TEMPLATE/**',
];

interface Group {
  key: string;
  dockerfile: string | undefined;
  os: Entry['os'];
  entries: Entry[];
  parsed?: ParsedDockerfile;
  /** The directory templates its entries' own code lives in. */
  templates: Set<string>;
}

export async function propose(matrix: MatrixFile, repo: Repository): Promise<Proposal> {
  const tree = repo.tree;
  const entries = [...matrix.linux, ...matrix.darwin];
  const groups = groupEntries(entries);
  const ast = groups.some((g) => g.dockerfile) ? await loadParser() : undefined;
  for (const g of groups) {
    const text = g.dockerfile ? repo.read(g.dockerfile) : undefined;
    if (ast && text !== undefined) g.parsed = parseDockerfile(ast, text);
  }

  const docs = DOC_PATTERNS.map((p) => ({ p, test: picomatch(p, { dot: true }) })).filter(
    ({ test }) => tree.files.some((f) => test(f)),
  );
  const isDoc = (f: string): boolean => docs.some(({ test }) => test(f));
  // Documentation trees (docs/whisper) name no entry's directory; a README beside code does not hide it.
  const docTrees = docs.filter((d) => d.p.endsWith('/**'));
  const inDocTree = (f: string): boolean => docTrees.some(({ test }) => test(f));

  const build = proposeBuild(groups);
  const contextOf = (e: Entry): string =>
    build.context === '{context}' ? contextDir(fieldText(e.fields.context)) : build.context;

  // Directories that hold more than documentation: where entries can keep their code.
  const dirs = new Set<string>();
  for (const f of tree.files) {
    if (inDocTree(f)) continue;
    for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) dirs.add(f.slice(0, i));
  }

  // What each entry's Dockerfile reads, resolved as the audit resolves it.
  const inputs = new Map<Entry, Input[]>();
  const ignores = new Map<Entry, DockerIgnore>();
  const ignoreFiles = new Map<string, DockerIgnore>();
  const ignoreFor = (e: Entry): DockerIgnore => ignores.get(e) ?? DockerIgnore.NONE;
  for (const g of groups) {
    if (!g.parsed) continue;
    for (const e of g.entries) {
      const context = contextOf(e);
      // One object per distinct file, so entries that share a .dockerignore can be told to.
      const text = readDockerIgnore(repo.read, g.dockerfile!, context) ?? '';
      let ignore = ignoreFiles.get(text);
      if (!ignore) ignoreFiles.set(text, (ignore = DockerIgnore.parse(text)));
      ignores.set(e, ignore);
      const values = new Map<string, string>();
      for (const [name, field] of build.args) {
        const v = normalizePath(fieldText(e.fields[field]));
        if (v) values.set(name, v);
      }
      const platforms = e.fields.platforms;
      const list: Input[] = [];
      for (const r of resolveSources(g.parsed, {
        values,
        platform: typeof platforms === 'string' ? platforms : undefined,
      })) {
        if (!r.ok || r.path === '' || /^[*?[{]/.test(r.path)) continue; // the audit reports these
        const full = context ? `${context}/${r.path}` : r.path;
        const fields = new Set<string>();
        for (const m of r.source.text.matchAll(/\$\{?(\w+)/g)) {
          const f = build.args.get(m[1]);
          if (f) fields.add(f);
        }
        list.push({ full, glob: /[*?[\]]/.test(r.path), text: r.source.text, context, fields });
      }
      inputs.set(e, list);
    }
  }

  const layout = inferLayout({
    groups: groups.map((g) => ({
      entries: g.entries,
      selector: selectorOf(g, groups),
      label: g.dockerfile
        ? `Entries built by ${g.dockerfile}`
        : `${g.os === 'darwin' ? 'macOS' : 'Linux'} entries without a Dockerfile`,
    })),
    dirs,
    // A directory that holds the entry's Dockerfile, is its build context, or that it copies from.
    reads: (e, d) =>
      inside(dockerfileOf(e), d) ||
      (build.context !== '' && inside(contextOf(e), d)) ||
      (inputs.get(e) ?? []).some(
        (i) => i.full === d || i.full.startsWith(`${d}/`) || d.startsWith(`${i.full}/`),
      ),
    extraPaths: (template, members) => ignoredInOwn(template, members),
  });
  for (const g of groups)
    g.templates = new Set(g.entries.flatMap((e) => layout.template.get(e) ?? []));
  const ownDirs = layout.own;
  const sources: Proposed[] = layout.sources.map((d) => ({ value: d.value, comment: d.comment }));

  /** `!` patterns for what the entries' .dockerignore keeps out of their own directories. */
  function ignoredInOwn(template: string, members: readonly Entry[]): string[] {
    const first = members[0];
    const ignore = ignoreFor(first);
    const context = contextOf(first);
    if (!ignore.excludeOnly || members.some((e) => ignoreFor(e) !== ignore)) return [];
    // One context for all, or each entry's context its own directory (images/{backend}).
    const shared = members.every((e) => contextOf(e) === context);
    const own = members.every((e) => contextOf(e) !== '' && contextOf(e) === expand(template, e));
    if (!shared && !own) return [];
    const prefix = own ? template : context;
    const under = members.flatMap((e) => {
      const d = expand(template, e);
      const strip = contextOf(e) ? contextOf(e).length + 1 : 0;
      return d ? tree.under(d).map((f) => f.slice(strip)) : [];
    });
    const out: string[] = [];
    for (const p of ignore.patterns) {
      const pattern = prefix ? `${prefix}/${p.text}` : p.text;
      const hits = under.filter((f) => ignore.patternExcludes(p, f));
      if (!hits.length) continue;
      const direct = hits.some((f) => p.test(f));
      out.push(direct ? `!${pattern}` : `!${pattern}/**`);
    }
    return out;
  }

  // What an entry's own build files name beside its directory (`$(DIR)/../llama-cpp`) is an input too.
  const referenced = new Map<Entry, Input[]>();
  const refsOf = new Map<string, Input[]>();
  for (const [e, own] of ownDirs) {
    let refs = refsOf.get(own);
    if (!refs) refsOf.set(own, (refs = referencedBeside(own, tree, dirs, repo.read)));
    if (refs.length) referenced.set(e, refs);
  }

  const shared = proposeShared(groups, inputs, referenced, ownDirs, tree, ignoreFor);

  // Documentation that a Dockerfile copies is an input: keep it out of `ignore`.
  const inputFiles = new Set<string>();
  for (const list of inputs.values())
    for (const i of list) for (const f of tree.matching(i.full)) inputFiles.add(f);
  let ignoreRule: Proposed<string[]> | undefined;
  if (docs.length) {
    const keep = new Set<string>();
    for (const [e, list] of inputs) {
      for (const i of list) {
        const strip = i.context ? i.context.length + 1 : 0;
        const dropped = tree
          .matching(i.full)
          .some((f) => isDoc(f) && !ignoreFor(e).excludes(f.slice(strip)));
        if (dropped) keep.add(`!${wildcardSource(i)}`);
      }
    }
    // A file in an entry's own directory selects it, documentation too (it may be built or copied).
    const own = new Set(layout.template.values());
    for (const t of own) {
      const glob = `${t.replace(/\{[^{}]*\}/g, '*')}/**`;
      const test = picomatch(glob, { dot: true });
      if (tree.files.some((f) => isDoc(f) && test(f))) keep.add(`!${glob}`);
    }
    ignoreRule = {
      value: [...docs.map((d) => d.p), ...[...keep].sort()],
      comment: keep.size
        ? "Documentation never reaches an image, except what a Dockerfile copies or an entry's own directory holds (kept by the ! patterns)"
        : 'Documentation: no Dockerfile copies it into an image',
    };
  }

  const proposal: Proposal = {
    ignore: ignoreRule,
    sources,
    shared,
    build:
      build.args.size || build.context
        ? {
            value: {
              ...(build.context ? { context: build.context } : {}),
              ...(build.args.size
                ? {
                    args: Object.fromEntries(
                      [...build.args].map(([name, field]) => [name, `{${field}}`]),
                    ),
                  }
                : {}),
            },
            comment: build.args.size
              ? `Build args the Dockerfiles declare that match entry fields: the audit reads COPY paths through them`
              : `The entries' build context: the audit reads COPY paths in it`,
          }
        : undefined,
  };
  // When the Dockerfiles build FROM images of the matrix file: rules.build.image.
  return (await import('./init-image.js')).addImage(proposal, matrix, repo, build.args);
}

const inside = (p: string | undefined, dir: string): boolean =>
  p !== undefined && p !== '' && (p === dir || p.startsWith(`${dir}/`));

function dockerfileOf(e: Entry): string | undefined {
  const raw = e.fields.dockerfile;
  return typeof raw === 'string' && raw.trim() ? normalizePath(raw.trim()) : undefined;
}

function groupEntries(entries: readonly Entry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of entries) {
    const raw = e.fields.dockerfile;
    const dockerfile =
      typeof raw === 'string' && raw.trim() ? normalizePath(raw.trim()) : undefined;
    const key = dockerfile ?? `os:${e.os}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, dockerfile, os: e.os, entries: [], templates: new Set() }));
    g.entries.push(e);
  }
  return [...groups.values()];
}

function selectorOf(g: Group, groups: readonly Group[]): Record<string, unknown> {
  if (g.dockerfile) return { dockerfile: escapeGlob(g.dockerfile) };
  // Entries without a Dockerfile: by list, and without one if that list also has Dockerfiles.
  const mixed = groups.some((o) => o.dockerfile && o.entries.some((e) => e.os === g.os));
  return mixed ? { os: g.os, dockerfile: null } : { os: g.os };
}

/** ARGs that some Dockerfile declares whose name is an entry field's (BUILD_TYPE ↔ build-type). */
function proposeBuild(groups: readonly Group[]): {
  args: Map<string, string>;
  context: string;
} {
  const args = new Map<string, string>();
  const contexts = new Set<string>();
  let allHaveContext = true;
  for (const g of groups) {
    if (!g.parsed) continue;
    const fields = new Map<string, string>();
    for (const e of g.entries) {
      for (const k of Object.keys(e.fields)) if (fieldText(e.fields[k])) fields.set(squash(k), k);
      const c = e.fields.context;
      if (typeof c === 'string') contexts.add(contextDir(c));
      else allHaveContext = false;
    }
    for (const s of g.parsed.steps) {
      if (s.kind !== 'arg' || args.has(s.name)) continue;
      const field = fields.get(squash(s.name));
      if (field) args.set(s.name, field);
    }
  }
  const context = !allHaveContext ? '' : contexts.size === 1 ? [...contexts][0] : '{context}';
  return { args, context };
}

const squash = (name: string): string => name.toLowerCase().replace(/[-_.]/g, '');

/** A COPY source as a glob over all entries: each variable a `*`. */
function wildcardSource(i: Input): string {
  if (!/\$/.test(i.text)) return `${escapeGlob(i.full)}/**`;
  const inside = contextPath(i.text.replace(/\$\{[^}]*\}|\$\w+/g, '*'));
  return `${i.context ? `${i.context}/` : ''}${inside}/**`;
}

/** One path a Dockerfile reads for one entry. */
interface Input {
  /** The repository path (a glob for a wildcard source). */
  full: string;
  glob: boolean;
  /** The source as written. */
  text: string;
  context: string;
  /** Entry fields its variables come from (through rules.build.args). */
  fields: Set<string>;
  /** For a path an entry's own build file names rather than its Dockerfile: that file. */
  from?: string;
}

/** Build files at the top of an entry's directory, read for the paths beside it they name. */
const BUILD_FILE = /^(Makefile|GNUmakefile|CMakeLists\.txt|.*\.(mk|cmake|sh))$/;
/** `../x`, `../../x/y` at the start of a word or after `$(DIR)/`, `${DIR}/`. */
const RELATIVE = /(?:^|[\s"'=(]|[)}]\/)((?:\.\.\/)+)([\w][\w.-]*)/gm;
const BUILD_FILE_LIMIT = 256 * 1024;

/**
 * Existing directories and files beside `own` that its build files name
 * relative to it: a fork's Makefile that builds from `../llama-cpp` makes
 * that directory an input of the fork. Never `own` itself, inside it, or an
 * ancestor (that would be "everything").
 */
function referencedBeside(
  own: string,
  tree: FileTree,
  dirs: ReadonlySet<string>,
  read: (file: string) => string | undefined,
): Input[] {
  const out = new Map<string, Input>();
  for (const file of tree.under(own)) {
    const name = file.slice(own.length + 1);
    if (name.includes('/') || !BUILD_FILE.test(name)) continue;
    const text = read(file);
    if (text === undefined || text.length > BUILD_FILE_LIMIT) continue;
    for (const m of text.matchAll(RELATIVE)) {
      const target = path.posix.normalize(`${own}/${m[1]}${m[2]}`);
      if (target.startsWith('../') || target === '..') continue;
      if (target === own || own.startsWith(`${target}/`) || target.startsWith(`${own}/`)) continue;
      if (!out.has(target) && (dirs.has(target) || tree.has(target)))
        out.set(target, {
          full: target,
          glob: false,
          text: `${m[1]}${m[2]}${dirs.has(target) ? '/' : ''}`,
          context: '',
          fields: new Set(['backend']),
          from: file,
        });
    }
  }
  return [...out.values()];
}

interface SharedItem {
  via: Set<string>;
  pattern: string;
  base: string;
  entries: Set<Entry>;
  fields: Set<string>;
}

/**
 * Shared rules for what the Dockerfiles copy from outside each entry's own
 * directory. Shared rules are first-match-wins per file, so narrower paths
 * come first and each rebuilds what every path containing it feeds.
 */
function proposeShared(
  groups: readonly Group[],
  inputs: Map<Entry, Input[]>,
  referenced: Map<Entry, Input[]>,
  ownDirs: Map<Entry, string>,
  tree: FileTree,
  ignoreFor: (e: Entry) => DockerIgnore,
): Proposed[] {
  const items = new Map<string, SharedItem>();
  for (const g of groups) {
    for (const e of g.entries) {
      const own = ownDirs.get(e);
      const ignore = ignoreFor(e);
      for (const i of [...(inputs.get(e) ?? []), ...(referenced.get(e) ?? [])]) {
        const strip = i.context ? i.context.length + 1 : 0;
        const base = literalBase(i.full);
        if (own && (base === own || base.startsWith(`${own}/`))) continue;
        const files = tree.matching(i.full);
        if (files.length && files.every((f) => ignore.excludes(f.slice(strip)))) continue;
        const isFile = !i.glob && tree.has(i.full);
        const pattern = i.glob
          ? files.some((f) => f.split('/').length > i.full.split('/').length)
            ? `${i.full}/**`
            : i.full
          : isFile || (!files.length && !i.text.endsWith('/'))
            ? escapeGlob(i.full)
            : `${escapeGlob(i.full)}/**`;
        let item = items.get(pattern);
        if (!item)
          items.set(
            pattern,
            (item = { pattern, base, entries: new Set(), fields: new Set(), via: new Set() }),
          );
        item.entries.add(e);
        item.via.add(i.from ? `named by ${i.from}` : `copied by ${g.dockerfile}`);
        for (const f of i.fields) item.fields.add(f);
      }
    }
  }
  const list = [...items.values()].sort(
    (a, b) =>
      b.base.split('/').length - a.base.split('/').length ||
      Number(b.pattern === b.base) - Number(a.pattern === a.base) ||
      (a.pattern < b.pattern ? -1 : 1),
  );
  const contains = (outer: string, inner: string): boolean =>
    outer === inner || outer === '' || inner.startsWith(`${outer}/`);
  const rules = list.map((item) => {
    const all = new Set<Entry>();
    const fields = new Set<string>();
    const via = new Set<string>();
    for (const other of list) {
      if (!contains(other.base, item.base)) continue;
      for (const e of other.entries) all.add(e);
      for (const f of other.fields) fields.add(f);
      for (const v of other.via) via.add(v);
    }
    return { item, rebuild: rebuildFor(all, groups, fields, ownDirs, via) };
  });
  // Paths with the same rebuild share a rule when no rule between them overlaps either.
  const merged: { patterns: string[]; bases: string[]; rebuild: Rebuild }[] = [];
  for (const r of rules) {
    const key = JSON.stringify(r.rebuild.value);
    const target = merged.find(
      (m) =>
        JSON.stringify(m.rebuild.value) === key &&
        !merged
          .slice(merged.indexOf(m) + 1)
          .some((between) =>
            between.bases.some((b) => contains(b, r.item.base) || contains(r.item.base, b)),
          ),
    );
    if (target) {
      target.patterns.push(r.item.pattern);
      target.bases.push(r.item.base);
    } else merged.push({ patterns: [r.item.pattern], bases: [r.item.base], rebuild: r.rebuild });
  }
  return merged.map((m) => {
    const entries = list
      .filter((i) => m.patterns.includes(i.pattern))
      .flatMap((i) => [...i.entries]);
    const exclusions = ignoredUnder(m.bases, entries, tree, ignoreFor, inputs);
    return {
      value: { paths: [...m.patterns, ...exclusions], rebuild: m.rebuild.value },
      comment: exclusions.length
        ? `${m.rebuild.why} (less what its .dockerignore leaves out)`
        : m.rebuild.why,
    };
  });
}

/**
 * `!` patterns for the .dockerignore lines that leave files under `bases` out
 * of every context these entries are built in: those files are no input.
 */
function ignoredUnder(
  bases: readonly string[],
  entries: readonly Entry[],
  tree: FileTree,
  ignoreFor: (e: Entry) => DockerIgnore,
  inputs: Map<Entry, Input[]>,
): string[] {
  if (!entries.length) return [];
  const ignore = ignoreFor(entries[0]);
  const context = inputs.get(entries[0])?.[0]?.context ?? '';
  const same = entries.every(
    (e) => ignoreFor(e) === ignore && (inputs.get(e) ?? []).every((i) => i.context === context),
  );
  if (!same || !ignore.excludeOnly) return [];
  const strip = context ? context.length + 1 : 0;
  const files = bases.flatMap((b) => tree.under(b));
  const out: string[] = [];
  for (const p of ignore.patterns) {
    const hits = files.filter((f) => ignore.patternExcludes(p, f.slice(strip)));
    if (!hits.length) continue;
    const pattern = context ? `${context}/${p.text}` : p.text;
    out.push(hits.some((f) => p.test(f.slice(strip))) ? `!${pattern}` : `!${pattern}/**`);
  }
  return out;
}

const literalBase = (p: string): string => {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (/[*?[\]{}]/.test(s)) break;
    out.push(s);
  }
  return out.join('/');
};

interface Rebuild {
  value: unknown;
  why: string;
}

/**
 * A selector for a set of entries, never narrower than the set: the
 * Dockerfiles of whole groups, narrowed by one field when that is exact,
 * and on macOS the entries whose code sits beside that family's.
 */
function rebuildFor(
  entries: Set<Entry>,
  groups: readonly Group[],
  fields: ReadonlySet<string>,
  ownDirs: ReadonlyMap<Entry, string>,
  via: ReadonlySet<string>,
): Rebuild {
  const touched = groups.filter((g) => g.dockerfile && g.entries.some((e) => entries.has(e)));
  const dockerfiles = touched.map((g) => escapeGlob(g.dockerfile!));
  const dfValue = dockerfiles.length === 1 ? dockerfiles[0] : dockerfiles;
  const members = touched.flatMap((g) => g.entries);
  let linux: Record<string, unknown> = { dockerfile: dfValue };
  if (members.some((e) => !entries.has(e))) {
    const narrow = exactField(members, entries, fields);
    linux = narrow ? { dockerfile: dfValue, ...narrow } : linux;
  }
  const copied = [...via].filter((v) => v.startsWith('copied by ')).map((v) => v.slice(10));
  const named = [...via].filter((v) => v.startsWith('named by ')).map((v) => v.slice(9));
  const why = [
    copied.length ? `copied by ${copied.join(', ')}` : '',
    named.length ? `named by ${named.sort().join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')
    .replace(/^./, (c) => c.toUpperCase());
  // Only what a Dockerfile copies is assumed to reach the macOS builds of the same layout.
  const family = copied.length ? familyOnMac(touched, groups, ownDirs) : undefined;
  // macOS entries (no Dockerfile) whose own build files name the path.
  const onMac = [...entries].filter((e) => !groupOf(groups, e).dockerfile);
  if (!family && !onMac.length) return { value: linux, why };
  const macPool = groups
    .filter((g) => !g.dockerfile && g.os === 'darwin')
    .flatMap((g) => g.entries);
  const wanted = new Set([...(family?.members ?? []), ...onMac]);
  const darwin: unknown =
    family?.selector === 'all' || wanted.size === macPool.length
      ? 'all'
      : family && !onMac.some((e) => !family.members.has(e))
        ? family.selector
        : (exactField(macPool, wanted) ?? {
            backend: [...new Set([...wanted].map((e) => escapeGlob(e.backend)))].sort(),
          });
  return {
    value: { linux: touched.length ? linux : 'none', darwin },
    why: family ? `${why}; macOS entries in ${family.beside} are assumed to use it too` : why,
  };
}

const groupOf = (groups: readonly Group[], e: Entry): Group =>
  groups.find((g) => g.entries.includes(e))!;

/** A field whose values pick exactly `wanted` out of `pool`: `{ build-type: [cublas] }`. */
function exactField(
  pool: readonly Entry[],
  wanted: Set<Entry>,
  candidates: ReadonlySet<string> = new Set(pool.flatMap((e) => Object.keys(e.fields))),
): Record<string, unknown> | undefined {
  const valueOf = (f: string, e: Entry): string => normalizePath(fieldText(e.fields[f]));
  // Fewest distinct values first: `lang: python` reads better than a list of backends.
  const spread = (f: string): number => new Set([...wanted].map((e) => valueOf(f, e))).size;
  const order = [...candidates].sort((a, b) => spread(a) - spread(b) || (a < b ? -1 : 1));
  for (const f of order) {
    if (f === 'dockerfile') continue;
    const v = (e: Entry): string => valueOf(f, e);
    const values = new Set([...wanted].map(v));
    const picked = pool.filter((e) => values.has(v(e)));
    if (picked.length === wanted.size && picked.every((e) => wanted.has(e))) {
      // An absent field is `null` in a selector.
      const list = [...values].sort().map((v) => (v === '' ? null : escapeGlob(v)));
      return { [f]: list.length === 1 ? list[0] : list };
    }
  }
  return undefined;
}

/** macOS entries (no Dockerfile) whose directory fits a touched family's layout. */
function familyOnMac(
  touched: readonly Group[],
  groups: readonly Group[],
  ownDirs: ReadonlyMap<Entry, string>,
): { selector: unknown; beside: string; members: Set<Entry> } | undefined {
  const pool = groups.filter((g) => !g.dockerfile && g.os === 'darwin').flatMap((g) => g.entries);
  if (!pool.some((e) => ownDirs.has(e))) return undefined;
  const family = new Set<Entry>();
  const beside = new Set<string>();
  for (const t of touched) {
    for (const layout of t.templates) {
      const glob = layout.replace(/\{[^{}]*\}/g, '*');
      const test = picomatch(glob, { dot: true });
      for (const e of pool) {
        const d = ownDirs.get(e);
        if (d && test(d)) family.add(e);
      }
      beside.add(glob);
    }
  }
  if (!family.size) return undefined;
  const selector =
    family.size === pool.length
      ? 'all'
      : (exactField(pool, family) ?? {
          backend: [...new Set([...family].map((e) => escapeGlob(e.backend)))],
        });
  return { selector, beside: [...beside].join(', '), members: family };
}
