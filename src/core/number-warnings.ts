import type { Problem } from './problems.js';
import type { AlteredNumber, NodePath, YamlSource } from './yaml-source.js';

/**
 * Where YAML numbers lose their text: `python-version: 3.10` reaches the
 * matrix as 3.1, `.inf` as null, a 20-digit id rounded. Entries pass fields
 * through as JSON and rule selectors match a value's string form, so both are
 * checked; the fix is always to quote the value.
 */
export function numberWarnings(source: YamlSource, file: string): Problem[] {
  return source
    .alteredNumbers([['include'], ['includeDarwin'], ['rules']])
    .map((n) => ({ level: 'warning', message: message(n), file, ...n.position }));
}

function message(n: AlteredNumber): string {
  const quote = `quote it ("${n.text}") to keep it as written`;
  if (n.isKey) {
    return `field name ${n.text} is a YAML number, so the field is named "${String(n.value)}"; ${quote}`;
  }
  if (n.path[0] === 'rules') {
    let at = n.path.length - 1;
    while (at > 0 && typeof n.path[at] !== 'string') at--;
    return `\`${n.path[at]}: ${n.text}\` in ${pathText(n.path.slice(0, at))} is a YAML number, so the rule reads it as "${String(n.value)}"; ${quote}`;
  }
  const field = n.path.length > 2 ? pathText(n.path.slice(2)) : pathText(n.path);
  return `\`${field}: ${n.text}\` is a YAML number, so the matrix gets ${n.json}; ${quote}`;
}

/** `rules.sources[0].if`, `nested.x`, `versions[1]`: a path as a user names it. */
function pathText(path: NodePath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}
