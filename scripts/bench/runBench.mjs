// npm run bench: builds the site from synthetic corpora of increasing size and
// reports how build time and memory grow. See the Benchmark section of README.md.
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs } from './benchArgs.mjs';
import { benchChartSvg } from './benchChart.mjs';
import { benchGoals, benchMarkdown, benchRows } from './benchTable.mjs';
import { htmlPageCount } from './countPages.mjs';
import { generateCorpus } from './generateCorpus.mjs';
import { timedBuild } from './timedBuild.mjs';
import { profileCosts, topCostsReport } from './topCosts.mjs';

/** @typedef {import('./benchTable.mjs').Measurement} Measurement */

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Prints a progress line; on a terminal the "building…" line is rewritten in
 * place, elsewhere (CI, a log file) a line is printed every 15 s.
 * @param {string} prefix
 */
function progressPrinter(prefix) {
  let ticks = 0;
  return {
    /** @param {{ seconds: number, logLines: number }} progress */
    update({ seconds, logLines }) {
      ticks += 1;
      const line = `${prefix} building… ${seconds.toFixed(0)} s, ${logLines} astro log lines`;
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
 * @param {string} prefix
 * @returns {Promise<number>}
 */
async function quietEnough(prefix) {
  const cores = cpus().length;
  const deadline = Date.now() + 120_000;
  let said = false;
  while (loadavg()[0] >= cores && Date.now() < deadline) {
    if (!said)
      console.log(
        `${prefix} machine busy (load ${loadavg()[0]?.toFixed(1)}), waiting up to 2 min…`,
      );
    said = true;
    await sleep(5000);
  }
  return loadavg()[0] ?? 0;
}

/**
 * The last lines of a build log, for the failure message.
 * @param {string} file
 * @param {number} count
 */
async function logTail(file, count) {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

async function main() {
  const args = benchArgs(process.argv.slice(2));
  const out = join(root, args.out);
  const logs = join(out, 'logs');
  await mkdir(logs, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'steppe-bench-'));
  const suffix = args.profile ? '-profiled' : '';
  console.log(
    `bench: ${args.processors.join(' and ')} processor, N = ${args.sizes.join(', ')} (seed ${args.seed}); ` +
      `results in ${relative(root, out) || '.'}/, temp files in ${work}`,
  );

  try {
    /** @type {Map<number, string>} */
    const corpora = new Map();
    /** @type {string[]} */
    const reports = [];
    for (const processor of args.processors) {
      /** @type {Measurement[]} */
      const measurements = [];
      for (const n of args.sizes) {
        const prefix = `[${processor} N=${n}]`;
        let corpus = corpora.get(n);
        if (!corpus) {
          corpus = join(work, `corpus-${n}`);
          const started = Date.now();
          process.stdout.write(`${prefix} generating corpus… `);
          await generateCorpus({ dir: corpus, count: n, seed: args.seed });
          console.log(`${2 * n} MDX files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          corpora.set(n, corpus);
        }

        const name = `${processor}-N${n}${suffix}`;
        const logFile = join(logs, `${name}.log`);
        const outDir = join(work, `out-${name}`);
        const cacheDir = join(work, `cache-${name}`);
        const profileDir = join(out, 'profiles', name);
        if (args.profile) await rm(profileDir, { recursive: true, force: true });
        console.log(`${prefix} building with a fresh cache; full log: ${relative(root, logFile)}`);
        const loadBefore = await quietEnough(prefix);
        const progress = progressPrinter(prefix);
        const result = await timedBuild({
          root,
          contentDir: corpus,
          outDir,
          cacheDir,
          logFile,
          timeFile: join(logs, `${name}.time.txt`),
          env: processor === 'satteri' ? { MARKDOWN_PROCESSOR: 'satteri' } : {},
          nodeFlags: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
          onProgress: progress.update,
        });
        progress.done();
        if (!result.ok) {
          console.error(`${prefix} the build FAILED after ${result.wallSeconds.toFixed(1)} s.`);
          console.error(`Last lines of ${relative(root, logFile)}:\n${await logTail(logFile, 25)}`);
          process.exitCode = 1;
          return;
        }
        const pages = htmlPageCount(outDir);
        console.log(
          `${prefix} ${pages} pages in ${result.wallSeconds.toFixed(1)} s, ` +
            `peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MB, CPU ${result.cpuSeconds?.toFixed(1) ?? '?'} s (${result.cpuPercent ?? '?'}%)`,
        );
        measurements.push({
          n,
          pages,
          wallSeconds: result.wallSeconds,
          maxRssKb: result.maxRssKb,
          cpuSeconds: result.cpuSeconds,
          cpuPercent: result.cpuPercent,
          loadBefore,
        });
        // A 2,000-article build holds thousands of pages and images; keep only what is reported.
        await rm(outDir, { recursive: true, force: true });
        await rm(cacheDir, { recursive: true, force: true });

        if (args.profile) {
          const files = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
          const profiles = await Promise.all(
            files.map(async (f) => JSON.parse(await readFile(join(profileDir, f), 'utf8'))),
          );
          const report = topCostsReport(profileCosts(profiles, root));
          await writeFile(join(out, `${name}.top-costs.txt`), `${report}\n`);
          console.log(`${prefix} CPU profile (${relative(root, profileDir)}):\n${report}`);
        }
      }

      const rows = benchRows(measurements);
      const goals = benchGoals(rows);
      const title = `${processor} Markdown processor${args.profile ? ', under --cpu-prof (slower than a plain build)' : ''}`;
      const markdown = benchMarkdown(title, rows, goals);
      const base = join(out, `${processor}${suffix}`);
      await writeFile(`${base}.md`, markdown);
      await writeFile(
        `${base}.json`,
        `${JSON.stringify(
          {
            processor,
            profiled: args.profile,
            seed: args.seed,
            date: new Date().toISOString(),
            machine: {
              cpus: cpus().length,
              cpuModel: cpus()[0]?.model,
              memoryMb: Math.round(totalmem() / 2 ** 20),
              node: process.version,
            },
            rows,
            goals,
          },
          null,
          2,
        )}\n`,
      );
      await writeFile(`${base}.svg`, benchChartSvg(rows, `Build at scale: ${title}`));
      reports.push(markdown);
      console.log(`\n${markdown}`);
      console.log(
        `wrote ${['md', 'json', 'svg'].map((ext) => relative(root, `${base}.${ext}`)).join(', ')}\n`,
      );
    }
    if (reports.length > 1) console.log(`\nAll processors:\n\n${reports.join('\n')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
