/**
 * Properties of compareSchemas on a real-sized backend.proto (fixed seed):
 * random additive mutations, written in any style, are always additive and
 * listed; one breaking mutation, among any number of additive ones, is always
 * breaking and named.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareSchemas } from '../src/core/proto-diff.js';
import {
  allEnums,
  allMessages,
  backendSchema,
  freeNumber,
  PLAIN_STYLE,
  renderProto,
  type ProtoField,
  type ProtoMessage,
  type ProtoSchema,
  type ProtoStyle,
} from './support/backend-proto.js';

const SEED = 20_250_611;
const RUNS = 200;
const opts = { seed: SEED, numRuns: RUNS };

const BASE = backendSchema();
const BASE_TEXT = renderProto(BASE);

const styleArb: fc.Arbitrary<ProtoStyle> = fc.record({
  comments: fc.boolean(),
  reversed: fc.boolean(),
  indent: fc.constantFrom('  ', '    ', '\t'),
  optionsFirst: fc.boolean(),
});
/** Choices a mutation makes (which message, which field, …), as free numbers. */
const picksArb = fc.array(fc.nat(1_000_000), { minLength: 4, maxLength: 4 });

const at = <T>(list: readonly T[], pick: number): T => {
  if (!list.length) throw new Error('a mutation found nothing to mutate');
  return list[pick % list.length];
};
const SCALARS = ['int32', 'int64', 'uint32', 'bool', 'string', 'bytes', 'float', 'double'];

/** Declarations a test added are never picked as targets, so each addition is listed. */
const original = (schema: ProtoSchema) =>
  allMessages(schema).filter(({ path }) => !path.includes('Added'));

// ---------------------------------------------------------------- additive mutations

type Mutation = (schema: ProtoSchema, picks: number[], k: number) => string;

const ADDITIVE: Record<string, Mutation> = {
  field(s, [a, b, c], k) {
    const { path, message } = at(original(s), a);
    const type = at([...SCALARS, 'Reply', 'TranscriptResult.Segment', 'Modality', 'map'], b);
    const field: ProtoField = { name: `added_field_${k}`, number: freeNumber(message), type };
    if (type === 'map') Object.assign(field, { type: 'string', mapKey: 'string' });
    else if (c % 3 === 1) field.label = 'repeated';
    else if (c % 3 === 2) field.label = 'optional';
    message.fields.push(field);
    return `field ${path}.${field.name} = ${field.number}`;
  },
  message(s, [a, b], k) {
    const name = `AddedMessage${k}`;
    const added: ProtoMessage = {
      name,
      fields: [
        { name: 'id', number: 1, type: 'string' },
        { name: 'items', number: 2, type: 'Reply', label: 'repeated' },
      ],
      oneofs: [],
      nested: [],
      enums: [],
      reserved: [],
      reservedNames: [],
    };
    if (b % 2 === 0) {
      s.messages.push(added);
      return `message ${name}`;
    }
    const { path, message } = at(original(s), a);
    message.nested.push(added);
    return `message ${path}.${name}`;
  },
  enum(s, [a, b], k) {
    const added = {
      name: `AddedEnum${k}`,
      values: [
        ['ADDED_ZERO', 0],
        ['ADDED_ONE', 1],
      ] as [string, number][],
      reserved: [],
    };
    if (b % 2 === 0) {
      s.enums.push(added);
      return `enum ${added.name}`;
    }
    const { path, message } = at(original(s), a);
    message.enums.push(added);
    return `enum ${path}.${added.name}`;
  },
  enumValue(s, [a], k) {
    const { path, enum: e } = at(
      allEnums(s).filter(({ path }) => !path.includes('Added')),
      a,
    );
    const number = Math.max(...e.values.map(([, n]) => n), ...e.reserved) + 1;
    e.values.push([`ADDED_VALUE_${k}`, number]);
    return `enum value ${path}.ADDED_VALUE_${k} = ${number}`;
  },
  rpc(s, [a, b, c], k) {
    const names = original(s)
      .filter(({ path }) => !path.includes('.'))
      .map(({ path }) => path);
    s.services[0].rpcs.push({
      name: `AddedRpc${k}`,
      request: at(names, a),
      response: at(names, b),
      ...(c % 2 ? { responseStream: true } : {}),
    });
    return `rpc Backend.AddedRpc${k}`;
  },
  service(s, _picks, k) {
    s.services.push({
      name: `AddedService${k}`,
      rpcs: [{ name: 'Ping', request: 'HealthMessage', response: 'Reply' }],
    });
    return `service AddedService${k}`;
  },
  fileOption(s, picks, k) {
    const free = [
      'csharp_namespace',
      'objc_class_prefix',
      'php_namespace',
      'ruby_package',
      'swift_prefix',
    ].filter((o) => !s.options.some(([name]) => name === o));
    if (!free.length) return ADDITIVE.field(s, picks, k);
    const name = at(free, picks[0]);
    s.options.push([name, `"Added${k}"`]);
    return `option ${name}`;
  },
  reserved(s, [a, b], k) {
    const { path, message } = at(original(s), a);
    if (b % 2) {
      message.reservedNames.push(`added_reserved_${k}`);
      return `reserved "added_reserved_${k}" in ${path}`;
    }
    // One past the next free number, so that it never merges with a range before it.
    const number = freeNumber(message) + 1;
    message.reserved.push(number);
    return `reserved ${number} in ${path}`;
  },
  oneof(s, [a], k) {
    const { path, message } = at(original(s), a);
    const name = `added_oneof_${k}`;
    message.oneofs.push(name);
    const first = freeNumber(message);
    message.fields.push(
      { name: `added_choice_${k}_a`, number: first, type: 'string', oneof: name },
      { name: `added_choice_${k}_b`, number: first + 1, type: 'Usage', oneof: name },
    );
    return `oneof ${path}.${name}`;
  },
  fieldInOneof(s, [a], k) {
    const { path, message } = at(
      original(s).filter(({ message }) => message.oneofs.some((o) => !o.startsWith('added'))),
      a,
    );
    const field = {
      name: `added_field_${k}`,
      number: freeNumber(message),
      type: 'bytes',
      oneof: message.oneofs[0],
    };
    message.fields.push(field);
    return `field ${path}.${field.name} = ${field.number}`;
  },
};

const additionArb = fc.record({
  kind: fc.constantFrom(...Object.keys(ADDITIVE)),
  picks: picksArb,
});

function applyAdditions(
  schema: ProtoSchema,
  additions: { kind: string; picks: number[] }[],
): string[] {
  return additions.map(({ kind, picks }, k) => ADDITIVE[kind](schema, picks, k));
}

// ---------------------------------------------------------------- breaking mutations

/** A field with where it lives, among the base schema's original messages. */
function fieldsOf(s: ProtoSchema, keep: (f: ProtoField, m: ProtoMessage) => boolean) {
  return original(s).flatMap(({ path, message }) =>
    message.fields.filter((f) => keep(f, message)).map((field) => ({ path, message, field })),
  );
}
const plainField = (f: ProtoField): boolean => !f.oneof && !f.mapKey;

/** Each makes one breaking edit and returns text its summary must contain. */
const BREAKING: Record<string, Mutation> = {
  removeField(s, [a]) {
    const { path, message, field } = at(
      fieldsOf(s, () => true),
      a,
    );
    message.fields.splice(message.fields.indexOf(field), 1);
    return `field ${path}.${field.name}`;
  },
  renameField(s, [a]) {
    const { path, field } = at(
      fieldsOf(s, () => true),
      a,
    );
    const old = field.name;
    field.name = `${old}_renamed`;
    return `field ${path}.${old} renamed to ${field.name}`;
  },
  renumberField(s, [a]) {
    const { path, message, field } = at(
      fieldsOf(s, () => true),
      a,
    );
    const was = field.number;
    field.number = freeNumber(message);
    return `field ${path}.${field.name} renumbered ${was} → ${field.number}`;
  },
  retypeField(s, [a, b]) {
    const { path, field } = at(
      fieldsOf(s, () => true),
      a,
    );
    const others = [...SCALARS, 'Usage'].filter((t) => t !== field.type);
    field.type = at(others, b);
    return `field ${path}.${field.name} retyped`;
  },
  changeLabel(s, [a]) {
    const { path, field } = at(fieldsOf(s, plainField), a);
    if (field.label) delete field.label;
    else field.label = 'repeated';
    return `field ${path}.${field.name} label changed`;
  },
  moveIntoOneof(s, [a], k) {
    const { path, message, field } = at(
      fieldsOf(s, (f) => plainField(f) && !f.label),
      a,
    );
    const oneof = message.oneofs[0] ?? `moved_${k}`;
    if (!message.oneofs.length) message.oneofs.push(oneof);
    field.oneof = oneof;
    return `field ${path}.${field.name} moved into oneof ${oneof}`;
  },
  moveOutOfOneof(s, [a]) {
    const { path, message, field } = at(
      fieldsOf(s, (f) => f.oneof !== undefined),
      a,
    );
    const oneof = field.oneof!;
    delete field.oneof;
    if (!message.fields.some((f) => f.oneof === oneof))
      message.oneofs.splice(message.oneofs.indexOf(oneof), 1);
    return `field ${path}.${field.name} moved out of oneof ${oneof}`;
  },
  changeMapKey(s, [a]) {
    const { path, field } = at(
      fieldsOf(s, (f) => f.mapKey !== undefined),
      a,
    );
    field.mapKey = field.mapKey === 'string' ? 'int64' : 'string';
    return `field ${path}.${field.name} retyped map<`;
  },
  toggleFieldOption(s, [a]) {
    const { path, field } = at(
      fieldsOf(s, () => true),
      a,
    );
    field.deprecated = !field.deprecated;
    return `field ${path}.${field.name} option deprecated`;
  },
  renumberEnumValue(s, [a, b]) {
    const { path, enum: e } = at(allEnums(s), a);
    // Not the first value: proto3 enums start at zero.
    const value = at(e.values.slice(1), b);
    const was = value[1];
    value[1] = Math.max(...e.values.map(([, n]) => n), ...e.reserved) + 1;
    return `enum value ${path}.${value[0]} renumbered ${was} → ${value[1]}`;
  },
  removeEnumValue(s, [a, b]) {
    const { path, enum: e } = at(allEnums(s), a);
    const value = at(e.values.slice(1), b);
    e.values.splice(e.values.indexOf(value), 1);
    return `enum value ${path}.${value[0]}`;
  },
  changeRpcType(s, [a, b, c]) {
    const rpc = at(s.services[0].rpcs, a);
    const side = c % 2 ? 'request' : 'response';
    const names = original(s).filter(({ path }) => !path.includes('.') && path !== rpc[side]);
    rpc[side] = at(names, b).path;
    return `rpc Backend.${rpc.name} ${side} changed`;
  },
  toggleStreaming(s, [a, , c]) {
    const rpc = at(s.services[0].rpcs, a);
    const side = c % 2 ? 'request' : 'response';
    const flag = side === 'request' ? 'requestStream' : 'responseStream';
    rpc[flag] = !rpc[flag];
    return `rpc Backend.${rpc.name} ${side} changed`;
  },
  removeRpc(s, [a]) {
    const rpcs = s.services[0].rpcs;
    const rpc = at(rpcs, a);
    rpcs.splice(rpcs.indexOf(rpc), 1);
    return `rpc Backend.${rpc.name} removed`;
  },
  changeFileOption(s, [a, b]) {
    const option = at(s.options, a);
    if (b % 2) {
      s.options.splice(s.options.indexOf(option), 1);
      return `option ${option[0]} removed`;
    }
    option[1] = option[1] === 'true' ? 'false' : option[1].replace(/"$/, '.v2"');
    return `option ${option[0]} changed`;
  },
  releaseReserved(s, [a, b]) {
    const holders = [
      ...allMessages(s).flatMap(({ path, message }) => [
        ...message.reserved.map((n) => ({
          path,
          list: message.reserved as (number | string)[],
          item: n as number | string,
        })),
        ...message.reservedNames.map((n) => ({
          path,
          list: message.reservedNames as (number | string)[],
          item: n as number | string,
        })),
      ]),
      ...allEnums(s).flatMap(({ path, enum: e }) =>
        e.reserved.map((n) => ({
          path,
          list: e.reserved as (number | string)[],
          item: n as number | string,
        })),
      ),
    ];
    const { path, list, item } = at(holders, a + b);
    list.splice(list.indexOf(item), 1);
    return `reserved ${typeof item === 'string' ? `"${item}"` : item} in ${path} removed`;
  },
  changePackage(s) {
    s.pkg = 'backend.v2';
    return 'package changed backend → backend.v2';
  },
  removeMessage(s, [a]) {
    const top = s.messages.filter((m) => !m.name.includes('Added'));
    const m = at(top, a);
    s.messages.splice(s.messages.indexOf(m), 1);
    return m.name;
  },
  removeEnum(s, [a]) {
    const { path, enum: e } = at(allEnums(s), a);
    const holder = s.enums.includes(e)
      ? s.enums
      : allMessages(s).find(({ message }) => message.enums.includes(e))!.message.enums;
    holder.splice(holder.indexOf(e), 1);
    return path;
  },
};

// ---------------------------------------------------------------- properties

describe('compareSchemas on a real-sized backend.proto', () => {
  it('the base schema is real-sized and parses', () => {
    const lines = BASE_TEXT.split('\n').length;
    expect(lines).toBeGreaterThan(400);
    expect(BASE.services[0].rpcs.length).toBeGreaterThanOrEqual(20);
    expect(allMessages(BASE).length).toBeGreaterThanOrEqual(40);
    expect(compareSchemas(BASE_TEXT, BASE_TEXT)).toEqual({
      additive: true,
      summary: 'only changes comments or formatting',
    });
  });

  it('a change of style alone (comments, order, indentation) changes nothing', () => {
    fc.assert(
      fc.property(styleArb, (style) => {
        expect(compareSchemas(BASE_TEXT, renderProto(BASE, style))).toEqual({
          additive: true,
          summary: 'only changes comments or formatting',
        });
      }),
      opts,
    );
  });

  it('random additive mutations are additive, and the summary lists each of them', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(additionArb, { minLength: 1, maxLength: 4 }),
        styleArb,
        (additions, style) => {
          const head = structuredClone(BASE);
          for (const a of additions) seen.add(a.kind);
          const listed = applyAdditions(head, additions);
          const verdict = compareSchemas(renderProto(BASE, PLAIN_STYLE), renderProto(head, style));
          expect(verdict.additive).toBe(true);
          expect(verdict.summary.startsWith('only adds ')).toBe(true);
          for (const item of listed) expect(verdict.summary).toContain(item);
        },
      ),
      opts,
    );
    // A kind the runs never drew would be tested by nothing.
    expect([...seen].sort()).toEqual(Object.keys(ADDITIVE).sort());
  });

  it('one breaking mutation among additive ones is breaking, and the summary names it', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(BREAKING)),
        picksArb,
        fc.array(additionArb, { maxLength: 3 }),
        styleArb,
        (kind, picks, additions, style) => {
          seen.add(kind);
          const head = structuredClone(BASE);
          const named = BREAKING[kind](head, picks, 99);
          applyAdditions(head, additions);
          const text = renderProto(head, style);
          // The mutated schema is valid: the verdict is about declarations, not a parse error.
          expect(compareSchemas(text, text).additive).toBe(true);
          // File options sit on the same side of `package` in both revisions, either side.
          const base = renderProto(BASE, { ...PLAIN_STYLE, optionsFirst: style.optionsFirst });
          const verdict = compareSchemas(base, text);
          expect(verdict.additive).toBe(false);
          expect(verdict.summary).toContain(named);
        },
      ),
      opts,
    );
    expect([...seen].sort()).toEqual(Object.keys(BREAKING).sort());
  });
});

describe('compareSchemas on hostile text', () => {
  it('any text gets a verdict, never an exception', () => {
    fc.assert(
      fc.property(
        fc.nat(BASE_TEXT.length),
        fc.string({
          unit: fc.constantFrom(';', '{', '}', '"', "'", '/', '*', '\\', '\n', 'a', ' ', '='),
        }),
        (at, noise) => {
          const head = BASE_TEXT.slice(0, at) + noise + BASE_TEXT.slice(at);
          const verdict = compareSchemas(BASE_TEXT, head);
          expect(typeof verdict.additive).toBe('boolean');
          expect(typeof verdict.summary).toBe('string');
        },
      ),
      opts,
    );
  });

  it('comments full of braces, semicolons and quotes change nothing', () => {
    const lines = BASE_TEXT.split('\n');
    fc.assert(
      fc.property(
        fc.nat(lines.length - 1),
        fc.string({ unit: fc.constantFrom(';', '{', '}', '"', "'", 'import', 'x', ' ') }),
        fc.boolean(),
        (at, noise, block) => {
          const comment = block ? `/* ${noise.replace(/\*\//g, '')} */` : `// ${noise}`;
          const head = [...lines.slice(0, at), comment, ...lines.slice(at)].join('\n');
          expect(compareSchemas(BASE_TEXT, head)).toEqual({
            additive: true,
            summary: 'only changes comments or formatting',
          });
        },
      ),
      opts,
    );
  });
});
