/**
 * The step summary: what will be built and why, readable at 500 entries and
 * kept under GitHub's 1 MiB limit at any size. Every problem is listed (the
 * annotations stop at 10 per level); per-entry detail is what gives way when
 * the limit is near, with a note saying how much was left out.
 */
import type { Plan, Selected } from '../core/plan.js';
import { formatReason, formatSkip, type Reason } from '../core/select.js';
import { pushTo } from '../core/collections.js';
import { matrixOf } from '../core/outputs.js';
import type { Finding } from './annotations.js';
import { capText, escapeHtml, escapeMarkdown } from '../core/markdown.js';

/** GitHub drops a step summary over 1 MiB; this leaves room for the notes below. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;
/** Kept back from the budget for the notes that say what was cut. */
const NOTE_RESERVE = 4_096;
/** Reasons listed per entry; the rest are counted. */
const REASONS_PER_ENTRY = 5;

export interface SummaryContext {
  eventName: string;
  /** How the changed files were found (input, api, git, none). */
  source: string;
  total: number;
  /** Every problem reported in the run, in order, whether or not it was annotated. */
  findings: readonly Finding[];
  /** The Dockerfile audit's section (Markdown), '' when there is none. */
  audit: string;
}

const cap = capText;
/** Text from the matrix file or the diff, made inert inside HTML (the `<details>` lines). */
const html = escapeHtml;
/** The same in Markdown: no tags, links, emphasis or broken tables either. */
const esc = escapeMarkdown;
const code = (s: string): string => `\`${cap(s).replace(/[`\r\n\u2028\u2029]/g, ' ')}\``;

/** Lines added while they fit in what is left of the budget. */
class Budget {
  private left = SUMMARY_BUDGET_BYTES - NOTE_RESERVE;

  /** Adds `lines` to `to` if all of them fit; false (and nothing added) otherwise. */
  add(to: string[], ...lines: string[]): boolean {
    return this.addAll(to, lines);
  }

  addAll(to: string[], lines: readonly string[]): boolean {
    let bytes = 0;
    for (const l of lines) bytes += Buffer.byteLength(l) + 1;
    if (bytes > this.left) return false;
    this.left -= bytes;
    for (const l of lines) to.push(l);
    return true;
  }
}

export function renderSummary(plan: Plan, ctx: SummaryContext): string {
  const budget = new Budget();
  const head: string[] = ['## Backend matrix', ''];
  const diff =
    ctx.source === 'none'
      ? 'no diff'
      : ctx.source === 'published'
        ? `each image against its published revision (${plan.promoted.length} promoted)`
        : `${plan.files} changed file(s) from ${ctx.source}`;
  head.push(
    `**Event:** ${code(ctx.eventName || 'unknown')} · **Changes:** ${diff}${plan.ignored ? ` (${plan.ignored} ignored)` : ''}`,
    '',
  );
  // Said once here, not on every row: at thousands of entries it is most of the page.
  if (plan.runAll) head.push(`**Building everything:** ${esc(plan.runAllCause ?? '')}`, '');
  if (plan.selected.length === 0) {
    head.push(
      `**Nothing to build:** no change touches any of the ${ctx.total} entries. Build jobs gated on \`has-backends-*\` are skipped.`,
      '',
    );
  } else {
    head.push(
      `**${plan.selected.length} of ${ctx.total} entries selected.**`,
      '',
      '| matrix | jobs | merges |',
      '| --- | ---: | ---: |',
    );
    plan.singlearch.forEach((shard, i) => {
      const name = plan.singlearch.length > 1 ? `singlearch-${i + 1}` : 'singlearch';
      head.push(`| ${name} | ${shard.length} | ${new Set(shard.map((e) => e.tagSuffix)).size} |`);
    });
    head.push(
      `| multiarch | ${plan.multiarch.length} | ${new Set(plan.multiarch.map((e) => e.tagSuffix)).size} |`,
      `| darwin | ${plan.darwin.length} | – |`,
      '',
    );
  }
  budget.add([], ...head);
  // Spent in order of importance, shown in reading order.
  const problems = findingsSection(ctx.findings, budget);
  const skipped = skipSection(plan, budget);
  const audit = auditSection(ctx.audit, budget);
  const details = detailsSection(plan, budget);
  const promoted = promotedSection(plan, budget);
  return `${[...head, ...details, ...promoted, ...problems, ...skipped, ...audit].join('\n')}\n`;
}

/** The summary of a run that failed: why, and every problem found on the way. */
export function renderFailure(message: string, findings: readonly Finding[]): string {
  const budget = new Budget();
  const head = ['## Backend matrix', '', `**Failed:** ${esc(message)}`, ''];
  budget.add([], ...head);
  return `${[...head, ...findingsSection(findings, budget)].join('\n')}\n`;
}

function findingsSection(findings: readonly Finding[], budget: Budget): string[] {
  const out: string[] = [];
  for (const [level, heading] of [
    ['error', 'Errors'],
    ['warning', 'Warnings'],
  ] as const) {
    const list = findings.filter((f) => f.level === level);
    if (!list.length) continue;
    const lines: string[] = [];
    let listed = 0;
    for (const f of list) {
      const where = f.file && f.line ? `${code(`${f.file}:${f.line}`)} ` : '';
      if (!budget.add(lines, `- ${where}${esc(f.message)}`)) break;
      listed++;
    }
    if (listed < list.length) {
      lines.push(
        `- …and ${list.length - listed} more, left out to keep this summary under GitHub's 1 MiB limit (\`backend-matrix validate\` lists the matrix file's)`,
      );
    }
    out.push(`### ${heading}`, '', ...lines, '');
  }
  return out;
}

function skipSection(plan: Plan, budget: Budget): string[] {
  if (!plan.skipped.length) return [];
  const lines: string[] = [];
  let listed = 0;
  for (const s of plan.skipped) {
    if (!budget.add(lines, `- ${esc(formatSkip(s))}`)) break;
    listed++;
  }
  if (listed < plan.skipped.length) lines.push(`- …and ${plan.skipped.length - listed} more`);
  return ['### Shared rules let off', '', ...lines, ''];
}

/** `base: published`: the images not built, and where their published image is. */
function promotedSection(plan: Plan, budget: Budget): string[] {
  if (!plan.promoted.length) return [];
  const lines = ['| tag-suffix | source | revision |', '| --- | --- | --- |'];
  let listed = 0;
  for (const p of plan.promoted) {
    if (!budget.add(lines, `| ${esc(p.tagSuffix)} | ${code(p.source)} | ${code(p.revision)} |`))
      break;
    listed++;
  }
  if (listed < plan.promoted.length)
    lines.push(
      '',
      `…and ${plan.promoted.length - listed} more (the \`promoted\` output lists them all)`,
    );
  return [
    `### Promoted: ${plan.promoted.length} image(s) unchanged since they were published`,
    '',
    ...lines,
    '',
  ];
}

function auditSection(markdown: string, budget: Budget): string[] {
  if (!markdown.trim()) return [];
  const lines = markdown.replace(/\s+$/, '').split('\n');
  const out: string[] = [];
  // Whole or not at all: a cut would leave its tables and <details> open.
  if (budget.addAll(out, [...lines, ''])) return out;
  return [
    '### Dockerfile audit',
    '',
    "The audit's findings are too long for this summary (GitHub's limit is 1 MiB): run `backend-matrix audit` to see them.",
    '',
  ];
}

function reasonText(r: Reason): string {
  // The run-all cause is in the header.
  return r.kind === 'run-all' ? 'run-all' : formatReason(r);
}

function detailsSection(plan: Plan, budget: Budget): string[] {
  const out: string[] = [];
  const byBackend = new Map<string, Selected[]>();
  for (const s of plan.selected) pushTo(byBackend, s.entry.backend, s);
  let listed = 0;
  // One collapsed block per backend keeps 500 entries skimmable.
  outer: for (const [backend, items] of byBackend) {
    const first = items[0].reasons[0];
    const why = first.kind === 'run-all' ? '' : ` — ${html(formatReason(first))}`;
    const open = [
      `<details><summary><b>${html(backend)}</b>: ${items.length} entr${items.length === 1 ? 'y' : 'ies'}${why}</summary>`,
      '',
      '| tag-suffix | platform-tag | matrix | reasons |',
      '| --- | --- | --- | --- |',
    ];
    const close = ['', '</details>', ''];
    if (!budget.add(out, ...open, ...close)) break;
    out.splice(out.length - close.length, close.length);
    for (const { entry, reasons } of items) {
      const shown = reasons.slice(0, REASONS_PER_ENTRY).map((r) => esc(reasonText(r)));
      if (reasons.length > REASONS_PER_ENTRY)
        shown.push(`+${reasons.length - REASONS_PER_ENTRY} more`);
      const row = `| ${esc(entry.tagSuffix)} | ${esc(entry.platformTag) || '–'} | ${matrixOf(entry)} | ${shown.join('<br>')} |`;
      if (!budget.add(out, row)) {
        out.push(...close);
        break outer;
      }
      listed++;
    }
    out.push(...close);
  }
  const left = plan.selected.length - listed;
  if (left > 0) {
    out.push(
      `**${left} of ${plan.selected.length} selected entries are not listed here**, to keep this summary under GitHub's 1 MiB limit; the matrix outputs hold them all, and \`backend-matrix plan\` shows each with its reasons.`,
      '',
    );
  }
  return out;
}
