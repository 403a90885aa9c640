// `npm run bench -- --memory <GB>`: the builds run as on a machine with that
// much memory, in a memory cgroup of the Linux kernel with that limit (v2, or
// v1's memory controller). Node sizes its heap from the limit as it would
// from a small machine's memory, and the kernel's out-of-memory killer stops
// a build that needs more, as it would there. Needs root on Linux.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A cgroup the builds run in. */
export interface MemoryLimit {
  /** The command line, run in the cgroup with everything it starts. */
  wrap(command: string): string;
  /** How many times the kernel stopped a process of it for want of memory. */
  oomKills(): Promise<number>;
  /** Removes the cgroup (once its processes have ended). */
  remove(): Promise<void>;
}

const cgroupRoot = '/sys/fs/cgroup';

/** The count after `oom_kill` in a memory.events (v2) or memory.oom_control (v1) text. */
export const oomKillCount = (text: string) => Number(/^oom_kill (\d+)$/m.exec(text)?.[1] ?? 0);

/**
 * Makes a cgroup limited to `bytes` of memory, without swap; throws, saying
 * what is missing, where the kernel does not let this process make one.
 */
export async function memoryLimit(bytes: number, name: string): Promise<MemoryLimit> {
  const v2 = existsSync(join(cgroupRoot, 'cgroup.controllers'));
  const dir = v2 ? join(cgroupRoot, name) : join(cgroupRoot, 'memory', name);
  try {
    await mkdir(dir, { recursive: true });
    if (v2) {
      await writeFile(join(dir, 'memory.max'), String(bytes));
      await writeFile(join(dir, 'memory.swap.max'), '0').catch(() => undefined);
    } else {
      await writeFile(join(dir, 'memory.limit_in_bytes'), String(bytes));
    }
  } catch (error) {
    throw new Error(
      `--memory: cannot make a memory cgroup at ${dir} (${error instanceof Error ? error.message : error}); it needs Linux, its memory controller, and root`,
    );
  }
  const events = join(dir, v2 ? 'memory.events' : 'memory.oom_control');
  return {
    wrap: (command) => `echo $$ > ${join(dir, 'cgroup.procs')} && ${command}`,
    oomKills: async () => oomKillCount(await readFile(events, 'utf8').catch(() => '')),
    remove: () => rmdir(dir).catch(() => undefined),
  };
}
