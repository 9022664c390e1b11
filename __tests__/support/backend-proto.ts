/**
 * A real-sized gRPC schema shaped like an inference server's backend.proto
 * (service Backend with ~25 RPCs, ~40 messages, enums, oneofs, maps, nested
 * messages), held as a small model so tests can mutate it and render it back
 * to .proto text in several styles.
 */

export interface ProtoField {
  name: string;
  number: number;
  /** A scalar, or a message or enum name as written (`TranscriptResult.Segment`). */
  type: string;
  label?: 'repeated' | 'optional';
  /** Key type of a `map<key, type>` field. */
  mapKey?: string;
  oneof?: string;
  deprecated?: boolean;
}

export interface ProtoEnum {
  name: string;
  values: [string, number][];
  reserved: number[];
}

export interface ProtoMessage {
  name: string;
  fields: ProtoField[];
  /** Oneof names, in the order they are declared (their fields say which). */
  oneofs: string[];
  nested: ProtoMessage[];
  enums: ProtoEnum[];
  reserved: number[];
  reservedNames: string[];
}

export interface ProtoRpc {
  name: string;
  request: string;
  response: string;
  requestStream?: boolean;
  responseStream?: boolean;
}

export interface ProtoService {
  name: string;
  rpcs: ProtoRpc[];
}

export interface ProtoSchema {
  pkg: string;
  options: [string, string][];
  services: ProtoService[];
  messages: ProtoMessage[];
  enums: ProtoEnum[];
}

const FIELD =
  /^(repeated |optional )?(?:map<(\w+), ?([\w.]+)>|([\w.]+)) (\w+)(?: \[deprecated\])?$/;

/** `spec` like `repeated string StopPrompts` or `map<string, string> Metadata`, numbered in order. */
function message(
  name: string,
  specs: readonly string[],
  extra: {
    oneofs?: Record<string, readonly string[]>;
    nested?: ProtoMessage[];
    enums?: ProtoEnum[];
    reserved?: number[];
    reservedNames?: string[];
  } = {},
): ProtoMessage {
  const fields: ProtoField[] = [];
  let number = 1;
  const reserved = new Set(extra.reserved ?? []);
  const add = (spec: string, oneof?: string): void => {
    const m = FIELD.exec(spec);
    if (!m) throw new Error(`bad field spec ${spec}`);
    while (reserved.has(number)) number++;
    fields.push({
      name: m[5],
      number: number++,
      type: m[3] ?? m[4],
      ...(m[1] ? { label: m[1].trim() as 'repeated' | 'optional' } : {}),
      ...(m[2] ? { mapKey: m[2] } : {}),
      ...(oneof ? { oneof } : {}),
      ...(spec.endsWith('[deprecated]') ? { deprecated: true } : {}),
    });
  };
  for (const s of specs) add(s);
  for (const [oneof, list] of Object.entries(extra.oneofs ?? {}))
    for (const s of list) add(s, oneof);
  return {
    name,
    fields,
    oneofs: Object.keys(extra.oneofs ?? {}),
    nested: extra.nested ?? [],
    enums: extra.enums ?? [],
    reserved: extra.reserved ?? [],
    reservedNames: extra.reservedNames ?? [],
  };
}

const enumOf = (name: string, values: readonly string[], reserved: number[] = []): ProtoEnum => ({
  name,
  values: values.map((v, i) => [v, i]),
  reserved,
});

export function backendSchema(): ProtoSchema {
  const rpc = (name: string, request: string, response: string, stream = false): ProtoRpc => ({
    name,
    request,
    response,
    ...(stream ? { responseStream: true } : {}),
  });
  return {
    pkg: 'backend',
    options: [
      ['go_package', '"github.com/example/inference/pkg/grpc/proto"'],
      ['java_multiple_files', 'true'],
      ['java_package', '"io.example.inference.backend"'],
      ['java_outer_classname', '"BackendProto"'],
    ],
    services: [
      {
        name: 'Backend',
        rpcs: [
          rpc('Health', 'HealthMessage', 'Reply'),
          rpc('Free', 'HealthMessage', 'Result'),
          rpc('Predict', 'PredictOptions', 'Reply'),
          rpc('LoadModel', 'ModelOptions', 'Result'),
          rpc('PredictStream', 'PredictOptions', 'Reply', true),
          rpc('Embedding', 'PredictOptions', 'EmbeddingResult'),
          rpc('GenerateImage', 'GenerateImageRequest', 'Result'),
          rpc('GenerateVideo', 'GenerateVideoRequest', 'Result'),
          rpc('AudioTranscription', 'TranscriptRequest', 'TranscriptResult'),
          rpc('TTS', 'TTSRequest', 'Result'),
          rpc('TTSStream', 'TTSRequest', 'Reply', true),
          rpc('SoundGeneration', 'SoundGenerationRequest', 'Result'),
          rpc('TokenizeString', 'PredictOptions', 'TokenizationResponse'),
          rpc('Status', 'HealthMessage', 'StatusResponse'),
          rpc('Detect', 'DetectOptions', 'DetectResponse'),
          rpc('StoresSet', 'StoresSetOptions', 'Result'),
          rpc('StoresDelete', 'StoresDeleteOptions', 'Result'),
          rpc('StoresGet', 'StoresGetOptions', 'StoresGetResult'),
          rpc('StoresFind', 'StoresFindOptions', 'StoresFindResult'),
          rpc('Rerank', 'RerankRequest', 'RerankResult'),
          rpc('GetMetrics', 'MetricsRequest', 'MetricsResponse'),
          rpc('VAD', 'VADRequest', 'VADResponse'),
          rpc('AudioEncode', 'AudioEncodeRequest', 'AudioEncodeResult'),
          rpc('AudioDecode', 'AudioDecodeRequest', 'AudioDecodeResult'),
          rpc('ModelMetadata', 'ModelOptions', 'ModelMetadataResponse'),
        ],
      },
    ],
    messages: [
      message('HealthMessage', []),
      message(
        'PredictOptions',
        [
          'string Prompt',
          'int32 Seed',
          'int32 Threads',
          'int32 Tokens',
          'int32 TopK',
          'int32 Repeat',
          'int32 Batch',
          'int32 NKeep',
          'float Temperature',
          'float Penalty',
          'bool F16KV',
          'bool DebugMode',
          'repeated string StopPrompts',
          'bool IgnoreEOS',
          'float TailFreeSamplingZ',
          'float TypicalP',
          'float FrequencyPenalty',
          'float PresencePenalty',
          'int32 Mirostat',
          'float MirostatETA',
          'float MirostatTAU',
          'bool PenalizeNL',
          'string LogitBias',
          'bool MLock',
          'bool MMap',
          'bool PromptCacheAll',
          'bool PromptCacheRO',
          'string Grammar',
          'string MainGPU',
          'string TensorSplit',
          'optional float TopP',
          'string PromptCachePath',
          'bool Debug [deprecated]',
          'repeated int32 EmbeddingTokens',
          'string Embeddings',
          'float RopeFreqBase',
          'float RopeFreqScale',
          'float NegativePromptScale',
          'string NegativePrompt',
          'int32 NDraft',
          'repeated string Images',
          'bool UseTokenizerTemplate',
          'repeated Message Messages',
          'repeated string Videos',
          'repeated string Audios',
          'string CorrelationId',
          'map<string, string> Metadata',
          'Sampler sampler',
        ],
        {
          oneofs: { tools: ['string Tools', 'bytes ToolsJSON'] },
          nested: [message('Sampler', ['string name', 'map<string, float> params'])],
          reserved: [50],
          reservedNames: ['OldGrammar'],
        },
      ),
      message('Reply', [
        'bytes message',
        'int32 tokens',
        'int32 prompt_tokens',
        'double timing_prompt_processing',
        'double timing_token_generation',
        'bytes audio',
        'bytes logprobs',
        'repeated ChatDelta chat_deltas',
      ]),
      message('ChatDelta', [
        'string content',
        'string reasoning',
        'repeated ToolCallDelta tool_calls',
      ]),
      message('ToolCallDelta', ['int32 index', 'string id', 'string name', 'string arguments']),
      message(
        'ModelOptions',
        [
          'string Model',
          'int32 ContextSize',
          'int32 Seed',
          'int32 NBatch',
          'bool F16Memory',
          'bool MLock',
          'bool MMap',
          'bool VocabOnly',
          'bool LowVRAM',
          'bool Embeddings',
          'bool NUMA',
          'int32 NGPULayers',
          'string MainGPU',
          'string TensorSplit',
          'int32 Threads',
          'float RopeFreqBase',
          'float RopeFreqScale',
          'float RMSNormEps',
          'int32 NGQA',
          'string ModelFile',
          'string Device',
          'bool UseTriton',
          'string ModelBaseName',
          'bool UseFastTokenizer',
          'string PipelineType',
          'string SchedulerType',
          'bool CUDA',
          'float CFGScale',
          'bool IMG2IMG',
          'string CLIPModel',
          'string CLIPSubfolder',
          'int32 CLIPSkip',
          'string ControlNet',
          'string Tokenizer',
          'string LoraBase',
          'string LoraAdapter',
          'float LoraScale',
          'bool NoMulMatQ',
          'string DraftModel',
          'string AudioPath',
          'string Quantization',
          'float GPUMemoryUtilization',
          'bool TrustRemoteCode',
          'bool EnforceEager',
          'int32 SwapSpace',
          'int32 MaxModelLen',
          'int32 TensorParallelSize',
          'string LoadFormat',
          'bool DisableLogStatus',
          'string DType',
          'int32 LimitImagePerPrompt',
          'int32 LimitVideoPerPrompt',
          'int32 LimitAudioPerPrompt',
          'string MMProj',
          'string RopeScaling',
          'float YarnExtFactor',
          'float YarnAttnFactor',
          'float YarnBetaFast',
          'float YarnBetaSlow',
          'string Type',
          'bool FlashAttention',
          'bool NoKVOffload',
          'string ModelPath',
          'repeated string LoraAdapters',
          'repeated float LoraScales',
          'repeated string Options',
          'string CacheTypeKey',
          'string CacheTypeValue',
          'repeated GrammarTrigger GrammarTriggers',
          'bool Reranking',
          'repeated string Overrides',
          'Precision precision',
        ],
        { enums: [enumOf('Precision', ['PRECISION_AUTO', 'FP32', 'FP16', 'BF16', 'INT8'], [9])] },
      ),
      message('GrammarTrigger', ['string word']),
      message('Result', ['string message', 'bool success']),
      message('EmbeddingResult', ['repeated float embeddings']),
      message('TranscriptRequest', [
        'string dst',
        'string language',
        'uint32 threads',
        'bool translate',
        'bool diarize',
        'string prompt',
      ]),
      message(
        'TranscriptResult',
        [
          'repeated TranscriptResult.Segment segments',
          'string text',
          'string language',
          'float duration',
        ],
        {
          nested: [
            message('Segment', [
              'int32 id',
              'int64 start',
              'int64 end',
              'string text',
              'repeated int32 tokens',
              'string speaker',
            ]),
          ],
        },
      ),
      message('GenerateImageRequest', [
        'int32 height',
        'int32 width',
        'int32 step',
        'int32 seed',
        'string positive_prompt',
        'string negative_prompt',
        'string dst',
        'string src',
        'string EnableParameters',
        'int32 CLIPSkip',
        'repeated string ref_images',
      ]),
      message('GenerateVideoRequest', [
        'string prompt',
        'string negative_prompt',
        'string start_image',
        'string end_image',
        'int32 width',
        'int32 height',
        'int32 num_frames',
        'int32 fps',
        'int32 seed',
        'float cfg_scale',
        'int32 step',
        'string dst',
      ]),
      message('TTSRequest', [
        'string text',
        'string model',
        'string dst',
        'string voice',
        'optional string language',
      ]),
      message('VADRequest', ['repeated float audio']),
      message('VADSegment', ['float start', 'float end']),
      message('VADResponse', ['repeated VADSegment segments']),
      message('SoundGenerationRequest', [
        'string text',
        'string model',
        'string dst',
        'optional float duration',
        'optional float temperature',
        'optional bool sample',
        'optional string src',
        'optional int32 src_divisor',
      ]),
      message('TokenizationResponse', ['int32 length', 'repeated int32 tokens']),
      message('MemoryUsageData', ['uint64 total', 'map<string, uint64> breakdown']),
      message('StatusResponse', ['StatusResponse.State state', 'MemoryUsageData memory'], {
        enums: [enumOf('State', ['UNINITIALIZED', 'BUSY', 'READY', 'ERROR'])],
      }),
      message('Message', [
        'string role',
        'string content',
        'string name',
        'string tool_call_id',
        'string reasoning_content',
      ]),
      message('DetectOptions', ['string src', 'float threshold']),
      message('Detection', [
        'float x',
        'float y',
        'float width',
        'float height',
        'float confidence',
        'string class_name',
      ]),
      message('DetectResponse', ['repeated Detection Detections']),
      message('StoresKey', ['repeated float Floats']),
      message('StoresValue', ['bytes Bytes']),
      message('StoresSetOptions', ['repeated StoresKey Keys', 'repeated StoresValue Values']),
      message('StoresDeleteOptions', ['repeated StoresKey Keys']),
      message('StoresGetOptions', ['repeated StoresKey Keys']),
      message('StoresGetResult', ['repeated StoresKey Keys', 'repeated StoresValue Values']),
      message('StoresFindOptions', ['StoresKey Key', 'int32 TopK']),
      message('StoresFindResult', [
        'repeated StoresKey Keys',
        'repeated StoresValue Values',
        'repeated float Similarities',
      ]),
      message('RerankRequest', ['string query', 'repeated string documents', 'int32 top_n']),
      message('RerankResult', ['Usage usage', 'repeated DocumentResult results']),
      message('Usage', ['int32 total_tokens', 'int32 prompt_tokens']),
      message('DocumentResult', ['int32 index', 'string text', 'float relevance_score']),
      message('MetricsRequest', []),
      message('MetricsResponse', [
        'int32 slot_id',
        'string prompt_json_for_slot',
        'float tokens_per_second',
        'int32 tokens_generated',
        'int32 prompt_tokens_processed',
      ]),
      message('AudioEncodeRequest', [
        'bytes pcm_data',
        'int32 sample_rate',
        'int32 channels',
        'map<string, string> options',
      ]),
      message('AudioEncodeResult', [
        'repeated bytes frames',
        'int32 sample_rate',
        'int32 samples_per_frame',
      ]),
      message('AudioDecodeRequest', ['repeated bytes frames', 'map<string, string> options']),
      message('AudioDecodeResult', [
        'bytes pcm_data',
        'int32 sample_rate',
        'int32 samples_per_frame',
      ]),
      message(
        'ModelMetadataResponse',
        ['bool supports_thinking', 'string rendered_template', 'ToolFormatMarkers tool_format'],
        {
          oneofs: { template: ['string jinja', 'string go_template'] },
        },
      ),
      message('ToolFormatMarkers', [
        'string format_type',
        'string section_start',
        'string section_end',
        'string per_call_start',
        'string per_call_end',
        'string func_name_prefix',
        'string func_name_suffix',
        'string func_close',
        'string arg_name_prefix',
        'string arg_name_suffix',
        'string arg_value_prefix',
        'string arg_value_suffix',
        'string arg_separator',
        'string args_start',
        'string args_end',
        'string id_prefix',
        'string id_suffix',
        'bool raw_argval',
      ]),
    ],
    enums: [enumOf('Modality', ['MODALITY_UNSPECIFIED', 'TEXT', 'IMAGE', 'AUDIO', 'VIDEO'], [10])],
  };
}

/** How a schema is written out: none of it changes a declaration. */
export interface ProtoStyle {
  comments: boolean;
  /** Declarations (messages, fields, RPCs, enum values, options) in reverse order. */
  reversed: boolean;
  indent: string;
  /** File options written before `package` (as LocalAI's backend.proto has them). */
  optionsFirst?: boolean;
}

export const PLAIN_STYLE: ProtoStyle = { comments: true, reversed: false, indent: '  ' };

export function renderProto(schema: ProtoSchema, style: ProtoStyle = PLAIN_STYLE): string {
  const order = <T>(list: readonly T[]): T[] => (style.reversed ? [...list].reverse() : [...list]);
  const out: string[] = ['syntax = "proto3";', ''];
  const comment = (depth: number, text: string): void => {
    if (style.comments) out.push(`${style.indent.repeat(depth)}// ${text}`);
  };
  const options = order(schema.options).map(([name, value]) => `option ${name} = ${value};`);
  if (style.optionsFirst) out.push(...options, '', `package ${schema.pkg};`, '');
  else out.push(`package ${schema.pkg};`, '', ...options, '');
  const renderEnum = (e: ProtoEnum, depth: number): void => {
    const pad = style.indent.repeat(depth);
    comment(depth, `${e.name} values.`);
    out.push(`${pad}enum ${e.name} {`);
    for (const [name, n] of order(e.values)) out.push(`${pad}${style.indent}${name} = ${n};`);
    if (e.reserved.length)
      out.push(`${pad}${style.indent}reserved ${order(e.reserved).join(', ')};`);
    out.push(`${pad}}`);
  };
  const fieldLine = (f: ProtoField): string => {
    const type = f.mapKey ? `map<${f.mapKey}, ${f.type}>` : f.type;
    const label = f.label && !f.oneof ? `${f.label} ` : '';
    return `${label}${type} ${f.name} = ${f.number}${f.deprecated ? ' [deprecated = true]' : ''};`;
  };
  const renderMessage = (m: ProtoMessage, depth: number): void => {
    const pad = style.indent.repeat(depth);
    const inner = pad + style.indent;
    comment(depth, `${m.name} is part of the backend contract.`);
    out.push(`${pad}message ${m.name} {`);
    if (m.reserved.length) out.push(`${inner}reserved ${order(m.reserved).join(', ')};`);
    if (m.reservedNames.length)
      out.push(
        `${inner}reserved ${order(m.reservedNames)
          .map((n) => `"${n}"`)
          .join(', ')};`,
      );
    for (const f of order(m.fields.filter((f) => !f.oneof))) {
      if (style.comments && f.number % 7 === 0) out.push(`${inner}// ${f.name}: see the docs.`);
      out.push(`${inner}${fieldLine(f)}`);
    }
    for (const o of order(m.oneofs)) {
      out.push(`${inner}oneof ${o} {`);
      for (const f of order(m.fields.filter((f) => f.oneof === o)))
        out.push(`${inner}${style.indent}${fieldLine(f)}`);
      out.push(`${inner}}`);
    }
    for (const n of order(m.nested)) renderMessage(n, depth + 1);
    for (const e of order(m.enums)) renderEnum(e, depth + 1);
    out.push(`${pad}}`);
    out.push('');
  };
  for (const s of order(schema.services)) {
    comment(0, `${s.name}: the service every backend implements.`);
    out.push(`service ${s.name} {`);
    for (const r of order(s.rpcs)) {
      const req = `${r.requestStream ? 'stream ' : ''}${r.request}`;
      const res = `${r.responseStream ? 'stream ' : ''}${r.response}`;
      out.push(`${style.indent}rpc ${r.name}(${req}) returns (${res}) {}`);
    }
    out.push('}', '');
  }
  for (const m of order(schema.messages)) renderMessage(m, 0);
  for (const e of order(schema.enums)) renderEnum(e, 0);
  return `${out.join('\n')}\n`;
}

/** Every message with its name as summaries print it (`TranscriptResult.Segment`). */
export function allMessages(schema: ProtoSchema): { path: string; message: ProtoMessage }[] {
  const out: { path: string; message: ProtoMessage }[] = [];
  const visit = (m: ProtoMessage, prefix: string): void => {
    const path = `${prefix}${m.name}`;
    out.push({ path, message: m });
    for (const n of m.nested) visit(n, `${path}.`);
  };
  for (const m of schema.messages) visit(m, '');
  return out;
}

/** Every enum with its printed name. */
export function allEnums(schema: ProtoSchema): { path: string; enum: ProtoEnum }[] {
  const out = schema.enums.map((e) => ({ path: e.name, enum: e }));
  for (const { path, message: m } of allMessages(schema))
    for (const e of m.enums) out.push({ path: `${path}.${e.name}`, enum: e });
  return out;
}

/** A field number the message does not use or reserve. */
export const freeNumber = (m: ProtoMessage): number =>
  Math.max(0, ...m.fields.map((f) => f.number), ...m.reserved) + 1;
