/**
 * Inline SVG charts for the HTML report: no script, no external resource.
 * Every text that comes from outside (subjects, rule names) is escaped.
 */

export const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface Series {
  name: string;
  color: string;
  dashed?: boolean;
  values: readonly number[];
}

/** A round number at or above `n`, so the axis reads 0, 25, 50, … */
function niceMax(n: number): number {
  if (n <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= n) return m * step;
  return 10 * step;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * Jobs per commit, oldest to newest: one line per series; `labels[i]` (a date)
 * marks the x axis, `titles[i]` is what hovering over a commit shows.
 */
export function timeChart(opts: {
  id: string;
  title: string;
  series: readonly Series[];
  labels: readonly string[];
  titles: readonly string[];
}): string {
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
  const x = (i: number): number => L + (n > 1 ? (i / (n - 1)) * pw : pw / 2);
  const y = (v: number): number => T + ph - (v / max) * ph;
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(
      `<line class="grid" x1="${L}" x2="${W - R}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`,
      `<text class="tick" x="${L - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${fmt(v)}</text>`,
    );
  }
  const ticks = Math.min(n, 7);
  for (let k = 0; k < ticks; k++) {
    const i = ticks > 1 ? Math.round((k * (n - 1)) / (ticks - 1)) : 0;
    const anchor = ticks > 1 && k === 0 ? 'start' : k === ticks - 1 && ticks > 1 ? 'end' : 'middle';
    parts.push(
      `<text class="tick" x="${fmt(x(i))}" y="${H - B + 18}" text-anchor="${anchor}">${escapeHtml(opts.labels[i])}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${L}" x2="${W - R}" y1="${T + ph}" y2="${T + ph}"/>`,
    `<text class="tick" x="${L + pw / 2}" y="${H - 6}" text-anchor="middle">commits, oldest to newest (${n})</text>`,
  );
  for (const s of opts.series) {
    const points = s.values.map((v, i) => `${fmt(x(i))},${fmt(y(v))}`).join(' ');
    parts.push(
      n > 1
        ? `<polyline class="series" points="${points}" stroke="${s.color}"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`
        : `<circle cx="${fmt(x(0))}" cy="${fmt(y(s.values[0] ?? 0))}" r="4" fill="${s.color}"/>`,
    );
  }
  // Hover targets: one transparent column per commit.
  const band = n > 1 ? pw / (n - 1) : pw;
  opts.titles.forEach((t, i) => {
    parts.push(
      `<rect class="hit" x="${fmt(x(i) - band / 2)}" y="${T}" width="${fmt(band)}" height="${ph}"><title>${escapeHtml(t)}</title></rect>`,
    );
  });
  return svg(opts.id, opts.title, W, H, parts, legend(opts.series));
}

export interface Bar {
  label: string;
  value: number;
  /** The part of `value` drawn darker (jobs only this rule accounts for). */
  part: number;
  title: string;
}

/** Horizontal bars, one per rule: all its jobs, and darker the jobs only it selected. */
export function barChart(opts: {
  id: string;
  title: string;
  bars: readonly Bar[];
  color: string;
  legend: [string, string];
}): string {
  const W = 1200;
  const row = 24;
  const L = 200;
  const R = 90;
  const T = 8;
  const H = T * 2 + Math.max(1, opts.bars.length) * row;
  const max = Math.max(1, ...opts.bars.map((b) => b.value));
  const w = (v: number): number => ((W - L - R) * v) / max;
  const parts: string[] = [];
  opts.bars.forEach((b, i) => {
    const top = T + i * row;
    parts.push(
      `<g><title>${escapeHtml(b.title)}</title>`,
      `<text class="label" x="${L - 8}" y="${top + 16}" text-anchor="end">${escapeHtml(b.label)}</text>`,
      `<rect x="${L}" y="${top + 3}" width="${fmt(w(b.value))}" height="${row - 6}" fill="${opts.color}" fill-opacity="0.35"/>`,
      `<rect x="${L}" y="${top + 3}" width="${fmt(w(b.part))}" height="${row - 6}" fill="${opts.color}"/>`,
      `<text class="tick" x="${fmt(L + w(b.value) + 6)}" y="${top + 16}">${b.value} / ${b.part}</text></g>`,
    );
  });
  const keys = `<span class="key"><i style="background:${opts.color};opacity:.35"></i>${escapeHtml(opts.legend[0])}</span><span class="key"><i style="background:${opts.color}"></i>${escapeHtml(opts.legend[1])}</span>`;
  return svg(opts.id, opts.title, W, H, parts, keys);
}

function legend(series: readonly Series[]): string {
  return series
    .map(
      (s) =>
        `<span class="key"><i style="background:${s.color}${s.dashed ? ';opacity:.7' : ''}"></i>${escapeHtml(s.name)}</span>`,
    )
    .join('');
}

function svg(
  id: string,
  title: string,
  w: number,
  h: number,
  parts: string[],
  keys: string,
): string {
  return `<figure class="chart" id="${id}">
<figcaption>${escapeHtml(title)}<span class="legend">${keys}</span></figcaption>
<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeHtml(title)}">
${parts.join('\n')}
</svg>
</figure>`;
}
