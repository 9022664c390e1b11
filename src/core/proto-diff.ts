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
import protobuf from 'protobufjs';
import { checkBounds, type Scan } from './schema-bounds.js';
import type { SchemaVerdict } from './select.js';

/** How many additions an additive summary lists, and how many differences a breaking one. */
const ADDITIONS_SHOWN = 5;
const DIFFERENCES_SHOWN = 3;

export function compareSchemas(base: string, head: string): SchemaVerdict {
  // Both sides are bounded before either is parsed: protobufjs's parse is
  // quadratic in the fields of one message.
  const scans: Scan[] = [];
  for (const [text, which] of [
    [base, 'base'],
    [head, 'head'],
  ] as const) {
    const scan = checkBounds(text);
    if ('over' in scan)
      return { additive: false, summary: `its ${which} revision ${scan.over}`, fallback: true };
    scans.push(scan);
  }
  const before = read(base, 'base', scans[0]);
  if ('error' in before) return { additive: false, summary: before.error, fallback: true };
  const after = read(head, 'head', scans[1]);
  if ('error' in after) return { additive: false, summary: after.error, fallback: true };

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

const listed = (items: readonly string[], shown: number): string =>
  items.length > shown
    ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`
    : items.join(', ');

/** An attribute's identity (`key`) and how a summary names it (`shown`). */
interface Value {
  key: string;
  shown: string;
}

/** Ranges of numbers, inclusive, as protobufjs gives them (`reserved 8 to 12` is [8, 12]). */
type Span = readonly [number, number];

interface Spans {
  /** The largest number a range may reach (`max`): differs for messages and enums. */
  max: number;
  reserved: Span[];
  reservedNames: string[];
  extensions: Span[];
}

interface Decl {
  /** `field ModelOptions.foo`: the kind and the name relative to the package. */
  id: string;
  /** How an addition of it is listed: `field ModelOptions.foo = 42`. */
  added: string;
  /** The enclosing declaration: only the outermost new or removed declaration is listed. */
  parent?: string;
  /** For fields and enum values: the message or enum whose numbers they share. */
  scope?: string;
  attrs: Map<string, Value>;
  spans?: Spans;
}

interface Revision {
  syntax: string | undefined;
  pkg: string;
  decls: Map<string, Decl>;
}

function read(text: string, which: 'base' | 'head', scan: Scan): Revision | { error: string } {
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(text, { keepCase: true, alternateCommentMode: true });
  } catch (err) {
    const message = String((err as Error)?.message ?? err).replace(
      /\s*\(line (\d+)\)/,
      ' at line $1',
    );
    return { error: `its ${which} revision does not parse: ${message}` };
  }
  try {
    return new Tabulator(parsed, scan.imports).revision();
  } catch (err) {
    // Fail safe: a schema this module cannot read counts as breaking.
    return {
      error: `its ${which} revision could not be compared: ${String((err as Error)?.message ?? err)}`,
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

type WithOptions = {
  options?: Record<string, unknown>;
  parsedOptions?: Record<string, unknown>[] | null;
};

/** Walks one parsed file and records its declarations. */
class Tabulator {
  private readonly decls = new Map<string, Decl>();
  private readonly top: protobuf.NamespaceBase;
  private readonly prefix: string;
  private syntax: string | undefined;
  private readonly parsed: protobuf.IParserResult;

  constructor(
    parsed: protobuf.IParserResult,
    private readonly imports: Scan['imports'],
  ) {
    this.parsed = parsed;
    const pkg = parsed.package ?? '';
    this.top = pkg ? (parsed.root.lookup(pkg) as protobuf.Namespace) : parsed.root;
    this.prefix = pkg ? `.${pkg}.` : '.';
  }

  revision(): Revision {
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

  private add(decl: Decl): void {
    this.decls.set(decl.id, decl);
  }

  private walk(ns: protobuf.NamespaceBase, parent: string | undefined): void {
    for (const child of ns.nestedArray) {
      // protobufjs records the file's syntax on its top-level declarations only.
      this.syntax ??= (child as unknown as { _edition?: string | null })._edition ?? undefined;
      if (child instanceof protobuf.Type) this.message(child, parent);
      else if (child instanceof protobuf.Enum) this.enum(child, parent);
      else if (child instanceof protobuf.Service) this.service(child);
      else if (child instanceof protobuf.Field) this.extension(child, parent);
      else if (child instanceof protobuf.Namespace) this.walk(child, parent);
    }
  }

  private name(obj: protobuf.ReflectionObject): string {
    const full = obj.fullName;
    return full.startsWith(this.prefix) ? full.slice(this.prefix.length) : full;
  }

  private message(type: protobuf.Type, parent: string | undefined): void {
    const name = this.name(type);
    const id = `message ${name}`;
    const attrs = optionAttrs(type);
    if ((type as { group?: boolean }).group) attrs.set('kind', plain('group'));
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
    const synthetic = new Set<protobuf.OneOf>();
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
      if (field.declaringField || field.name.startsWith('.')) continue;
      const oneof = field.partOf && !synthetic.has(field.partOf) ? field.partOf.name : undefined;
      const fid = `field ${name}.${field.name}`;
      const attrs = this.fieldAttrs(field);
      if (oneof !== undefined) attrs.set('oneof', plain(oneof));
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

  private fieldAttrs(field: protobuf.Field): Map<string, Value> {
    const attrs = new Map<string, Value>([['number', plain(String(field.id))]]);
    const value = this.typeRef(field.parent!, field.type);
    attrs.set(
      'type',
      field instanceof protobuf.MapField
        ? {
            key: `map<${field.keyType}, ${value.key}>`,
            shown: `map<${field.keyType}, ${value.shown}>`,
          }
        : value,
    );
    attrs.set('label', plain(this.label(field)));
    for (const [k, v] of optionAttrs(field)) attrs.set(k, v);
    return attrs;
  }

  private label(field: protobuf.Field): string {
    if (field.rule === 'repeated' || field.rule === 'required') return field.rule;
    if (field.options?.proto3_optional) return 'optional';
    // An unlabelled proto2 field is optional; in proto3 it has implicit presence.
    return this.syntax === 'proto2' ? 'optional' : 'singular';
  }

  private extension(field: protobuf.Field, parent: string | undefined): void {
    const id = `extension ${this.name(field)}`;
    const attrs = this.fieldAttrs(field);
    attrs.set('extendee', this.typeRef(field.parent!, field.extend ?? ''));
    this.add({ id, added: `${id} = ${field.id}`, parent, attrs });
  }

  private enum(en: protobuf.Enum, parent: string | undefined): void {
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
      for (const [k, v] of optionAttrs({ options: en.valuesOptions?.[value] })) attrs.set(k, v);
      this.add({ id: vid, added: `${vid} = ${number}`, parent: id, scope: id, attrs });
    }
  }

  private service(service: protobuf.Service): void {
    const name = this.name(service);
    const id = `service ${name}`;
    this.add({ id, added: id, attrs: optionAttrs(service) });
    for (const method of service.methodsArray) {
      const stream = (on: boolean | undefined, v: Value): Value =>
        on ? { key: `stream ${v.key}`, shown: `stream ${v.shown}` } : v;
      const attrs = new Map([
        ['request', stream(method.requestStream, this.typeRef(service, method.requestType))],
        ['response', stream(method.responseStream, this.typeRef(service, method.responseType))],
      ]);
      for (const [k, v] of optionAttrs(method)) attrs.set(k, v);
      const rid = `rpc ${name}.${method.name}`;
      this.add({ id: rid, added: rid, parent: id, attrs });
    }
  }

  /**
   * A type reference as protoc resolves it: scopes from the innermost outwards,
   * the first name component found decides. A type this file does not declare
   * (an import's) keeps its written name.
   */
  private typeRef(scope: protobuf.ReflectionObject, text: string): Value {
    if (SCALARS.has(text)) return plain(text);
    const parts = text.replace(/^\./, '').split('.');
    const scopes: protobuf.ReflectionObject[] = [];
    if (text.startsWith('.')) scopes.push(this.parsed.root);
    else for (let s: protobuf.ReflectionObject | null = scope; s; s = s.parent) scopes.push(s);
    for (const s of scopes) {
      let found = childOf(s, parts[0]);
      if (!found) continue;
      for (const part of parts.slice(1)) found = found && childOf(found, part);
      if (found instanceof protobuf.Type || found instanceof protobuf.Enum) {
        const name = this.name(found);
        return { key: name, shown: name };
      }
      break;
    }
    return { key: `?${parts.join('.')}`, shown: text };
  }
}

/** A nested type, enum or package namespace (not a field or a service) by name. */
function childOf(
  ns: protobuf.ReflectionObject,
  name: string,
): protobuf.ReflectionObject | undefined {
  // Messages and the root are namespaces too.
  if (!(ns instanceof protobuf.Namespace)) return undefined;
  const child = ns.nested?.[name];
  return child instanceof protobuf.Type ||
    child instanceof protobuf.Enum ||
    (child instanceof protobuf.Namespace && !(child instanceof protobuf.Service))
    ? child
    : undefined;
}

const plain = (text: string): Value => ({ key: text, shown: text });

function optionAttrs(obj: WithOptions): Map<string, Value> {
  return new Map([...optionValues(obj)].map(([name, v]) => [`option ${name}`, v]));
}

/**
 * Options by name. protobufjs flattens aggregate options in `options`
 * (`(google.api.http).get`) and keeps them whole in `parsedOptions`; both go
 * into the value, grouped under the option's name.
 */
function optionValues(obj: WithOptions): Map<string, Value> {
  const grouped = new Map<string, unknown[]>();
  const put = (key: string, item: unknown): void => {
    const name =
      key.startsWith('(') && key.includes(')') ? key.slice(0, key.indexOf(')') + 1) : key;
    if (IMPLIED_OPTIONS.has(name)) return;
    const list = grouped.get(name);
    if (list) list.push(item);
    else grouped.set(name, [item]);
  };
  const flat = Object.entries(obj.options ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, value] of flat) put(key, [key, value]);
  for (const parsed of obj.parsedOptions ?? []) {
    for (const [key, value] of Object.entries(parsed)) put(key, ['parsed', key, value]);
  }
  return new Map([...grouped].map(([name, items]) => [name, plain(canonical(items))]));
}

/** JSON with object keys sorted: `{a, b}` and `{b, a}` are one option value. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function numberSpans(list: (number[] | string)[] | undefined): Span[] {
  const spans = (list ?? [])
    .filter((r): r is number[] => Array.isArray(r))
    .map(([a, b]) => [a, b] as const)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

const nameList = (list: (number[] | string)[] | undefined): string[] =>
  (list ?? []).filter((r): r is string => typeof r === 'string');

/** The parts of `a` that `b` does not cover (both sorted and merged), in one pass over each. */
function uncovered(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const [start, end] of a) {
    // Spans of `b` wholly before this one are before every later one too.
    while (j < b.length && b[j][1] < start) j++;
    let from = start;
    for (let k = j; k < b.length && b[k][0] <= end; k++) {
      const [s, e] = b[k];
      if (s > from) out.push([from, s - 1]);
      from = Math.max(from, e + 1);
      if (from > end) break;
    }
    if (from <= end) out.push([from, end]);
  }
  return out;
}

const spanText = ([a, b]: Span, max: number): string =>
  a === b ? String(a) : `${a} to ${b >= max ? 'max' : b}`;

/** What of `a`'s reserved and extension ranges `b` lost, as summary items. */
function spanItems(a: Spans, b: Spans, where: string, suffix: string): string[] {
  const items: string[] = [];
  for (const s of uncovered(a.reserved, b.reserved))
    items.push(`reserved ${spanText(s, a.max)} in ${where}${suffix}`);
  const kept = new Set(b.reservedNames);
  for (const n of a.reservedNames)
    if (!kept.has(n)) items.push(`reserved "${n}" in ${where}${suffix}`);
  for (const s of uncovered(a.extensions, b.extensions))
    items.push(`extensions ${spanText(s, a.max)} in ${where}${suffix}`);
  return items;
}

function fileDifferences(a: Revision, b: Revision): string[] {
  const out: string[] = [];
  if (a.syntax && b.syntax && a.syntax !== b.syntax)
    out.push(`syntax changed ${a.syntax} → ${b.syntax}`);
  if (a.pkg !== b.pkg) out.push(`package changed ${a.pkg || '(none)'} → ${b.pkg || '(none)'}`);
  return out;
}

/** Every way the head fails to keep a base declaration, in the base's order. */
function lost(base: Map<string, Decl>, head: Map<string, Decl>): string[] {
  const out: string[] = [];
  let newByNumber: Map<string, string> | undefined;
  for (const [id, decl] of base) {
    const now = head.get(id);
    if (!now) {
      // A declaration inside a removed one is covered by that one's removal.
      if (decl.parent !== undefined && !head.has(decl.parent)) continue;
      let renamed: string | undefined;
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
      if (was?.key !== is?.key) out.push(changed(id, name, was, is));
    }
    if (decl.spans && now.spans)
      out.push(...spanItems(decl.spans, now.spans, nameOf(id), ' removed'));
  }
  return out;
}

/** A field or enum value's kind, scope and number: what a rename keeps. */
const numberKey = (d: Decl): string =>
  `${d.id.slice(0, d.id.lastIndexOf(' '))}\0${d.scope}\0${d.attrs.get('number')?.key}`;

/**
 * The head's new fields and enum values by kind, scope and number, each to
 * its new name (the first in the head's order): a removed declaration whose
 * number a new one of its scope took was renamed. Built once per comparison.
 */
function numbered(base: Map<string, Decl>, head: Map<string, Decl>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, d] of head) {
    if (d.scope === undefined || base.has(id)) continue;
    const key = numberKey(d);
    if (!out.has(key)) out.set(key, id.slice(id.lastIndexOf('.') + 1));
  }
  return out;
}

const nameOf = (id: string): string => id.slice(id.lastIndexOf(' ') + 1);

function changed(id: string, attr: string, was: Value | undefined, is: Value | undefined): string {
  const from = was?.shown;
  const to = is?.shown;
  // One written name that now resolves to another declaration.
  const where = (v: Value | undefined): string =>
    v?.key.startsWith('?') ? ' (not declared in this file)' : ' (declared in this file)';
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
      if (from === undefined) return `${id} moved into oneof ${to}`;
      if (to === undefined) return `${id} moved out of oneof ${from}`;
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
function gained(base: Map<string, Decl>, head: Map<string, Decl>): string[] {
  const out: string[] = [];
  for (const [id, decl] of head) {
    const was = base.get(id);
    if (!was) {
      if (decl.parent === undefined || base.has(decl.parent)) out.push(decl.added);
      continue;
    }
    if (decl.spans && was.spans) out.push(...spanItems(decl.spans, was.spans, nameOf(id), ''));
  }
  return out;
}
