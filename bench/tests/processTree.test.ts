// The build's memory over all its processes is summed from /proc: a wrong
// parse or a missed child would under-report it.
import { describe, expect, it } from 'vitest';
import { parseStat, processStats, treeRssPages } from '../processTree.ts';

// Abridged /proc/<pid>/stat lines: pid (comm) state ppid ... rss is the 24th field.
const stat = (pid: number, comm: string, ppid: number, rss: number) =>
  `${pid} (${comm}) S ${ppid} ${Array.from({ length: 19 }, () => '0').join(' ')} ${rss} 18446744073709551615 1 1 0`;

describe('parseStat', () => {
  it('reads the pid, the parent and the resident pages, whatever the command name', () => {
    expect(parseStat(stat(42, 'node', 7, 1500))).toEqual({ pid: 42, ppid: 7, rssPages: 1500 });
    expect(parseStat(stat(43, 'pagefind ext (x)', 42, 900))).toEqual({
      pid: 43,
      ppid: 42,
      rssPages: 900,
    });
  });
});

describe('treeRssPages', () => {
  it('sums a process and all its descendants, and nothing else', () => {
    const stats = [
      { pid: 1, ppid: 0, rssPages: 5 },
      { pid: 10, ppid: 1, rssPages: 100 },
      { pid: 11, ppid: 10, rssPages: 1000 },
      { pid: 12, ppid: 11, rssPages: 400 },
      { pid: 20, ppid: 1, rssPages: 7000 },
    ];
    expect(treeRssPages(stats, 10)).toBe(1500);
    expect(treeRssPages(stats, 99)).toBe(0);
  });

  it('finds this test among the processes of the machine', async () => {
    const self = (await processStats()).find((process) => process.pid === globalThis.process.pid);
    expect(self?.rssPages).toBeGreaterThan(0);
  });
});
