import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryLimit, oomKillCount } from '../memoryLimit.ts';

describe('oomKillCount', () => {
  it.for([
    ['oom_kill_disable 0\nunder_oom 0\noom_kill 3\n', 3],
    ['low 0\nhigh 0\nmax 12\noom 1\noom_kill 1\noom_group_kill 0\n', 1],
    ['', 0],
  ] as const)('reads %j as %i', ([text, count]) => {
    expect(oomKillCount(text)).toBe(count);
  });
});

// Only where this process may make a cgroup (root on Linux), as --memory needs.
const canLimit = process.getuid?.() === 0 && existsSync('/sys/fs/cgroup');

describe.runIf(canLimit)('memoryLimit', () => {
  it('runs a command as on a machine with that much memory, and counts what the kernel stops', async () => {
    const limit = await memoryLimit(2 ** 30, `bench-test-${process.pid}`);
    try {
      const run = (script: string) =>
        spawnSync('sh', ['-c', limit.wrap(`"${process.execPath}" -e '${script}'`)], {
          encoding: 'utf8',
        });
      // Node sizes its heap from the limit, as from a small machine's memory.
      const heap = run('console.log(require("v8").getHeapStatistics().heap_size_limit)');
      expect(Number(heap.stdout)).toBeLessThan(2 ** 30);
      expect(await limit.oomKills()).toBe(0);
      // More than the limit, held at once: stopped by the kernel.
      const greedy = run(
        'const a = []; for (let i = 0; i < 16; i++) a.push(Buffer.alloc(128 * 2 ** 20, 1));',
      );
      // The shell says so: 128 + 9, SIGKILL.
      expect(greedy.status).toBe(137);
      expect(await limit.oomKills()).toBe(1);
    } finally {
      await limit.remove();
    }
  });
});
