export const id = 794;
export const ids = [794];
export const modules = {

/***/ 3794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderHtml: () => (/* binding */ renderHtml)
});

;// CONCATENATED MODULE: ./src/replay/charts.ts
/**
 * Inline SVG charts for the HTML report: no script, no external resource.
 * Every text that comes from outside (subjects, rule names) is escaped.
 */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
/** A round number at or above `n`, so the axis reads 0, 25, 50, … */
function niceMax(n) {
    if (n <= 4)
        return 4;
    const step = 10 ** Math.floor(Math.log10(n));
    for (const m of [1, 2, 2.5, 5, 10])
        if (m * step >= n)
            return m * step;
    return 10 * step;
}
const fmt = (n) => String(Math.round(n * 10) / 10);
/**
 * Jobs per commit, oldest to newest: one line per series; `labels[i]` (a date)
 * marks the x axis, `titles[i]` is what hovering over a commit shows.
 */
function timeChart(opts) {
    const W = 1200;
    const H = 320;
    const L = 56;
    const R = 16;
    const T = 16;
    const B = 44;
    const n = opts.labels.length;
    const max = niceMax(Math.max(0, ...opts.series.flatMap((s) => s.values)));
    const pw = W - L - R;
    const ph = H - T - B;
    const x = (i) => L + (n > 1 ? (i / (n - 1)) * pw : pw / 2);
    const y = (v) => T + ph - (v / max) * ph;
    const parts = [];
    for (let k = 0; k <= 4; k++) {
        const v = (max * k) / 4;
        parts.push(`<line class="grid" x1="${L}" x2="${W - R}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`, `<text class="tick" x="${L - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${fmt(v)}</text>`);
    }
    const ticks = Math.min(n, 7);
    for (let k = 0; k < ticks; k++) {
        const i = ticks > 1 ? Math.round((k * (n - 1)) / (ticks - 1)) : 0;
        const anchor = ticks > 1 && k === 0 ? 'start' : k === ticks - 1 && ticks > 1 ? 'end' : 'middle';
        parts.push(`<text class="tick" x="${fmt(x(i))}" y="${H - B + 18}" text-anchor="${anchor}">${escapeHtml(opts.labels[i])}</text>`);
    }
    parts.push(`<line class="axis" x1="${L}" x2="${W - R}" y1="${T + ph}" y2="${T + ph}"/>`, `<text class="tick" x="${L + pw / 2}" y="${H - 6}" text-anchor="middle">commits, oldest to newest (${n})</text>`);
    for (const s of opts.series) {
        const points = s.values.map((v, i) => `${fmt(x(i))},${fmt(y(v))}`).join(' ');
        parts.push(n > 1
            ? `<polyline class="series" points="${points}" stroke="${s.color}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`
            : `<circle cx="${fmt(x(0))}" cy="${fmt(y(s.values[0] ?? 0))}" r="4" fill="${s.color}"/>`);
    }
    // Hover targets: one transparent column per commit.
    const band = n > 1 ? pw / (n - 1) : pw;
    opts.titles.forEach((t, i) => {
        parts.push(`<rect class="hit" x="${fmt(x(i) - band / 2)}" y="${T}" width="${fmt(band)}" height="${ph}"><title>${escapeHtml(t)}</title></rect>`);
    });
    return svg(opts.id, opts.title, W, H, parts, legend(opts.series));
}
/** Horizontal bars, one per rule: all its jobs, and darker the jobs only it selected. */
function barChart(opts) {
    const W = 1200;
    const row = 24;
    const L = 200;
    const R = 90;
    const T = 8;
    const H = T * 2 + Math.max(1, opts.bars.length) * row;
    const max = Math.max(1, ...opts.bars.map((b) => b.value));
    const w = (v) => ((W - L - R) * v) / max;
    const parts = [];
    opts.bars.forEach((b, i) => {
        const top = T + i * row;
        parts.push(`<g><title>${escapeHtml(b.title)}</title>`, `<text class="label" x="${L - 8}" y="${top + 16}" text-anchor="end">${escapeHtml(b.label)}</text>`, `<rect x="${L}" y="${top + 3}" width="${fmt(w(b.value))}" height="${row - 6}" fill="${opts.color}" fill-opacity="0.35"/>`, `<rect x="${L}" y="${top + 3}" width="${fmt(w(b.part))}" height="${row - 6}" fill="${opts.color}"/>`, `<text class="tick" x="${fmt(L + w(b.value) + 6)}" y="${top + 16}">${b.value} / ${b.part}</text></g>`);
    });
    const keys = `<span class="key"><i style="background:${opts.color};opacity:.35"></i>${escapeHtml(opts.legend[0])}</span><span class="key"><i style="background:${opts.color}"></i>${escapeHtml(opts.legend[1])}</span>`;
    return svg(opts.id, opts.title, W, H, parts, keys);
}
function legend(series) {
    return series
        .map((s) => `<span class="key"><i style="background:${s.color}${s.dashed ? ';opacity:.7' : ''}"></i>${escapeHtml(s.name)}</span>`)
        .join('');
}
function svg(id, title, w, h, parts, keys) {
    return `<figure class="chart" id="${id}">
<figcaption>${escapeHtml(title)}<span class="legend">${keys}</span></figcaption>
<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(title)}">
${parts.join('\n')}
</svg>
</figure>`;
}

// EXTERNAL MODULE: ./src/replay/format.ts
var format = __webpack_require__(3276);
// EXTERNAL MODULE: ./src/replay/table.ts
var table = __webpack_require__(8003);
;// CONCATENATED MODULE: ./src/replay/html.ts



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
function renderHtml(rep) {
    const r = rep.replay;
    const n = r.commits.length;
    const sets = r.sets;
    const commitCell = (i) => {
        const c = r.commits[i].commit;
        return `<td class="sha" title="${escapeHtml(c.sha)}">${escapeHtml((0,format/* shortSha */.Fu)(c.sha))}</td><td>${escapeHtml((0,format/* day */.vd)(c.date))}</td><td>${escapeHtml(c.subject)}</td>`;
    };
    const body = [];
    body.push(`<h1>backend-matrix replay</h1>`, `<p class="sub" id="summary-line" data-commits="${n}">${escapeHtml((0,table/* headline */.Pl)(rep))}</p>`);
    if (r.shallowEnd)
        body.push(`<p class="warn">${escapeHtml((0,table/* shallowNote */.x7)(rep))}</p>`);
    if (sets[1]) {
        body.push(`<h2 id="under-builds">Possible under-builds: ${rep.underBuilds.length} commit(s)</h2>`, `<p>Commits where <code>${escapeHtml(sets[1].file)}</code> selects entries that <code>${escapeHtml(sets[0].file)}</code> does not.</p>`);
        body.push(rep.underBuilds.length
            ? html_table(['commit', 'date', 'subject', 'entries only the other rules select'], rep.underBuilds.map((d) => `<tr>${commitCell(d.commit)}<td>${escapeHtml(d.onlyOther.map(format/* entryLabel */.b4).join(', '))}</td></tr>`), [], Infinity)
            : '<p>None.</p>');
    }
    body.push('<h2>Jobs per commit</h2>', cards(rep.summaries[0], n));
    const series = sets.map((s, k) => ({
        name: s.file,
        color: COLORS[k],
        dashed: k > 0,
        values: r.commits.map((c) => c.plans[k].selected.length),
    }));
    body.push(timeChart({
        id: 'chart-jobs-per-commit',
        title: `Jobs per commit over time${sets[1] ? ' (both rule sets)' : ''}`,
        series,
        labels: r.commits.map((c) => (0,format/* day */.vd)(c.commit.date)),
        titles: r.commits.map((c) => `${(0,format/* shortSha */.Fu)(c.commit.sha)} ${(0,format/* day */.vd)(c.commit.date)} ${c.commit.subject}: ${c.plans.map((p) => p.selected.length).join(' / ')} jobs`),
    }));
    rep.summaries.forEach((s, k) => {
        body.push(`<h2>Rules from <code>${escapeHtml(sets[k].file)}</code></h2>`);
        if (k > 0)
            body.push(cards(s, n));
        body.push(figuresTable(s));
        if (s.runAll.causes.length) {
            body.push('<h3>Run-all commits</h3>', html_table(['cause', 'commits'], s.runAll.causes.map((c) => `<tr><td>${escapeHtml(c.cause)}</td><td class="n">${c.commits.length}</td></tr>`)));
        }
        if (s.rules.length) {
            body.push(barChart({
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
            }), '<h3>Per rule (run-all commits aside)</h3>', html_table(['rule', 'commits', 'share', 'jobs', 'jobs only it selected'], s.rules.map((f) => `<tr><td><code>${escapeHtml(f.rule)}</code></td><td class="n">${f.commits.length}</td><td class="n">${(0,format/* percent */.KN)(f.commits.length, s.commits)}</td><td class="n">${(0,format/* count */.U9)(f.jobs)}</td><td class="n">${(0,format/* count */.U9)(f.onlyJobs)}</td></tr>`), [1, 2, 3, 4]));
        }
        body.push(`<h3>Never selected: ${s.neverSelected.length} entries</h3>`, entryList(s.neverSelected));
        body.push('<h3>Costliest commits</h3>', html_table(['jobs', 'commit', 'date', 'subject', 'reasons'], s.costliest.map((c) => `<tr><td class="n">${c.jobs}</td>${commitCell(c.commit)}<td class="reasons">${c.reasons
            .map((t) => `${t.jobs} by ${escapeHtml(t.example)}`)
            .join('<br>')}</td></tr>`), [0]));
    });
    if (rep.differences) {
        const changed = rep.differences.filter((d) => d.onlyOther.length || d.onlyThese.length);
        body.push(`<h2>Difference per commit: ${changed.length} commit(s) differ</h2>`, html_table([
            'commit',
            'date',
            'subject',
            sets[0].file,
            sets[1].file,
            'diff',
            'only the other rules',
            'only these rules',
        ], changed.map((d) => `<tr>${commitCell(d.commit)}<td class="n">${d.these}</td><td class="n">${d.other}</td><td class="n">${d.other - d.these > 0 ? '+' : ''}${d.other - d.these}</td><td>${escapeHtml(d.onlyOther.map(format/* entryLabel */.b4).join(', '))}</td><td>${escapeHtml(d.onlyThese.map(format/* entryLabel */.b4).join(', '))}</td></tr>`), [3, 4, 5]));
    }
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`backend-matrix replay: ${r.matrixFile}, ${n} commits`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
function cards(s, n) {
    const card = (value, label) => `<div class="card"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
    return `<div class="cards">${[
        card((0,format/* count */.U9)(n), 'commits replayed'),
        card((0,format/* count */.U9)(s.runAll.commits), 'run-all commits'),
        card((0,format/* decimal */._)(s.jobsPerCommit.total.mean), 'mean jobs per commit'),
        card(String(s.jobsPerCommit.total.p90), 'p90 jobs per commit'),
        card((0,format/* count */.U9)(s.jobs.total), `jobs in all, of ${(0,format/* count */.U9)(s.everything.total)} (${(0,format/* percent */.KN)(s.jobs.total, s.everything.total)})`),
    ].join('')}</div>`;
}
function figuresTable(s) {
    const f = s.jobsPerCommit;
    const rows = [
        ['Linux', f.linux, s.jobs.linux, s.everything.linux],
        ['macOS', f.darwin, s.jobs.darwin, s.everything.darwin],
        ['all', f.total, s.jobs.total, s.everything.total],
    ].map(([name, x, total, all]) => `<tr><td>${name}</td><td class="n">${(0,format/* decimal */._)(x.mean)}</td><td class="n">${(0,format/* decimal */._)(x.median)}</td><td class="n">${x.p90}</td><td class="n">${x.max}</td><td class="n">${(0,format/* count */.U9)(total)}</td><td class="n">${(0,format/* count */.U9)(all)}</td><td class="n">${(0,format/* percent */.KN)(total, all)}</td></tr>`);
    return html_table(['jobs per commit', 'mean', 'median', 'p90', 'max', 'total', 'building everything', 'share'], rows, [1, 2, 3, 4, 5, 6, 7]);
}
function entryList(entries) {
    if (!entries.length)
        return '<p>None: every entry was selected on some commit.</p>';
    return html_table(['backend', 'tag-suffix', 'platform-tag', 'os'], entries.map((e) => `<tr><td>${escapeHtml(e.backend)}</td><td><code>${escapeHtml(e.tagSuffix)}</code></td><td>${escapeHtml(e.platformTag || '-')}</td><td>${e.os === 'darwin' ? 'macOS' : 'Linux'}</td></tr>`));
}
function html_table(head, rows, numeric = [], limit = ROWS) {
    const th = head
        .map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${escapeHtml(h)}</th>`)
        .join('');
    const shown = rows.slice(0, limit);
    const more = rows.length > limit
        ? `<tr><td class="more" colspan="${head.length}">… and ${rows.length - limit} more (the JSON report lists them all)</td></tr>`
        : '';
    return `<table><thead><tr>${th}</tr></thead><tbody>${shown.join('')}${more}</tbody></table>`;
}


/***/ })

};
