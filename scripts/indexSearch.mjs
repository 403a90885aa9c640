// Builds the search index into <site>/pagefind/ after `astro build`: one index
// per language, taken from each page's <html lang>; only what is marked
// data-pagefind-body (the articles) is indexed. It uses Pagefind's Node API
// rather than the CLI (`npx pagefind`): no npm or shell in between, and the
// build fails with Pagefind's own messages when it reports an error, instead
// of publishing a broken search.
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';

// Astro builds into ASTRO_OUT_DIR when set (see astro.config.mjs), else dist/.
const site = process.env.ASTRO_OUT_DIR ?? 'dist';

/** Stops the build with Pagefind's errors, after shutting its binary down. */
async function fail(errors) {
  console.error(`search index: failed for ${site}/\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  await pagefind.close();
  process.exit(1);
}

const { index, errors: createErrors } = await pagefind.createIndex();
if (!index) await fail(createErrors);

const { page_count: files, errors: readErrors } = await index.addDirectory({ path: site });
if (readErrors.length > 0) await fail(readErrors);
if (files === 0) await fail([`no HTML files in ${site}/: run astro build first`]);

const { outputPath, errors: writeErrors } = await index.writeFiles({
  outputPath: `${site}/pagefind`,
});
if (writeErrors.length > 0) await fail(writeErrors);
await pagefind.close();

// The entry file says how many pages each language's index holds.
const { languages } = JSON.parse(readFileSync(`${outputPath}/pagefind-entry.json`, 'utf8'));
const counts = Object.entries(languages).map(([lang, { page_count }]) => `${lang} ${page_count}`);
console.log(`search index: ${counts.join(', ')} pages, in ${outputPath}`);
