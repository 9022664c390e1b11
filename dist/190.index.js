export const id = 190;
export const ids = [190];
export const modules = {

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditJson: () => (/* binding */ auditJson),
/* harmony export */   auditMarkdown: () => (/* binding */ auditMarkdown),
/* harmony export */   auditProblems: () => (/* binding */ auditProblems),
/* harmony export */   auditSummaryLine: () => (/* binding */ auditSummaryLine),
/* harmony export */   gapMessage: () => (/* binding */ gapMessage),
/* harmony export */   nameSome: () => (/* binding */ nameSome),
/* harmony export */   unknownMessage: () => (/* binding */ unknownMessage)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6706);

/** A few backend names: "vllm, diffusers, kokoro and 4 more". */
function nameSome(entries, shown = 3) {
    const names = [...new Set(entries.map((e) => e.backend))];
    const head = names.slice(0, shown).join(', ');
    return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function gapMessage(g) {
    const files = g.files.length === 1 && g.files[0] !== g.source
        ? ` (${g.files[0]})`
        : g.files.length > 1
            ? ` (${plural(g.files.length, 'file')}, e.g. ${g.files[0]})`
            : '';
    const missed = g.reached === 1
        ? 'does not rebuild the one entry it reaches'
        : g.entries.length === g.reached
            ? `rebuilds none of the ${g.reached} entries it reaches`
            : `misses ${g.entries.length} of the ${g.reached} entries it reaches`;
    const where = g.suggestion.kind === 'sources'
        ? `add its path to ${g.suggestion.rule === undefined ? 'the sources rule of these entries' : `rules.sources[${g.suggestion.rule}]`}:`
        : g.suggestion.shadowedBy === undefined
            ? 'a shared rule that covers it:'
            : `rules.shared[${g.suggestion.shadowedBy}] matches it first and does not rebuild them; widen its rebuild, or put this rule before it:`;
    return `${g.instruction} ${g.source}${files}: a change to it ${missed} (${nameSome(g.entries)}); ${where}\n${indent(g.suggestion.yaml)}`;
}
const unknownMessage = (u) => `${u.instruction} ${u.source} cannot be checked: ${u.reason} (${plural(u.entries.length, 'entry', 'entries')}: ${nameSome(u.entries)})`;
const indent = (yaml) => yaml
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
/** Every finding located in its file: bad input first, then gaps and unknowns by position. */
function auditProblems(r) {
    const at = (x) => ({ file: x.dockerfile, line: x.line, col: x.col });
    return [
        ...r.problems,
        ...r.gaps.map((g) => ({ level: 'warning', ...at(g), message: gapMessage(g) })),
        ...r.unknowns.map((u) => ({ level: 'warning', ...at(u), message: unknownMessage(u) })),
    ];
}
function auditSummaryLine(r) {
    const { dockerfiles, entries, sources } = r.checked;
    return `audit: ${plural(dockerfiles, 'Dockerfile')}, ${plural(entries, 'entry', 'entries')}, ${plural(sources, 'source')} checked: ${plural(r.gaps.length, 'gap')}, ${r.unknowns.length} cannot be checked, ${plural(r.problems.length, 'problem')}`;
}
/** The machine-readable report (`--format json`). */
function auditJson(r) {
    const site = (x) => ({
        dockerfile: x.dockerfile,
        line: x.line,
        col: x.col,
        instruction: x.instruction,
        source: x.source,
    });
    const names = (es) => es.map((e) => ({
        backend: e.backend,
        'tag-suffix': e.tagSuffix,
        'platform-tag': e.platformTag || undefined,
        os: e.os,
    }));
    return {
        checked: r.checked,
        gaps: r.gaps.map((g) => ({
            ...site(g),
            reached: g.reached,
            entries: names(g.entries),
            files: g.files,
            suggestion: g.suggestion,
        })),
        unknowns: r.unknowns.map((u) => ({ ...site(u), reason: u.reason, entries: names(u.entries) })),
        problems: r.problems,
    };
}
// The step summary's own escaping: the audit's section escapes no less than the findings list.
const cell = _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV;
/** Several lines (a YAML suggestion) in one table cell. */
const code = (s) => `<code>${s.split('\n').map(_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV).join('<br>')}</code>`;
/** A step-summary section; '' when there is nothing to report. */
function auditMarkdown(r) {
    if (!r.gaps.length && !r.unknowns.length && !r.problems.length) {
        return `### Dockerfile audit\n\nNo gaps: every file the ${plural(r.checked.dockerfiles, 'Dockerfile')} read from the build context selects the entries it reaches.\n`;
    }
    const out = ['### Dockerfile audit', '', `${auditSummaryLine(r).replace(/^audit: /, '')}.`, ''];
    if (r.gaps.length) {
        out.push('| where | source | entries missed | rule that covers it |', '|---|---|---|---|');
        for (const g of r.gaps) {
            out.push(`| ${code(`${g.dockerfile}:${g.line}`)} | ${code(`${g.instruction} ${g.source}`)} | ${g.entries.length} of ${g.reached}: ${cell(nameSome(g.entries))} | ${code(g.suggestion.yaml)} |`);
        }
        out.push('');
    }
    if (r.unknowns.length) {
        out.push('Cannot be checked:', '');
        for (const u of r.unknowns)
            out.push(`- ${code(`${u.dockerfile}:${u.line}`)} ${code(`${u.instruction} ${u.source}`)}: ${cell(u.reason)}`);
        out.push('');
    }
    if (r.problems.length) {
        out.push('Problems:', '');
        for (const p of r.problems)
            out.push(`- ${code(`${p.file}:${p.line}:${p.col}`)} ${cell(p.message)}`);
        out.push('');
    }
    return out.join('\n');
}


/***/ })

};
