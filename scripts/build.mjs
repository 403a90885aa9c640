// @ts-check
// `npm run build`: Astro's build, ending, when it fails, with one block that
// says what to correct and where (src/check/editorReport.ts) instead of
// Astro's error with its stack trace. Its quiet log is astro.config.mjs's
// `logger` (src/integrations/buildLog.ts). Astro builds beside the site, which
// the new one replaces only once it is whole (scripts/publishBuild.mjs): a
// failed build leaves the last good one in place.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { editorReport } from '../src/check/editorReport.ts';
import { outDir } from '../src/config/outDir.ts';
import { buildInPlaceOf } from './publishBuild.mjs';

try {
  await buildInPlaceOf(resolve(outDir), (folder) => build({ outDir: folder }));
} catch (error) {
  const read = (/** @type {string} */ path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  console.error(`\n${editorReport(error, process.cwd(), read)}`);
  process.exit(1);
}
