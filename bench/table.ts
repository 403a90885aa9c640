// Turns the benchmark's measurements into its report: the table by N with
// derived rates, the marginal cost of each step up in size and the ratio to
// a bare Astro site, the archive and rebuild figures, and the goals.

/** One build, as measured. */
export interface Measurement {
  /** Articles per edition in the corpus. */
  n: number;
  /** The build exited with status 0. */
  ok: boolean;
  /** HTML pages the build wrote. */
  pages: number;
  wallSeconds: number;
  /** The largest process's peak resident memory, from time -v: what the goals are held to. */
  maxRssKb: number;
  /** The most memory all its processes held at once (Astro and Pagefind side by side), sampled. */
  treeRssKb?: number | undefined;
  /** User + system time, from time -v. */
  cpuSeconds?: number | undefined;
  /** The machine's 1-minute load average as the build started. */
  loadBefore?: number | undefined;
  /** Of the wall time, the search index's (the last step of the build). */
  indexSeconds?: number | undefined;
  /** Where the same build ran several times, each run's wall time: this one is their median. */
  runWallSeconds?: number[] | undefined;
}

/** A measurement with its derived figures. */
export interface BenchRow extends Measurement {
  peakRssMb: number;
  msPerPage: number;
  /** Δwall time / Δpages from the previous N; null for the smallest N. */
  marginalMsPerPage: number | null;
  /** The bare Astro project built from the same bodies, where it was. */
  bare?: (Measurement & { msPerPage: number }) | undefined;
  /** Our ms/page over the bare project's. */
  ratio?: number | undefined;
  /** The same, our time without the search index's (the bare site has none). */
  ratioWithoutIndex?: number | undefined;
}

/** A rebuild with the cache folder kept: one article's body changed, or one article added. */
export interface Rebuild {
  corpus: string;
  /** What changed since the build before it. */
  change: 'one edit' | 'new article';
  n: number;
  /** The cold build it follows. */
  coldSeconds: number;
  run: Measurement;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  /** The synthetic corpus, by N. */
  rows: BenchRow[];
  /** The real articles copied under new slugs, at the goals' N. */
  archive?: BenchRow | undefined;
  rebuilds: Rebuild[];
}

export interface Goal {
  /** What is asked. */
  label: string;
  /** Null when the run did not measure it. */
  pass: boolean | null;
  /** The figure it was judged on. */
  detail: string;
}

/** The size the archive reaches: the goals of time and memory are set for it. */
const largeSize = 10000;
/** The size the site has grown to: its build stays within a minute, with margin. */
const goalSize = 2000;
const largeSeconds = 150;
const largeMemoryMb = 4096;
const goalSeconds = 60;
const rebuildSeconds = 20;
/** How far the marginal cost per page may drift between the steps up in size. */
const marginalDrift = 0.15;

const msPerPage = (measurement: Measurement) =>
  measurement.pages > 0 ? (measurement.wallSeconds * 1000) / measurement.pages : NaN;

/**
 * Rows in ascending N with rates, the marginal ms per page against the
 * previous row (the cost of one more page at that scale) and, where the bare
 * project was built at the same N, the ratio to it.
 */
export function benchRows(measurements: Measurement[], bare: Measurement[] = []): BenchRow[] {
  const sorted = [...measurements].sort((a, b) => a.n - b.n);
  return sorted.map((measurement, index) => {
    const previous = sorted[index - 1];
    const morePages = previous ? measurement.pages - previous.pages : 0;
    const twin = bare.find((other) => other.n === measurement.n);
    const row: BenchRow = {
      ...measurement,
      peakRssMb: measurement.maxRssKb / 1024,
      msPerPage: msPerPage(measurement),
      marginalMsPerPage:
        previous?.ok && measurement.ok && morePages > 0
          ? ((measurement.wallSeconds - previous.wallSeconds) * 1000) / morePages
          : null,
    };
    if (twin) {
      row.bare = { ...twin, msPerPage: msPerPage(twin) };
      row.ratio = measurement.ok && twin.ok ? row.msPerPage / row.bare.msPerPage : undefined;
      if (row.ratio !== undefined && measurement.indexSeconds !== undefined) {
        const withoutIndex =
          (measurement.wallSeconds - measurement.indexSeconds) / measurement.pages;
        row.ratioWithoutIndex = (withoutIndex * 1000) / row.bare.msPerPage;
      }
    }
    return row;
  });
}

/** The runs of the same build, one of which is the median by wall time. */
export function medianRun(runs: Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('medianRun: no runs');
  if (runs.length < 2) return median;
  return { ...median, runWallSeconds: runs.map((run) => run.wallSeconds) };
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const unmeasured = (what: string) => ({ pass: null, detail: `not measured (${what})` });
const loadNote = (row: Measurement) =>
  row.loadBefore === undefined ? '' : `, load ${row.loadBefore.toFixed(1)}`;

/** The cold build at N=10,000 against its time and its memory, all processes together. */
function largeGoals(row: BenchRow | undefined): Goal[] {
  const time = `N=${largeSize} cold build ≤ ${largeSeconds} s`;
  const memory = `N=${largeSize}: every process of the build together ≤ ${largeMemoryMb / 1024} GB`;
  if (!row) {
    return [time, memory].map((label) => ({
      label,
      ...unmeasured(`no build at N=${largeSize}`),
    }));
  }
  if (!row.ok) {
    const detail = `the build failed after ${seconds(row.wallSeconds)}`;
    return [time, memory].map((label) => ({ label, pass: false, detail }));
  }
  const cpu = row.cpuSeconds === undefined ? '' : `, ${seconds(row.cpuSeconds)} CPU`;
  const all = row.treeRssKb;
  return [
    {
      label: time,
      pass: row.wallSeconds <= largeSeconds,
      detail: `${seconds(row.wallSeconds)}${cpu}${loadNote(row)}`,
    },
    all === undefined
      ? { label: memory, ...unmeasured('no sampled memory') }
      : {
          label: memory,
          pass: all / 1024 <= largeMemoryMb,
          detail: `${megabytes(all)} (the largest process ${megabytes(row.maxRssKb)})`,
        },
  ];
}

/** The rebuilds of one kind at N=10,000 against their time. */
function rebuildGoal(rebuilds: Rebuild[], change: Rebuild['change'], label: string): Goal {
  const timed = rebuilds.filter((rebuild) => rebuild.n === largeSize && rebuild.change === change);
  if (timed.length === 0) return { label, ...unmeasured(`no ${change} at N=${largeSize}`) };
  return {
    label,
    pass: timed.every(({ run }) => run.ok && run.wallSeconds <= rebuildSeconds),
    detail: timed
      .map(({ corpus, run }) => `${corpus}: ${run.ok ? seconds(run.wallSeconds) : 'FAILED'}`)
      .join(', '),
  };
}

/** Each goal of issue 23, judged on what the run measured. */
export function benchGoals({ rows, rebuilds }: BenchResults): Goal[] {
  const goals = largeGoals(rows.find((row) => row.n === largeSize));
  goals.push(
    rebuildGoal(
      rebuilds,
      'one edit',
      `one edit at N=${largeSize} republished in ≤ ${rebuildSeconds} s (cache folder kept)`,
    ),
    rebuildGoal(
      rebuilds,
      'new article',
      `a new article at N=${largeSize} published in ≤ ${rebuildSeconds} s (cache folder kept)`,
    ),
  );

  const steps = rows.filter((row) => row.marginalMsPerPage !== null);
  const step = (row: BenchRow) => `${rows[rows.indexOf(row) - 1]?.n}→${row.n}`;
  const flatLabel = `marginal ms/page flat within ${marginalDrift * 100}% as N grows, search index included`;
  if (steps.length < 2) {
    goals.push({ label: flatLabel, ...unmeasured('needs three sizes') });
  } else {
    const costs = steps.map((row) => row.marginalMsPerPage as number);
    const drift = Math.max(...costs) / Math.min(...costs) - 1;
    // The same without the search index's time: what of the drift is Pagefind's.
    const withoutIndex = steps.map((row) => {
      const previous = rows[rows.indexOf(row) - 1]!;
      const built = (measured: BenchRow) =>
        measured.indexSeconds === undefined
          ? undefined
          : measured.wallSeconds - measured.indexSeconds;
      const [before, after] = [built(previous), built(row)];
      return before === undefined || after === undefined
        ? undefined
        : ((after - before) * 1000) / (row.pages - previous.pages);
    });
    const known = withoutIndex.filter((cost): cost is number => cost !== undefined);
    const apart = (values: number[]) => Math.max(...values) / Math.min(...values) - 1;
    const indexNote =
      known.length === withoutIndex.length
        ? `; without the search index: ${known.map((cost) => cost.toFixed(1)).join(', ')} ms/page (${(apart(known) * 100).toFixed(0)}% apart)`
        : '';
    goals.push({
      label: flatLabel,
      pass: Math.min(...costs) > 0 && drift <= marginalDrift,
      detail: `${steps.map((row) => `${step(row)}: ${row.marginalMsPerPage?.toFixed(1)}`).join(', ')} ms/page (${(drift * 100).toFixed(0)}% apart)${indexNote}`,
    });
  }

  const goal = rows.find((row) => row.n === goalSize);
  const runs = goal?.runWallSeconds;
  const goalLabel = `bench corpus N=${goalSize} builds in ≤ ${goalSeconds} s (the median of its runs)`;
  goals.push(
    !goal
      ? { label: goalLabel, ...unmeasured(`no build at N=${goalSize}`) }
      : {
          label: goalLabel,
          pass: goal.ok && goal.wallSeconds <= goalSeconds,
          detail: !goal.ok
            ? `the build failed after ${seconds(goal.wallSeconds)}`
            : `${seconds(goal.wallSeconds)}${runs ? ` (runs: ${runs.map((run) => run.toFixed(1)).join(', ')} s)` : ' (one run)'}${loadNote(goal)}`,
        },
  );

  const compared = rows.filter((row) => row.bare);
  const ratioLabel = 'ms/page ≤ 1.0× a bare Astro MDX site built from the same bodies, at every N';
  goals.push(
    compared.length === 0
      ? { label: ratioLabel, ...unmeasured('no bare build') }
      : {
          label: ratioLabel,
          pass: compared.every((row) => row.ratio !== undefined && row.ratio <= 1),
          detail: compared
            .map((row) => {
              if (row.ratio === undefined) return `N=${row.n}: failed`;
              const without =
                row.ratioWithoutIndex === undefined
                  ? ''
                  : ` (${row.ratioWithoutIndex.toFixed(2)}× without the search index)`;
              return `N=${row.n}: ${row.ratio.toFixed(2)}×${without}`;
            })
            .join(', '),
        },
  );
  return goals;
}

function goalMark(pass: boolean | null): string {
  if (pass === null) return 'n/a';
  return pass ? '✓ met' : '✗ MISSED';
}

/** A Markdown table padded to line up in a terminal as well as render. */
function alignedTable(header: string[], body: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => `${'-'.repeat(width + 1)}:`).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

const figure = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

/** The figures of one build as table cells: pages, wall, index, RSS (largest, all), ms/page. */
function buildCells(row: Measurement & { peakRssMb?: number }): string[] {
  const memory = [figure(row.maxRssKb / 1024, 0), figure((row.treeRssKb ?? NaN) / 1024, 0)];
  if (!row.ok) return ['FAILED', figure(row.wallSeconds), '–', ...memory, '–'];
  return [
    String(row.pages),
    figure(row.wallSeconds),
    figure(row.indexSeconds),
    ...memory,
    figure(msPerPage(row)),
  ];
}

/** The benchmark's report: the tables, then the goals with marks. */
export function benchMarkdown(title: string, results: BenchResults, goals: Goal[]): string {
  const scale = alignedTable(
    [
      'N',
      'pages',
      'wall s',
      'index s',
      'peak RSS MB',
      'all MB',
      'ms/page',
      'marginal ms/page',
      'CPU s',
      'load',
      'bare pages',
      'bare wall s',
      'bare ms/page',
      '× bare',
    ],
    results.rows.map((row) => [
      String(row.n),
      ...buildCells(row),
      figure(row.marginalMsPerPage),
      figure(row.cpuSeconds),
      figure(row.loadBefore),
      ...(row.bare
        ? [
            row.bare.ok ? String(row.bare.pages) : 'FAILED',
            figure(row.bare.wallSeconds),
            figure(row.bare.msPerPage),
            figure(row.ratio, 2),
          ]
        : ['–', '–', '–', '–']),
    ]),
  );
  const archive = results.archive
    ? alignedTable(
        ['N', 'pages', 'wall s', 'index s', 'peak RSS MB', 'all MB', 'ms/page', 'CPU s', 'load'],
        [
          [
            String(results.archive.n),
            ...buildCells(results.archive),
            figure(results.archive.cpuSeconds),
            figure(results.archive.loadBefore),
          ],
        ],
      )
    : undefined;
  const rebuilds =
    results.rebuilds.length > 0
      ? alignedTable(
          [
            'corpus',
            'change',
            'N',
            'cold build s',
            'rebuild s',
            'index s',
            'peak RSS MB',
            'all MB',
            'CPU s',
          ],
          results.rebuilds.map(({ corpus, change, n, coldSeconds, run }) => [
            corpus,
            change,
            String(n),
            figure(coldSeconds),
            run.ok ? figure(run.wallSeconds) : 'FAILED',
            figure(run.indexSeconds),
            figure(run.maxRssKb / 1024, 0),
            figure((run.treeRssKb ?? NaN) / 1024, 0),
            figure(run.cpuSeconds),
          ]),
        )
      : undefined;
  return [
    `## ${title}`,
    '',
    scale,
    '',
    'N: articles per edition (2N article pages, plus lists). Wall s: the whole `npm run build`',
    '(the search index included: index s), cold cache. Peak RSS: the largest process (GNU time);',
    'all: every process of the build at once (Astro and Pagefind), sampled each second.',
    'Marginal ms/page: Δwall / Δpages from the previous N. CPU s: user + system time. Load:',
    '1-minute load average as the build started; other work on the machine slows a build, CPU s',
    'is the steadier figure. Bare: a minimal Astro project (one MDX collection, one page template,',
    'no images, no search index) built in the same run from the same MDX files; × bare is our',
    'ms/page over its ms/page (the goals also give it without our search index).',
    ...(archive
      ? ['', "### Archive: the site's real articles copied under new slugs", '', archive]
      : []),
    ...(rebuilds
      ? [
          '',
          '### Rebuilds, the cache folder kept: one article body changed, then one article added',
          '',
          rebuilds,
        ]
      : []),
    '',
    '### Goals',
    '',
    ...goals.map((goal) => `- ${goalMark(goal.pass)}: ${goal.label}: ${goal.detail}`),
    '',
  ].join('\n');
}
