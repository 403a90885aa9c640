// @ts-check
// `npm run build`: Astro's build, ending, when it fails, with one block that
// says what to correct and where (src/check/editorReport.ts) instead of
// Astro's error with its stack trace. Its quiet log is astro.config.mjs's
// `logger` (src/integrations/buildLog.ts).
import { readFileSync } from 'node:fs';
import { build } from 'astro';
import { editorReport } from '../src/check/editorReport.ts';

try {
  await build({});
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
