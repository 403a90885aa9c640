// npm run bench: builds the site as published (npm run build) from corpora of
// increasing size, a bare Astro site from the same files, an archive of the
// real articles, and the rebuild after one edit, and reports how time and
// memory grow. See the Benchmark section of README.md.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { writeBareProject } from './bareProject.ts';
import { benchChartSvg } from './chart.ts';
import { archiveCorpus } from './corpus/archiveCorpus.ts';
import { generateCorpus } from './corpus/generateCorpus.ts';
import { benchOptions, type BenchOptions } from './options.ts';
import {
  benchGoals,
  benchMarkdown,
  benchRows,
  medianRun,
  type BenchResults,
  type Measurement,
  type Rebuild,
} from './table.ts';
import { memoryLimit, type MemoryLimit } from './memoryLimit.ts';
import { combinedRuns, timedRun, type RunResult } from './timedRun.ts';
import { indexSeconds } from './timeReport.ts';
import { profileCosts, topCostsReport, type CpuProfile } from './topCosts.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The memory cgroup every build runs in, with --memory; set once, by main(). */
let memory: MemoryLimit | undefined;

/** How many HTML pages a build wrote: every .html file under its output folder. */
async function htmlPageCount(outDir: string): Promise<number> {
  const files = await readdir(outDir, { recursive: true }).catch(() => []);
  return files.filter((file) => file.endsWith('.html')).length;
}

/**
 * Prints a progress line; on a terminal the "building…" line is rewritten in
 * place, elsewhere (CI, a log file) a line is printed every 15 s.
 */
function progressPrinter(prefix: string) {
  let ticks = 0;
  return {
    update({ seconds, logLines }: { seconds: number; logLines: number }) {
      ticks += 1;
      const line = `${prefix} building… ${seconds.toFixed(0)} s, ${logLines} log lines`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else if (ticks % 3 === 0) console.log(line);
    },
    done() {
      if (process.stdout.isTTY && ticks > 0) process.stdout.write('\r\x1b[K');
    },
  };
}

/**
 * Waits (up to two minutes) for the machine's 1-minute load average to drop
 * below its core count, so a build is not timed while other work holds the
 * cores; proceeds anyway after that and returns the load it starts at, which
 * the table reports.
 */
async function quietEnough(prefix: string): Promise<number> {
  const cores = cpus().length;
  const deadline = Date.now() + 120_000;
  let said = false;
  while ((loadavg()[0] ?? 0) >= cores && Date.now() < deadline) {
    if (!said)
      console.log(
        `${prefix} machine busy (load ${loadavg()[0]?.toFixed(1)}), waiting up to 2 min…`,
      );
    said = true;
    await sleep(5000);
  }
  return loadavg()[0] ?? 0;
}

/** The last lines of a build log, for the failure message. */
async function logTail(file: string, count: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** The commands of `npm run build`, in order: what a newsroom publishes with. */
async function buildSteps(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return String(manifest.scripts.build)
    .split('&&')
    .map((step) => step.trim());
}

interface BuildRequest {
  /** Names the logs and the line printed: `bench-N2000`, `bare-N2000`, ... */
  name: string;
  n: number;
  /** The project to build: ours or the bare one. */
  cwd: string;
  steps: string[];
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

/** Runs one build (each step of it under time), prints its figures and returns them. */
async function measuredBuild(
  options: BenchOptions,
  request: BuildRequest,
  logs: string,
  out: string,
): Promise<Measurement> {
  const prefix = `[${request.name}]`;
  const logFile = join(logs, `${request.name}.log`);
  await rm(logFile, { force: true });
  const profileDir = join(out, 'profiles', request.name);
  if (options.profile) await rm(profileDir, { recursive: true, force: true });
  console.log(`${prefix} building; full log: ${relative(root, logFile)}`);
  const loadBefore = await quietEnough(prefix);
  const progress = progressPrinter(prefix);
  const runs: RunResult[] = [];
  const killsBefore = (await memory?.oomKills()) ?? 0;
  for (const [index, command] of request.steps.entries()) {
    const run = await timedRun({
      command: memory ? memory.wrap(command) : command,
      cwd: request.cwd,
      env: {
        CONTENT_DIR: request.contentDir,
        ASTRO_OUT_DIR: request.outDir,
        ASTRO_CACHE_DIR: request.cacheDir,
        // `npm run build` puts the project's own bin folder (its Node, astro) first.
        PATH: `${join(root, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
        ...(options.profile && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` }),
      },
      logFile,
      timeFile: join(logs, `${request.name}.${index}.time.txt`),
      onProgress: progress.update,
    });
    runs.push(run);
    if (!run.ok) break;
  }
  progress.done();
  const result = combinedRuns(runs);
  const measurement: Measurement = {
    n: request.n,
    ok: result.ok,
    pages: result.ok ? await htmlPageCount(request.outDir) : 0,
    wallSeconds: result.wallSeconds,
    maxRssKb: result.maxRssKb,
    treeRssKb: result.treeRssKb,
    cpuSeconds: result.cpuSeconds,
    loadBefore,
    indexSeconds: indexSeconds(await readFile(logFile, 'utf8').catch(() => '')),
  };
  if (!result.ok) {
    console.error(`${prefix} the build FAILED after ${result.wallSeconds.toFixed(1)} s:`);
    if (((await memory?.oomKills()) ?? 0) > killsBefore) {
      console.error(`${prefix} the kernel stopped a process of it for want of memory`);
    }
    console.error(await logTail(logFile, 25));
  } else {
    console.log(
      `${prefix} ${measurement.pages} pages in ${result.wallSeconds.toFixed(1)} s, ` +
        `peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MB (all processes ${(result.treeRssKb / 1024).toFixed(0)} MB), ` +
        `CPU ${result.cpuSeconds?.toFixed(1) ?? '?'} s`,
    );
  }
  if (options.profile) {
    const files = (await readdir(profileDir).catch(() => [])).filter((f) =>
      f.endsWith('.cpuprofile'),
    );
    const profiles = await Promise.all(
      files.map(async (f) => JSON.parse(await readFile(join(profileDir, f), 'utf8')) as CpuProfile),
    );
    const report = topCostsReport(profileCosts(profiles, root));
    await writeFile(join(out, `${request.name}.top-costs.txt`), `${report}\n`);
    console.log(`${prefix} CPU profile (${relative(root, profileDir)}):\n${report}`);
  }
  return measurement;
}

/** The first English article of a corpus, by file name: the one the rebuilds change. */
async function firstArticle(contentDir: string): Promise<string> {
  const folder = join(contentDir, 'articles/en');
  const [first] = (await readdir(folder)).filter((file) => file.endsWith('.mdx')).sort();
  if (!first) throw new Error(`no article in ${folder}`);
  return join(folder, first);
}

/**
 * A change published: the same build with the cache folder of the build
 * before kept (as a CI cache keeps it) and the output folder emptied (as a
 * fresh checkout has it). The output folder keeps its path: Astro's
 * incremental build reuses pages only when the build's code is the same,
 * and the output path is written into it.
 */
async function rebuild(
  options: BenchOptions,
  request: BuildRequest,
  name: string,
  logs: string,
  out: string,
): Promise<Measurement> {
  await rm(request.outDir, { recursive: true, force: true });
  return measuredBuild(options, { ...request, name: `${request.name}-${name}` }, logs, out);
}

/** One edit: a sentence added to one article's body (an old one: the first by name). */
async function oneEdit(contentDir: string, prefix: string): Promise<void> {
  const file = await firstArticle(contentDir);
  await appendFile(file, '\nOne more sentence, added to time the one-edit rebuild.\n');
  console.log(`${prefix} one edit: a sentence added to ${relative(contentDir, file)}`);
}

/**
 * One new article, in English, dated after every other: it leads the front
 * page and the first page of its topics' and authors' lists, and every
 * later page of those lists moves on by one. Made from the first article,
 * under a headline and a file name of its own.
 */
async function newArticle(contentDir: string, prefix: string): Promise<void> {
  const source = await firstArticle(contentDir);
  const text = await readFile(source, 'utf8');
  const added = text
    .replace(/^headline: "/m, 'headline: "Just in: ')
    .replace(/^published: .*$/m, `published: ${newArticleDay}`)
    .replace(/^updated: .*\n/m, '');
  const file = join(contentDir, 'articles/en', 'just-in-added-to-time-the-rebuild.mdx');
  await writeFile(file, `${added}\nA sentence only the new article has.\n`);
  console.log(`${prefix} new article: ${relative(contentDir, file)}, published ${newArticleDay}`);
}

/** After the corpora's last day (bench/corpus/corpusArticles.ts), before any build's today. */
const newArticleDay = '2025-01-15';

async function main() {
  const options = benchOptions(process.argv.slice(2));
  if (options.memoryGb !== undefined) {
    memory = await memoryLimit(options.memoryGb * 2 ** 30, `steppe-bench-${process.pid}`);
  }
  const out = resolve(root, options.out);
  const logs = join(out, 'logs');
  await mkdir(logs, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'steppe-bench-'));
  const steps = await buildSteps();
  console.log(
    `bench: npm run build (${steps.join(' && ')}) at N = ${options.sizes.join(', ')} (seed ${options.seed})` +
      `${options.bare ? ', with a bare Astro site from the same files' : ''}` +
      `${options.archive ? `, the archive of real articles at N = ${options.at}` : ''}` +
      `${options.runs > 1 ? `, ${options.runs} cold builds at N = ${options.at}` : ''}` +
      `${options.rebuild ? `, the one-edit and new-article rebuilds at N = ${options.rebuildAt.join(', ')}` : ''}` +
      `${options.memoryGb === undefined ? '' : `, in ${options.memoryGb} GB of memory`}` +
      `; results in ${relative(root, out) || '.'}/, temp files in ${work}`,
  );

  const bareDir = join(work, 'bare-project');
  if (options.bare) await writeBareProject(bareDir, join(root, 'node_modules'));

  const measurements: Measurement[] = [];
  const bare: Measurement[] = [];
  const rebuilds: Rebuild[] = [];
  let archive: Measurement | undefined;
  const build = (request: BuildRequest) => measuredBuild(options, request, logs, out);
  const ours = (name: string, n: number, contentDir: string): BuildRequest => ({
    name,
    n,
    cwd: root,
    steps,
    contentDir,
    outDir: join(work, `out-${name}`),
    cacheDir: join(work, `cache-${name}`),
  });
  const cleanUp = (request: BuildRequest) =>
    Promise.all(
      [request.outDir, request.cacheDir].map((dir) => rm(dir, { recursive: true, force: true })),
    );

  try {
    for (const n of options.sizes) {
      const corpus = join(work, `corpus-${n}`);
      const started = Date.now();
      process.stdout.write(`[bench-N${n}] generating the corpus… `);
      await generateCorpus({ dir: corpus, count: n, seed: options.seed });
      console.log(`${2 * n} MDX files in ${((Date.now() - started) / 1000).toFixed(1)} s`);

      const request = ours(`bench-N${n}`, n, corpus);
      // At the goals' size the cold build runs `runs` times, from nothing each
      // time; the table takes the median (other work on the machine slows a run).
      const runs: Measurement[] = [];
      for (let run = 1; run <= (n === options.at ? options.runs : 1); run += 1) {
        if (run > 1) await cleanUp(request);
        const name = run > 1 ? `${request.name}-run${run}` : request.name;
        runs.push(await build({ ...request, name }));
        if (!runs.at(-1)?.ok) break;
      }
      const cold = medianRun(runs);
      measurements.push(cold);
      if (options.rebuildAt.includes(n) && runs.at(-1)?.ok) {
        const prefix = `[${request.name}]`;
        await oneEdit(corpus, prefix);
        const edit = await rebuild(options, request, 'edit', logs, out);
        rebuilds.push({
          corpus: 'bench corpus',
          change: 'one edit',
          n,
          coldSeconds: cold.wallSeconds,
          run: edit,
        });
        if (edit.ok) {
          await newArticle(corpus, prefix);
          const added = await rebuild(options, request, 'new-article', logs, out);
          rebuilds.push({
            corpus: 'bench corpus',
            change: 'new article',
            n,
            coldSeconds: cold.wallSeconds,
            run: added,
          });
        }
      }
      await cleanUp(request);

      if (options.bare) {
        const bareRequest: BuildRequest = {
          ...ours(`bare-N${n}`, n, corpus),
          cwd: bareDir,
          steps: ['astro build'],
        };
        bare.push(await build(bareRequest));
        await cleanUp(bareRequest);
      }
      await rm(corpus, { recursive: true, force: true });
    }

    if (options.archive) {
      const corpus = join(work, 'archive');
      const { n } = await archiveCorpus({ dir: corpus, count: options.at });
      const request = ours(`archive-N${n}`, n, corpus);
      archive = await build(request);
      if (options.rebuild && archive.ok) {
        await oneEdit(corpus, `[${request.name}]`);
        const run = await rebuild(options, request, 'edit', logs, out);
        rebuilds.push({
          corpus: 'archive',
          change: 'one edit',
          n,
          coldSeconds: archive.wallSeconds,
          run,
        });
      }
      await cleanUp(request);
    }

    const results: BenchResults = {
      rows: benchRows(measurements, bare),
      archive: archive && benchRows([archive])[0],
      rebuilds,
    };
    const goals = benchGoals(results);
    const title =
      `Build at scale${options.profile ? ', under --cpu-prof (slower than a plain build)' : ''}` +
      `${options.memoryGb === undefined ? '' : `, in ${options.memoryGb} GB of memory (--memory)`}`;
    const markdown = benchMarkdown(title, results, goals);
    const base = join(out, `bench${options.profile ? '-profiled' : ''}`);
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryMb: Math.round(totalmem() / 2 ** 20),
      node: process.version,
    };
    const json = { date: new Date().toISOString(), options, machine, ...results, goals };
    await writeFile(`${base}.md`, markdown);
    await writeFile(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
    await writeFile(`${base}.svg`, benchChartSvg(results.rows, title));
    console.log(`\n${markdown}`);
    console.log(
      `wrote ${['md', 'json', 'svg'].map((ext) => relative(root, `${base}.${ext}`)).join(', ')}`,
    );
    if (!results.rows.every((row) => row.ok)) process.exitCode = 1;
  } finally {
    await rm(work, { recursive: true, force: true });
    await memory?.remove();
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
