/**
 * compareSchemas over pairs of schemas: each additive form, each breaking form,
 * edits that change nothing, proto2, proto3 and editions files, and text that
 * does not parse. The summaries are what the step summary and `plan` show.
 */
import { describe, expect, it } from '@jest/globals';
import { compareSchemas } from '../src/core/proto-diff.js';

const PROTO3 = `syntax = "proto3";

package backend;

option go_package = "github.com/example/inference/pkg/grpc/proto";
option java_package = "io.example.backend";

// The service every backend implements.
service Backend {
  rpc Health(HealthMessage) returns (Reply) {}
  rpc Predict(PredictOptions) returns (Reply) {}
  rpc PredictStream(PredictOptions) returns (stream Reply) {}
  rpc LoadModel(ModelOptions) returns (Result) {}
}

message HealthMessage {}

message PredictOptions {
  string Prompt = 1;
  int32 Tokens = 2;
  int32 seed = 5;
  repeated string StopPrompts = 6;
  map<string, float> LogitBias = 7;
  optional float TopP = 8;
  oneof source {
    string Image = 9;
    bytes ImageData = 10;
  }
  reserved 3, 4;
  reserved "OldField";
  Options options = 11;
  message Options {
    bool Echo = 1;
  }
}

message Reply {
  bytes message = 1;
  int32 tokens = 2 [deprecated = true];
}

message ModelOptions {
  string Model = 1;
  Quantization quantization = 2;
}

enum Quantization {
  QUANTIZATION_UNSPECIFIED = 0;
  Q4 = 1;
  Q8 = 2;
  reserved 5;
}

message Result {
  string message = 1;
  bool success = 2;
}
`;

const PROTO2 = `syntax = "proto2";
package legacy;

message Config {
  required string name = 1;
  optional int32 threads = 2 [default = 4];
  repeated string tags = 3;
  optional group Limits = 4 {
    optional int32 memory = 1;
  }
  extensions 100 to 199;
}

extend Config {
  optional string origin = 100;
}
`;

/** `text` with each `[from, to]` replaced once; a `from` that is not there is a broken case. */
function edit(text: string, ...changes: [string, string][]): string {
  let out = text;
  for (const [from, to] of changes) {
    if (!out.includes(from))
      throw new Error(`test case edits ${JSON.stringify(from)}, not in the text`);
    out = out.replace(from, to);
  }
  return out;
}

const additive = (summary: string) => ({ additive: true, summary });
const breaking = (summary: string) => ({ additive: false, summary });
/** A revision that is not a schema: no comparison was possible. */
const unparsed = (summary: string) => ({ additive: false, summary, fallback: true });

describe('compareSchemas: additive edits', () => {
  it.each<[string, string, string]>([
    [
      'a field',
      edit(PROTO3, [
        'Quantization quantization = 2;',
        'Quantization quantization = 2;\n  int32 foo = 42;',
      ]),
      'only adds field ModelOptions.foo = 42',
    ],
    [
      'a message (its fields are not listed again)',
      `${PROTO3}\nmessage RerankRequest {\n  string query = 1;\n  repeated string documents = 2;\n}\n`,
      'only adds message RerankRequest',
    ],
    [
      'a nested message',
      edit(PROTO3, [
        '    bool Echo = 1;\n  }',
        '    bool Echo = 1;\n  }\n  message Grammar { string text = 1; }',
      ]),
      'only adds message PredictOptions.Grammar',
    ],
    ['an enum', `${PROTO3}enum Device { CPU = 0; GPU = 1; }\n`, 'only adds enum Device'],
    [
      'an enum value',
      edit(PROTO3, ['Q8 = 2;', 'Q8 = 2;\n  Q6 = 3;']),
      'only adds enum value Quantization.Q6 = 3',
    ],
    [
      'an RPC',
      edit(PROTO3, [
        'rpc LoadModel(ModelOptions) returns (Result) {}',
        'rpc LoadModel(ModelOptions) returns (Result) {}\n  rpc Rerank(PredictOptions) returns (Reply) {}',
      ]),
      'only adds rpc Backend.Rerank',
    ],
    [
      'a service (its RPCs are not listed again)',
      `${PROTO3}service Admin {\n  rpc Status(HealthMessage) returns (Result);\n}\n`,
      'only adds service Admin',
    ],
    [
      'a file option',
      edit(PROTO3, [
        'option java_package',
        'option csharp_namespace = "Example.Backend";\noption java_package',
      ]),
      'only adds option csharp_namespace',
    ],
    [
      'a field in an existing oneof',
      edit(PROTO3, ['bytes ImageData = 10;', 'bytes ImageData = 10;\n    string ImageUrl = 12;']),
      'only adds field PredictOptions.ImageUrl = 12',
    ],
    [
      'a oneof with its fields',
      edit(PROTO3, [
        'Options options = 11;',
        'Options options = 11;\n  oneof mode { bool Fast = 13; bool Exact = 14; }',
      ]),
      'only adds oneof PredictOptions.mode',
    ],
    [
      'a reserved number and name',
      edit(
        PROTO3,
        ['reserved 3, 4;', 'reserved 3, 4, 12;'],
        ['reserved "OldField";', 'reserved "OldField", "Older";'],
      ),
      'only adds reserved 12 in PredictOptions, reserved "Older" in PredictOptions',
    ],
    [
      'an RPC and a field, in the order of the file',
      edit(
        PROTO3,
        ['Quantization quantization = 2;', 'Quantization quantization = 2;\n  int32 foo = 42;'],
        [
          'rpc LoadModel(ModelOptions) returns (Result) {}',
          'rpc LoadModel(ModelOptions) returns (Result) {}\n  rpc Rerank(PredictOptions) returns (Reply) {}',
        ],
      ),
      'only adds rpc Backend.Rerank, field ModelOptions.foo = 42',
    ],
    [
      'more than five declarations (the list is capped)',
      edit(PROTO3, [
        'bool success = 2;',
        'bool success = 2;\n  int32 a = 3;\n  int32 b = 4;\n  int32 c = 5;\n  int32 d = 6;\n  int32 e = 7;\n  int32 f = 8;\n  int32 g = 9;',
      ]),
      'only adds field Result.a = 3, field Result.b = 4, field Result.c = 5, field Result.d = 6, field Result.e = 7 and 2 more',
    ],
  ])('adds %s', (_, head, summary) => {
    expect(compareSchemas(PROTO3, head)).toEqual(additive(summary));
  });
});

describe('compareSchemas: edits that change no declaration', () => {
  const NOTHING = additive('only changes comments or formatting');
  it.each<[string, string]>([
    ['the same text', PROTO3],
    [
      'comments added, changed and removed',
      edit(
        PROTO3,
        ['// The service every backend implements.\n', ''],
        ['int32 seed = 5;', '/* deterministic sampling */ int32 seed = 5; // 0 = random'],
        ['message Reply {', '// What a backend answers.\nmessage Reply {'],
      ),
    ],
    [
      'whitespace and line breaks',
      PROTO3.replace(/\n\s*/g, '\n    ').replace(/ = /g, '=').replace(/;/g, ' ;'),
    ],
    [
      'declarations reordered (messages, fields, RPCs, enum values, options)',
      edit(
        PROTO3,
        ['message HealthMessage {}\n', ''],
        ['message Result {', 'message HealthMessage {}\n\nmessage Result {'],
        [
          '  string Model = 1;\n  Quantization quantization = 2;',
          '  Quantization quantization = 2;\n  string Model = 1;',
        ],
        ['  rpc Health(HealthMessage) returns (Reply) {}\n', ''],
        [
          '  rpc LoadModel(ModelOptions) returns (Result) {}',
          '  rpc LoadModel(ModelOptions) returns (Result) {}\n  rpc Health(HealthMessage) returns (Reply) {}',
        ],
        ['  Q4 = 1;\n  Q8 = 2;', '  Q8 = 2;\n  Q4 = 1;'],
        ['option go_package = "github.com/example/inference/pkg/grpc/proto";\n', ''],
        [
          'option java_package = "io.example.backend";',
          'option java_package = "io.example.backend";\noption go_package = "github.com/example/inference/pkg/grpc/proto";',
        ],
      ),
    ],
    ['a reserved list written as a range', edit(PROTO3, ['reserved 3, 4;', 'reserved 3 to 4;'])],
    [
      'a type written with its package or its full scope',
      edit(
        PROTO3,
        ['Options options = 11;', 'PredictOptions.Options options = 11;'],
        [
          'rpc Predict(PredictOptions) returns (Reply)',
          'rpc Predict(.backend.PredictOptions) returns (backend.Reply)',
        ],
      ),
    ],
    [
      'an RPC body written as `;`',
      edit(PROTO3, [
        'rpc Health(HealthMessage) returns (Reply) {}',
        'rpc Health(HealthMessage) returns (Reply);',
      ]),
    ],
  ])('%s', (_, head) => {
    expect(compareSchemas(PROTO3, head)).toEqual(NOTHING);
  });
});

describe('compareSchemas: breaking edits', () => {
  it.each<[string, string, string]>([
    [
      'a field removed',
      edit(PROTO3, ['  bool success = 2;\n', '']),
      'field Result.success removed',
    ],
    [
      'a field renamed',
      edit(PROTO3, ['int32 seed = 5;', 'int32 Seed = 5;']),
      'field PredictOptions.seed renamed to Seed',
    ],
    [
      'a field renumbered',
      edit(PROTO3, ['int32 seed = 5;', 'int32 seed = 15;']),
      'field PredictOptions.seed renumbered 5 → 15',
    ],
    [
      'a field retyped',
      edit(PROTO3, ['int32 Tokens = 2;', 'int64 Tokens = 2;']),
      'field PredictOptions.Tokens retyped int32 → int64',
    ],
    [
      'a field retyped to another message',
      edit(PROTO3, ['Quantization quantization = 2;', 'Result quantization = 2;']),
      'field ModelOptions.quantization retyped Quantization → Result',
    ],
    [
      'a field moved into a oneof',
      edit(
        PROTO3,
        ['  int32 seed = 5;\n', ''],
        ['bytes ImageData = 10;', 'bytes ImageData = 10;\n    int32 seed = 5;'],
      ),
      'field PredictOptions.seed moved into oneof source',
    ],
    [
      'a field moved out of a oneof',
      edit(
        PROTO3,
        ['    string Image = 9;\n', ''],
        ['string Prompt = 1;', 'string Prompt = 1;\n  string Image = 9;'],
      ),
      'field PredictOptions.Image moved out of oneof source',
    ],
    [
      'a oneof dissolved',
      edit(PROTO3, [
        '  oneof source {\n    string Image = 9;\n    bytes ImageData = 10;\n  }',
        '  string Image = 9;\n  bytes ImageData = 10;',
      ]),
      'oneof PredictOptions.source removed, field PredictOptions.Image moved out of oneof source, field PredictOptions.ImageData moved out of oneof source',
    ],
    [
      'a repeated field made singular',
      edit(PROTO3, ['repeated string StopPrompts = 6;', 'string StopPrompts = 6;']),
      'field PredictOptions.StopPrompts label changed repeated → singular',
    ],
    [
      'a proto3 optional field made implicit',
      edit(PROTO3, ['optional float TopP = 8;', 'float TopP = 8;']),
      'field PredictOptions.TopP label changed optional → singular',
    ],
    [
      'a map key type changed',
      edit(PROTO3, ['map<string, float>', 'map<int32, float>']),
      'field PredictOptions.LogitBias retyped map<string, float> → map<int32, float>',
    ],
    [
      'a map value type changed',
      edit(PROTO3, ['map<string, float>', 'map<string, double>']),
      'field PredictOptions.LogitBias retyped map<string, float> → map<string, double>',
    ],
    [
      'a map made a list',
      edit(PROTO3, ['map<string, float> LogitBias', 'repeated float LogitBias']),
      'field PredictOptions.LogitBias retyped map<string, float> → float, field PredictOptions.LogitBias label changed singular → repeated',
    ],
    [
      'an enum value renumbered',
      edit(PROTO3, ['Q8 = 2;', 'Q8 = 3;']),
      'enum value Quantization.Q8 renumbered 2 → 3',
    ],
    [
      'an enum value removed',
      edit(PROTO3, ['  Q8 = 2;\n', '']),
      'enum value Quantization.Q8 removed',
    ],
    [
      'an enum value renamed',
      edit(PROTO3, ['Q8 = 2;', 'Q8_0 = 2;']),
      'enum value Quantization.Q8 renamed to Q8_0',
    ],
    [
      'an RPC request type changed',
      edit(PROTO3, ['rpc Predict(PredictOptions)', 'rpc Predict(ModelOptions)']),
      'rpc Backend.Predict request changed PredictOptions → ModelOptions',
    ],
    [
      'an RPC response type changed',
      edit(PROTO3, [
        'rpc Predict(PredictOptions) returns (Reply)',
        'rpc Predict(PredictOptions) returns (Result)',
      ]),
      'rpc Backend.Predict response changed Reply → Result',
    ],
    [
      'an RPC made client-streaming',
      edit(PROTO3, ['rpc Predict(PredictOptions)', 'rpc Predict(stream PredictOptions)']),
      'rpc Backend.Predict request changed PredictOptions → stream PredictOptions',
    ],
    [
      'an RPC made unary',
      edit(PROTO3, ['returns (stream Reply)', 'returns (Reply)']),
      'rpc Backend.PredictStream response changed stream Reply → Reply',
    ],
    [
      'an RPC removed',
      edit(PROTO3, ['  rpc LoadModel(ModelOptions) returns (Result) {}\n', '']),
      'rpc Backend.LoadModel removed',
    ],
    [
      'a file option changed',
      edit(PROTO3, ['"io.example.backend"', '"io.example.backend.v2"']),
      'option java_package changed',
    ],
    [
      'a file option removed',
      edit(PROTO3, ['option java_package = "io.example.backend";\n', '']),
      'option java_package removed',
    ],
    [
      'a field option removed',
      edit(PROTO3, ['int32 tokens = 2 [deprecated = true];', 'int32 tokens = 2;']),
      'field Reply.tokens option deprecated removed',
    ],
    [
      'a field option added',
      edit(PROTO3, ['int32 seed = 5;', 'int32 seed = 5 [json_name = "Seed"];']),
      'field PredictOptions.seed option json_name added',
    ],
    [
      'a message option added',
      edit(PROTO3, ['message Result {', 'message Result {\n  option deprecated = true;']),
      'message Result option deprecated added',
    ],
    [
      'an RPC option added',
      edit(PROTO3, [
        'rpc Health(HealthMessage) returns (Reply) {}',
        'rpc Health(HealthMessage) returns (Reply) { option idempotency_level = NO_SIDE_EFFECTS; }',
      ]),
      'rpc Backend.Health option idempotency_level added',
    ],
    [
      'a reserved number released',
      edit(PROTO3, ['reserved 3, 4;', 'reserved 3;']),
      'reserved 4 in PredictOptions removed',
    ],
    [
      'a reserved name released',
      edit(PROTO3, ['  reserved "OldField";\n', '']),
      'reserved "OldField" in PredictOptions removed',
    ],
    [
      'an enum reserved number released',
      edit(PROTO3, ['  reserved 5;\n}', '}']),
      'reserved 5 in Quantization removed',
    ],
    [
      'the package changed',
      edit(PROTO3, ['package backend;', 'package backend.v2;']),
      'package changed backend → backend.v2',
    ],
    [
      'the package removed',
      edit(PROTO3, ['package backend;\n', '']),
      'package changed backend → (none)',
    ],
    [
      'a message renamed (the fields inside are not listed again)',
      PROTO3.replace(/\bResult\b/g, 'Outcome'),
      'rpc Backend.LoadModel response changed Result → Outcome, message Result removed',
    ],
    [
      'a message removed that an RPC still names',
      edit(PROTO3, ['message HealthMessage {}\n', '']),
      'rpc Backend.Health request changed HealthMessage (declared in this file) → HealthMessage (not declared in this file), message HealthMessage removed',
    ],
    [
      'a new nested message that an existing field now resolves to',
      edit(PROTO3, [
        'Quantization quantization = 2;',
        'Quantization quantization = 2;\n  message Quantization { int32 bits = 1; }',
      ]),
      'field ModelOptions.quantization retyped Quantization → ModelOptions.Quantization',
    ],
    [
      'many differences (the list is capped at three)',
      edit(
        PROTO3,
        ['int32 seed = 5;', 'int32 seed = 15;'],
        ['int32 Tokens = 2;', 'int64 Tokens = 2;'],
        ['  bool success = 2;\n', ''],
        ['Q8 = 2;', 'Q8 = 3;'],
      ),
      'field PredictOptions.Tokens retyped int32 → int64, field PredictOptions.seed renumbered 5 → 15, enum value Quantization.Q8 renumbered 2 → 3 and 1 more',
    ],
    [
      'a breaking edit together with additions (only the differences are named)',
      edit(PROTO3, ['int32 seed = 5;', 'int32 seed = 15;\n  int32 extra = 20;']),
      'field PredictOptions.seed renumbered 5 → 15',
    ],
  ])('%s', (_, head, summary) => {
    expect(compareSchemas(PROTO3, head)).toEqual(breaking(summary));
  });
});

describe('compareSchemas: proto2 and editions', () => {
  it.each<[string, string, { additive: boolean; summary: string }]>([
    ['the same text', PROTO2, additive('only changes comments or formatting')],
    [
      'a field added',
      edit(PROTO2, [
        'repeated string tags = 3;',
        'repeated string tags = 3;\n  optional bool verbose = 5;',
      ]),
      additive('only adds field Config.verbose = 5'),
    ],
    [
      'an extension added',
      `${PROTO2}extend Config { optional int32 priority = 101; }\n`,
      additive('only adds extension priority = 101'),
    ],
    [
      'an extension range widened',
      edit(PROTO2, ['extensions 100 to 199;', 'extensions 100 to 299;']),
      additive('only adds extensions 200 to 299 in Config'),
    ],
    [
      'a required field made optional',
      edit(PROTO2, ['required string name', 'optional string name']),
      breaking('field Config.name label changed required → optional'),
    ],
    [
      'a default changed',
      edit(PROTO2, ['[default = 4]', '[default = 8]']),
      breaking('field Config.threads option default changed'),
    ],
    [
      'an extension renumbered',
      edit(PROTO2, ['origin = 100', 'origin = 101']),
      breaking('extension origin renumbered 100 → 101'),
    ],
    [
      'an extension retargeted',
      `${edit(PROTO2, ['extend Config', 'extend Other'])}message Other { extensions 100 to 200; }\n`,
      breaking('extension origin extendee changed Config → Other'),
    ],
    [
      'an extension range narrowed',
      edit(PROTO2, ['extensions 100 to 199;', 'extensions 100 to 149;']),
      breaking('extensions 150 to 199 in Config removed'),
    ],
    [
      'a group made a message field',
      edit(PROTO2, [
        'optional group Limits = 4 {\n    optional int32 memory = 1;\n  }',
        'optional Limits limits = 4;\n  message Limits {\n    optional int32 memory = 1;\n  }',
      ]),
      breaking('message Config.Limits changed from group to message'),
    ],
  ])('%s', (_, head, verdict) => {
    expect(compareSchemas(PROTO2, head)).toEqual(verdict);
  });

  it('counts a change of syntax, which changes what unlabelled and repeated fields mean', () => {
    const lists = 'message L {\n  repeated int32 ids = 1;\n}\n';
    expect(compareSchemas(`syntax = "proto2";\n${lists}`, `syntax = "proto3";\n${lists}`)).toEqual(
      breaking('syntax changed proto2 → proto3'),
    );
  });

  it('reads a file without a syntax statement as proto2', () => {
    expect(compareSchemas(PROTO2.replace('syntax = "proto2";\n', ''), PROTO2)).toEqual(
      additive('only changes comments or formatting'),
    );
  });

  const EDITION = 'edition = "2023";\npackage e;\nmessage M {\n  int32 a = 1;\n}\n';
  it.each<[string, string, { additive: boolean; summary: string }]>([
    [
      'a field added',
      edit(EDITION, ['int32 a = 1;', 'int32 a = 1;\n  string b = 2;']),
      additive('only adds field M.b = 2'),
    ],
    [
      'a field presence feature changed',
      edit(EDITION, ['int32 a = 1;', 'int32 a = 1 [features.field_presence = IMPLICIT];']),
      breaking('field M.a option features added'),
    ],
  ])('edition 2023: %s', (_, head, verdict) => {
    expect(compareSchemas(EDITION, head)).toEqual(verdict);
  });
});

describe('compareSchemas: text that does not parse', () => {
  const broken = edit(PROTO3, ['int32 seed = 5;', 'int32 seed = ;']);
  const line = broken.split('\n').findIndex((l) => l.includes('seed = ;')) + 1;
  it('names the head revision and the parser line', () => {
    expect(compareSchemas(PROTO3, broken)).toEqual(
      unparsed(`its head revision does not parse: illegal id ';' at line ${line}`),
    );
  });
  it('names the base revision', () => {
    expect(compareSchemas(broken, PROTO3)).toEqual(
      unparsed(`its base revision does not parse: illegal id ';' at line ${line}`),
    );
  });
  it('reports the base first when neither parses', () => {
    expect(compareSchemas('message {', broken).summary).toBe(
      "its base revision does not parse: illegal type name '{' at line 1",
    );
  });
  it('treats declarations that collide as not parsing', () => {
    expect(compareSchemas(PROTO3, `${PROTO3}message Reply {}\n`)).toEqual(
      unparsed("its head revision does not parse: duplicate name 'Reply' in Namespace .backend"),
    );
  });
  it('does not take a text that is not a schema for an empty one', () => {
    expect(compareSchemas(PROTO3, '<html>503 Service Unavailable</html>').additive).toBe(false);
  });
});

describe('compareSchemas: file options written before `package`', () => {
  // LocalAI's backend.proto keeps its file options above `package backend;`.
  const OPTIONS = `option go_package = "github.com/example/inference/pkg/grpc/proto";
option java_multiple_files = true;
option java_package = "io.example.backend";
option java_outer_classname = "ExampleBackend";
`;
  const FIRST = edit(PROTO3, [
    'package backend;\n\noption go_package = "github.com/example/inference/pkg/grpc/proto";\noption java_package = "io.example.backend";\n',
    `${OPTIONS}\npackage backend;\n`,
  ]);

  it.each([
    [
      'a changed option',
      edit(FIRST, ['/pkg/grpc/proto"', '/pkg/grpc/protov2"']),
      'option go_package changed',
    ],
    [
      'a removed option',
      edit(FIRST, ['option java_outer_classname = "ExampleBackend";\n', '']),
      'option java_outer_classname removed',
    ],
    [
      'a boolean option turned off',
      edit(FIRST, ['java_multiple_files = true', 'java_multiple_files = false']),
      'option java_multiple_files changed',
    ],
    [
      'the same option given again after `package` with another value',
      edit(FIRST, [
        'message HealthMessage {}',
        'option java_package = "x";\nmessage HealthMessage {}',
      ]),
      'option java_package changed',
    ],
  ])('%s is breaking', (_, head, summary) => {
    expect(compareSchemas(FIRST, head)).toEqual(breaking(summary));
  });

  it('a new option is additive', () => {
    const head = edit(FIRST, [
      'package backend;',
      'option cc_enable_arenas = true;\npackage backend;',
    ]);
    expect(compareSchemas(FIRST, head)).toEqual(additive('only adds option cc_enable_arenas'));
  });

  it('moving the options to the other side of `package` changes nothing', () => {
    const after = edit(
      FIRST,
      [OPTIONS, ''],
      ['package backend;\n', `package backend;\n${OPTIONS}`],
    );
    expect(compareSchemas(FIRST, after)).toEqual(additive('only changes comments or formatting'));
    expect(compareSchemas(after, FIRST)).toEqual(additive('only changes comments or formatting'));
  });
});
