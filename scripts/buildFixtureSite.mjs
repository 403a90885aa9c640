// Builds the site from the real content plus the test fixtures in
// tests/fixtures/site/ (English articles for the browser tests: one with no
// translation, one whose texts are HTML that must show as text, one with no
// photos, quotes or links) and a generated very long one with ten photos, into
// .fixture-site/. The fixtures never reach dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longArticle } from './longArticle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'fixture-site-'));
const content = join(work, 'content');

cpSync(join(root, 'content'), content, { recursive: true });
for (const file of readdirSync(fixtures)) {
  cpSync(join(fixtures, file), join(content, 'articles/en', file));
}
writeFileSync(join(content, 'articles/en/long-article.mdx'), longArticle());

const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    CONTENT_DIR: content,
    ASTRO_OUT_DIR: join(root, '.fixture-site'),
    ASTRO_CACHE_DIR: join(work, 'cache'),
    // Error reports go to an HTTP endpoint here; the browser tests answer it.
    CORRECTIONS_ENDPOINT: '/api/corrections',
  },
});
rmSync(work, { recursive: true, force: true });
if (result.status !== 0) process.exit(result.status ?? 1);
console.log('fixture site built in .fixture-site/');
