// How much memory a build holds at once, over all its processes: GNU time
// reports the largest single process (the figure the goals are held to), but
// Astro and Pagefind's search-index process run side by side.
import { readdir, readFile } from 'node:fs/promises';

/** A process, as /proc/<pid>/stat says: its parent and its resident set in pages. */
export interface ProcessStat {
  pid: number;
  ppid: number;
  rssPages: number;
}

/**
 * Reads one /proc/<pid>/stat line. The command name (field 2) is in
 * parentheses and may hold spaces, so fields are counted after its closing one.
 */
export function parseStat(line: string): ProcessStat | undefined {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  if (close < 0 || Number.isNaN(pid)) return undefined;
  // After ")": state ppid pgrp ... ; rss is field 24 of the line, the 22nd after ")".
  const fields = line.slice(close + 2).split(' ');
  return { pid, ppid: Number(fields[1]), rssPages: Number(fields[21]) };
}

/** The resident memory of `root` and all its descendants, summed, in pages. */
export function treeRssPages(stats: ProcessStat[], root: number): number {
  const children = new Map<number, ProcessStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let total = 0;
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      total += child.rssPages;
      visit(child.pid);
    }
  };
  total += stats.find((stat) => stat.pid === root)?.rssPages ?? 0;
  visit(root);
  return total;
}

/** Every process's stat, read now from /proc (empty where there is no /proc). */
export async function processStats(): Promise<ProcessStat[]> {
  const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name));
  const lines = await Promise.all(
    pids.map((pid) => readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')),
  );
  return lines.flatMap((line) => parseStat(line) ?? []);
}
