/** `init`'s proposal as a commented YAML `rules:` block, built with the yaml document API. */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Proposal } from './init.js';

export const RULES_HEADER =
  ' Proposed by `backend-matrix init` from the Dockerfiles and the directory layout: review, then commit.';

/** The proposal as plain data: the `rules` value the block holds. */
export function rulesValue(p: Proposal): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p.ignore) out.ignore = p.ignore.value;
  if (p.sources.length) out.sources = p.sources.map((r) => r.value);
  if (p.shared.length) out.shared = p.shared.map((r) => r.value);
  if (p.build) out.build = p.build.value;
  return out;
}

/** `rules:` and everything under it, ending with a newline. */
export function renderRules(p: Proposal): string {
  const doc = new Document({ rules: rulesValue(p) });
  const top = doc.contents as YAMLMap;
  const rulesPair = top.items[0] as Pair<Node, YAMLMap>;
  (rulesPair.key as Node).commentBefore = RULES_HEADER;
  const rules = rulesPair.value!;
  const comments: Record<string, string | undefined> = {
    ignore: p.ignore?.comment,
    sources: "Where each entry's own code lives: first rule that applies to an entry wins.",
    shared:
      "Files outside the entries' own directories that Dockerfiles copy; first match per file wins.",
    build: p.build?.comment,
  };
  for (const pair of rules.items as Pair<Node, Node>[]) {
    const key = pair.key as Node & { value?: unknown };
    const name = String(isScalar(key) ? key.value : '');
    if (comments[name]) key.commentBefore = ` ${comments[name]}`;
    if (name === 'ignore') flow(pair.value);
    if (name === 'build' && isMap(pair.value)) {
      for (const inner of pair.value.items as Pair<Node, Node>[]) flow(inner.value);
    }
    if ((name === 'sources' || name === 'shared') && isSeq(pair.value)) {
      const proposed = name === 'sources' ? p.sources : p.shared;
      pair.value.items.forEach((item, i) => {
        const rule = item as YAMLMap;
        rule.commentBefore = ` ${proposed[i].comment}`;
        for (const field of rule.items as Pair<Node, Node>[]) flow(field.value);
      });
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function flow(node: Node | null | undefined): void {
  if (node && (isMap(node) || isSeq(node))) (node as YAMLMap).flow = true;
}
