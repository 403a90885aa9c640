// @ts-check
// `npm run build`: Astro's build (scripts/astroBuild.mjs, which ends a failed
// build with the editor's block), then, for a large site, its search index.
// Its quiet log is astro.config.mjs's `logger` (src/integrations/buildLog.ts).
// Astro builds beside the site, which the new one replaces only once it is
// whole (scripts/publishBuild.mjs): a failed build leaves the last good one
// in place.
//
// Astro runs in a process of its own, so that a large site's search index
// is written once that process, and the memory it kept, are gone
// (src/integrations/indexAfterAstro.ts), and so that a build the system
// stops for want of memory still ends with a message.
import './tsImports.mjs';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { constrainedMemory, execPath } from 'node:process';
import { totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInPlaceOf } from './publishBuild.mjs';

const { outDir } = await import('../src/config/outDir.ts');
const { indexAfterAstro, indexRequestVariable } =
  await import('../src/integrations/indexAfterAstro.ts');
const { stoppedBuildMessage } = await import('../src/newsroom/stoppedBuild.ts');
const { editorReport } = await import('../src/check/editorReport.ts');

/** A build that ended with its own message: nothing more to print. */
class Said extends Error {}

const scratch = await mkdtemp(join(tmpdir(), 'build-'));
const request = join(scratch, 'search-index.json');
const astroBuild = fileURLToPath(new URL('astroBuild.mjs', import.meta.url));
try {
  await buildInPlaceOf(resolve(outDir), async (folder) => {
    const astro = spawn(execPath, [astroBuild, folder], {
      stdio: 'inherit',
      env: { ...process.env, [indexRequestVariable]: request },
    });
    const [code, signal] = await new Promise((done, fail) => {
      astro.on('error', fail);
      astro.on('close', (...ending) => done(ending));
    });
    if (signal !== null) {
      // A machine's memory, or the share of it the build is given (a container's).
      const memory = Math.min(totalmem(), constrainedMemory() || Infinity);
      console.error(`\n${stoppedBuildMessage({ signal, memory })}`);
      throw new Said();
    }
    if (code !== 0) throw new Said();
    const indexed = await indexAfterAstro(request);
    if (indexed) console.log(`[search-index] ${indexed}`);
  });
} catch (error) {
  // What failed after Astro (the index), in the block Astro's failures end with.
  if (!(error instanceof Said))
    console.error(`\n${editorReport(error, process.cwd(), () => undefined)}`);
  process.exitCode = 1;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
