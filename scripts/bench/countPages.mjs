import { readdirSync } from 'node:fs';

/**
 * How many HTML pages a build wrote: every .html file under its output folder.
 * @param {string} outDir
 * @returns {number}
 */
export function htmlPageCount(outDir) {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
}
