// @ts-check
// The Astro step of `npm run build` (scripts/build.mjs), in a process of its
// own: Astro's build into the folder given, ending, when it fails, with one
// block that says what to correct and where (src/check/editorReport.ts)
// instead of Astro's error with its stack trace.
import { readFileSync } from 'node:fs';
import { build } from 'astro';
import { editorReport } from '../src/check/editorReport.ts';

const [outDir] = process.argv.slice(2);
try {
  if (outDir === undefined) throw new Error('usage: node scripts/astroBuild.mjs <output folder>');
  await build({ outDir });
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
