// Turns raw build measurements into the benchmark's table: derived rates, the
// marginal cost of each step up in size, and the goals the figures are held to.

/**
 * @typedef {object} Measurement one build, as measured
 * @property {number} n articles per edition in the corpus
 * @property {number} pages HTML pages the build wrote
 * @property {number} wallSeconds
 * @property {number} maxRssKb
 * @property {number | undefined} [cpuSeconds] user + system time, from time -v
 * @property {number | undefined} [cpuPercent] CPU time / wall time, from time -v
 * @property {number | undefined} [loadBefore] the machine's 1-minute load average as the build started
 */

/**
 * @typedef {Measurement & {
 *   peakRssMb: number,
 *   pagesPerSecond: number,
 *   msPerPage: number,
 *   marginalMsPerPage: number | null,
 * }} BenchRow a measurement with its derived figures; marginal is null for the smallest N
 */

/**
 * @typedef {object} Goal
 * @property {string} label what is asked
 * @property {boolean | null} pass null when the run did not measure it
 * @property {string} detail the figure it was judged on
 */

/** The goals are set for this size: the archive the site is expected to reach. */
export const goalSize = 2000;
const goalSeconds = 60;
const goalRssMb = 2048;

/**
 * Rows in ascending N with rates and the marginal ms per page against the
 * previous row (Δwall time / Δpages): the cost of one more page at that scale.
 * @param {Measurement[]} measurements
 * @returns {BenchRow[]}
 */
export function benchRows(measurements) {
  const sorted = [...measurements].sort((a, b) => a.n - b.n);
  return sorted.map((measurement, index) => {
    const previous = sorted[index - 1];
    const morePages = previous ? measurement.pages - previous.pages : 0;
    return {
      ...measurement,
      peakRssMb: measurement.maxRssKb / 1024,
      pagesPerSecond: measurement.pages / measurement.wallSeconds,
      msPerPage: (measurement.wallSeconds * 1000) / measurement.pages,
      marginalMsPerPage:
        previous && morePages > 0
          ? ((measurement.wallSeconds - previous.wallSeconds) * 1000) / morePages
          : null,
    };
  });
}

/**
 * The goals, judged on the rows: time and memory at N=2000, and a marginal
 * cost per page that does not grow from the middle step to the last.
 * @param {BenchRow[]} rows
 * @returns {Goal[]}
 */
export function benchGoals(rows) {
  const atGoal = rows.find((row) => row.n === goalSize);
  const unmeasured = `not measured (N=${goalSize} not in this run)`;
  // The cost of a page at the largest step against the step before it.
  const stepRows = rows.filter((row) => row.marginalMsPerPage !== null);
  const last = stepRows.at(-1);
  const before = stepRows.at(-2);
  const step = (/** @type {BenchRow} */ to) => `${rows[rows.indexOf(to) - 1]?.n}→${to.n}`;
  return [
    {
      label: `N=${goalSize} builds in ≤ ${goalSeconds} s`,
      pass: atGoal ? atGoal.wallSeconds <= goalSeconds : null,
      detail: atGoal ? `${atGoal.wallSeconds.toFixed(1)} s` : unmeasured,
    },
    {
      label: `N=${goalSize} peak RSS ≤ ${goalRssMb / 1024} GB`,
      pass: atGoal ? atGoal.peakRssMb <= goalRssMb : null,
      detail: atGoal ? `${atGoal.peakRssMb.toFixed(0)} MB` : unmeasured,
    },
    last && before
      ? {
          label: `marginal ms/page ${step(last)} ≤ ${step(before)}`,
          pass:
            /** @type {number} */ (last.marginalMsPerPage) <=
            /** @type {number} */ (before.marginalMsPerPage),
          detail: `${last.marginalMsPerPage?.toFixed(1)} vs ${before.marginalMsPerPage?.toFixed(1)} ms/page`,
        }
      : {
          label: 'marginal ms/page does not grow with N',
          pass: null,
          detail: 'not measured (needs three sizes)',
        },
  ];
}

/**
 * @param {boolean | null} pass
 * @returns {string}
 */
export function goalMark(pass) {
  if (pass === null) return 'n/a';
  return pass ? '✓ pass' : '✗ FAIL';
}

/**
 * A Markdown table padded to line up in a terminal as well as render.
 * @param {string[]} header
 * @param {string[][]} body
 * @returns {string}
 */
function alignedTable(header, body) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => `${'-'.repeat(width + 1)}:`).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/**
 * The benchmark's report for one build configuration: the table, then the goals.
 * @param {string} title what was built, e.g. "unified Markdown processor"
 * @param {BenchRow[]} rows
 * @param {Goal[]} goals
 * @returns {string}
 */
export function benchMarkdown(title, rows, goals) {
  const table = alignedTable(
    [
      'N',
      'pages',
      'wall s',
      'peak RSS MB',
      'pages/s',
      'ms/page',
      'marginal ms/page',
      'CPU s',
      'CPU %',
      'load',
    ],
    rows.map((row) => [
      String(row.n),
      String(row.pages),
      row.wallSeconds.toFixed(1),
      row.peakRssMb.toFixed(0),
      row.pagesPerSecond.toFixed(1),
      row.msPerPage.toFixed(1),
      row.marginalMsPerPage === null ? '–' : row.marginalMsPerPage.toFixed(1),
      row.cpuSeconds === undefined ? '?' : row.cpuSeconds.toFixed(1),
      row.cpuPercent === undefined ? '?' : String(row.cpuPercent),
      row.loadBefore === undefined ? '?' : row.loadBefore.toFixed(1),
    ]),
  );
  const goalLines = goals.map((goal) => `- ${goalMark(goal.pass)} — ${goal.label}: ${goal.detail}`);
  return [
    `## Build at scale: ${title}`,
    '',
    table,
    '',
    'Marginal ms/page: Δwall time / Δpages from the previous N. CPU s: user + system time; CPU %:',
    'that over wall time (up to 200 on two cores). Load: 1-minute load average as the build',
    'started. Other work on the machine slows a build (low CPU %), so compare runs made at a low',
    'load; CPU s is the steadier figure when the machine is shared.',
    '',
    '### Goals',
    '',
    ...goalLines,
    '',
  ].join('\n');
}
