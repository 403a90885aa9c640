// Runs one `astro build` under GNU time and reports wall time and peak memory.
// It times `astro build` itself, not `npm run build`, so whatever else the
// build script may come to run (search indexes, checks) is not in the figure.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { timeFigures } from './timeOutput.mjs';

/**
 * @typedef {object} BuildOptions
 * @property {string} root the project root (where astro.config.mjs is)
 * @property {string} contentDir CONTENT_DIR: the corpus to build
 * @property {string} outDir ASTRO_OUT_DIR
 * @property {string} cacheDir ASTRO_CACHE_DIR; fresh per build so builds are comparable
 * @property {string} logFile where the full astro output goes
 * @property {string} timeFile where time -v writes its report
 * @property {Record<string, string>} [env] more environment (MARKDOWN_PROCESSOR)
 * @property {string[]} [nodeFlags] flags for node itself, e.g. --cpu-prof
 * @property {(progress: { seconds: number, logLines: number }) => void} [onProgress] called every few seconds
 * @property {number} [progressEveryMs]
 */

/**
 * @typedef {object} BuildResult
 * @property {boolean} ok the build exited with status 0
 * @property {number} wallSeconds
 * @property {number} maxRssKb
 * @property {number | undefined} cpuSeconds user + system time
 * @property {number | undefined} cpuPercent the share of a core the build got; low when starved
 * @property {number} logLines
 */

/**
 * Builds the site once, timed. Resolves with the figures even when the build
 * fails (`ok: false`), so the caller can say which build failed and where its log is.
 * @param {BuildOptions} options
 * @returns {Promise<BuildResult>}
 */
export async function timedBuild(options) {
  const { root, logFile, timeFile, onProgress, progressEveryMs = 5000 } = options;
  // The same Node that runs the benchmark (the project's own, under npm) runs astro.
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const args = [
    '-v',
    '-o',
    timeFile,
    process.execPath,
    ...(options.nodeFlags ?? []),
    astro,
    'build',
  ];
  const child = spawn('/usr/bin/time', args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      CONTENT_DIR: options.contentDir,
      ASTRO_OUT_DIR: options.outDir,
      ASTRO_CACHE_DIR: options.cacheDir,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  const log = createWriteStream(logFile);
  let logLines = 0;
  const count = (/** @type {Buffer} */ chunk) => {
    for (const byte of chunk) if (byte === 10) logLines += 1;
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', count);
    stream.pipe(log, { end: false });
  }
  const started = Date.now();
  const timer = setInterval(
    () => onProgress?.({ seconds: (Date.now() - started) / 1000, logLines }),
    progressEveryMs,
  );
  const status = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearInterval(timer));
  await new Promise((resolve) => log.end(resolve));

  const figures = timeFigures(await readFile(timeFile, 'utf8'));
  return {
    // time exits with the build's own status.
    ok: status === 0,
    wallSeconds: figures.wallSeconds,
    maxRssKb: figures.maxRssKb,
    cpuSeconds: figures.cpuSeconds,
    cpuPercent: figures.cpuPercent,
    logLines,
  };
}
