// Reads the report of GNU `/usr/bin/time -v` (the benchmark takes wall time,
// peak memory, CPU time and the exit status from it) and the build's own log.

export interface TimeFigures {
  /** Elapsed wall-clock time. */
  wallSeconds: number;
  /** "Maximum resident set size" in kilobytes (1024 bytes). */
  maxRssKb: number;
  /**
   * User + system time: less swayed than wall time by other work on the
   * machine, though not immune to it.
   */
  cpuSeconds: number | undefined;
  /** (user + system) / wall time; over 100 on several cores. */
  cpuPercent: number | undefined;
  /** The command's own exit status, when time reports it. */
  exitStatus: number | undefined;
}

/** Seconds from time's "h:mm:ss" or "m:ss.cc" wall-clock form. */
export function clockSeconds(clock: string): number {
  return clock
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/** The figures of a `/usr/bin/time -v` report (with -o, the whole file). */
export function timeFigures(report: string): TimeFigures {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*([\d:.]+)/.exec(report);
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  if (!wall?.[1] || !rss?.[1]) {
    throw new Error(`not a /usr/bin/time -v report (no wall time or peak RSS in it):\n${report}`);
  }
  const status = /Exit status:\s*(\d+)/.exec(report);
  const cpu = /Percent of CPU this job got:\s*(\d+)%/.exec(report);
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
  return {
    wallSeconds: clockSeconds(wall[1]),
    maxRssKb: Number(rss[1]),
    cpuSeconds:
      user?.[1] === undefined || system?.[1] === undefined
        ? undefined
        : Number(user[1]) + Number(system[1]),
    cpuPercent: cpu?.[1] === undefined ? undefined : Number(cpu[1]),
    exitStatus: status?.[1] === undefined ? undefined : Number(status[1]),
  };
}

/** How long the search index took, as the build's search-index step logs it. */
export function indexSeconds(log: string): number | undefined {
  const logged = /\[search-index\] .* indexed in ([\d.]+) s/.exec(log);
  return logged ? Number(logged[1]) : undefined;
}
