// Builds the site from the real content plus the test fixtures in
// tests/fixtures/site/ (English articles for the browser tests: one with no
// translation, one whose texts are HTML that must show as text, one with no
// photos, quotes or links, one with three photographs, one with tables and
// footnotes; the Russian editions of some in its ru/ folder) and a generated
// very long one with ten photos, into .fixture-site/. The fixtures never reach dist/.
//
// Its photos are the real content's, so the images the production build made
// are copied into its cache first: a fixture build encodes no image that
// `npm run build` already encoded. Its cache (node_modules/.astro-fixture-site/)
// is its own, since Astro's content store there describes other content, and
// so is the copy of the content it builds from, at a fixed place beside it:
// the store names files by path, and reuses what it rendered of those unchanged.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longArticle } from './longArticle.mjs';
import { photographicStandIns } from './photographicStandIns.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/site');
const cache = join(root, 'node_modules/.astro-fixture-site');
const content = join(cache, 'content');

rmSync(content, { recursive: true, force: true });
cpSync(join(root, 'content'), content, { recursive: true });
for (const [folder, lang] of [
  [fixtures, 'en'],
  [join(fixtures, 'ru'), 'ru'],
]) {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
    cpSync(join(folder, file), join(content, 'articles', lang, file));
  }
}
writeFileSync(join(content, 'articles/en/long-article.mdx'), longArticle());
// The three-photo fixture's generated photographs, made once and kept beside the cache.
cpSync(await photographicStandIns(cache), join(content, 'photos'), { recursive: true });

const productionImages = join(root, '.cache/assets');
if (existsSync(productionImages)) {
  cpSync(productionImages, join(cache, 'assets'), { recursive: true, force: false });
}

const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    CONTENT_DIR: content,
    ASTRO_OUT_DIR: join(root, '.fixture-site'),
    ASTRO_CACHE_DIR: cache,
    // Error reports go to an HTTP endpoint here; the browser tests answer it.
    CORRECTIONS_ENDPOINT: '/api/corrections',
  },
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log('fixture site built in .fixture-site/');
