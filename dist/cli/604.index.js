export const id = 604;
export const ids = [604];
export const modules = {

/***/ 8604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareSchemas: () => (/* binding */ compareSchemas)
});

// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(1853);
var protobufjs_default = /*#__PURE__*/__webpack_require__.n(protobufjs);
;// CONCATENATED MODULE: ./src/core/schema-bounds.ts
/**
 * How much schema the comparison reads, checked in one linear pass before
 * protobufjs sees the text. A pull request controls the schema's head, and
 * protobufjs's parse is quadratic in the fields of one message (measured:
 * 1,000 fields 0.08 s, 5,000 1.7 s, 20,000 53 s), so a message's size is
 * bounded on its own as well as the file's. Beyond a bound the edit counts as
 * breaking, with the reason: building too much is the safe answer.
 *
 * The same pass finds the imports with their `weak`/`public` modifier, which
 * protobufjs does not keep apart.
 */
const SCHEMA_BOUNDS = {
    /** UTF-8 bytes of one revision. Real service schemas are tens of KB. */
    bytes: 1024 * 1024,
    /** Statements and blocks in one revision. */
    declarations: 20_000,
    /**
     * Statements (fields, options, reserved, nested blocks) directly in one
     * message, its oneofs included. Enums and services parse in linear time and
     * have only the file's bound. At this bound the slowest input the file's
     * bound allows (20 messages of 1,000 fields) parses in about a second.
     */
    perMessage: 1_000,
};
const count = (n) => n.toLocaleString('en-US');
/** The file's size and shape, or the bound it goes over (a phrase after "its head revision"). */
function checkBounds(text) {
    const bytes = utf8Length(text, SCHEMA_BOUNDS.bytes);
    if (bytes > SCHEMA_BOUNDS.bytes) {
        return {
            over: `is larger than ${count(SCHEMA_BOUNDS.bytes)} bytes, the most a compared schema may have, so the edit counts as breaking`,
        };
    }
    return new Scanner(text).run();
}
/** UTF-8 length, counted no further than just past `stop`. */
function utf8Length(text, stop) {
    if (text.length > stop)
        return text.length;
    let n = 0;
    for (let i = 0; i < text.length && n <= stop; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        // A surrogate pair is one 4-byte character: the high half counts it.
        else if (c >= 0xd800 && c <= 0xdbff)
            n += 4;
        else if (c >= 0xdc00 && c <= 0xdfff)
            continue;
        else
            n += 3;
    }
    return n;
}
const LINEAR = new Set(['enum', 'service']);
/** What ends a token for protobufjs's tokenizer: white space and punctuation. */
const DELIMITER = /[\s{}=;:[\],'"()<>]/;
const BLOCKS = new Set(['message', 'enum', 'service', 'oneof', 'rpc', 'extend']);
/** A lexer that knows strings, comments, statements and blocks, and nothing else. */
class Scanner {
    text;
    i = 0;
    line = 1;
    declarations = 0;
    stack = [{ kind: 'file', name: '', line: 1, members: 0 }];
    /** The current statement's first words and string literals (only the first few are kept). */
    words = [];
    strings = [];
    imports = new Map();
    constructor(text) {
        this.text = text;
    }
    run() {
        const t = this.text;
        while (this.i < t.length) {
            const c = t[this.i];
            if (c === '"' || c === "'") {
                this.string(c);
            }
            else if (c === ';' || c === '{' || c === '}') {
                const over = this.punct(c);
                if (over)
                    return { over };
                this.i++;
            }
            else if (DELIMITER.test(c)) {
                if (c === '\n')
                    this.line++;
                this.i++;
            }
            else if (c === '/' && t[this.i + 1] === '/') {
                // As protobufjs reads it: a comment only where a token would start.
                while (this.i < t.length && t[this.i] !== '\n')
                    this.i++;
            }
            else if (c === '/' && t[this.i + 1] === '*') {
                // `/*/` closes itself in protobufjs's reading, so the end is looked for from the `*`.
                const end = t.indexOf('*/', this.i + 1);
                this.skip(end < 0 ? t.length : end + 2);
            }
            else {
                const from = this.i;
                while (this.i < t.length && !DELIMITER.test(t[this.i]))
                    this.i++;
                if (this.words.length < 3)
                    this.words.push(t.slice(from, this.i));
            }
        }
        return { imports: this.imports, declarations: this.declarations };
    }
    /** Moves to `to`, counting the lines passed. */
    skip(to) {
        for (let k = this.i; k < to; k++)
            if (this.text[k] === '\n')
                this.line++;
        this.i = to;
    }
    /** A string literal, which may span lines (protobufjs reads it so). */
    string(quote) {
        const t = this.text;
        const from = this.i + 1;
        let k = from;
        while (k < t.length && t[k] !== quote)
            k += t[k] === '\\' ? 2 : 1;
        // Only an import's path is kept, and only a few strings per statement.
        if (this.strings.length < 4 && this.words[0] === 'import')
            this.strings.push(t.slice(from, k));
        this.skip(Math.min(t.length, k + 1));
    }
    /** A statement ends or a block opens or closes; the bound it goes over, if any. */
    punct(c) {
        const words = this.words;
        const strings = this.strings;
        this.words = [];
        this.strings = [];
        if (c === '}') {
            if (this.stack.length > 1)
                this.stack.pop();
            return undefined;
        }
        if (++this.declarations > SCHEMA_BOUNDS.declarations) {
            return `has more than ${count(SCHEMA_BOUNDS.declarations)} declarations, the most a compared schema may have, so the edit counts as breaking`;
        }
        if (c === ';' && words[0] === 'import' && this.stack.length === 1) {
            const modifier = words[1] === 'weak' || words[1] === 'public' ? words[1] : '';
            this.imports.set(strings.join(''), modifier);
        }
        const over = this.member();
        if (over || c === ';')
            return over;
        const kind = BLOCKS.has(words[0]) ? words[0] : words.includes('group') ? 'group' : '';
        const name = (kind === 'group' ? words[words.indexOf('group') + 1] : words[1]) ?? '';
        this.stack.push({ kind, name, line: this.line, members: 0 });
        return undefined;
    }
    /** Counts a statement or nested block against the message it belongs to. */
    member() {
        let k = this.stack.length - 1;
        while (k > 0 && this.stack[k].kind === 'oneof')
            k--;
        const frame = this.stack[k];
        if (k === 0 || LINEAR.has(frame.kind))
            return undefined;
        if (++frame.members <= SCHEMA_BOUNDS.perMessage)
            return undefined;
        const what = frame.kind ? `${frame.kind} ${frame.name}`.trim() : 'a block';
        return `has more than ${count(SCHEMA_BOUNDS.perMessage)} fields and statements in ${what} (line ${frame.line}), the most a compared message may have, so the edit counts as breaking`;
    }
}

;// CONCATENATED MODULE: ./src/core/proto-diff.ts
/**
 * Whether an edit to a Protocol Buffers schema only adds declarations. Pure:
 * two texts in, a verdict out.
 *
 * Each revision becomes a table of declarations keyed by kind and name
 * (relative to the package, so a package change is one difference, not one per
 * message): file options wherever they sit (before or after `package`),
 * imports, messages, fields, enums, services. The edit is additive when every
 * declaration of the base is in the head with the same attributes; comments,
 * order and formatting never reach the table. Every step is linear in the
 * declarations, and a schema over the bounds in schema-bounds.ts is not parsed
 * at all: the edit counts as breaking, with the reason.
 */


/** How many additions an additive summary lists, and how many differences a breaking one. */
const ADDITIONS_SHOWN = 5;
const DIFFERENCES_SHOWN = 3;
function compareSchemas(base, head) {
    // Both sides are bounded before either is parsed: protobufjs's parse is
    // quadratic in the fields of one message.
    const scans = [];
    for (const [text, which] of [
        [base, 'base'],
        [head, 'head'],
    ]) {
        const scan = checkBounds(text);
        if ('over' in scan)
            return { additive: false, summary: `its ${which} revision ${scan.over}`, fallback: true };
        scans.push(scan);
    }
    const before = read(base, 'base', scans[0]);
    if ('error' in before)
        return { additive: false, summary: before.error, fallback: true };
    const after = read(head, 'head', scans[1]);
    if ('error' in after)
        return { additive: false, summary: after.error, fallback: true };
    const differences = [...fileDifferences(before, after), ...lost(before.decls, after.decls)];
    if (differences.length)
        return { additive: false, summary: listed(differences, DIFFERENCES_SHOWN) };
    const additions = gained(before.decls, after.decls);
    return {
        additive: true,
        summary: additions.length
            ? `only adds ${listed(additions, ADDITIONS_SHOWN)}`
            : 'only changes comments or formatting',
    };
}
const listed = (items, shown) => items.length > shown
    ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`
    : items.join(', ');
function read(text, which, scan) {
    let parsed;
    try {
        parsed = protobufjs_default().parse(text, { keepCase: true, alternateCommentMode: true });
    }
    catch (err) {
        const message = String(err?.message ?? err).replace(/\s*\(line (\d+)\)/, ' at line $1');
        return { error: `its ${which} revision does not parse: ${message}` };
    }
    try {
        return new Tabulator(parsed, scan.imports).revision();
    }
    catch (err) {
        // Fail safe: a schema this module cannot read counts as breaking.
        return {
            error: `its ${which} revision could not be compared: ${String(err?.message ?? err)}`,
        };
    }
}
const SCALARS = new Set([
    'double',
    'float',
    'int32',
    'int64',
    'uint32',
    'uint64',
    'sint32',
    'sint64',
    'fixed32',
    'fixed64',
    'sfixed32',
    'sfixed64',
    'bool',
    'string',
    'bytes',
]);
const MESSAGE_MAX = 536870911;
const ENUM_MAX = 2147483647;
/** Options protobufjs records that other attributes already describe. */
const IMPLIED_OPTIONS = new Set(['proto3_optional']);
/** Walks one parsed file and records its declarations. */
class Tabulator {
    imports;
    decls = new Map();
    top;
    prefix;
    syntax;
    parsed;
    constructor(parsed, imports) {
        this.imports = imports;
        this.parsed = parsed;
        const pkg = parsed.package ?? '';
        this.top = pkg ? parsed.root.lookup(pkg) : parsed.root;
        this.prefix = pkg ? `.${pkg}.` : '.';
    }
    revision() {
        // protobufjs keeps the options written before `package` on the root and
        // those after it on the package's namespace: both are the file's options.
        const options = optionValues(this.parsed.root);
        if (this.top !== this.parsed.root) {
            for (const [name, value] of optionValues(this.top)) {
                // Written on both sides of `package` (protoc refuses it): both values count.
                const before = options.get(name);
                options.set(name, before ? plain(`${before.key}|${value.key}`) : value);
            }
        }
        for (const [name, value] of options) {
            this.add({
                id: `option ${name}`,
                added: `option ${name}`,
                attrs: new Map([['value', value]]),
            });
        }
        // The parser's imports are the authority; it does not tell `import public`
        // from `import`, which the scan does.
        const weak = new Set(this.parsed.weakImports ?? []);
        for (const file of new Set([...(this.parsed.imports ?? []), ...weak])) {
            const modifier = weak.has(file)
                ? 'weak'
                : this.imports.get(file) === 'public'
                    ? 'public'
                    : '';
            const id = `import "${file}"`;
            this.add({ id, added: id, attrs: new Map([['modifier', plain(modifier)]]) });
        }
        this.walk(this.top, undefined);
        return { syntax: this.syntax, pkg: this.parsed.package ?? '', decls: this.decls };
    }
    add(decl) {
        this.decls.set(decl.id, decl);
    }
    walk(ns, parent) {
        for (const child of ns.nestedArray) {
            // protobufjs records the file's syntax on its top-level declarations only.
            this.syntax ??= child._edition ?? undefined;
            if (child instanceof (protobufjs_default()).Type)
                this.message(child, parent);
            else if (child instanceof (protobufjs_default()).Enum)
                this.enum(child, parent);
            else if (child instanceof (protobufjs_default()).Service)
                this.service(child);
            else if (child instanceof (protobufjs_default()).Field)
                this.extension(child, parent);
            else if (child instanceof (protobufjs_default()).Namespace)
                this.walk(child, parent);
        }
    }
    name(obj) {
        const full = obj.fullName;
        return full.startsWith(this.prefix) ? full.slice(this.prefix.length) : full;
    }
    message(type, parent) {
        const name = this.name(type);
        const id = `message ${name}`;
        const attrs = optionAttrs(type);
        if (type.group)
            attrs.set('kind', plain('group'));
        this.add({
            id,
            added: id,
            parent,
            attrs,
            spans: {
                max: MESSAGE_MAX,
                reserved: numberSpans(type.reserved),
                reservedNames: nameList(type.reserved),
                extensions: numberSpans(type.extensions),
            },
        });
        const synthetic = new Set();
        for (const oneof of type.oneofsArray) {
            const only = oneof.oneof.length === 1 ? type.fields[oneof.oneof[0]] : undefined;
            if (only?.options?.proto3_optional) {
                synthetic.add(oneof);
                continue;
            }
            const oid = `oneof ${name}.${oneof.name}`;
            this.add({ id: oid, added: oid, parent: id, attrs: optionAttrs(oneof) });
        }
        for (const field of type.fieldsArray) {
            // Extensions of this message declared elsewhere appear here as copies.
            if (field.declaringField || field.name.startsWith('.'))
                continue;
            const oneof = field.partOf && !synthetic.has(field.partOf) ? field.partOf.name : undefined;
            const fid = `field ${name}.${field.name}`;
            const attrs = this.fieldAttrs(field);
            if (oneof !== undefined)
                attrs.set('oneof', plain(oneof));
            this.add({
                id: fid,
                added: `${fid} = ${field.id}`,
                parent: oneof === undefined ? id : `oneof ${name}.${oneof}`,
                scope: id,
                attrs,
            });
        }
        this.walk(type, id);
    }
    fieldAttrs(field) {
        const attrs = new Map([['number', plain(String(field.id))]]);
        const value = this.typeRef(field.parent, field.type);
        attrs.set('type', field instanceof (protobufjs_default()).MapField
            ? {
                key: `map<${field.keyType}, ${value.key}>`,
                shown: `map<${field.keyType}, ${value.shown}>`,
            }
            : value);
        attrs.set('label', plain(this.label(field)));
        for (const [k, v] of optionAttrs(field))
            attrs.set(k, v);
        return attrs;
    }
    label(field) {
        if (field.rule === 'repeated' || field.rule === 'required')
            return field.rule;
        if (field.options?.proto3_optional)
            return 'optional';
        // An unlabelled proto2 field is optional; in proto3 it has implicit presence.
        return this.syntax === 'proto2' ? 'optional' : 'singular';
    }
    extension(field, parent) {
        const id = `extension ${this.name(field)}`;
        const attrs = this.fieldAttrs(field);
        attrs.set('extendee', this.typeRef(field.parent, field.extend ?? ''));
        this.add({ id, added: `${id} = ${field.id}`, parent, attrs });
    }
    enum(en, parent) {
        const name = this.name(en);
        const id = `enum ${name}`;
        this.add({
            id,
            added: id,
            parent,
            attrs: optionAttrs(en),
            spans: {
                max: ENUM_MAX,
                reserved: numberSpans(en.reserved),
                reservedNames: nameList(en.reserved),
                extensions: [],
            },
        });
        for (const [value, number] of Object.entries(en.values)) {
            const vid = `enum value ${name}.${value}`;
            const attrs = new Map([['number', plain(String(number))]]);
            for (const [k, v] of optionAttrs({ options: en.valuesOptions?.[value] }))
                attrs.set(k, v);
            this.add({ id: vid, added: `${vid} = ${number}`, parent: id, scope: id, attrs });
        }
    }
    service(service) {
        const name = this.name(service);
        const id = `service ${name}`;
        this.add({ id, added: id, attrs: optionAttrs(service) });
        for (const method of service.methodsArray) {
            const stream = (on, v) => on ? { key: `stream ${v.key}`, shown: `stream ${v.shown}` } : v;
            const attrs = new Map([
                ['request', stream(method.requestStream, this.typeRef(service, method.requestType))],
                ['response', stream(method.responseStream, this.typeRef(service, method.responseType))],
            ]);
            for (const [k, v] of optionAttrs(method))
                attrs.set(k, v);
            const rid = `rpc ${name}.${method.name}`;
            this.add({ id: rid, added: rid, parent: id, attrs });
        }
    }
    /**
     * A type reference as protoc resolves it: scopes from the innermost outwards,
     * the first name component found decides. A type this file does not declare
     * (an import's) keeps its written name.
     */
    typeRef(scope, text) {
        if (SCALARS.has(text))
            return plain(text);
        const parts = text.replace(/^\./, '').split('.');
        const scopes = [];
        if (text.startsWith('.'))
            scopes.push(this.parsed.root);
        else
            for (let s = scope; s; s = s.parent)
                scopes.push(s);
        for (const s of scopes) {
            let found = childOf(s, parts[0]);
            if (!found)
                continue;
            for (const part of parts.slice(1))
                found = found && childOf(found, part);
            if (found instanceof (protobufjs_default()).Type || found instanceof (protobufjs_default()).Enum) {
                const name = this.name(found);
                return { key: name, shown: name };
            }
            break;
        }
        return { key: `?${parts.join('.')}`, shown: text };
    }
}
/** A nested type, enum or package namespace (not a field or a service) by name. */
function childOf(ns, name) {
    // Messages and the root are namespaces too.
    if (!(ns instanceof (protobufjs_default()).Namespace))
        return undefined;
    const child = ns.nested?.[name];
    return child instanceof (protobufjs_default()).Type ||
        child instanceof (protobufjs_default()).Enum ||
        (child instanceof (protobufjs_default()).Namespace && !(child instanceof (protobufjs_default()).Service))
        ? child
        : undefined;
}
const plain = (text) => ({ key: text, shown: text });
function optionAttrs(obj) {
    return new Map([...optionValues(obj)].map(([name, v]) => [`option ${name}`, v]));
}
/**
 * Options by name. protobufjs flattens aggregate options in `options`
 * (`(google.api.http).get`) and keeps them whole in `parsedOptions`; both go
 * into the value, grouped under the option's name.
 */
function optionValues(obj) {
    const grouped = new Map();
    const put = (key, item) => {
        const name = key.startsWith('(') && key.includes(')') ? key.slice(0, key.indexOf(')') + 1) : key;
        if (IMPLIED_OPTIONS.has(name))
            return;
        const list = grouped.get(name);
        if (list)
            list.push(item);
        else
            grouped.set(name, [item]);
    };
    const flat = Object.entries(obj.options ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, value] of flat)
        put(key, [key, value]);
    for (const parsed of obj.parsedOptions ?? []) {
        for (const [key, value] of Object.entries(parsed))
            put(key, ['parsed', key, value]);
    }
    return new Map([...grouped].map(([name, items]) => [name, plain(canonical(items))]));
}
/** JSON with object keys sorted: `{a, b}` and `{b, a}` are one option value. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}
function numberSpans(list) {
    const spans = (list ?? [])
        .filter((r) => Array.isArray(r))
        .map(([a, b]) => [a, b])
        .sort((x, y) => x[0] - y[0]);
    const merged = [];
    for (const [a, b] of spans) {
        const last = merged[merged.length - 1];
        if (last && a <= last[1] + 1)
            last[1] = Math.max(last[1], b);
        else
            merged.push([a, b]);
    }
    return merged;
}
const nameList = (list) => (list ?? []).filter((r) => typeof r === 'string');
/** The parts of `a` that `b` does not cover (both sorted and merged), in one pass over each. */
function uncovered(a, b) {
    const out = [];
    let j = 0;
    for (const [start, end] of a) {
        // Spans of `b` wholly before this one are before every later one too.
        while (j < b.length && b[j][1] < start)
            j++;
        let from = start;
        for (let k = j; k < b.length && b[k][0] <= end; k++) {
            const [s, e] = b[k];
            if (s > from)
                out.push([from, s - 1]);
            from = Math.max(from, e + 1);
            if (from > end)
                break;
        }
        if (from <= end)
            out.push([from, end]);
    }
    return out;
}
const spanText = ([a, b], max) => a === b ? String(a) : `${a} to ${b >= max ? 'max' : b}`;
/** What of `a`'s reserved and extension ranges `b` lost, as summary items. */
function spanItems(a, b, where, suffix) {
    const items = [];
    for (const s of uncovered(a.reserved, b.reserved))
        items.push(`reserved ${spanText(s, a.max)} in ${where}${suffix}`);
    const kept = new Set(b.reservedNames);
    for (const n of a.reservedNames)
        if (!kept.has(n))
            items.push(`reserved "${n}" in ${where}${suffix}`);
    for (const s of uncovered(a.extensions, b.extensions))
        items.push(`extensions ${spanText(s, a.max)} in ${where}${suffix}`);
    return items;
}
function fileDifferences(a, b) {
    const out = [];
    if (a.syntax && b.syntax && a.syntax !== b.syntax)
        out.push(`syntax changed ${a.syntax} → ${b.syntax}`);
    if (a.pkg !== b.pkg)
        out.push(`package changed ${a.pkg || '(none)'} → ${b.pkg || '(none)'}`);
    return out;
}
/** Every way the head fails to keep a base declaration, in the base's order. */
function lost(base, head) {
    const out = [];
    let newByNumber;
    for (const [id, decl] of base) {
        const now = head.get(id);
        if (!now) {
            // A declaration inside a removed one is covered by that one's removal.
            if (decl.parent !== undefined && !head.has(decl.parent))
                continue;
            let renamed;
            if (decl.scope !== undefined) {
                newByNumber ??= numbered(base, head);
                renamed = newByNumber.get(numberKey(decl));
            }
            out.push(renamed ? `${id} renamed to ${renamed}` : `${id} removed`);
            continue;
        }
        for (const name of new Set([...decl.attrs.keys(), ...now.attrs.keys()])) {
            const was = decl.attrs.get(name);
            const is = now.attrs.get(name);
            if (was?.key !== is?.key)
                out.push(changed(id, name, was, is));
        }
        if (decl.spans && now.spans)
            out.push(...spanItems(decl.spans, now.spans, nameOf(id), ' removed'));
    }
    return out;
}
/** A field or enum value's kind, scope and number: what a rename keeps. */
const numberKey = (d) => `${d.id.slice(0, d.id.lastIndexOf(' '))}\0${d.scope}\0${d.attrs.get('number')?.key}`;
/**
 * The head's new fields and enum values by kind, scope and number, each to
 * its new name (the first in the head's order): a removed declaration whose
 * number a new one of its scope took was renamed. Built once per comparison.
 */
function numbered(base, head) {
    const out = new Map();
    for (const [id, d] of head) {
        if (d.scope === undefined || base.has(id))
            continue;
        const key = numberKey(d);
        if (!out.has(key))
            out.set(key, id.slice(id.lastIndexOf('.') + 1));
    }
    return out;
}
const nameOf = (id) => id.slice(id.lastIndexOf(' ') + 1);
function changed(id, attr, was, is) {
    const from = was?.shown;
    const to = is?.shown;
    // One written name that now resolves to another declaration.
    const where = (v) => v?.key.startsWith('?') ? ' (not declared in this file)' : ' (declared in this file)';
    const arrow = from === to ? `${from}${where(was)} → ${to}${where(is)}` : `${from} → ${to}`;
    switch (attr) {
        case 'value':
            return `${id} changed`;
        case 'modifier':
            return `${id} changed from ${from ? `import ${from}` : 'import'} to ${to ? `import ${to}` : 'import'}`;
        case 'number':
            return `${id} renumbered ${from} → ${to}`;
        case 'type':
            return `${id} retyped ${arrow}`;
        case 'label':
            return `${id} label changed ${from} → ${to}`;
        case 'oneof':
            if (from === undefined)
                return `${id} moved into oneof ${to}`;
            if (to === undefined)
                return `${id} moved out of oneof ${from}`;
            return `${id} moved from oneof ${from} to oneof ${to}`;
        case 'request':
        case 'response':
        case 'extendee':
            return `${id} ${attr} changed ${arrow}`;
        case 'kind':
            return `${id} changed from ${from ?? 'message'} to ${to ?? 'message'}`;
        default:
            // `option <name>` on a declaration.
            return `${id} ${attr} ${from === undefined ? 'added' : to === undefined ? 'removed' : 'changed'}`;
    }
}
/** The head's new declarations (outermost only) and ranges, in the head's order. */
function gained(base, head) {
    const out = [];
    for (const [id, decl] of head) {
        const was = base.get(id);
        if (!was) {
            if (decl.parent === undefined || base.has(decl.parent))
                out.push(decl.added);
            continue;
        }
        if (decl.spans && was.spans)
            out.push(...spanItems(decl.spans, was.spans, nameOf(id), ''));
    }
    return out;
}


/***/ })

};
