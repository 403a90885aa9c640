// The benchmark's chart as hand-written SVG: ms per page, ours and the bare
// Astro site's (left axis), and the memory of all the build's processes
// together (right axis) against N, so growth in either shows at a glance.
// No charting dependency: three lines and their axes.

import type { BenchRow } from './table.ts';

const width = 760;
const height = 440;
const margin = { top: 64, right: 90, bottom: 64, left: 80 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
const colours = {
  time: '#1f5fa8',
  bare: '#6b8fb8',
  rss: '#b4462b',
  grid: '#dddddd',
  ink: '#222222',
};

/**
 * A round upper bound and tick step for an axis that starts at zero: the
 * step is 1, 2 or 5 times a power of ten, at most eight steps to the top.}
 */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const power = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => max / s <= 8) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (value: number) => Math.round(value * 10) / 10;

/**
 */
function ticks(top: number, step: number): number[] {
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => round(i * step));
}

/** What the goals hold a build's memory to: all its processes at once, else the largest one. */
const memoryMb = (row: BenchRow) =>
  row.treeRssKb === undefined ? row.peakRssMb : row.treeRssKb / 1024;

/**
 * An SVG chart of ms/page (ours and the bare project's) and memory (MB)
 * against N; failed builds are left out.
 */
export function benchChartSvg(allRows: BenchRow[], title: string): string {
  const rows = allRows.filter((row) => row.ok);
  const bareRows = rows.filter((row) => row.bare?.ok);
  const xScale = niceScale(Math.max(...rows.map((row) => row.n)));
  const timeScale = niceScale(
    Math.max(...rows.map((row) => Math.max(row.msPerPage, row.bare?.msPerPage ?? 0))),
  );
  const rssScale = niceScale(Math.max(...rows.map(memoryMb)));
  const x = (n: number) => round(margin.left + (n / xScale.top) * plotWidth);
  const y = (value: number, top: number) =>
    round(margin.top + plotHeight - (value / top) * plotHeight);
  const bottom = margin.top + plotHeight;
  const right = margin.left + plotWidth;

  const xTicks = ticks(xScale.top, xScale.step).map(
    (n) =>
      `<line x1="${x(n)}" y1="${bottom}" x2="${x(n)}" y2="${bottom + 5}" stroke="${colours.ink}"/>` +
      `<text x="${x(n)}" y="${bottom + 20}" text-anchor="middle">${n}</text>`,
  );
  const leftTicks = ticks(timeScale.top, timeScale.step).map((value) => {
    const at = y(value, timeScale.top);
    return (
      `<line x1="${margin.left}" y1="${at}" x2="${right}" y2="${at}" stroke="${colours.grid}"/>` +
      `<text x="${margin.left - 8}" y="${at + 4}" text-anchor="end" fill="${colours.time}">${value}</text>`
    );
  });
  const rightTicks = ticks(rssScale.top, rssScale.step).map((value) => {
    const at = y(value, rssScale.top);
    return `<text x="${right + 8}" y="${at + 4}" fill="${colours.rss}">${value}</text>`;
  });

  const series = (
    points: BenchRow[],
    value: (row: BenchRow) => number,
    top: number,
    colour: string,
    label: (row: BenchRow) => string,
    dashed = false,
    // Where two lines meet, one's labels go below its points.
    above: (row: BenchRow) => boolean = () => true,
  ) => {
    const line = points.map((row) => `${x(row.n)},${y(value(row), top)}`).join(' ');
    // The last point's label goes to its left, clear of the right axis's numbers.
    const marks = points.map((row, index) => {
      const cx = x(row.n);
      const cy = y(value(row), top);
      const last = index === points.length - 1;
      return (
        `<circle cx="${cx}" cy="${cy}" r="4" fill="${colour}"/>` +
        `<text x="${last ? cx - 8 : cx + 6}" y="${above(row) ? cy - 8 : cy + 18}" text-anchor="${last ? 'end' : 'start'}" fill="${colour}">${label(row)}</text>`
      );
    });
    return [
      `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2.5"${dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      ...marks,
    ];
  };

  const middleY = margin.top + plotHeight / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12" fill="${colours.ink}">
  <title>${escape(title)}</title>
  <rect width="100%" height="100%" fill="#ffffff"/>
  <text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">${escape(title)}</text>
  <g font-size="13">
    <line x1="${margin.left}" y1="42" x2="${margin.left + 24}" y2="42" stroke="${colours.time}" stroke-width="2.5"/>
    <text x="${margin.left + 30}" y="46" fill="${colours.time}">ms per page (left axis)</text>
    <line x1="${margin.left + 200}" y1="42" x2="${margin.left + 224}" y2="42" stroke="${colours.bare}" stroke-width="2.5" stroke-dasharray="6 4"/>
    <text x="${margin.left + 230}" y="46" fill="${colours.bare}">bare Astro, ms per page</text>
    <line x1="${margin.left + 400}" y1="42" x2="${margin.left + 424}" y2="42" stroke="${colours.rss}" stroke-width="2.5"/>
    <text x="${margin.left + 430}" y="46" fill="${colours.rss}">all processes, MB (right axis)</text>
  </g>
  ${leftTicks.join('\n  ')}
  ${rightTicks.join('\n  ')}
  ${xTicks.join('\n  ')}
  <line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${bottom}" stroke="${colours.time}"/>
  <line x1="${right}" y1="${margin.top}" x2="${right}" y2="${bottom}" stroke="${colours.rss}"/>
  <line x1="${margin.left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${colours.ink}"/>
  ${series(
    bareRows,
    (row) => row.bare?.msPerPage ?? 0,
    timeScale.top,
    colours.bare,
    (row) => `${row.bare?.msPerPage.toFixed(1)}`,
    true,
    (row) => (row.bare?.msPerPage ?? 0) > row.msPerPage,
  ).join('\n  ')}
  ${series(
    rows,
    (row) => row.msPerPage,
    timeScale.top,
    colours.time,
    (row) => `${row.msPerPage.toFixed(1)}`,
    false,
    (row) => row.msPerPage >= (row.bare?.msPerPage ?? 0),
  ).join('\n  ')}
  ${series(rows, memoryMb, rssScale.top, colours.rss, (row) => `${memoryMb(row).toFixed(0)}`).join(
    '\n  ',
  )}
  <text x="${margin.left + plotWidth / 2}" y="${height - 16}" text-anchor="middle" font-size="13">N: articles per edition (2N article pages)</text>
  <text transform="translate(22 ${middleY}) rotate(-90)" text-anchor="middle" font-size="13" fill="${colours.time}">ms per page</text>
  <text transform="translate(${width - 20} ${middleY}) rotate(90)" text-anchor="middle" font-size="13" fill="${colours.rss}">memory, all processes (MB)</text>
</svg>
`;
}
