/** `replay --format table`: the report as text for a terminal. */
import type { Entry } from '../core/entry.js';
import { count, day, decimal, entryLabel, percent, printable, shortSha } from './format.js';
import type { Report, Summary } from './summary.js';

/** Lists longer than this show their first items and how many more there are. */
const LIST_LIMIT = 12;

export function renderTable(rep: Report, opts: { color: boolean }): string {
  const r = rep.replay;
  const bold = (s: string): string => (opts.color ? `\u001b[1m${s}\u001b[0m` : s);
  const out: string[] = [];
  const commit = (i: number): string => {
    const c = r.commits[i].commit;
    return `${shortSha(c.sha)}  ${day(c.date)}  ${printable(c.subject)}`;
  };
  out.push(bold(headline(rep)));
  if (r.shallowEnd) out.push(shallowNote(rep));
  out.push('');

  const [these, other] = r.sets;
  if (other) {
    const n = rep.underBuilds.length;
    out.push(
      bold(
        `Possible under-builds: ${n} commit(s) where ${other.file} selects entries that ${these.file} does not`,
      ),
    );
    for (const d of rep.underBuilds) {
      out.push(`  ${commit(d.commit)}`);
      out.push(`      only with ${other.file}: ${listed(d.onlyOther.map(entryLabel))}`);
    }
    if (!n) out.push('  none');
    out.push('');
  }

  rep.summaries.forEach((s, i) => {
    out.push(bold(`Rules from ${r.sets[i].file}`));
    out.push(...summaryLines(s, commit));
    out.push('');
  });

  if (other && rep.differences) {
    const [a, b] = rep.summaries;
    const more = rep.differences.filter((d) => d.other > d.these).length;
    const less = rep.differences.filter((d) => d.other < d.these).length;
    const changed = rep.differences.filter((d) => d.onlyOther.length || d.onlyThese.length);
    out.push(bold(`Difference: ${other.file} against ${these.file}`));
    out.push(
      `  jobs: ${count(b.jobs.total)} against ${count(a.jobs.total)} (${signed(b.jobs.total - a.jobs.total)}); more jobs on ${more} commit(s), fewer on ${less}, a different selection on ${changed.length}`,
    );
    const widest = [...changed]
      .sort(
        (x, y) => Math.abs(y.other - y.these) - Math.abs(x.other - x.these) || y.commit - x.commit,
      )
      .slice(0, LIST_LIMIT);
    if (widest.length) {
      out.push('  largest differences:');
      out.push(
        ...grid(
          ['THESE', 'OTHER', 'DIFF', 'COMMIT'],
          widest.map((d) => [
            String(d.these),
            String(d.other),
            signed(d.other - d.these),
            commit(d.commit),
          ]),
          [true, true, true, false],
        ).map((l) => `    ${l}`),
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function headline(rep: Report): string {
  const r = rep.replay;
  const first = r.commits[0]?.commit;
  const last = r.commits.at(-1)?.commit;
  const linux = r.entries.filter((e) => e.os === 'linux').length;
  const span = first && last ? `, ${day(first.date)} to ${day(last.date)}` : '';
  return `${r.matrixFile}: replayed ${count(r.commits.length)} first-parent commit(s)${span} on ${r.entries.length} entries (${linux} Linux, ${r.entries.length - linux} macOS)`;
}

export function shallowNote(rep: Report): string {
  const end = rep.replay.shallowEnd!;
  const start = end.droppedStart ? `; ${end.droppedStart} is not in this clone` : '';
  return `this is a shallow clone: its history ends at ${shortSha(end.sha)} (${day(end.date)})${start}, so only the commits after it are replayed (git fetch --unshallow gets the rest)`;
}

function summaryLines(s: Summary, commit: (i: number) => string): string[] {
  const out: string[] = [];
  out.push(`  run-all: ${s.runAll.commits} of ${s.commits} commit(s)`);
  for (const c of s.runAll.causes) out.push(`    ${c.commits.length}× ${printable(c.cause)}`);
  out.push('  jobs per commit:');
  const f = s.jobsPerCommit;
  out.push(
    ...grid(
      ['', 'MEAN', 'MEDIAN', 'P90', 'MAX', 'TOTAL'],
      (
        [
          ['Linux', f.linux, s.jobs.linux],
          ['macOS', f.darwin, s.jobs.darwin],
          ['all', f.total, s.jobs.total],
        ] as const
      ).map(([name, x, total]) => [
        name,
        decimal(x.mean),
        decimal(x.median),
        String(x.p90),
        String(x.max),
        count(total),
      ]),
      [false, true, true, true, true, true],
    ).map((l) => `    ${l}`),
  );
  out.push(
    `  total: ${count(s.jobs.total)} jobs against ${count(s.everything.total)} for building every entry on every commit (${percent(s.jobs.total, s.everything.total)})`,
  );
  if (s.rules.length) {
    out.push('  per rule (run-all commits aside):');
    out.push(
      ...grid(
        ['RULE', 'COMMITS', 'JOBS', 'ONLY IT'],
        s.rules.map((x) => [
          x.rule,
          `${x.commits.length} (${percent(x.commits.length, s.commits)})`,
          count(x.jobs),
          count(x.onlyJobs),
        ]),
        [false, true, true, true],
      ).map((l) => `    ${l}`),
    );
  }
  out.push(`  never selected: ${neverLine(s.neverSelected)}`);
  if (s.costliest.length) {
    out.push('  costliest commits:');
    for (const c of s.costliest) {
      out.push(`    ${String(c.jobs).padStart(5)}  ${commit(c.commit)}`);
      for (const t of c.reasons.slice(0, 4))
        out.push(`           ${String(t.jobs).padStart(5)} by ${printable(t.example)}`);
      if (c.reasons.length > 4) out.push(`           … and ${c.reasons.length - 4} more rule(s)`);
    }
  }
  return out;
}

function neverLine(entries: readonly Entry[]): string {
  return entries.length ? `${entries.length}: ${listed(entries.map(entryLabel))}` : 'none';
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, LIST_LIMIT).join(', ');
  return items.length > LIST_LIMIT ? `${shown} and ${items.length - LIST_LIMIT} more` : shown;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** Columns padded to their widest cell; `right` aligns numbers. */
function grid(head: string[], rows: string[][], right: boolean[]): string[] {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 && !right[i]
          ? cell
          : right[i]
            ? cell.padStart(widths[i])
            : cell.padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd(),
  );
}
