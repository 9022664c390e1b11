/**
 * A Dockerfile as the audit reads it: the ARG/ENV declarations and the
 * instructions that read the build context, in order, with positions.
 * dockerfile-ast is loaded only when a Dockerfile is read.
 */
import type { Argument, Dockerfile, Flag, Heredoc, Instruction } from 'dockerfile-ast';
import { snippet } from '../core/snippet.js';

/** One path read from the build context: a COPY/ADD source or a bind mount's source. */
export interface ContextSource {
  instruction: 'COPY' | 'ADD' | 'RUN --mount';
  /** As written, before variables are expanded. */
  text: string;
  line: number; // 1-based
  col: number; // 1-based
}

/** An image reference as written: a FROM's base, a `COPY --from`, a `RUN --mount=from=`. */
export interface ImageSite {
  instruction: 'FROM' | 'COPY --from' | 'RUN --mount';
  text: string;
  line: number; // 1-based
  col: number; // 1-based
}

export type Step =
  | { kind: 'from'; image?: ImageSite; stage?: string }
  | { kind: 'image'; image: ImageSite }
  | { kind: 'arg'; name: string; default: string | undefined }
  | { kind: 'env'; name: string; value: string }
  | { kind: 'source'; source: ContextSource };

export interface ParsedDockerfile {
  steps: Step[];
  /** Why Docker would refuse the file, at 1-based positions. */
  problems: { line: number; col: number; message: string }[];
  escape: string;
}

type Ast = typeof import('dockerfile-ast');
let loading: Promise<Ast> | undefined;

/** The parser module, imported on first use (a run without Dockerfiles never loads it). */
export function loadParser(): Promise<Ast> {
  return (loading ??= import('dockerfile-ast').then((m) =>
    (m as Ast & { default?: Ast }).DockerfileParser ? m : (m as { default: Ast }).default,
  ));
}

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** A source that is fetched, not read from the context: `ADD https://…`, `ADD git@…`. */
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;

interface Span {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export function parseDockerfile(ast: Ast, text: string): ParsedDockerfile {
  const df: Dockerfile = ast.DockerfileParser.parse(text);
  const lines = lineStarts(text);
  const slice = (r: Span): string =>
    text.slice(lines[r.start.line] + r.start.character, lines[r.end.line] + r.end.character);
  const out: ParsedDockerfile = { steps: [], problems: [], escape: df.getEscapeCharacter() };
  const problem = (r: Span, message: string): void => {
    out.problems.push({ line: r.start.line + 1, col: r.start.character + 1, message });
  };
  const source = (instruction: ContextSource['instruction'], value: string, r: Span): void => {
    out.steps.push({
      kind: 'source',
      source: { instruction, text: value, line: r.start.line + 1, col: r.start.character + 1 },
    });
  };

  let seenFrom = false;
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword();
    const where = ins.getInstructionRange();
    if (!KEYWORDS.has(keyword)) {
      // Quoted short: a file that is no Dockerfile must not be printed whole.
      problem(where, `unknown instruction "${snippet(ins.getInstruction(), 20)}"`);
      continue;
    }
    for (const h of heredocsOf(ins)) {
      if (!h.getDelimiterRange())
        problem(h.getStartRange(), `heredoc <<${snippet(h.getName() ?? '')} is never closed`);
    }
    if (keyword === 'FROM') {
      seenFrom = true;
      out.steps.push(fromStep(ins as import('dockerfile-ast').From, slice));
      continue;
    }
    if (keyword === 'ARG') {
      for (const arg of ins.getArguments()) {
        const [name, ...rest] = arg.getValue().split('=');
        out.steps.push({
          kind: 'arg',
          name,
          default: rest.length ? unquote(rest.join('=')) : undefined,
        });
      }
      continue;
    }
    if (!seenFrom) {
      problem(where, `${keyword} before the first FROM: only ARG may come before it`);
      continue;
    }
    if (keyword === 'ENV') {
      for (const p of (ins as import('dockerfile-ast').Env).getProperties()) {
        out.steps.push({ kind: 'env', name: p.getName(), value: unquote(p.getValue() ?? '') });
      }
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const flags: Flag[] = (ins as import('dockerfile-ast').Copy).getFlags();
      const from = flags.find((f) => f.getName().toLowerCase() === 'from');
      if (from) {
        const at = from.getValueRange() ?? from.getRange();
        out.steps.push({ kind: 'image', image: site('COPY --from', from.getValue() ?? '', at) });
        continue;
      }
      const args = pathArguments(ins, slice);
      if (args.length < (heredocsOf(ins).length ? 1 : 2)) {
        problem(where, `${keyword} needs at least one source and a destination`);
        continue;
      }
      for (const a of args.slice(0, -1)) {
        if (!REMOTE.test(a.value)) source(keyword, a.value, a.range);
      }
    } else if (keyword === 'RUN') {
      for (const f of (ins as import('dockerfile-ast').Run).getFlags()) {
        if (f.getName().toLowerCase() !== 'mount') continue;
        const opt = (name: string) => f.getOptions().find((o) => o.getName() === name);
        const image = opt('from');
        if (image) {
          const at = image.getValueRange() ?? image.getRange();
          out.steps.push({ kind: 'image', image: site('RUN --mount', image.getValue() ?? '', at) });
        }
        if ((opt('type')?.getValue() ?? 'bind') !== 'bind' || opt('from')) continue;
        const src = opt('source') ?? opt('src');
        // Without a source, a bind mount is the whole context.
        source('RUN --mount', src?.getValue() ?? '.', src?.getValueRange() ?? f.getRange());
      }
    }
  }
  if (!seenFrom)
    out.problems.push({
      line: 1,
      col: 1,
      message: 'no FROM instruction: this is not a Dockerfile',
    });
  return out;
}

const site = (instruction: ImageSite['instruction'], text: string, r: Span): ImageSite => ({
  instruction,
  text,
  line: r.start.line + 1,
  col: r.start.character + 1,
});

/** A FROM's image as written (variables unexpanded) and the stage name it declares. */
function fromStep(ins: import('dockerfile-ast').From, slice: (r: Span) => string): Step {
  const range = ins.getImageRange();
  const stage = ins.getBuildStage() ?? undefined;
  return range
    ? { kind: 'from', image: site('FROM', slice(range), range), stage }
    : { kind: 'from', stage };
}

/** Arguments after the flags: JSON strings decoded, heredoc markers and bodies left out. */
function pathArguments(
  ins: Instruction,
  slice: (r: Span) => string,
): { value: string; range: Span }[] {
  const json = (ins as import('dockerfile-ast').JSONInstruction).getJSONStrings();
  if (json.length) {
    return json.map((a) => ({ value: decodeJson(slice(a.getRange())), range: a.getJSONRange() }));
  }
  const heredocs = heredocsOf(ins);
  const lastMarker = Math.max(-1, ...heredocs.map((h) => h.getStartRange().start.line));
  return ins
    .getArguments()
    .filter(
      (a: Argument) =>
        !a.getValue().startsWith('<<') && (lastMarker < 0 || a.getRange().start.line <= lastMarker),
    )
    .map((a: Argument) => ({ value: unquote(a.getValue()), range: a.getRange() }));
}

function heredocsOf(ins: Instruction): Heredoc[] {
  const get = (ins as unknown as { getHeredocs?: () => Heredoc[] }).getHeredocs;
  return get ? get.call(ins) : [];
}

function decodeJson(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

const unquote = (s: string): string =>
  s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s;

/** Offsets of line starts, splitting as the parser's text document does (\r\n, \n, \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') starts.push(i + 1);
  }
  return starts;
}
