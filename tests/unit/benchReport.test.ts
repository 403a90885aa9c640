// The benchmark's figures are only as good as the parsing and arithmetic
// between GNU time's report and the table; these pin them down on known input.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { benchArgs } from '../../scripts/bench/benchArgs.mjs';
import { benchChartSvg, niceScale } from '../../scripts/bench/benchChart.mjs';
import { benchGoals, benchMarkdown, benchRows } from '../../scripts/bench/benchTable.mjs';
import { clockSeconds, timeFigures } from '../../scripts/bench/timeOutput.mjs';

// Abridged from a real `/usr/bin/time -v -o` report of an astro build.
const report = `\tCommand being timed: "node astro.mjs build"
\tUser time (seconds): 23.73
\tSystem time (seconds): 1.86
\tPercent of CPU this job got: 43%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:58.86
\tAverage shared text size (kbytes): 0
\tMaximum resident set size (kbytes): 873412
\tAverage resident set size (kbytes): 0
\tExit status: 0
`;

describe('timeFigures', () => {
  it('reads wall time, peak RSS, CPU time and share, and exit status', () => {
    expect(timeFigures(report)).toEqual({
      wallSeconds: 58.86,
      maxRssKb: 873412,
      cpuSeconds: 23.73 + 1.86,
      cpuPercent: 43,
      exitStatus: 0,
    });
  });

  it('reads both wall-clock forms', () => {
    expect(clockSeconds('2:05.50')).toBeCloseTo(125.5);
    expect(clockSeconds('1:02:03')).toBe(3723);
  });

  it('reads a failed command', () => {
    const failed = `Command exited with non-zero status 1\n${report.replace('Exit status: 0', 'Exit status: 1')}`;
    expect(timeFigures(failed).exitStatus).toBe(1);
  });

  it('refuses text that is not a time -v report', () => {
    expect(() => timeFigures('real 0m1.0s')).toThrow(/not a \/usr\/bin\/time -v report/);
  });
});

const measured = [
  { n: 500, pages: 1003, wallSeconds: 30, maxRssKb: 1024 * 700 },
  { n: 100, pages: 203, wallSeconds: 14, maxRssKb: 1024 * 500 },
  { n: 2000, pages: 4003, wallSeconds: 90, maxRssKb: 1024 * 1500 },
];

describe('benchRows', () => {
  const rows = benchRows(measured);

  it('sorts by N and derives rates', () => {
    expect(rows.map((row) => row.n)).toEqual([100, 500, 2000]);
    expect(rows[0]!.peakRssMb).toBe(500);
    expect(rows[0]!.pagesPerSecond).toBeCloseTo(203 / 14);
    expect(rows[0]!.msPerPage).toBeCloseTo(14000 / 203);
  });

  it('gives the marginal ms per page as Δtime / Δpages from the previous N', () => {
    expect(rows[0]!.marginalMsPerPage).toBeNull();
    expect(rows[1]!.marginalMsPerPage).toBeCloseTo(16000 / 800);
    expect(rows[2]!.marginalMsPerPage).toBeCloseTo(60000 / 3000);
  });
});

describe('benchGoals', () => {
  it('judges N=2000 time and memory and compares the last two marginal costs', () => {
    const goals = benchGoals(benchRows(measured));
    expect(goals.map((goal) => [goal.label, goal.pass])).toEqual([
      ['N=2000 builds in ≤ 60 s', false],
      ['N=2000 peak RSS ≤ 2 GB', true],
      ['marginal ms/page 500→2000 ≤ 100→500', true],
    ]);
    expect(goals[0]!.detail).toBe('90.0 s');
  });

  it('marks goals a run did not measure as such', () => {
    const goals = benchGoals(benchRows(measured.slice(0, 2)));
    expect(goals.map((goal) => goal.pass)).toEqual([null, null, null]);
    expect(goals[0]!.detail).toMatch(/not measured/);
  });
});

describe('benchMarkdown', () => {
  it('prints one table row per N with the figures and the goals with marks', () => {
    const rows = benchRows(measured);
    const text = benchMarkdown('unified Markdown processor', rows, benchGoals(rows));
    expect(text).toContain('## Build at scale: unified Markdown processor');
    expect(text).toMatch(/\| +N \| +pages \| +wall s \| +peak RSS MB \| +pages\/s \| +ms\/page \|/);
    expect(text).toMatch(/\| +2000 \| +4003 \| +90\.0 \| +1500 \| +44\.5 \| +22\.5 \| +20\.0 \|/);
    expect(text).toContain('✗ FAIL — N=2000 builds in ≤ 60 s: 90.0 s');
    expect(text).toContain('✓ pass — N=2000 peak RSS ≤ 2 GB: 1500 MB');
  });
});

describe('benchChartSvg', () => {
  it('is SVG with both lines, a point per N and labelled axes', () => {
    const svg = benchChartSvg(benchRows(measured), 'unified');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    expect(parsed.polyline).toHaveLength(2);
    expect(parsed.circle).toHaveLength(6);
    const texts = JSON.stringify(parsed.text);
    for (const label of ['ms per page', 'peak RSS (MB)', 'N: articles per edition']) {
      expect(texts).toContain(label);
    }
  });

  it('picks round axis tops', () => {
    expect(niceScale(2000)).toEqual({ top: 2000, step: 500 });
    expect(niceScale(37)).toEqual({ top: 40, step: 5 });
    expect(niceScale(1500)).toEqual({ top: 1600, step: 200 });
  });
});

describe('benchArgs', () => {
  it('defaults to 100, 500 and 2000 with the unified processor', () => {
    expect(benchArgs([])).toMatchObject({ sizes: [100, 500, 2000], processors: ['unified'] });
  });

  it('reads sizes and processors', () => {
    expect(benchArgs(['--sizes', '100,50', '--processor', 'both'])).toMatchObject({
      sizes: [50, 100],
      processors: ['unified', 'satteri'],
    });
    expect(benchArgs(['--processor', 'satteri']).processors).toEqual(['satteri']);
  });

  it('refuses what it does not know', () => {
    expect(() => benchArgs(['--sizes', '10,x'])).toThrow(/--sizes/);
    expect(() => benchArgs(['--processor', 'remark'])).toThrow(/--processor/);
    expect(() => benchArgs(['--fast'])).toThrow(/unknown argument --fast/);
  });
});
