// A build whose Astro process the system stops (its out-of-memory killer
// sends SIGKILL to the largest process) ends with a message that says so and
// what to do, not with "Killed" alone, and leaves the last good site as it
// was (scripts/build.mjs; the message: tests/unit/stoppedBuild.test.ts).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, isolatedProject } from './isolatedBuild';

const work = mkdtempSync(join(tmpdir(), 'stopped-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The process of this machine whose command line holds every one of `parts`, if any. */
function processWith(...parts: string[]): number | undefined {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (parts.every((part) => command.includes(part))) return Number(pid);
    } catch {
      // Ended since the folder was listed.
    }
  }
  return undefined;
}

describe.runIf(existsSync('/proc/self/cmdline'))('npm run build, stopped by the system', () => {
  it('says why it may have stopped and keeps the last good site', async () => {
    const project = join(work, 'project');
    isolatedProject(project, () => undefined);
    const lastGood = '<!doctype html><title>The last good build</title>';
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist/index.html'), lastGood);
    const building = join(project, 'dist.building');
    const build = buildProject(project);
    // The Astro step's process, by the folder it builds into, stopped as memory running out stops it.
    let astro: number | undefined;
    await expect
      .poll(() => (astro = processWith('astroBuild.mjs', building)), {
        interval: 20,
        timeout: 60_000,
      })
      .toBeDefined();
    process.kill(astro!, 'SIGKILL');
    const { status, output } = await build;
    expect(status, output).toBe(1);
    expect(output).toContain('The build was stopped before it ended (SIGKILL): most often because');
    expect(output).toContain('The site in the output folder is the last good build, unchanged.');
    expect(readFileSync(join(project, 'dist/index.html'), 'utf8')).toBe(lastGood);
    expect(existsSync(building)).toBe(false);
  });
});
