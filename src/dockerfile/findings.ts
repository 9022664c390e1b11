/** The audit's findings as problems (file:line:col lines, annotations), JSON and Markdown. */
import type { Entry } from '../core/entry.js';
import { escapeMarkdown } from '../core/markdown.js';
import type { Problem } from '../core/problems.js';
import type { AuditResult, Gap, Unknown } from './audit.js';

/** A few backend names: "vllm, diffusers, kokoro and 4 more". */
export function nameSome(entries: readonly Entry[], shown = 3): string {
  const names = [...new Set(entries.map((e) => e.backend))];
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function gapMessage(g: Gap): string {
  const files =
    g.files.length === 1 && g.files[0] !== g.source
      ? ` (${g.files[0]})`
      : g.files.length > 1
        ? ` (${plural(g.files.length, 'file')}, e.g. ${g.files[0]})`
        : '';
  const missed =
    g.reached === 1
      ? 'does not rebuild the one entry it reaches'
      : g.entries.length === g.reached
        ? `rebuilds none of the ${g.reached} entries it reaches`
        : `misses ${g.entries.length} of the ${g.reached} entries it reaches`;
  const where =
    g.suggestion.kind === 'sources'
      ? `add its path to ${g.suggestion.rule === undefined ? 'the sources rule of these entries' : `rules.sources[${g.suggestion.rule}]`}:`
      : g.suggestion.shadowedBy === undefined
        ? 'a shared rule that covers it:'
        : `rules.shared[${g.suggestion.shadowedBy}] matches it first and does not rebuild them; widen its rebuild, or put this rule before it:`;
  return `${g.instruction} ${g.source}${files}: a change to it ${missed} (${nameSome(g.entries)}); ${where}\n${indent(g.suggestion.yaml)}`;
}

export const unknownMessage = (u: Unknown): string =>
  `${u.instruction} ${u.source} cannot be checked: ${u.reason} (${plural(u.entries.length, 'entry', 'entries')}: ${nameSome(u.entries)})`;

const indent = (yaml: string): string =>
  yaml
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

/** Every finding located in its file: bad input first, then gaps and unknowns by position. */
export function auditProblems(r: AuditResult): Problem[] {
  const at = (x: Gap | Unknown) => ({ file: x.dockerfile, line: x.line, col: x.col });
  return [
    ...r.problems,
    ...r.gaps.map((g): Problem => ({ level: 'warning', ...at(g), message: gapMessage(g) })),
    ...r.unknowns.map((u): Problem => ({ level: 'warning', ...at(u), message: unknownMessage(u) })),
  ];
}

export function auditSummaryLine(r: AuditResult): string {
  const { dockerfiles, entries, sources } = r.checked;
  return `audit: ${plural(dockerfiles, 'Dockerfile')}, ${plural(entries, 'entry', 'entries')}, ${plural(sources, 'source')} checked: ${plural(r.gaps.length, 'gap')}, ${r.unknowns.length} cannot be checked, ${plural(r.problems.length, 'problem')}`;
}

/** The machine-readable report (`--format json`). */
export function auditJson(r: AuditResult): object {
  const site = (x: Gap | Unknown) => ({
    dockerfile: x.dockerfile,
    line: x.line,
    col: x.col,
    instruction: x.instruction,
    source: x.source,
  });
  const names = (es: readonly Entry[]) =>
    es.map((e) => ({
      backend: e.backend,
      'tag-suffix': e.tagSuffix,
      'platform-tag': e.platformTag || undefined,
      os: e.os,
    }));
  return {
    checked: r.checked,
    gaps: r.gaps.map((g) => ({
      ...site(g),
      reached: g.reached,
      entries: names(g.entries),
      files: g.files,
      suggestion: g.suggestion,
    })),
    unknowns: r.unknowns.map((u) => ({ ...site(u), reason: u.reason, entries: names(u.entries) })),
    problems: r.problems,
  };
}

// The step summary's own escaping: the audit's section escapes no less than the findings list.
const cell = escapeMarkdown;
/** Several lines (a YAML suggestion) in one table cell. */
const code = (s: string): string =>
  `<code>${s.split('\n').map(escapeMarkdown).join('<br>')}</code>`;

/** A step-summary section; '' when there is nothing to report. */
export function auditMarkdown(r: AuditResult): string {
  if (!r.gaps.length && !r.unknowns.length && !r.problems.length) {
    return `### Dockerfile audit\n\nNo gaps: every file the ${plural(r.checked.dockerfiles, 'Dockerfile')} read from the build context selects the entries it reaches.\n`;
  }
  const out = ['### Dockerfile audit', '', `${auditSummaryLine(r).replace(/^audit: /, '')}.`, ''];
  if (r.gaps.length) {
    out.push('| where | source | entries missed | rule that covers it |', '|---|---|---|---|');
    for (const g of r.gaps) {
      out.push(
        `| ${code(`${g.dockerfile}:${g.line}`)} | ${code(`${g.instruction} ${g.source}`)} | ${g.entries.length} of ${g.reached}: ${cell(nameSome(g.entries))} | ${code(g.suggestion.yaml)} |`,
      );
    }
    out.push('');
  }
  if (r.unknowns.length) {
    out.push('Cannot be checked:', '');
    for (const u of r.unknowns)
      out.push(
        `- ${code(`${u.dockerfile}:${u.line}`)} ${code(`${u.instruction} ${u.source}`)}: ${cell(u.reason)}`,
      );
    out.push('');
  }
  if (r.problems.length) {
    out.push('Problems:', '');
    for (const p of r.problems)
      out.push(`- ${code(`${p.file}:${p.line}:${p.col}`)} ${cell(p.message)}`);
    out.push('');
  }
  return out.join('\n');
}
