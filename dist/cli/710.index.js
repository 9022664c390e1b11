export const id = 710;
export const ids = [710];
export const modules = {

/***/ 3710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addImage: () => (/* binding */ addImage),
/* harmony export */   proposeImage: () => (/* binding */ proposeImage),
/* harmony export */   withImage: () => (/* binding */ withImage)
/* harmony export */ });
/* harmony import */ var _core_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5263);
/* harmony import */ var _core_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8684);
/* harmony import */ var _core_lineage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(654);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6357);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4859);





/**
 * The template that makes the most entries children of other entries, or
 * undefined when no Dockerfile names an image of the matrix file.
 * `args`: build-arg name → entry field, as `init` proposes them.
 */
async function proposeImage(matrix, repo, args) {
    const entries = matrix.linux;
    // Field → value → the entries that have it, for single-segment values.
    const values = new Map();
    for (const e of entries) {
        for (const [field, raw] of Object.entries(e.fields)) {
            const v = (0,_core_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(raw);
            if (!v || v.includes('/'))
                continue;
            const byValue = values.get(field) ?? new Map();
            byValue.set(v, [...(byValue.get(v) ?? []), e]);
            values.set(field, byValue);
        }
    }
    const ast = await (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .loadParser */ .q)();
    const children = new Map();
    const parsed = new Map();
    for (const e of entries) {
        const file = dockerfileOf(e);
        if (!parsed.has(file)) {
            const text = repo.read(file);
            parsed.set(file, text === undefined ? undefined : (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDockerfile */ .A)(ast, text));
        }
        const df = parsed.get(file);
        if (!df)
            continue;
        const given = new Map();
        for (const [name, field] of args) {
            const v = (0,_core_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)((0,_core_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(e.fields[field]));
            if (v)
                given.set(name, v);
        }
        const refs = [];
        (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSources */ .l7)(df, { values: given }, (r) => refs.push(r));
        for (const r of refs) {
            if (!r.ok || !(0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_1__.normalizeReference)(r.text))
                continue;
            const name = r.text.replace(/@.*$/, '').replace(/:[^/]*$/, '');
            const slash = name.lastIndexOf('/');
            const last = name.slice(slash + 1);
            const prefix = slash >= 0 ? name.slice(0, slash + 1) : '';
            for (const [field, byValue] of values) {
                const parents = byValue.get(last) ?? [];
                if (!parents.some((p) => p.tagSuffix !== e.tagSuffix))
                    continue;
                const template = `${prefix}{${field}}`;
                const set = children.get(template) ?? new Set();
                set.add(e);
                children.set(template, set);
            }
        }
    }
    let best;
    for (const [template, set] of children) {
        // Ties go to `backend`, the field every entry has.
        const better = !best ||
            set.size > best.children ||
            (set.size === best.children && template.endsWith('{backend}'));
        if (better)
            best = { template, children: set.size };
    }
    return best;
    function dockerfileOf(e) {
        const df = e.fields.dockerfile;
        if (typeof df === 'string' && df.trim())
            return (0,_core_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(df.trim());
        const dir = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .contextDir */ .LE)((0,_core_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(e.fields.context) || '.');
        return dir ? `${dir}/Dockerfile` : 'Dockerfile';
    }
}
/** `init`'s build proposal with the image template added (or made, when there was none). */
function withImage(build, image) {
    if (!image)
        return build;
    const why = `image: ${image.children} entr${image.children === 1 ? 'y builds' : 'ies build'} FROM an image of this file, so a rebuilt parent rebuilds its descendants`;
    return {
        value: { ...(build?.value ?? {}), image: image.template },
        comment: build ? `${build.comment}; ${why}` : `How the entries are built. ${why}`,
    };
}
/** The proposal with `build.image` added when the Dockerfiles name images of the matrix file. */
async function addImage(proposal, matrix, repo, args) {
    const image = await proposeImage(matrix, repo, args);
    return { ...proposal, build: withImage(proposal.build, image) };
}


/***/ })

};
