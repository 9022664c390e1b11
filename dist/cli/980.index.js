export const id = 980;
export const ids = [980];
export const modules = {

/***/ 2980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderLineage: () => (/* binding */ renderLineage)
/* harmony export */ });
/* harmony import */ var _core_lineage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(654);
/** The lineage as a tree, for `validate --lineage`: each image under each of its parents. */

const nameOf = (n) => n
    ? `${n.repository}${n.tag === undefined ? '' : `:${n.tag}`}`
    : '(no image: the template cannot be filled)';
const via = (l) => l.site
    ? `${l.site.instruction} ${l.site.reference} at ${l.site.file}:${l.site.line}`
    : `lineage unknown: ${l.unknown ?? ''}`;
function renderLineage(lineage) {
    const depth = (0,_core_lineage_js__WEBPACK_IMPORTED_MODULE_0__.lineageDepth)(lineage);
    const lines = [
        `Image lineage (rules.build.image ${lineage.template}): ${lineage.images.length} images, ${depth} stage(s) to build them all`,
    ];
    const printed = new Set();
    const visit = (image, link, prefix, last, top) => {
        const branch = top ? '' : last ? '└── ' : '├── ';
        const again = printed.has(image);
        const parents = lineage.parents.get(image) ?? [];
        const others = link ? parents.filter((p) => p.parent !== link.parent).map((p) => p.parent) : [];
        const also = others.length ? ` (also under ${others.join(', ')})` : '';
        const detail = link ? `  ← ${via(link)}` : '';
        lines.push(`${prefix}${branch}${image}  ${nameOf(lineage.names.get(image))}${detail}${also}${again ? ' (children above)' : ''}`);
        if (again)
            return;
        printed.add(image);
        const children = lineage.children.get(image) ?? [];
        const inner = top ? '' : prefix + (last ? '    ' : '│   ');
        children.forEach((c, i) => {
            const l = (lineage.parents.get(c) ?? []).find((p) => p.parent === image);
            visit(c, l, inner, i === children.length - 1, false);
        });
    };
    for (const image of lineage.images) {
        if (!(lineage.parents.get(image) ?? []).length)
            visit(image, undefined, '', true, true);
    }
    // Images only reachable through a cycle have no root above them.
    for (const image of lineage.images)
        if (!printed.has(image))
            visit(image, undefined, '', true, true);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
