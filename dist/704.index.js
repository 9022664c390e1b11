export const id = 704;
export const ids = [704];
export const modules = {

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDocument: () => (/* binding */ readDocument)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(668);
/**
 * A YAML document read through yaml's document model: the reference reading
 * of YamlSource, for every file the fast reading (yaml-events.ts) leaves to
 * it. Loaded on first need (loadYaml in yaml-source.ts).
 */



/** What aliases may expand to, in nodes: an untrusted file's bound. */
const MAX_EXPANDED_NODES = 1_000_000;
/** `logLevel: 'error'` keeps yaml from writing warnings to the console: they are returned instead. */
const COMPOSE_OPTIONS = {
    merge: true,
    uniqueKeys: true,
    version: '1.2',
    logLevel: 'error',
};
/** The document's value, warnings and reading; throws YamlSyntaxError with a position. */
function readDocument(text) {
    const lines = new Lines(text);
    const tokens = [...new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(lines.counter.addNewLine).parse(lines.text)];
    checkDepth(tokens, lines);
    const docs = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Composer */ .Dk(COMPOSE_OPTIONS).compose(tokens, true, text.length);
    const doc = docs.next().value;
    const second = docs.next().value;
    if (doc.errors.length)
        throw syntaxError(doc, doc.errors[0], lines);
    if (second) {
        const at = second.contents?.range[0] ?? second.range[0];
        throw new _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .nN('the file holds several YAML documents; keep one', lines.at(at));
    }
    // Without a `*` no node is an alias, and without `<<` nothing merges: nothing to check.
    const targets = text.includes('*') || text.includes('<<') ? checkAliases(doc, lines) : new Map();
    let value;
    try {
        // The exact expansion bound above replaces yaml's maxAliasCount heuristic, which multiplies
        // counts and rejects large files whose anchors build on other anchors.
        value = doc.toJS({ maxAliasCount: -1 });
    }
    catch (err) {
        throw new _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .nN(`cannot read the YAML: ${err.message}`, lines.at(0));
    }
    const warnings = doc.warnings.map((w) => ({
        message: w.code === 'TAG_RESOLVE_FAILED'
            ? `${yamlMessage(w)}; the value is read as if it had no tag`
            : yamlMessage(w),
        position: lines.at(w.pos[0]),
    }));
    return { value, warnings, reading: new DocumentReading(doc, lines, targets) };
}
/**
 * Positions and numbers from yaml's document model: node ranges through the
 * parser's `LineCounter`.
 */
class DocumentReading {
    doc;
    lines;
    targets;
    constructor(doc, lines, 
    /** What each alias refers to, recorded in document order when the aliases were checked. */
    targets) {
        this.doc = doc;
        this.lines = lines;
        this.targets = targets;
    }
    /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
    locate(path, which = 'node') {
        let node = this.doc.contents;
        let key;
        for (const step of path) {
            const at = this.deref(node);
            const pair = typeof step === 'number'
                ? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(at) && step < at.items.length
                    ? { key: undefined, value: at.items[step] }
                    : undefined
                : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(at)
                    ? this.findPair(at, step)
                    : undefined;
            if (!pair)
                break;
            key = pair.key;
            node = pair.value ?? pair.key;
        }
        const target = which === 'key' && key ? key : node;
        return this.span(target);
    }
    position(offset) {
        return this.lines.at(offset);
    }
    /**
     * Numbers under the nodes at `roots` whose text would not survive as written.
     * Aliases and merge keys are followed; a node reached twice is reported once, where it is written.
     */
    alteredNumbers(roots) {
        const found = [];
        // Only aliases reach a node twice, so only anchored nodes need remembering.
        const seen = new Set();
        const path = [];
        const check = (node, isKey) => {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== 'number' || node.source === undefined)
                return;
            const json = JSON.stringify(node.value) ?? 'null';
            if (json === node.source)
                return;
            const { source: text, value } = node;
            found.push({ path: [...path], isKey, text, value, json, position: this.span(node, false) });
        };
        const walk = (raw) => {
            const node = this.deref(raw);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.anchor) {
                if (seen.has(node))
                    return;
                seen.add(node);
            }
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                node.items.forEach((item, i) => {
                    path.push(i);
                    walk(item);
                    path.pop();
                });
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                for (const pair of node.items) {
                    if (isMergeKey(pair.key)) {
                        // Merged fields belong to this mapping: its path, not the merge list's.
                        const sources = this.deref(pair.value);
                        for (const source of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items : [sources])
                            walk(source);
                        continue;
                    }
                    path.push(keyName(pair.key) ?? '?');
                    check(pair.key, true);
                    walk(pair.value);
                    path.pop();
                }
            }
            else
                check(node, false);
        };
        for (const root of roots) {
            const node = this.nodeAt(root);
            if (node === undefined)
                continue;
            path.splice(0, path.length, ...root);
            walk(node);
        }
        return found;
    }
    nodeAt(path) {
        let node = this.doc.contents;
        for (const step of path) {
            const at = this.deref(node);
            if (typeof step === 'number')
                node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(at) ? at.items[step] : undefined;
            else
                node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(at) ? this.findPair(at, step)?.value : undefined;
            if (node === undefined || node === null)
                return undefined;
        }
        return node;
    }
    /** The node an alias stands for; any other node as it is. */
    deref(node) {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? this.targets.get(node) : node;
    }
    /** The pair whose key reads as `name`: the mapping's own first, then its merge sources in order. */
    findPair(map, name, depth = 0) {
        const own = map.items.find((p) => !isMergeKey(p.key) && keyName(p.key) === name);
        if (own || depth > _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr)
            return own;
        for (const pair of map.items) {
            if (!isMergeKey(pair.key))
                continue;
            const sources = this.deref(pair.value);
            for (const source of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items : [sources]) {
                const merged = this.deref(source);
                const found = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(merged) ? this.findPair(merged, name, depth + 1) : undefined;
                if (found)
                    return found;
            }
        }
        return undefined;
    }
    /** Where a node's text is; `props: false` skips its anchor and tag, to point at the value itself. */
    span(node, props = true) {
        const range = node?.range;
        if (!range)
            return this.lines.at(0);
        const start = props ? this.lines.nodeStart(node, range[0]) : range[0];
        const pos = this.lines.at(start);
        const endLine = this.lines.at((0,_yaml_events_js__WEBPACK_IMPORTED_MODULE_1__/* .lastNonBlank */ .KL)(this.lines.text, start, range[1])).line;
        return endLine > pos.line ? { ...pos, endLine } : pos;
    }
}
/** The text as parsed and its line numbering; YAML ends a line at LF, CRLF or a lone CR. */
class Lines {
    counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    /** yaml breaks lines only at LF: a lone CR becomes LF, same length, so offsets hold. */
    text;
    constructor(original) {
        this.text = (0,_yaml_events_js__WEBPACK_IMPORTED_MODULE_1__/* .lineBreaksAsLf */ .Xn)(original);
    }
    at(offset) {
        const { line, col } = this.counter.linePos(Math.max(0, Math.min(offset, this.text.length)));
        return { line, col };
    }
    /**
     * Where a node's text starts: at its anchor or tag when it has them (yaml's range starts at
     * the value), and at the `-` or `:` that introduces an empty value.
     */
    nodeStart(node, offset) {
        const t = this.text;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && node.range && node.range[1] === offset) {
            let i = offset;
            while (i > 0 && (t[i - 1] === ' ' || t[i - 1] === '\t'))
                i--;
            if (i > 0 && (t[i - 1] === '-' || t[i - 1] === ':' || t[i - 1] === '?'))
                return i - 1;
        }
        let start = offset;
        const props = [node.anchor && `&${node.anchor}`, node.tag && '!'].filter(Boolean);
        while (props.length) {
            let end = start;
            while (end > 0 && /\s/.test(t[end - 1]))
                end--;
            let begin = end;
            while (begin > 0 && !/\s/.test(t[begin - 1]))
                begin--;
            const word = t.slice(begin, end);
            const i = props.findIndex((p) => (p === '!' ? word.startsWith('!') : word === p));
            if (i < 0)
                break;
            props.splice(i, 1);
            start = begin;
        }
        return start;
    }
}
function syntaxError(doc, err, lines) {
    let offset = err.pos[0];
    if (err.code === 'DUPLICATE_KEY') {
        const dup = findDuplicate(doc.contents, offset);
        if (dup) {
            return new _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .nN(`duplicate key "${dup.name}" at lines ${lines.at(dup.first).line} and ${lines.at(offset).line}; a mapping holds each key once`, lines.at(offset));
        }
    }
    // yaml points at the start of an ill-indented line; the token after the indentation is the culprit.
    const t = lines.text;
    let lineStart = offset;
    while (lineStart > 0 && t[lineStart - 1] === ' ')
        lineStart--;
    if (lineStart === 0 || t[lineStart - 1] === '\n')
        while (t[offset] === ' ')
            offset++;
    return new _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .nN(yamlMessage(err), lines.at(offset));
}
/** yaml's message, as the tail of "invalid YAML: …". */
function yamlMessage(err) {
    const m = err.message;
    return /^[A-Z][a-z]/.test(m) ? m[0].toLowerCase() + m.slice(1) : m;
}
/** The key at `offset` that repeats an earlier key of its mapping, and where that one starts. */
function findDuplicate(root, offset) {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const i = node.items.findIndex((p) => p.key?.range?.[0] === offset);
            const name = i >= 0 ? keyName(node.items[i].key) : undefined;
            const first = name === undefined ? undefined : node.items.find((p) => keyName(p.key) === name);
            if (name !== undefined && first)
                return { name, first: first.key.range[0] };
            for (const p of node.items)
                stack.push(p.key, p.value);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            stack.push(...node.items);
    }
    return undefined;
}
/** The property name a key becomes in the value (as yaml's toJS names it); undefined for a collection. */
function keyName(key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return undefined;
    const v = key.value;
    if (v === null || v === undefined)
        return '';
    return typeof v === 'object' || typeof v === 'symbol' ? undefined : String(v);
}
/** A plain `<<` key, which yaml resolves to its merge tag; a quoted "<<" is an ordinary key. */
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol';
}
/**
 * Nesting beyond MAX_DEPTH is refused on the parser's tokens, before the document is built:
 * building one recurses per level, and a few thousand levels exhaust the stack.
 */
function checkDepth(tokens, lines) {
    // Two parallel stacks, pushed in reverse so the first offender in the text is found first.
    const stack = [...tokens].reverse();
    const depths = stack.map(() => 0);
    while (stack.length) {
        const token = stack.pop();
        const depth = depths.pop();
        if (!token)
            continue;
        if (token.type === 'document') {
            stack.push(token.value);
            depths.push(depth);
        }
        else if (token.type === 'block-map' ||
            token.type === 'block-seq' ||
            token.type === 'flow-collection') {
            if (depth >= _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr) {
                throw new _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .nN(`values are nested more than ${_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr} levels deep; a matrix file needs far fewer`, lines.at(token.offset));
            }
            for (let i = token.items.length - 1; i >= 0; i--) {
                const item = token.items[i];
                stack.push(item.value, 'key' in item ? item.key : undefined);
                depths.push(depth + 1, depth + 1);
            }
        }
    }
}
/**
 * Aliases share nodes, so a small file can stand for a huge tree ("billion laughs"). Walks the
 * document once in order, sizing each anchored node the first time and each alias from that,
 * so the bound is exact and the error points at the alias that crosses it. Also refuses what
 * toJS cannot build: an alias before its anchor or inside it, a merge of something other than
 * mappings, and a quoted "<<" (a plain field of that name, which would reach the matrix).
 */
function checkAliases(doc, lines) {
    const anchors = new Map();
    const targets = new Map();
    const sizes = new Map();
    const open = new Set();
    let total = 0;
    const fail = (message, node) => {
        throw new _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .YamlSyntaxError */ .nN(message, lines.at(node?.range?.[0] ?? 0));
    };
    const visit = (node) => {
        if (!node || typeof node !== 'object')
            return;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = anchors.get(node.source);
            if (!target)
                fail(`alias *${node.source} comes before any anchor &${node.source}`, node);
            if (open.has(target))
                fail('an alias refers to a node that contains it; YAML values here must be trees', node);
            targets.set(node, target);
            total += sizes.get(target);
            if (total > MAX_EXPANDED_NODES) {
                fail(`aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes; write the values out or use fewer aliases`, node);
            }
            return;
        }
        const n = node;
        const before = total++;
        if (n.anchor) {
            anchors.set(n.anchor, n);
            open.add(n);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n)) {
            for (const pair of n.items) {
                visit(pair.key);
                visit(pair.value);
                if (isMergeKey(pair.key))
                    checkMerge(pair.value);
                else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === '<<' && pair.key.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN) {
                    fail('a quoted "<<" is a field named <<, not a merge; write <<: unquoted to merge', pair.key);
                }
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n))
            for (const item of n.items)
                visit(item);
        if (n.anchor) {
            open.delete(n);
            sizes.set(n, total - before);
        }
    };
    const deref = (node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? targets.get(node) : node);
    const checkMerge = (value) => {
        const sources = deref(value);
        const ok = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(sources) ? sources.items.every((s) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(deref(s))) : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(sources);
        if (!ok)
            fail('`<<` merges mappings: give it a mapping, an alias of one, or a list of them', value);
    };
    visit(doc.contents);
    return targets;
}


/***/ })

};
