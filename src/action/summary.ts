/**
 * The step summary: what will be built and why, readable at 500 entries.
 */
import { isMultiArch, type Entry } from '../core/entry.js';
import type { Plan, Selected } from '../core/plan.js';
import type { Problem } from '../core/problems.js';
import { formatReason } from '../core/select.js';
import { pushTo } from '../core/collections.js';

export interface SummaryContext {
  eventName: string;
  /** How the changed files were found (input, api, git, none). */
  source: string;
  total: number;
  problems: readonly Problem[];
}

/** Text from the matrix file or the diff, made inert inside HTML (the `<details>` lines). */
const html = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/[\r\n]+/g, ' ');
/** The same in Markdown: no tags, links, emphasis or broken tables either. */
const esc = (s: string): string => html(s).replace(/[|\\`*]/g, '\\$&');
const code = (s: string): string => `\`${s.replace(/[`\r\n]/g, ' ')}\``;

export function matrixOf(e: Entry): 'singlearch' | 'multiarch' | 'darwin' {
  return e.os === 'darwin' ? 'darwin' : isMultiArch(e) ? 'multiarch' : 'singlearch';
}

export function renderSummary(plan: Plan, ctx: SummaryContext): string {
  const lines: string[] = ['## Backend matrix', ''];
  const diff =
    ctx.source === 'none' ? 'no diff' : `${plan.files} changed file(s) from ${ctx.source}`;
  lines.push(
    `**Event:** ${code(ctx.eventName || 'unknown')} · **Changes:** ${diff}${plan.ignored ? ` (${plan.ignored} ignored)` : ''}`,
    '',
  );
  if (plan.runAll) lines.push(`**Building everything:** ${esc(plan.runAllCause ?? '')}`, '');

  if (plan.selected.length === 0) {
    lines.push(
      `**Nothing to build:** no change touches any of the ${ctx.total} entries. Build jobs gated on \`has-backends-*\` are skipped.`,
      '',
    );
  } else {
    lines.push(
      `**${plan.selected.length} of ${ctx.total} entries selected.**`,
      '',
      '| matrix | jobs | merges |',
      '| --- | ---: | ---: |',
    );
    plan.singlearch.forEach((shard, i) => {
      const name = plan.singlearch.length > 1 ? `singlearch-${i + 1}` : 'singlearch';
      lines.push(`| ${name} | ${shard.length} | ${new Set(shard.map((e) => e.tagSuffix)).size} |`);
    });
    lines.push(
      `| multiarch | ${plan.multiarch.length} | ${new Set(plan.multiarch.map((e) => e.tagSuffix)).size} |`,
    );
    lines.push(`| darwin | ${plan.darwin.length} | – |`, '');
    const byBackend = new Map<string, Selected[]>();
    for (const s of plan.selected) pushTo(byBackend, s.entry.backend, s);
    // One collapsed block per backend keeps 500 entries skimmable.
    for (const [backend, items] of byBackend) {
      lines.push(
        `<details><summary><b>${html(backend)}</b>: ${items.length} entr${items.length === 1 ? 'y' : 'ies'} — ${html(formatReason(items[0].reasons[0]))}</summary>`,
        '',
      );
      lines.push('| tag-suffix | platform-tag | matrix | reasons |', '| --- | --- | --- | --- |');
      for (const { entry, reasons } of items) {
        lines.push(
          `| ${esc(entry.tagSuffix)} | ${esc(entry.platformTag) || '–'} | ${matrixOf(entry)} | ${reasons.map((r) => esc(formatReason(r))).join('<br>')} |`,
        );
      }
      lines.push('', '</details>', '');
    }
  }
  const notes = [...ctx.problems, ...plan.warnings].filter((p) => p.level === 'warning');
  if (notes.length) {
    lines.push('### Warnings', '');
    for (const p of notes)
      lines.push(`- ${p.line ? `${code(`${p.file}:${p.line}`)} ` : ''}${esc(p.message)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
