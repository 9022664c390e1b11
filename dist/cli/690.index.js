export const id = 690;
export const ids = [690];
export const modules = {

/***/ 6690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readPublished: () => (/* binding */ readPublished)
/* harmony export */ });
/* harmony import */ var _core_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5263);
/* harmony import */ var _core_published_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7685);
/* harmony import */ var _core_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1688);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4675);
/* harmony import */ var _revisions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7890);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4660);
/**
 * Reads the published state for `base: published`: each image's reference
 * (the `published-image` template filled from its first entry), the
 * registry's answer for it, and, once per distinct published revision, the
 * change from that revision to the head — found as for a push (git when it
 * holds both commits, else the compare API, whose 300-file cap builds) and
 * read at that revision (the matrix file, guarded schemas).
 */






const COMMIT = /^[0-9a-f]{7,64}$/;
async function readPublished(req) {
    const entries = [...req.matrix.linux, ...req.matrix.darwin];
    const images = (0,_core_published_js__WEBPACK_IMPORTED_MODULE_0__/* .imagesOf */ .IC)(entries);
    const template = (0,_core_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .toTemplate */ .Cn)(req.template);
    const warnings = [];
    const notes = [];
    const [{ readDockerConfig }, { RegistryHttp }, { inspect }, { parseReference }] = await Promise.all([
        __webpack_require__.e(/* import() */ 653).then(__webpack_require__.bind(__webpack_require__, 3653)),
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(851)]).then(__webpack_require__.bind(__webpack_require__, 8851)),
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(779), __webpack_require__.e(495)]).then(__webpack_require__.bind(__webpack_require__, 495)),
        __webpack_require__.e(/* import() */ 310).then(__webpack_require__.bind(__webpack_require__, 9310)),
    ]);
    const config = await readDockerConfig(req.env, req.secret);
    warnings.push(...config.problems);
    if (config.file)
        notes.push(`registry credentials: ${config.auths.size} registr(y/ies) in ${config.file}`);
    const http = new RegistryHttp(config.auths, req.limits);
    const started = Date.now();
    const lookups = new Map();
    const asked = new Map();
    try {
        await Promise.all([...images].map(async ([tagSuffix, legs]) => {
            const filled = fill(template, legs[0]);
            if (typeof filled !== 'string') {
                lookups.set(tagSuffix, { reference: filled });
                return;
            }
            let ref;
            try {
                ref = parseReference(filled);
            }
            catch (err) {
                lookups.set(tagSuffix, { reference: { error: err.message } });
                return;
            }
            let answer = asked.get(filled);
            if (!answer)
                asked.set(filled, (answer = inspect(http, ref)));
            lookups.set(tagSuffix, {
                reference: filled,
                registry: ref.registry,
                name: ref.name,
                answer: await answer,
            });
        }));
    }
    finally {
        http.dispose();
    }
    const asking = Date.now() - started;
    const verdicts = new Map();
    for (const [tagSuffix, legs] of images) {
        const v = (0,_core_published_js__WEBPACK_IMPORTED_MODULE_0__/* .imageVerdict */ .FN)(legs, lookups.get(tagSuffix));
        verdicts.set(tagSuffix, v);
        if (v.kind === 'build' && v.warning)
            warnings.push(v.warning);
    }
    warnings.push(...(0,_core_published_js__WEBPACK_IMPORTED_MODULE_0__/* .uncertainWarnings */ .xA)(lookups));
    const revisions = [
        ...new Set([...verdicts.values()].flatMap((v) => (v.kind === 'compare' ? [v.revision] : []))),
    ];
    const changes = new Map();
    await Promise.all(revisions.map(async (r) => changes.set(r, await changeSince(r, req))));
    notes.push(`registries: ${http.stats.requests} request(s) for ${images.size} image(s), at most ${http.stats.peakInFlight} in flight, in ${asking} ms; ${revisions.length} distinct published revision(s) diffed in ${Date.now() - started - asking} ms`);
    return {
        state: { verdicts, changes, warnings },
        notes,
        stats: {
            images: images.size,
            requests: http.stats.requests,
            peakInFlight: http.stats.peakInFlight,
            revisions: revisions.length,
        },
    };
}
/** `published-image` for one entry, its values literal; why it cannot be filled otherwise. */
function fill(t, entry) {
    const missing = t.fields.filter((f) => !(0,_core_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(entry.fields[f]));
    if (missing.length)
        return { error: `the entry has no value for ${missing.map((f) => `{${f}}`).join(', ')}` };
    return t.text.replace(/\{([^{},]*)\}/g, (_, f) => (0,_core_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(entry.fields[f]));
}
/** The change from a published revision to the head, or why it cannot be used. */
async function changeSince(revision, req) {
    if (!COMMIT.test(revision))
        return {
            kind: 'all',
            cause: `the published revision "${revision.slice(0, 80)}" is not a commit SHA`,
        };
    const list = await filesSince(revision, req);
    if (typeof list === 'string')
        return { kind: 'all', cause: list };
    const reader = new _revisions_js__WEBPACK_IMPORTED_MODULE_5__/* .Revisions */ .h(req.access, {
        base: revision,
        head: req.head,
        added: new Set(list.added),
        workspaceHead: req.workspaceHead,
        useApi: req.useApi,
    });
    const change = {
        kind: 'files',
        files: list.files,
        baseMatrix: await (0,_detect_js__WEBPACK_IMPORTED_MODULE_2__/* .baseMatrix */ .$v)(req.matrixPath, list.files, reader),
        schemas: await (0,_schemas_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaVerdicts */ .I)(req.matrix.rules, list.files, reader),
    };
    if (!req.workspaceHead && change.baseMatrix && !('error' in change.baseMatrix)) {
        // A local plan of another head: the entry diff compares the file at R with the file there.
        const atHead = await reader.head(req.matrixPath);
        if ('error' in atHead)
            change.baseMatrix = { error: `at the head: ${atHead.error}` };
        else
            change.headMatrix = { text: 'text' in atHead ? atHead.text : '' };
    }
    return change;
}
async function filesSince(revision, req) {
    const r = (0,_core_published_js__WEBPACK_IMPORTED_MODULE_0__/* .shortRev */ .mF)(revision);
    const git = await req.access.repoWith(revision, req.head);
    if (git) {
        try {
            if (!(await git.isAncestor(revision, req.head)))
                return `the published revision ${r} is not an ancestor of the head`;
            return await git.diff(revision, req.head, { mergeBase: true });
        }
        catch (err) {
            if (!req.useApi)
                return `git: ${err.message}`;
        }
    }
    if (!req.useApi)
        return `the published revision ${r} is not in the repository`;
    try {
        const cmp = await req.access.compare(revision, req.head);
        if (cmp.status !== 'ahead' && cmp.status !== 'identical')
            return `the published revision ${r} is not an ancestor of the head (compare status: ${cmp.status})`;
        if (!cmp.complete)
            return `the compare API lists ${cmp.count} files since ${r}, its cap, so the diff may be incomplete`;
        return cmp;
    }
    catch (err) {
        return `the published revision ${r} could not be read (git does not have it; REST API: ${err.message})`;
    }
}


/***/ })

};
