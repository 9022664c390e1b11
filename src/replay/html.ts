/**
 * `replay --format html`: one self-contained page (inline CSS and SVG, no
 * script, no font or file to fetch) that reads at 1280 px and prints.
 */
import type { Entry } from '../core/entry.js';
import { barChart, escapeHtml as esc, timeChart, type Series } from './charts.js';
import { count, day, decimal, entryLabel, percent, shortSha } from './format.js';
import type { Report, Summary } from './summary.js';
import { headline, shallowNote } from './table.js';

const COLORS = ['#1d4ed8', '#c2410c'];
/** Long lists in tables show this many rows and say how many more there are. */
const ROWS = 200;

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 24px 32px; max-width: 1280px; color: #111827; background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.sub { color: #4b5563; margin: 0 0 12px; }
.warn { background: #fef3c7; border: 1px solid #f59e0b; padding: 8px 12px; border-radius: 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.card { border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.card b { display: block; font-size: 22px; }
.card span { color: #4b5563; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { background: #f9fafb; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .sha { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.reasons { color: #374151; font-size: 12px; }
figure.chart { margin: 12px 0 20px; }
figcaption { font-weight: 600; margin-bottom: 4px; display: flex; flex-wrap: wrap; gap: 16px; align-items: center; }
.legend { font-weight: 400; font-size: 12px; display: inline-flex; gap: 14px; }
.key i { display: inline-block; width: 14px; height: 10px; margin-right: 5px; vertical-align: baseline; }
svg { width: 100%; height: auto; display: block; }
svg text { font-size: 12px; fill: #374151; }
svg .grid { stroke: #e5e7eb; }
svg .axis { stroke: #9ca3af; }
svg .series { fill: none; stroke-width: 1.5; }
svg .hit { fill: transparent; }
svg .hit:hover { fill: rgba(29, 78, 216, 0.08); }
.more { color: #6b7280; font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  figure.chart, .cards, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  svg .hit:hover { fill: transparent; }
  a { color: inherit; text-decoration: none; }
}
`;

export function renderHtml(rep: Report): string {
  const r = rep.replay;
  const n = r.commits.length;
  const sets = r.sets;
  const commitCell = (i: number): string => {
    const c = r.commits[i].commit;
    return `<td class="sha" title="${esc(c.sha)}">${esc(shortSha(c.sha))}</td><td>${esc(day(c.date))}</td><td>${esc(c.subject)}</td>`;
  };
  const body: string[] = [];
  body.push(
    `<h1>backend-matrix replay</h1>`,
    `<p class="sub" id="summary-line" data-commits="${n}">${esc(headline(rep))}</p>`,
  );
  if (r.shallowEnd) body.push(`<p class="warn">${esc(shallowNote(rep))}</p>`);

  if (sets[1]) {
    body.push(
      `<h2 id="under-builds">Possible under-builds: ${rep.underBuilds.length} commit(s)</h2>`,
      `<p>Commits where <code>${esc(sets[1].file)}</code> selects entries that <code>${esc(sets[0].file)}</code> does not.</p>`,
    );
    body.push(
      rep.underBuilds.length
        ? table(
            ['commit', 'date', 'subject', 'entries only the other rules select'],
            rep.underBuilds.map(
              (d) =>
                `<tr>${commitCell(d.commit)}<td>${esc(d.onlyOther.map(entryLabel).join(', '))}</td></tr>`,
            ),
            [],
            Infinity,
          )
        : '<p>None.</p>',
    );
  }

  body.push('<h2>Jobs per commit</h2>', cards(rep.summaries[0], n));
  const series: Series[] = sets.map((s, k) => ({
    name: s.file,
    color: COLORS[k],
    dashed: k > 0,
    values: r.commits.map((c) => c.plans[k].selected.length),
  }));
  body.push(
    timeChart({
      id: 'chart-jobs-per-commit',
      title: `Jobs per commit over time${sets[1] ? ' (both rule sets)' : ''}`,
      series,
      labels: r.commits.map((c) => day(c.commit.date)),
      titles: r.commits.map(
        (c) =>
          `${shortSha(c.commit.sha)} ${day(c.commit.date)} ${c.commit.subject}: ${c.plans.map((p) => p.selected.length).join(' / ')} jobs`,
      ),
    }),
  );

  rep.summaries.forEach((s, k) => {
    body.push(`<h2>Rules from <code>${esc(sets[k].file)}</code></h2>`);
    if (k > 0) body.push(cards(s, n));
    body.push(figuresTable(s));
    if (s.runAll.causes.length) {
      body.push(
        '<h3>Run-all commits</h3>',
        table(
          ['cause', 'commits'],
          s.runAll.causes.map(
            (c) => `<tr><td>${esc(c.cause)}</td><td class="n">${c.commits.length}</td></tr>`,
          ),
        ),
      );
    }
    if (s.rules.length) {
      body.push(
        barChart({
          id: `chart-jobs-per-rule-${k + 1}`,
          title: `Jobs per rule: ${sets[k].file}`,
          color: COLORS[k],
          legend: ['jobs it selected', 'jobs only it selected'],
          bars: s.rules.map((f) => ({
            label: f.rule,
            value: f.jobs,
            part: f.onlyJobs,
            title: `${f.rule}: fired on ${f.commits.length} commit(s), ${f.jobs} jobs, ${f.onlyJobs} only by it`,
          })),
        }),
        '<h3>Per rule (run-all commits aside)</h3>',
        table(
          ['rule', 'commits', 'share', 'jobs', 'jobs only it selected'],
          s.rules.map(
            (f) =>
              `<tr><td><code>${esc(f.rule)}</code></td><td class="n">${f.commits.length}</td><td class="n">${percent(f.commits.length, s.commits)}</td><td class="n">${count(f.jobs)}</td><td class="n">${count(f.onlyJobs)}</td></tr>`,
          ),
          [1, 2, 3, 4],
        ),
      );
    }
    body.push(
      `<h3>Never selected: ${s.neverSelected.length} entries</h3>`,
      entryList(s.neverSelected),
    );
    body.push(
      '<h3>Costliest commits</h3>',
      table(
        ['jobs', 'commit', 'date', 'subject', 'reasons'],
        s.costliest.map(
          (c) =>
            `<tr><td class="n">${c.jobs}</td>${commitCell(c.commit)}<td class="reasons">${c.reasons
              .map((t) => `${t.jobs} by ${esc(t.example)}`)
              .join('<br>')}</td></tr>`,
        ),
        [0],
      ),
    );
  });

  if (rep.differences) {
    const changed = rep.differences.filter((d) => d.onlyOther.length || d.onlyThese.length);
    body.push(
      `<h2>Difference per commit: ${changed.length} commit(s) differ</h2>`,
      table(
        [
          'commit',
          'date',
          'subject',
          sets[0].file,
          sets[1].file,
          'diff',
          'only the other rules',
          'only these rules',
        ],
        changed.map(
          (d) =>
            `<tr>${commitCell(d.commit)}<td class="n">${d.these}</td><td class="n">${d.other}</td><td class="n">${d.other - d.these > 0 ? '+' : ''}${d.other - d.these}</td><td>${esc(d.onlyOther.map(entryLabel).join(', '))}</td><td>${esc(d.onlyThese.map(entryLabel).join(', '))}</td></tr>`,
        ),
        [3, 4, 5],
      ),
    );
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`backend-matrix replay: ${r.matrixFile}, ${n} commits`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function cards(s: Summary, n: number): string {
  const card = (value: string, label: string): string =>
    `<div class="card"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
  return `<div class="cards">${[
    card(count(n), 'commits replayed'),
    card(count(s.runAll.commits), 'run-all commits'),
    card(decimal(s.jobsPerCommit.total.mean), 'mean jobs per commit'),
    card(String(s.jobsPerCommit.total.p90), 'p90 jobs per commit'),
    card(
      count(s.jobs.total),
      `jobs in all, of ${count(s.everything.total)} (${percent(s.jobs.total, s.everything.total)})`,
    ),
  ].join('')}</div>`;
}

function figuresTable(s: Summary): string {
  const f = s.jobsPerCommit;
  const rows = (
    [
      ['Linux', f.linux, s.jobs.linux, s.everything.linux],
      ['macOS', f.darwin, s.jobs.darwin, s.everything.darwin],
      ['all', f.total, s.jobs.total, s.everything.total],
    ] as const
  ).map(
    ([name, x, total, all]) =>
      `<tr><td>${name}</td><td class="n">${decimal(x.mean)}</td><td class="n">${decimal(x.median)}</td><td class="n">${x.p90}</td><td class="n">${x.max}</td><td class="n">${count(total)}</td><td class="n">${count(all)}</td><td class="n">${percent(total, all)}</td></tr>`,
  );
  return table(
    ['jobs per commit', 'mean', 'median', 'p90', 'max', 'total', 'building everything', 'share'],
    rows,
    [1, 2, 3, 4, 5, 6, 7],
  );
}

function entryList(entries: readonly Entry[]): string {
  if (!entries.length) return '<p>None: every entry was selected on some commit.</p>';
  return table(
    ['backend', 'tag-suffix', 'platform-tag', 'os'],
    entries.map(
      (e) =>
        `<tr><td>${esc(e.backend)}</td><td><code>${esc(e.tagSuffix)}</code></td><td>${esc(e.platformTag || '-')}</td><td>${e.os === 'darwin' ? 'macOS' : 'Linux'}</td></tr>`,
    ),
  );
}

function table(head: string[], rows: string[], numeric: number[] = [], limit = ROWS): string {
  const th = head
    .map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${esc(h)}</th>`)
    .join('');
  const shown = rows.slice(0, limit);
  const more =
    rows.length > limit
      ? `<tr><td class="more" colspan="${head.length}">… and ${rows.length - limit} more (the JSON report lists them all)</td></tr>`
      : '';
  return `<table><thead><tr>${th}</tr></thead><tbody>${shown.join('')}${more}</tbody></table>`;
}
