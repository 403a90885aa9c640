// The benchmark's figures are only as good as the parsing and arithmetic
// between GNU time's report and the table; these pin them down on known input.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { benchChartSvg, niceScale } from '../chart.ts';
import { benchOptions } from '../options.ts';
import {
  benchGoals,
  benchMarkdown,
  benchRows,
  medianRun,
  type Measurement,
  type Rebuild,
} from '../table.ts';
import { combinedRuns, type RunResult } from '../timedRun.ts';
import { clockSeconds, indexSeconds, timeFigures } from '../timeReport.ts';

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

describe('indexSeconds', () => {
  it("reads the search index's time from the build log, if it is there", () => {
    const log =
      '17:02:11 [relative-urls] made the addresses in 36 pages relative\n17:02:13 [search-index] en 4, ru 4 pages indexed in 1.8 s\n';
    expect(indexSeconds(log)).toBe(1.8);
    expect(indexSeconds('[build] Complete!')).toBeUndefined();
  });
});

describe('combinedRuns', () => {
  const run = (
    wallSeconds: number,
    maxRssKb: number,
    cpuSeconds: number,
    ok = true,
  ): RunResult => ({
    ok,
    wallSeconds,
    maxRssKb,
    treeRssKb: maxRssKb + 100,
    cpuSeconds,
    cpuPercent: undefined,
    exitStatus: ok ? 0 : 1,
  });

  it('adds up times and CPU, and keeps the largest peak memory', () => {
    expect(combinedRuns([run(40, 1000, 60), run(10, 3000, 12)])).toEqual({
      ok: true,
      wallSeconds: 50,
      maxRssKb: 3000,
      treeRssKb: 3100,
      cpuSeconds: 72,
      cpuPercent: 144,
      exitStatus: 0,
    });
  });

  it('fails when a step fails, with its status', () => {
    expect(combinedRuns([run(40, 1000, 60), run(1, 10, 1, false)])).toMatchObject({
      ok: false,
      exitStatus: 1,
    });
  });
});

const build = (n: number, pages: number, wallSeconds: number, rssMb: number): Measurement => ({
  n,
  ok: true,
  pages,
  wallSeconds,
  maxRssKb: 1024 * rssMb,
});
const measured = [
  build(2000, 4003, 50, 1500),
  build(500, 1003, 20, 700),
  build(10000, 20003, 230, 3000),
];
const bare = [build(500, 1000, 15, 600), build(2000, 4000, 60, 1600)];

describe('benchRows', () => {
  const rows = benchRows(measured, bare);

  it('sorts by N and derives rates', () => {
    expect(rows.map((row) => row.n)).toEqual([500, 2000, 10000]);
    expect(rows[0]!.peakRssMb).toBe(700);
    expect(rows[0]!.msPerPage).toBeCloseTo(20000 / 1003);
  });

  it('gives the marginal ms per page as Δtime / Δpages from the previous N', () => {
    expect(rows[0]!.marginalMsPerPage).toBeNull();
    expect(rows[1]!.marginalMsPerPage).toBeCloseTo(30000 / 3000);
    expect(rows[2]!.marginalMsPerPage).toBeCloseTo(180000 / 16000);
  });

  it('sets each N beside the bare build of the same N, as a ratio of ms per page', () => {
    expect(rows[0]!.ratio).toBeCloseTo(20000 / 1003 / (15000 / 1000));
    expect(rows[1]!.ratio).toBeCloseTo(50000 / 4003 / (60000 / 4000));
    expect(rows[2]!.bare).toBeUndefined();
  });

  it('also gives the ratio without the search index, which the bare site has not', () => {
    const [row] = benchRows([{ ...measured[0]!, indexSeconds: 10 }], bare);
    expect(row!.ratioWithoutIndex).toBeCloseTo(40000 / 4003 / (60000 / 4000));
    expect(rows[1]!.ratioWithoutIndex).toBeUndefined();
  });

  it('gives a failed build no marginal cost and no ratio', () => {
    const failed = benchRows([measured[1]!, { ...measured[0]!, ok: false, pages: 0 }], bare);
    expect(failed[1]!.marginalMsPerPage).toBeNull();
    expect(failed[1]!.ratio).toBeUndefined();
  });
});

describe('benchGoals', () => {
  const rebuild = (change: Rebuild['change'], n: number, wallSeconds: number) => ({
    corpus: 'bench corpus',
    change,
    n,
    coldSeconds: 50,
    run: build(n, 4003, wallSeconds, 900),
  });
  const large = (row: Measurement) => ({ ...row, treeRssKb: 1024 * 3900, cpuSeconds: 250 });

  it('judges each goal of the issue on the figures', () => {
    const goals = benchGoals({
      rows: benchRows([measured[0]!, measured[1]!, large(measured[2]!)], bare),
      rebuilds: [
        rebuild('one edit', 2000, 12),
        rebuild('one edit', 10000, 19),
        rebuild('new article', 10000, 25),
      ],
    });
    expect(goals.map((goal) => [goal.label, goal.pass])).toEqual([
      ['N=10000 cold build ≤ 150 s', false],
      ['N=10000: every process of the build together ≤ 4 GB', true],
      ['one edit at N=10000 republished in ≤ 20 s (cache folder kept)', true],
      ['a new article at N=10000 published in ≤ 20 s (cache folder kept)', false],
      ['marginal ms/page flat within 15% as N grows, search index included', true],
      ['bench corpus N=2000 builds in ≤ 60 s (the median of its runs)', true],
      ['ms/page ≤ 1.0× a bare Astro MDX site built from the same bodies, at every N', false],
    ]);
    expect(goals[0]!.detail).toBe('230.0 s, 250.0 s CPU');
    expect(goals[1]!.detail).toBe('3900 MB (the largest process 3000 MB)');
    expect(goals[4]!.detail).toBe('500→2000: 10.0, 2000→10000: 11.3 ms/page (13% apart)');
    expect(goals[5]!.detail).toBe('50.0 s (one run)');
    expect(goals[6]!.detail).toBe('N=500: 1.33×, N=2000: 0.83×');
  });

  it('takes the median of several runs, and says each', () => {
    const runs = [48, 70, 55].map((wall) => build(2000, 4003, wall, 1500));
    const median = medianRun(runs);
    expect(median.wallSeconds).toBe(55);
    expect(median.runWallSeconds).toEqual([48, 70, 55]);
    const goals = benchGoals({ rows: benchRows([median]), rebuilds: [] });
    expect(goals[5]!.detail).toBe('55.0 s (runs: 48.0, 70.0, 55.0 s)');
    expect(medianRun([runs[1]!]).runWallSeconds).toBeUndefined();
  });

  it("says what of the ratio and of the marginal cost is the search index's", () => {
    const indexed = benchRows(
      measured.map((row) => ({ ...row, indexSeconds: row.wallSeconds / 5 })),
      bare,
    );
    const goals = benchGoals({ rows: indexed, rebuilds: [] });
    expect(goals[6]!.detail).toBe(
      'N=500: 1.33× (1.06× without the search index), N=2000: 0.83× (0.67× without the search index)',
    );
    expect(goals[4]!.detail).toBe(
      '500→2000: 10.0, 2000→10000: 11.3 ms/page (13% apart); without the search index: 8.0, 9.0 ms/page (13% apart)',
    );
  });

  it('fails the time and memory goals of a build that failed', () => {
    const failed = benchRows([{ ...measured[2]!, ok: false, pages: 0 }]);
    const goals = benchGoals({ rows: failed, rebuilds: [] });
    expect(goals.slice(0, 2).map((goal) => goal.pass)).toEqual([false, false]);
  });

  it('marks goals a run did not measure as such', () => {
    const goals = benchGoals({ rows: benchRows(measured.slice(1, 2)), rebuilds: [] });
    expect(goals.map((goal) => goal.pass)).toEqual([null, null, null, null, null, null, null]);
    expect(goals[0]!.detail).toMatch(/not measured/);
  });
});

describe('benchMarkdown', () => {
  it('prints one row per N with our figures and the bare ones, and the goals with marks', () => {
    const rows = benchRows(measured, bare);
    const results = { rows, rebuilds: [] };
    const text = benchMarkdown('Build at scale', results, benchGoals(results));
    expect(text).toContain('## Build at scale');
    expect(text).toMatch(
      /\| +N \| +pages \| +wall s \| +index s \| +peak RSS MB \| +all MB \| +ms\/page \|/,
    );
    expect(text).toMatch(/\| +2000 \| +4003 \| +50\.0 \| +– \| +1500 \| +– \| +12\.5 \| +10\.0 \|/);
    expect(text).toMatch(/\| +4000 \| +60\.0 \| +15\.0 \| +0\.83 \|/);
    expect(text).toContain(
      '✓ met: bench corpus N=2000 builds in ≤ 60 s (the median of its runs): 50.0 s (one run)',
    );
    expect(text).toContain('n/a: one edit at N=10000 republished in ≤ 20 s');
  });
});

describe('benchChartSvg', () => {
  it('is SVG with our lines and the bare one, a point per measure, and labelled axes', () => {
    const svg = benchChartSvg(benchRows(measured, bare), 'Build at scale');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
    expect(parsed.polyline).toHaveLength(3);
    expect(parsed.circle).toHaveLength(3 + 3 + 2);
    const texts = JSON.stringify([parsed.text, parsed.g.text]);
    for (const label of [
      'ms per page',
      'memory, all processes (MB)',
      'bare Astro',
      'N: articles per edition',
    ]) {
      expect(texts).toContain(label);
    }
  });

  it('picks round axis tops', () => {
    expect(niceScale(2000)).toEqual({ top: 2000, step: 500 });
    expect(niceScale(37)).toEqual({ top: 40, step: 5 });
    expect(niceScale(1500)).toEqual({ top: 1600, step: 200 });
  });
});

describe('benchOptions', () => {
  it('defaults to 500, 2,000 and 10,000, with the bare site, the archive, three runs at 2,000 and the rebuilds at 2,000 and 10,000', () => {
    expect(benchOptions([])).toMatchObject({
      sizes: [500, 2000, 10000],
      at: 2000,
      rebuildAt: [2000, 10000],
      runs: 3,
      bare: true,
      archive: true,
      rebuild: true,
      profile: false,
    });
  });

  it('reads sizes and switches, and adds the sizes the archive and the rebuilds need', () => {
    expect(
      benchOptions(['--sizes', '100,50', '--at', '80', '--rebuild-at', '120', '--no-bare']),
    ).toMatchObject({ sizes: [50, 80, 100, 120], at: 80, rebuildAt: [120], bare: false });
    expect(
      benchOptions(['--sizes', '50', '--no-archive', '--no-rebuild', '--runs', '1', '--profile']),
    ).toMatchObject({
      sizes: [50],
      rebuildAt: [],
      runs: 1,
      archive: false,
      rebuild: false,
      profile: true,
    });
    expect(benchOptions([]).memoryGb).toBeUndefined();
    expect(benchOptions(['--memory', '4']).memoryGb).toBe(4);
  });

  it('refuses what it does not know', () => {
    expect(() => benchOptions(['--sizes', '10,x'])).toThrow(/--sizes/);
    expect(() => benchOptions(['--at', '-1'])).toThrow(/--at/);
    expect(() => benchOptions(['--rebuild-at', '0'])).toThrow(/--rebuild-at/);
    expect(() => benchOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => benchOptions(['--memory', 'lots'])).toThrow(/--memory expects gigabytes/);
    expect(() => benchOptions(['--fast'])).toThrow(/Unknown option '--fast'[\s\S]*usage/);
  });
});
