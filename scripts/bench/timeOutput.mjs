// Reads the report of GNU `/usr/bin/time -v`: the only figures the benchmark
// takes from it are wall time, peak memory and the command's exit status.

/**
 * @typedef {object} TimeFigures
 * @property {number} wallSeconds elapsed wall-clock time
 * @property {number} maxRssKb "Maximum resident set size" in kilobytes (1024 bytes)
 * @property {number | undefined} cpuSeconds user + system time: less swayed than wall time by
 *   other work on the machine, though not immune to it
 * @property {number | undefined} cpuPercent (user + system) / wall time; over 100 on several cores
 * @property {number | undefined} exitStatus the command's own exit status, when time reports it
 */

/**
 * Seconds from time's "h:mm:ss" or "m:ss.cc" wall-clock form.
 * @param {string} clock
 * @returns {number}
 */
export function clockSeconds(clock) {
  return clock
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * The figures of a `/usr/bin/time -v` report.
 * @param {string} report the text time wrote (with -o, the whole file)
 * @returns {TimeFigures}
 */
export function timeFigures(report) {
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
