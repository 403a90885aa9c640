/**
 * What `npm run build` says when Astro's process ended without a word of its
 * own: stopped by a signal, as the system's out-of-memory killer stops the
 * largest process when memory runs out. Without it the terminal reads only
 * "Killed", and whoever runs the build cannot tell why or what to do. Pure,
 * and loaded by Node itself from scripts/build.mjs.
 */

/** How the process ended, as Node's child_process reports it. */
export interface Ending {
  /** The signal that stopped it (SIGKILL, SIGABRT, …), or null. */
  signal: string | null;
  /** The machine's memory, or the build's share of it (process.constrainedMemory), in bytes. */
  memory: number;
}

/** Bytes as gigabytes, one decimal. */
const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

/** The likely cause of each signal, and what to do about it. */
const causes: Record<string, (memory: string) => string> = {
  SIGKILL: (memory) =>
    `most often because the machine ran out of memory (it has ${memory}): the system stops the largest process. Free memory (other builds, browsers) and build again, or build on a machine with more; README "Benchmark" gives what an archive of each size needs.`,
  SIGABRT: () =>
    'it failed inside Node.js, most often because it ran out of JavaScript memory (the lines above it say "heap out of memory"). Build again; if it fails again, build on a machine with more memory.',
  SIGINT: () => 'it was interrupted.',
  SIGTERM: () => 'it was asked to stop.',
};

/** The block `npm run build` ends with when Astro's process was stopped by a signal. */
export function stoppedBuildMessage({ signal, memory }: Ending): string {
  const cause =
    causes[signal ?? '']?.(gigabytes(memory)) ?? 'see the lines above for what stopped it.';
  return [
    `The build was stopped before it ended (${signal ?? 'no exit code'}): ${cause}`,
    'The site in the output folder is the last good build, unchanged.',
  ].join('\n');
}
