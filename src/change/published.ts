/**
 * Reads the published state for `base: published`: each image's reference
 * (the `published-image` template filled from its first entry), the
 * registry's answer for it, and, once per distinct published revision, the
 * change from that revision to the head — found as for a push (git when it
 * holds both commits, else the compare API, whose 300-file cap builds) and
 * read at that revision (the matrix file, guarded schemas).
 */
import { fieldText, type Entry } from '../core/entry.js';
import type { MatrixFile } from '../core/matrix-file.js';
import type { Change } from '../core/plan.js';
import type { PublishedState } from '../core/published-plan.js';
import {
  imagesOf,
  imageVerdict,
  shortRev,
  uncertainWarnings,
  type ImageLookup,
  type ImageVerdict,
} from '../core/published.js';
import { toTemplate } from '../core/rules.js';
import type { HttpLimits } from '../registry/http.js';
import type { Access } from './access.js';
import { baseMatrix } from './detect.js';
import type { FileList } from './ports.js';
import { Revisions } from './revisions.js';
import { schemaVerdicts } from './schemas.js';

export interface PublishedRequest {
  /** The `published-image` template. */
  template: string;
  /** The head revision: the commit the run plans for. */
  head: string;
  matrix: MatrixFile;
  matrixPath: string;
  access: Access;
  /** Whether the REST API may be asked (not for a local plan). */
  useApi: boolean;
  /** The workspace holds the head (the action); else the head is read from git (`plan --head`). */
  workspaceHead: boolean;
  /** Where the Docker config is (DOCKER_CONFIG, HOME). */
  env: Record<string, string | undefined>;
  /** Called with every credential value before any request: the action masks them. */
  secret?: (value: string) => void;
  limits?: HttpLimits;
}

export interface PublishedRead {
  state: PublishedState;
  /** For the log: what the registries and the diffs cost. */
  notes: string[];
  stats: { images: number; requests: number; peakInFlight: number; revisions: number };
}

const COMMIT = /^[0-9a-f]{7,64}$/;

export async function readPublished(req: PublishedRequest): Promise<PublishedRead> {
  const entries = [...req.matrix.linux, ...req.matrix.darwin];
  const images = imagesOf(entries);
  const template = toTemplate(req.template);
  const warnings: string[] = [];
  const notes: string[] = [];

  const [{ readDockerConfig }, { RegistryHttp }, { inspect }, { parseReference }] =
    await Promise.all([
      import('../registry/credentials.js'),
      import('../registry/http.js'),
      import('../registry/inspect.js'),
      import('../registry/reference.js'),
    ]);
  const config = await readDockerConfig(req.env, req.secret);
  warnings.push(...config.problems);
  if (config.file)
    notes.push(`registry credentials: ${config.auths.size} registr(y/ies) in ${config.file}`);
  const http = new RegistryHttp(config.auths, req.limits);
  const started = Date.now();

  const lookups = new Map<string, ImageLookup>();
  const asked = new Map<string, Promise<ImageLookup['answer']>>();
  try {
    await Promise.all(
      [...images].map(async ([tagSuffix, legs]) => {
        const filled = fill(template, legs[0]);
        if (typeof filled !== 'string') {
          lookups.set(tagSuffix, { reference: filled });
          return;
        }
        let ref;
        try {
          ref = parseReference(filled);
        } catch (err) {
          lookups.set(tagSuffix, { reference: { error: (err as Error).message } });
          return;
        }
        let answer = asked.get(filled);
        if (!answer) asked.set(filled, (answer = inspect(http, ref)));
        lookups.set(tagSuffix, {
          reference: filled,
          registry: ref.registry,
          name: ref.name,
          answer: await answer,
        });
      }),
    );
  } finally {
    http.dispose();
  }

  const asking = Date.now() - started;
  const verdicts = new Map<string, ImageVerdict>();
  for (const [tagSuffix, legs] of images) {
    const v = imageVerdict(legs, lookups.get(tagSuffix) as ImageLookup);
    verdicts.set(tagSuffix, v);
    if (v.kind === 'build' && v.warning) warnings.push(v.warning);
  }
  warnings.push(...uncertainWarnings(lookups));

  const revisions = [
    ...new Set([...verdicts.values()].flatMap((v) => (v.kind === 'compare' ? [v.revision] : []))),
  ];
  const changes = new Map<string, Change>();
  await Promise.all(revisions.map(async (r) => changes.set(r, await changeSince(r, req))));
  notes.push(
    `registries: ${http.stats.requests} request(s) for ${images.size} image(s), at most ${http.stats.peakInFlight} in flight, in ${asking} ms; ${revisions.length} distinct published revision(s) diffed in ${Date.now() - started - asking} ms`,
  );
  return {
    state: { verdicts, changes, warnings },
    notes,
    stats: {
      images: images.size,
      requests: http.stats.requests,
      peakInFlight: http.stats.peakInFlight,
      revisions: revisions.length,
    },
  };
}

/** `published-image` for one entry, its values literal; why it cannot be filled otherwise. */
function fill(t: ReturnType<typeof toTemplate>, entry: Entry): string | { error: string } {
  const missing = t.fields.filter((f) => !fieldText(entry.fields[f]));
  if (missing.length)
    return { error: `the entry has no value for ${missing.map((f) => `{${f}}`).join(', ')}` };
  return t.text.replace(/\{([^{},]*)\}/g, (_, f: string) => fieldText(entry.fields[f]));
}

/** The change from a published revision to the head, or why it cannot be used. */
async function changeSince(revision: string, req: PublishedRequest): Promise<Change> {
  if (!COMMIT.test(revision))
    return {
      kind: 'all',
      cause: `the published revision "${revision.slice(0, 80)}" is not a commit SHA`,
    };
  const list = await filesSince(revision, req);
  if (typeof list === 'string') return { kind: 'all', cause: list };
  const reader = new Revisions(req.access, {
    base: revision,
    head: req.head,
    added: new Set(list.added),
    workspaceHead: req.workspaceHead,
    useApi: req.useApi,
  });
  const change: Change = {
    kind: 'files',
    files: list.files,
    baseMatrix: await baseMatrix(req.matrixPath, list.files, reader),
    schemas: await schemaVerdicts(req.matrix.rules, list.files, reader),
  };
  if (!req.workspaceHead && change.baseMatrix && !('error' in change.baseMatrix)) {
    // A local plan of another head: the entry diff compares the file at R with the file there.
    const atHead = await reader.head(req.matrixPath);
    if ('error' in atHead) change.baseMatrix = { error: `at the head: ${atHead.error}` };
    else change.headMatrix = { text: 'text' in atHead ? atHead.text : '' };
  }
  return change;
}

async function filesSince(revision: string, req: PublishedRequest): Promise<FileList | string> {
  const r = shortRev(revision);
  const git = await req.access.repoWith(revision, req.head);
  if (git) {
    try {
      if (!(await git.isAncestor(revision, req.head)))
        return `the published revision ${r} is not an ancestor of the head`;
      return await git.diff(revision, req.head, { mergeBase: true });
    } catch (err) {
      if (!req.useApi) return `git: ${(err as Error).message}`;
    }
  }
  if (!req.useApi) return `the published revision ${r} is not in the repository`;
  try {
    const cmp = await req.access.compare(revision, req.head);
    if (cmp.status !== 'ahead' && cmp.status !== 'identical')
      return `the published revision ${r} is not an ancestor of the head (compare status: ${cmp.status})`;
    if (!cmp.complete)
      return `the compare API lists ${cmp.count} files since ${r}, its cap, so the diff may be incomplete`;
    return cmp;
  } catch (err) {
    return `the published revision ${r} could not be read (git does not have it; REST API: ${(err as Error).message})`;
  }
}
