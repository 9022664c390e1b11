export const id = 319;
export const ids = [319];
export const modules = {

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dockerfileOf: () => (/* binding */ dockerfileOf),
/* harmony export */   readLineage: () => (/* binding */ readLineage),
/* harmony export */   workspaceReader: () => (/* binding */ workspaceReader)
/* harmony export */ });
/* harmony import */ var _core_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8684);
/* harmony import */ var _core_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(654);
/* harmony import */ var _core_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1688);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6456);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6357);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4859);






/** The Dockerfile Docker builds for an entry: its `dockerfile`, else `Dockerfile` in its context. */
function dockerfileOf(matrix, entry) {
    const df = entry.fields.dockerfile;
    if (typeof df === 'string' && df.trim())
        return (0,_core_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(df.trim());
    const template = matrix.rules?.build?.context;
    const context = template ? (0,_core_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .fillTemplate */ .ou)(template, entry) : '.';
    if (context === undefined)
        return undefined;
    const dir = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .contextDir */ .LE)(context);
    return dir ? `${dir}/Dockerfile` : 'Dockerfile';
}
/** undefined when the matrix file has no `rules.build.image`: then there is no lineage. */
async function readLineage(matrix, read) {
    const template = matrix.rules?.build?.image;
    if (!template)
        return undefined;
    const problems = [];
    const texts = new Map();
    const parsed = new Map();
    const unread = new Map();
    const found = [];
    const warned = new Set();
    const ast = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .loadParser */ .q)();
    for (const entry of matrix.linux) {
        const file = dockerfileOf(matrix, entry);
        if (file === undefined) {
            unread.set(entry, 'its build context names a field the entry does not have');
            continue;
        }
        let text = texts.get(file);
        if (!text)
            texts.set(file, (text = await read(file)));
        if ('error' in text) {
            unread.set(entry, `${file}: ${text.error}`);
            continue;
        }
        let df = parsed.get(file);
        if (!df)
            parsed.set(file, (df = (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDockerfile */ .A)(ast, text.text)));
        const stages = stageNames(df);
        const refs = [];
        (0,_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSources */ .l7)(df, (0,_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .buildArgs */ .C)(matrix, entry), (r) => refs.push(r));
        for (const r of refs) {
            const site = {
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
            if (isStage(r, stages))
                continue;
            found.push({ ...site, entry, reference: r.text });
        }
    }
    for (const [entry, why] of unread) {
        const key = `unread:${why}`;
        if (warned.has(key))
            continue;
        warned.add(key);
        problems.push({
            level: 'warning',
            file: matrix.file,
            ...(matrix.source?.locate(entry.path) ?? { line: 0, col: 0 }),
            message: `the lineage of ${tagOf(entry)} is unknown (${why}): it is rebuilt after any image that is not its descendant`,
        });
    }
    const built = (0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_1__.buildLineage)(matrix.linux, template, found, unread);
    for (const image of built.lineage.images) {
        if (built.lineage.names.has(image))
            continue;
        const entry = matrix.linux.find((e) => e.tagSuffix === image);
        problems.push({
            level: 'warning',
            file: matrix.file,
            ...(matrix.source?.locate(entry.path) ?? { line: 0, col: 0 }),
            message: `rules.build.image ${template.text} names no valid image for ${image} (a field it uses is empty, or the result is not a Docker reference): no Dockerfile can name it as a parent`,
        });
    }
    return { lineage: built.lineage, problems: [...built.problems, ...problems] };
}
const tagOf = (e) => e.tagSuffix;
/** The stage names a Dockerfile declares (`FROM … AS builder`), as Docker compares them. */
function stageNames(df) {
    const names = new Set();
    for (const s of df.steps)
        if (s.kind === 'from' && s.stage)
            names.add(s.stage.toLowerCase());
    return names;
}
/**
 * A build stage, not an image: a FROM naming an earlier stage (directly or
 * through an ARG), `scratch`, or a COPY/mount `from` naming a stage or its index.
 */
function isStage(r, stages) {
    const name = r.text.trim().toLowerCase();
    if (name === 'scratch')
        return true;
    if (r.image.instruction !== 'FROM' && /^\d+$/.test(name))
        return true;
    return stages.has(name);
}
/**
 * Reads a Dockerfile from the workspace through the checked reader, else from
 * git at `head` (a sparse checkout holds the matrix file alone).
 */
function workspaceReader(root, head = 'HEAD') {
    return async (file) => {
        const [{ readChecked, FileRefused }, { LocalGit }] = await Promise.all([
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7679)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 308)),
        ]);
        try {
            const bytes = readChecked(root, file, { shown: `Dockerfile ${file}`, limit: 4 << 20 });
            return { text: bytes.toString('utf8') };
        }
        catch (err) {
            if (!(err instanceof FileRefused) || !err.absent)
                return { error: err.message };
        }
        try {
            const text = await new LocalGit(root).show(head, file);
            return text === undefined
                ? { error: `not in the workspace, nor in git at ${head}` }
                : { text };
        }
        catch (err) {
            return { error: `not in the workspace, and git cannot read it: ${err.message}` };
        }
    };
}


/***/ })

};
