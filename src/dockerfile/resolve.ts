/**
 * Which context paths a Dockerfile reads for one set of build args: ARGs and
 * ENVs scoped per stage as Docker scopes them (a global ARG, declared before
 * the first FROM, is visible in a stage only when the stage declares it again).
 */
import path from 'node:path';
import type { ContextSource, ImageSite, ParsedDockerfile } from './parse.js';
import { expand, type Lookup } from './variables.js';

export interface BuildArgs {
  /** `--build-arg` values. */
  values: ReadonlyMap<string, string>;
  /** The target platform (`linux/arm64`), for TARGETPLATFORM, TARGETOS, TARGETARCH, TARGETVARIANT. */
  platform?: string;
  /** Why an ARG without a default got no value (e.g. the entry lacks the field its template names). */
  whyUnset?: (name: string) => string | undefined;
}

export type ResolvedSource =
  | { source: ContextSource; ok: true; path: string; notes: string[] }
  | { source: ContextSource; ok: false; reason: string };

/** An image reference with its variables expanded (a FROM in the global scope, the rest in their stage). */
export type ResolvedImage =
  | { image: ImageSite; ok: true; text: string; stage: number }
  | { image: ImageSite; ok: false; reason: string; stage: number };

type Binding = { value: string } | { unset: string };

/** With `images`, the image references are resolved too, in the same walk. */
export function resolveSources(
  df: ParsedDockerfile,
  args: BuildArgs,
  images?: (r: ResolvedImage) => void,
): ResolvedSource[] {
  const global = new Map<string, Binding>();
  let stage: Map<string, Binding> | undefined;
  let fromEnv = new Set<string>();
  const lookup =
    (scope: Map<string, Binding>): Lookup =>
    (name) =>
      scope.get(name);
  const bind = (text: string, scope: Map<string, Binding>): Binding => {
    const e = expand(text, lookup(scope), df.escape);
    return e.ok ? { value: e.value } : { unset: e.reason };
  };
  const out: ResolvedSource[] = [];
  let stages = 0;
  const image = (site: ImageSite, scope: Lookup): void => {
    const e = expand(site.text, scope, df.escape);
    const at = { image: site, stage: stages };
    // An undeclared variable leaves Docker an incomplete reference: not an image this can name.
    if (!e.ok) images?.({ ...at, ok: false, reason: e.reason });
    else if (e.notes.length) images?.({ ...at, ok: false, reason: e.notes[0] });
    else images?.({ ...at, ok: true, text: e.value });
  };
  const inGlobal: Lookup = (name) => {
    const platform = global.has(name) ? undefined : platformArg(name, args.platform);
    return platform !== undefined ? { value: platform } : global.get(name);
  };
  for (const step of df.steps) {
    switch (step.kind) {
      case 'image':
        if (images && stage) image(step.image, lookup(stage));
        break;
      case 'from':
        stages++;
        if (images && step.image) image(step.image, inGlobal);
        stage = new Map();
        fromEnv = new Set();
        break;
      case 'arg': {
        const scope = stage ?? global;
        if (stage && fromEnv.has(step.name)) break; // ENV wins over an ARG of the same name
        const given = args.values.get(step.name);
        let b: Binding;
        if (given !== undefined) b = { value: given };
        else if (step.default !== undefined) b = bind(step.default, scope);
        else if (stage && global.has(step.name)) b = global.get(step.name)!;
        else {
          const platform = platformArg(step.name, args.platform);
          b =
            platform !== undefined
              ? { value: platform }
              : {
                  unset:
                    args.whyUnset?.(step.name) ??
                    `ARG ${step.name} has no default and rules.build.args does not set it`,
                };
        }
        scope.set(step.name, b);
        break;
      }
      case 'env':
        if (!stage) break;
        stage.set(step.name, bind(step.value, stage));
        fromEnv.add(step.name);
        break;
      case 'source': {
        if (!stage) break;
        const e = expand(step.source.text, lookup(stage), df.escape);
        out.push(
          e.ok
            ? {
                source: step.source,
                ok: true,
                path: contextPath(e.value),
                notes: e.notes.map((n) => explainUndeclared(n, global)),
              }
            : { source: step.source, ok: false, reason: e.reason },
        );
      }
    }
  }
  return out;
}

/** A source as a path inside the context: '' for the context itself; `..` cannot leave it. */
export function contextPath(p: string): string {
  const clean = path.posix.normalize(`/${p}`).replace(/\/+$/, '');
  return clean.slice(1);
}

/** The usual cause: a global ARG used in a stage that does not declare it again. */
function explainUndeclared(note: string, global: Map<string, Binding>): string {
  const name = /^\$(\w+) is not declared/.exec(note)?.[1];
  return name && global.has(name)
    ? `$${name} is a global ARG that this stage does not declare again (add \`ARG ${name}\` after its FROM), so Docker substitutes an empty string`
    : note;
}

/** A build context as a repository directory: '' for the root. */
export function contextDir(raw: string): string {
  const c = path.posix.normalize(raw.trim().replace(/^(\.\/)+/, '') || '.').replace(/\/+$/, '');
  return c === '.' ? '' : c;
}

function platformArg(name: string, platform: string | undefined): string | undefined {
  if (!platform || platform.includes(',')) return undefined;
  const [os, arch, variant = ''] = platform.trim().split('/');
  switch (name) {
    case 'TARGETPLATFORM':
      return platform.trim();
    case 'TARGETOS':
      return os;
    case 'TARGETARCH':
      return arch;
    case 'TARGETVARIANT':
      return variant;
    default:
      return undefined;
  }
}
