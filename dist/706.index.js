export const id = 706;
export const ids = [706];
export const modules = {

/***/ 3706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  audit: () => (/* binding */ audit),
  buildArgs: () => (/* binding */ buildArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __webpack_require__(8684);
// EXTERNAL MODULE: ./src/core/rules.ts
var core_rules = __webpack_require__(1688);
// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __webpack_require__(3295);
// EXTERNAL MODULE: ./src/core/collections.ts
var collections = __webpack_require__(5478);
// EXTERNAL MODULE: ./src/core/wildmatch.ts
var wildmatch = __webpack_require__(9614);
;// CONCATENATED MODULE: ./src/dockerfile/dockerignore.ts
/**
 * `.dockerignore` as Docker reads it: one pattern a line, `#` comments, `!`
 * re-includes, the last matching pattern wins, and a pattern that matches a
 * directory excludes everything under it.
 */




/** BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile first, then the context's. */
const readDockerIgnore = (read, dockerfile, context) => read(`${dockerfile}.dockerignore`) ??
    read(context ? `${context}/.dockerignore` : '.dockerignore');
// Wildcard lines a `.dockerignore` may hold beyond the common forms indexed
// below (real files have a few): each is tried on every file it could match.
const MAX_WILDCARD_LINES = 256;
const WILDCARD = /[*?[\]{}\\]/;
// Lines are indexed so a file meets only those that could match it: literal
// paths are looked up by path, `**/name` and `**/*.ext` by each segment of
// the file, and other wildcard lines are filed under their literal directory.
// A 20,000-line file of those forms costs a few lookups per path.
class DockerIgnore {
    patterns;
    refused;
    literal = new Map();
    // `**/name`: any segment of the file named so.
    anySegment = new Map();
    // `**/*suffix`: any segment of the file ending so.
    anySuffix = new Map();
    suffixLengths = new Set();
    byBase = new Map();
    constructor(patterns, 
    /** Why the file is not applied (too costly to match), naming the line; undefined when it is. */
    refused) {
        this.patterns = patterns;
        this.refused = refused;
        for (const p of patterns) {
            const kind = indexKind(p.text);
            if (kind.kind === 'literal')
                this.literal.set(p.text, p); // a later identical line decides
            else if (kind.kind === 'segment')
                this.anySegment.set(kind.key, p);
            else if (kind.kind === 'suffix') {
                this.anySuffix.set(kind.key, p);
                this.suffixLengths.add(kind.key.length);
            }
            else
                (0,collections/* pushTo */.I)(this.byBase, kind.key, p);
        }
    }
    static NONE = new DockerIgnore([]);
    static parse(text) {
        const patterns = [];
        let wildcards = 0;
        let lineNo = 0;
        for (const raw of text.split(/\r?\n|\r/)) {
            lineNo++;
            let line = raw.trim();
            if (!line || line.startsWith('#'))
                continue;
            const include = line.startsWith('!');
            if (include)
                line = line.slice(1).trim();
            const clean = external_node_path_default().posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
            if (!clean || clean === '.')
                continue;
            const costly = (0,wildmatch/* wildcardProblem */.mz)(clean);
            if (costly)
                return new DockerIgnore([], `line ${lineNo}: ${costly}`);
            if (indexKind(clean).kind === 'base' && ++wildcards > MAX_WILDCARD_LINES)
                return new DockerIgnore([], `it has more than ${MAX_WILDCARD_LINES} wildcard lines other than **/name and **/*.ext (line ${lineNo})`);
            const test = (0,globs/* boundedMatcher */.Qf)(clean, { dot: true });
            if (!test)
                continue; // Docker rejects the file; building more is the safe reading
            patterns.push({ text: clean, include, test, index: patterns.length });
        }
        return new DockerIgnore(patterns);
    }
    /** Whether `file` (relative to the context) is left out of the context. */
    excludes(file) {
        if (!this.patterns.length)
            return false;
        const last = this.lastMatch(file);
        return last !== undefined && !last.include;
    }
    /** Whether one pattern, read on its own, leaves `file` out. */
    patternExcludes(p, file) {
        return matchesOrParent(p.test, file);
    }
    /** True when no `!` line can bring a file back, so each line reads as a plain exclusion. */
    get excludeOnly() {
        return this.patterns.every((p) => !p.include);
    }
    /** The last pattern that matches the file or one of its directories. */
    lastMatch(file) {
        let best;
        const better = (p) => {
            if (p && (!best || p.index > best.index))
                best = p;
        };
        const prefixes = [];
        for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1))
            prefixes.push(file.slice(0, i));
        prefixes.push(file);
        for (const p of prefixes)
            better(this.literal.get(p));
        for (const seg of file.split('/')) {
            better(this.anySegment.get(seg));
            for (const n of this.suffixLengths)
                if (seg.length >= n)
                    better(this.anySuffix.get(seg.slice(-n)));
        }
        // Wildcard lines filed under '' or a directory of the file; later lines first.
        for (const base of ['', ...prefixes]) {
            const list = this.byBase.get(base);
            if (!list)
                continue;
            for (let i = list.length - 1; i >= 0; i--) {
                const p = list[i];
                if (best && p.index < best.index)
                    break;
                if (matchesOrParent(p.test, file, base)) {
                    better(p);
                    break;
                }
            }
        }
        return best;
    }
}
/** How a line is indexed: by path, by segment name or ending, or under its literal directory. */
function indexKind(text) {
    if (!WILDCARD.test(text))
        return { kind: 'literal' };
    const m = /^\*\*\/(\*?)([^/]+)$/.exec(text);
    if (m && !WILDCARD.test(m[2]))
        return { kind: m[1] ? 'suffix' : 'segment', key: m[2] };
    const base = [];
    for (const seg of text.split('/')) {
        if (WILDCARD.test(seg))
            break;
        base.push(seg);
    }
    return { kind: 'base', key: base.join('/') };
}
/** Whether the file or one of its directories (no shorter than `base`) matches. */
function matchesOrParent(test, file, base = '') {
    if (test(file))
        return true;
    for (let i = file.lastIndexOf('/'); i >= base.length && i > 0; i = file.lastIndexOf('/', i - 1)) {
        if (test(file.slice(0, i)))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __webpack_require__(6357);
// EXTERNAL MODULE: ./src/core/entry.ts
var entry = __webpack_require__(5263);
;// CONCATENATED MODULE: ./src/dockerfile/reach.ts



class Reach {
    index;
    sharedEntries = new Map();
    cache = new Map();
    constructor(entries, rules, sources) {
        this.index = new core_select/* RuleIndex */.PR(entries, rules ?? (0,core_rules/* emptyRules */.bl)(), sources);
    }
    /** The entries a change to `file` alone selects (multi-arch legs closed over). */
    selects(file) {
        let hit = this.cache.get(file);
        if (!hit)
            this.cache.set(file, (hit = this.compute(file)));
        return hit;
    }
    compute(raw) {
        const own = new Set();
        const [file] = (0,core_select/* relevantFiles */.xv)([raw], this.index.rules.ignore);
        if (file === undefined)
            return new Selected(own, undefined);
        this.index.direct(file, (e) => own.add(e));
        // Without the file's revisions an `unless: additive-proto` rule counts as firing, as in a plan.
        const rule = (0,core_select/* sharedRuleFor */.zl)(this.index.rules, file);
        let shared;
        if (rule) {
            shared = this.sharedEntries.get(rule.index);
            if (!shared)
                this.sharedEntries.set(rule.index, (shared = this.close(this.index.rebuiltBy(rule))));
        }
        // Closing over legs distributes over union, so each part is closed on its own.
        return new Selected(this.close(own), shared);
    }
    close(entries) {
        const out = new Set(entries);
        for (const e of [...out])
            if ((0,entry/* isMultiArch */.Q_)(e))
                for (const leg of this.index.legsOf(e.tagSuffix))
                    out.add(leg);
        return out;
    }
}
/** What one file selects: its own hits and its shared rule's entries, kept apart (no copying). */
class Selected {
    own;
    shared;
    constructor(own, shared) {
        this.own = own;
        this.shared = shared;
    }
    has(e) {
        return this.own.has(e) || (this.shared?.has(e) ?? false);
    }
    entries() {
        return [...new Set([...this.own, ...(this.shared ?? [])])];
    }
}

// EXTERNAL MODULE: ./src/dockerfile/resolve.ts + 1 modules
var resolve = __webpack_require__(4859);
;// CONCATENATED MODULE: ./src/dockerfile/audit.ts
/**
 * The Dockerfile audit (README, How the audit reads Dockerfiles): every path an
 * entry's Dockerfile reads from the build context is checked against the
 * rules — would a change to a file there select the entry? Each gap is one finding
 * per Dockerfile line and source, with a rule that would cover it.
 */









/** Parse problems reported per Dockerfile. */
const MAX_PARSE_PROBLEMS = 10;
/**
 * The audit of the entries' Dockerfiles; with `only`, of those Dockerfiles
 * (repository paths) alone, the others' findings being known to be unchanged.
 */
async function audit(matrix, repo, only) {
    const result = {
        gaps: [],
        unknowns: [],
        problems: [],
        checked: { dockerfiles: 0, entries: 0, sources: 0 },
        missing: [],
    };
    const entries = [...matrix.linux, ...matrix.darwin];
    const byDockerfile = new Map();
    for (const e of entries) {
        const df = e.fields.dockerfile;
        if (typeof df !== 'string' || !df.trim())
            continue;
        const file = (0,globs/* normalizePath */.Fd)(df.trim());
        if (!only || only.has(file))
            (0,collections/* pushTo */.I)(byDockerfile, file, e);
    }
    checkTemplates(matrix, entries, result.problems);
    const texts = new Map();
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
        }
        else if (text === undefined) {
            result.missing.push(df);
            result.problems.push({
                level: 'warning',
                file: matrix.file,
                ...at(),
                message: `dockerfile "${String(users[0].fields.dockerfile)}" is not in the repository (${count(users.length, 'entry', 'entries')} name it): the audit cannot check ${users.length === 1 ? 'it' : 'them'}`,
            });
        }
        else
            texts.set(df, text);
    }
    if (!texts.size)
        return result;
    const ast = await (0,parse/* loadParser */.q)();
    const assigned = matrix.sources;
    const reach = new Reach(entries, matrix.rules, assigned);
    const pending = new Map();
    const filesCache = new Map();
    const ignores = new Map();
    for (const [df, text] of texts) {
        const parsed = (0,parse/* parseDockerfile */.A)(ast, text);
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
        const resolvedBy = new Map();
        for (const entry of byDockerfile.get(df)) {
            result.checked.entries++;
            const build = buildArgs(matrix, entry);
            const contextTemplate = matrix.rules?.build?.context;
            const contextRaw = contextTemplate ? (0,core_rules/* fillTemplate */.ou)(contextTemplate, entry) : '.';
            const key = JSON.stringify([contextRaw, [...build.values], build.platform]);
            let resolved = resolvedBy.get(key);
            if (!resolved)
                resolvedBy.set(key, (resolved = (0,resolve/* resolveSources */.l7)(parsed, build)));
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
                const unknown = (reason) => {
                    p.unknown ??= { reason, entries: new Set() };
                    p.unknown.entries.add(entry);
                };
                if (contextRaw === undefined) {
                    unknown(`the build context ${contextTemplate.text} names a field this entry does not have`);
                    continue;
                }
                if (!r.ok) {
                    unknown(r.reason);
                    continue;
                }
                for (const n of r.notes)
                    p.notes.add(n);
                if (wholeContext(r.path)) {
                    const note = r.notes.length ? ` (${r.notes[0]})` : '';
                    unknown(`it reads the whole build context${note}, so any file there may be an input; name the paths the image needs`);
                    continue;
                }
                const context = (0,resolve/* contextDir */.LE)(contextRaw);
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
                    if (!inside.length)
                        files = [full];
                    filesCache.set(cacheKey, files);
                }
                if (!files.length)
                    continue; // all of it is left out by .dockerignore
                p.reached.add(entry);
                const missed = files.filter((f) => !reach.selects(f).has(entry));
                if (missed.length) {
                    p.gapEntries.add(entry);
                    p.paths.set(entry, full);
                    for (const f of missed)
                        p.files.add(f);
                }
            }
        }
    }
    for (const p of pending.values()) {
        result.checked.sources++;
        const site = {
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
    const said = new Set();
    result.problems = result.problems.filter((p) => {
        const key = `${p.file}\u0000${p.line}\u0000${p.col}\u0000${p.message}`;
        return !said.has(key) && !!said.add(key);
    });
    const order = (a, b) => a.dockerfile.localeCompare(b.dockerfile) || a.line - b.line || a.col - b.col;
    result.gaps.sort(order);
    result.unknowns.sort(order);
    return result;
}
const siteOf = (dockerfile, s) => ({
    dockerfile,
    line: s.line,
    col: s.col,
    instruction: s.instruction,
    source: s.text,
});
/** `.`, or a wildcard with no literal directory in front (`*`): every file may be read. */
const wholeContext = (p) => p === '' || /^[*?[{]/.test(p);
/** The `.dockerignore` that applies; one that is refused or too costly to apply leaves nothing out (more gaps, never fewer). */
function readIgnore(repo, dockerfile, context, problems) {
    const names = [
        `${dockerfile}.dockerignore`,
        context ? `${context}/.dockerignore` : '.dockerignore',
    ];
    const text = readDockerIgnore(repo.read, dockerfile, context);
    const warn = (file, message) => {
        problems.push({ level: 'warning', file, line: 0, col: 0, message });
    };
    if (text === undefined) {
        for (const n of names) {
            const why = repo.refused?.(n);
            if (why)
                warn(n, `${why}: the audit reads the build context as if nothing were left out`);
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
function buildArgs(matrix, entry) {
    const values = new Map();
    const unset = new Map();
    for (const [name, t] of matrix.rules?.build?.args ?? []) {
        const v = (0,core_rules/* fillTemplate */.ou)(t, entry);
        if (v !== undefined)
            values.set(name, v);
        else
            unset.set(name, `ARG ${name} has no default, and rules.build.args sets it from "${t.text}", which this entry leaves empty`);
    }
    const platforms = entry.fields.platforms;
    return {
        values,
        platform: typeof platforms === 'string' ? platforms : undefined,
        whyUnset: (name) => unset.get(name),
    };
}
/** An args or context template that names a field no entry has can never be filled. */
function checkTemplates(matrix, entries, problems) {
    const build = matrix.rules?.build;
    if (!build)
        return;
    const known = new Set();
    for (const e of entries)
        for (const k of Object.keys(e.fields))
            known.add(k);
    const check = (fields, at, what) => {
        const bad = fields.find((f) => !known.has(f));
        if (bad === undefined)
            return;
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
function coverPattern(tree, full, literal, asDir) {
    const p = literal ? (0,globs/* escapeGlob */.yk)(full) : full;
    if (tree.has(full))
        return p;
    const isDir = literal
        ? tree.under(full).length > 0
        : tree.matching(full).some((f) => f.split('/').length > full.split('/').length);
    return isDir || asDir ? `${p}/**` : p;
}
const quote = (s) => JSON.stringify(s);
function suggest(matrix, tree, p, gapEntries, files, assigned) {
    const dockerfile = (0,globs/* escapeGlob */.yk)(p.dockerfile);
    const literal = !/[*?[\]]/.test(p.source);
    const distinct = [...new Set(p.paths.values())];
    const template = distinct.length > 1 ? sourceTemplate(matrix, p, gapEntries, tree, literal) : undefined;
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
    const shadow = files.map((f) => matrix.rules && (0,core_select/* sharedRuleFor */.zl)(matrix.rules, f)).find(Boolean);
    const dockerfiles = [
        ...new Set(gapEntries.map((e) => (0,globs/* escapeGlob */.yk)((0,globs/* normalizePath */.Fd)(String(e.fields.dockerfile))))),
    ];
    const selector = dockerfiles.length === 1 ? quote(dockerfiles[0]) : `[${dockerfiles.map(quote).join(', ')}]`;
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
function sourceTemplate(matrix, p, gapEntries, tree, literal) {
    if (!literal)
        return undefined;
    const args = matrix.rules?.build?.args;
    if (!args)
        return undefined;
    let ok = true;
    const text = p.source.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => {
        const t = args.get(a ?? b);
        // The template stands for the path only where every gap entry fills it.
        if (!t || !t.fields.length || gapEntries.some((e) => (0,core_rules/* fillTemplate */.ou)(t, e) === undefined))
            ok = false;
        return t?.text ?? '';
    });
    if (!ok || text.includes('$'))
        return undefined;
    const context = matrix.rules?.build?.context;
    if (context?.fields.length)
        return undefined;
    const prefix = (0,resolve/* contextDir */.LE)(context?.text ?? '.');
    const inside = external_node_path_default().posix.normalize(`/${text}`).slice(1).replace(/\/+$/, '');
    const full = prefix ? `${prefix}/${inside}` : inside;
    const anyFile = [...p.paths.values()].some((d) => tree.has(d));
    return anyFile ? full : `${full}/**`;
}
/** A sources rule as written (its `if` and `paths`), for a suggestion that extends it. */
function rawSourcesRule(matrix, index) {
    const root = matrix.source?.value;
    const raw = root?.rules?.sources?.[index];
    if (!raw)
        return undefined;
    const paths = typeof raw.paths === 'string' ? [raw.paths] : raw.paths;
    return Array.isArray(paths) ? { if: raw.if, paths: paths.map(String) } : undefined;
}
function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 4859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LE: () => (/* binding */ contextDir),
  l7: () => (/* binding */ resolveSources)
});

// UNUSED EXPORTS: contextPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/snippet.ts
var snippet = __webpack_require__(7806);
;// CONCATENATED MODULE: ./src/dockerfile/variables.ts
/**
 * Dockerfile variable substitution (`$NAME`, `${NAME}`, `${NAME:-word}`,
 * `${NAME:+word}`) as BuildKit applies it to COPY, ADD and mount sources.
 */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/**
 * Longest value an expansion may reach. `ARG A1=$A0$A0`, `ARG A2=$A1$A1`, …
 * doubles per line: unbounded, 22 lines make gigabytes. Paths are short.
 */
const MAX_EXPANSION = 4096;
const tooLong = (text) => ({
    ok: false,
    reason: `"${(0,snippet/* snippet */.UA)(text)}" expands to more than ${MAX_EXPANSION / 1024} KiB`,
});
/**
 * Expands `text`. A name that is declared but has no value hides the path
 * (`ok: false`); a name that is not declared in the stage expands to '' as
 * Docker does, with a note saying so.
 */
function expand(text, lookup, escape = '\\') {
    let out = '';
    const notes = [];
    for (let i = 0; i < text.length; i++) {
        if (out.length > MAX_EXPANSION)
            return tooLong(text);
        const c = text[i];
        if (c === escape && text[i + 1] === '$') {
            out += '$';
            i++;
            continue;
        }
        if (c !== '$') {
            out += c;
            continue;
        }
        let name;
        let modifier = '';
        let word = '';
        if (text[i + 1] === '{') {
            const close = text.indexOf('}', i + 2);
            if (close < 0)
                return { ok: false, reason: `unterminated \${ in "${(0,snippet/* snippet */.UA)(text)}"` };
            const inner = text.slice(i + 2, close);
            const m = NAME.exec(inner);
            if (!m)
                return { ok: false, reason: `"\${${(0,snippet/* snippet */.UA)(inner)}}" is not a variable reference` };
            name = m[0];
            const rest = inner.slice(name.length);
            const mod = /^(:?[-+])(.*)$/s.exec(rest);
            if (rest && !mod)
                return {
                    ok: false,
                    reason: `"\${${(0,snippet/* snippet */.UA)(inner)}}" uses a substitution the audit does not evaluate`,
                };
            if (mod)
                [, modifier, word] = mod;
            i = close;
        }
        else {
            const m = NAME.exec(text.slice(i + 1));
            if (!m) {
                out += c;
                continue;
            }
            name = m[0];
            i += name.length;
        }
        const found = lookup(name);
        const value = found && 'value' in found ? found.value : undefined;
        const isSet = value !== undefined && (modifier.startsWith(':') ? value !== '' : true);
        if (modifier.endsWith('-')) {
            if (isSet)
                out += value;
            else {
                const inner = expand(word, lookup, escape);
                if (!inner.ok)
                    return inner;
                out += inner.value;
                notes.push(...inner.notes);
            }
            continue;
        }
        if (modifier.endsWith('+')) {
            if (found && 'unset' in found)
                return { ok: false, reason: found.unset };
            if (isSet) {
                const inner = expand(word, lookup, escape);
                if (!inner.ok)
                    return inner;
                out += inner.value;
                notes.push(...inner.notes);
            }
            continue;
        }
        if (found === undefined) {
            notes.push(`$${name} is not declared in this stage, so Docker substitutes an empty string`);
            continue;
        }
        if ('unset' in found)
            return { ok: false, reason: found.unset };
        out += found.value;
    }
    if (out.length > MAX_EXPANSION)
        return tooLong(text);
    return { ok: true, value: out, notes: [...new Set(notes)] };
}
/** Whether `text` refers to any variable at all (a source that differs per entry or not). */
const hasVariables = (text) => /\$(\{|[A-Za-z_])/.test(text);

;// CONCATENATED MODULE: ./src/dockerfile/resolve.ts
/**
 * Which context paths a Dockerfile reads for one set of build args: ARGs and
 * ENVs scoped per stage as Docker scopes them (a global ARG, declared before
 * the first FROM, is visible in a stage only when the stage declares it again).
 */


/** With `images`, the image references are resolved too, in the same walk. */
function resolveSources(df, args, images) {
    const global = new Map();
    let stage;
    let fromEnv = new Set();
    const lookup = (scope) => (name) => scope.get(name);
    const bind = (text, scope) => {
        const e = expand(text, lookup(scope), df.escape);
        return e.ok ? { value: e.value } : { unset: e.reason };
    };
    const out = [];
    let stages = 0;
    const image = (site, scope) => {
        const e = expand(site.text, scope, df.escape);
        const at = { image: site, stage: stages };
        // An undeclared variable leaves Docker an incomplete reference: not an image this can name.
        if (!e.ok)
            images?.({ ...at, ok: false, reason: e.reason });
        else if (e.notes.length)
            images?.({ ...at, ok: false, reason: e.notes[0] });
        else
            images?.({ ...at, ok: true, text: e.value });
    };
    const inGlobal = (name) => {
        const platform = global.has(name) ? undefined : platformArg(name, args.platform);
        return platform !== undefined ? { value: platform } : global.get(name);
    };
    for (const step of df.steps) {
        switch (step.kind) {
            case 'image':
                if (images && stage)
                    image(step.image, lookup(stage));
                break;
            case 'from':
                stages++;
                if (images && step.image)
                    image(step.image, inGlobal);
                stage = new Map();
                fromEnv = new Set();
                break;
            case 'arg': {
                const scope = stage ?? global;
                if (stage && fromEnv.has(step.name))
                    break; // ENV wins over an ARG of the same name
                const given = args.values.get(step.name);
                let b;
                if (given !== undefined)
                    b = { value: given };
                else if (step.default !== undefined)
                    b = bind(step.default, scope);
                else if (stage && global.has(step.name))
                    b = global.get(step.name);
                else {
                    const platform = platformArg(step.name, args.platform);
                    b =
                        platform !== undefined
                            ? { value: platform }
                            : {
                                unset: args.whyUnset?.(step.name) ??
                                    `ARG ${step.name} has no default and rules.build.args does not set it`,
                            };
                }
                scope.set(step.name, b);
                break;
            }
            case 'env':
                if (!stage)
                    break;
                stage.set(step.name, bind(step.value, stage));
                fromEnv.add(step.name);
                break;
            case 'source': {
                if (!stage)
                    break;
                const e = expand(step.source.text, lookup(stage), df.escape);
                out.push(e.ok
                    ? {
                        source: step.source,
                        ok: true,
                        path: contextPath(e.value),
                        notes: e.notes.map((n) => explainUndeclared(n, global)),
                    }
                    : { source: step.source, ok: false, reason: e.reason });
            }
        }
    }
    return out;
}
/** A source as a path inside the context: '' for the context itself; `..` cannot leave it. */
function contextPath(p) {
    const clean = external_node_path_default().posix.normalize(`/${p}`).replace(/\/+$/, '');
    return clean.slice(1);
}
/** The usual cause: a global ARG used in a stage that does not declare it again. */
function explainUndeclared(note, global) {
    const name = /^\$(\w+) is not declared/.exec(note)?.[1];
    return name && global.has(name)
        ? `$${name} is a global ARG that this stage does not declare again (add \`ARG ${name}\` after its FROM), so Docker substitutes an empty string`
        : note;
}
/** A build context as a repository directory: '' for the root. */
function contextDir(raw) {
    const c = external_node_path_default().posix.normalize(raw.trim().replace(/^(\.\/)+/, '') || '.').replace(/\/+$/, '');
    return c === '.' ? '' : c;
}
function platformArg(name, platform) {
    if (!platform || platform.includes(','))
        return undefined;
    const [os, arch, variant = ''] = platform.trim().split('/');
    switch (name) {
        case 'TARGETPLATFORM':
            return platform.trim();
        case 'TARGETOS':
            return os;
        case 'TARGETARCH':
            return arch;
        case 'TARGETVARIANT':
            return variant;
        default:
            return undefined;
    }
}


/***/ })

};
