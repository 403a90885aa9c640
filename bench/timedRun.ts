// Runs one command under GNU time and reports wall time, peak memory and CPU
// time, writing everything the command prints to a log file.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { processStats, treeRssPages } from './processTree.ts';
import { timeFigures, type TimeFigures } from './timeReport.ts';

/** The kernel's page size: 4 KiB on the machines the bench runs on. */
const pageKb = 4;

export interface RunOptions {
  /** A shell command line, run with `sh -c`. */
  command: string;
  cwd: string;
  /** More environment, on top of this process's. */
  env: Record<string, string>;
  /** Where everything the command prints goes (appended). */
  logFile: string;
  /** Where time -v writes its report. */
  timeFile: string;
  /** Called every few seconds while the command runs. */
  onProgress?: (progress: { seconds: number; logLines: number }) => void;
}

export interface RunResult extends TimeFigures {
  /** The command exited with status 0. */
  ok: boolean;
  /** The most memory its processes held at once, summed, sampled every second. */
  treeRssKb: number;
}

/**
 * Runs the command once, timed. Resolves with the figures even when the
 * command fails (`ok: false`), so the caller can say what failed and where its log is.
 */
export async function timedRun(options: RunOptions): Promise<RunResult> {
  const child = spawn(
    '/usr/bin/time',
    ['-v', '-o', options.timeFile, 'sh', '-c', options.command],
    {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`$ ${options.command}\n`);
  let logLines = 0;
  const count = (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) logLines += 1;
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', count);
    stream.pipe(log, { end: false });
  }
  const started = Date.now();
  const timer = setInterval(
    () => options.onProgress?.({ seconds: (Date.now() - started) / 1000, logLines }),
    5000,
  );
  let treeRssKb = 0;
  const sampler = setInterval(async () => {
    if (child.pid === undefined) return;
    treeRssKb = Math.max(treeRssKb, treeRssPages(await processStats(), child.pid) * pageKb);
  }, 1000);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => {
    clearInterval(timer);
    clearInterval(sampler);
  });
  await new Promise((resolve) => log.end(resolve));
  // time exits with the command's own status.
  return {
    ok: status === 0,
    treeRssKb,
    ...timeFigures(await readFile(options.timeFile, 'utf8')),
  };
}

/** Several runs as one: times and CPU add up, peak memory is the largest of them. */
export function combinedRuns(runs: RunResult[]): RunResult {
  const sum = (values: (number | undefined)[]) =>
    values.some((value) => value === undefined)
      ? undefined
      : values.reduce<number>((total, value) => total + (value ?? 0), 0);
  const wallSeconds = runs.reduce((total, run) => total + run.wallSeconds, 0);
  const cpuSeconds = sum(runs.map((run) => run.cpuSeconds));
  return {
    ok: runs.every((run) => run.ok),
    wallSeconds,
    maxRssKb: Math.max(...runs.map((run) => run.maxRssKb)),
    treeRssKb: Math.max(...runs.map((run) => run.treeRssKb)),
    cpuSeconds,
    cpuPercent:
      cpuSeconds === undefined || wallSeconds === 0
        ? undefined
        : Math.round((cpuSeconds / wallSeconds) * 100),
    exitStatus: runs.find((run) => !run.ok)?.exitStatus ?? runs.at(-1)?.exitStatus,
  };
}
