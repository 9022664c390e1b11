/**
 * Verdicts for `unless: additive-proto`: reads the schema files the rules guard
 * at both revisions and compares them. protobufjs is loaded only when a run
 * has such a file.
 */
import type { Rules } from '../core/rules.js';
import { schemaFiles, type SchemaVerdict } from '../core/select.js';
import type { Revision, RevisionReader } from './ports.js';

export async function schemaVerdicts(
  rules: Rules | undefined,
  files: readonly string[],
  revisions: RevisionReader | undefined,
): Promise<Map<string, SchemaVerdict>> {
  const verdicts = new Map<string, SchemaVerdict>();
  if (!rules || !revisions) return verdicts;
  const targets = schemaFiles(rules, files);
  if (!targets.length) return verdicts;
  const [{ compareSchemas }, texts] = await Promise.all([
    import('../core/proto-diff.js'),
    Promise.all(
      targets.map((file) =>
        Promise.all([settle(revisions.base(file)), settle(revisions.head(file))]),
      ),
    ),
  ]);
  targets.forEach((file, i) => {
    const [base, head] = texts[i];
    verdicts.set(file, verdictOf(base, head, compareSchemas));
  });
  return verdicts;
}

/** A reader that throws instead of answering `{ error }` still yields a verdict. */
const settle = (read: Promise<Revision>): Promise<Revision> =>
  read.catch((err: unknown) => ({ error: String((err as Error)?.message ?? err) }));

/** A file that is new, gone or unreadable is never judged additive. */
function verdictOf(
  base: Revision,
  head: Revision,
  compare: (base: string, head: string) => SchemaVerdict,
): SchemaVerdict {
  if ('absent' in base) return { additive: false, summary: 'added by this change' };
  if ('absent' in head) return { additive: false, summary: 'deleted by this change' };
  if ('error' in base)
    return {
      additive: false,
      summary: `its base revision could not be read: ${base.error}`,
      fallback: true,
    };
  if ('error' in head)
    return {
      additive: false,
      summary: `its head revision could not be read: ${head.error}`,
      fallback: true,
    };
  return compare(base.text, head.text);
}
