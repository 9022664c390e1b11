/**
 * A set of rules applied to the working tree's entries, compiled once for the
 * whole replay; and the rules of `--compare-rules FILE`.
 */
import type { Entry } from '../core/entry.js';
import type { Lineage } from '../core/lineage.js';
import { isMapping } from '../core/entry.js';
import { hasErrors, UserError, type Problem } from '../core/problems.js';
import { parseRules, RULES_KEYS, type Rules } from '../core/rules.js';
import { RuleIndex, type Reason, type SourceAssignment } from '../core/select.js';
import { YamlSource, YamlSyntaxError, type NodePath } from '../core/yaml-source.js';

export interface RuleSet {
  /** Where the rules come from, as the user named the file. */
  file: string;
  /** undefined: the file has no `rules`, so every commit builds everything. */
  rules: Rules | undefined;
  /** The rules compiled against the working tree's entries, once for every commit. */
  index: RuleIndex | undefined;
  /** The working tree's image lineage under these rules' `build.image`: descendants are rebuilt. */
  lineage?: Lineage;
}

export function ruleSet(
  file: string,
  rules: Rules | undefined,
  entries: readonly Entry[],
  sources?: ReadonlyMap<Entry, SourceAssignment>,
): RuleSet {
  return { file, rules, index: rules && new RuleIndex(entries, rules, sources) };
}

/** The triggers that are not numbered rules, in report order. */
export const TRIGGERS = ['dockerfile', 'matrix', 'closure', 'lineage'] as const;

/**
 * The name a report gives the rule or trigger behind a reason:
 * `rules.sources[0]`, `rules.shared[2]`, `dockerfile`, `matrix`, `closure`, `run-all`.
 */
export function ruleKey(r: Reason): string {
  switch (r.kind) {
    case 'sources':
      return `rules.sources[${r.rule}]`;
    case 'shared':
      return `rules.shared[${r.rule}]`;
    default:
      return r.kind;
  }
}

/** Every rule and trigger of a set, in report order, fired or not. */
export function ruleKeys(set: RuleSet): string[] {
  if (!set.rules) return [];
  return [
    ...set.rules.sources.map((r) => `rules.sources[${r.index}]`),
    ...set.rules.shared.map((r) => `rules.shared[${r.index}]`),
    ...TRIGGERS,
  ];
}

/**
 * The rules in a `--compare-rules` file: a matrix file (its entries are not
 * used), a file holding a `rules:` key, or a bare rules mapping. Problems are
 * located in that file; any error is a UserError carrying them all.
 */
export function loadCompareRules(text: string, file: string): Rules {
  const problems: Problem[] = [];
  let source: YamlSource;
  try {
    source = YamlSource.parse(text);
  } catch (err) {
    if (!(err instanceof YamlSyntaxError)) throw err;
    throw new UserError(`${file} is not valid YAML`, [
      { level: 'error', message: `invalid YAML: ${err.message}`, file, ...err.position },
    ]);
  }
  const root = source.value;
  const at = (path: NodePath, which?: 'key') => source.locate(path, which);
  if (!isMapping(root)) {
    throw new UserError(`${file} holds no rules`, [
      {
        level: 'error',
        message: 'expected a matrix file, a mapping with a `rules` key, or a rules mapping',
        file,
        ...at([]),
      },
    ]);
  }
  let prefix: NodePath = [];
  let raw: unknown = root;
  if ('rules' in root) {
    prefix = ['rules'];
    raw = root.rules;
  } else if (!Object.keys(root).some((k) => RULES_KEYS.includes(k))) {
    throw new UserError(`${file} holds no rules`, [
      {
        level: 'error',
        message: `no \`rules\` key and none of ${RULES_KEYS.join(', ')} at the top level: nothing to compare with`,
        file,
        ...at([]),
      },
    ]);
  }
  const rules = parseRules(raw, (path, message, which) =>
    problems.push({ level: 'error', message, file, ...at([...prefix, ...path], which) }),
  );
  if (hasErrors(problems)) throw new UserError(`${file} has errors`, problems);
  return rules;
}
