// @ts-check
// `npm run new -- "Headline"`: an article's file in every language, as
// drafts, from a commented template (src/newsroom/articleTemplate.ts).
import './tsImports.mjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const { site } = await import('../src/config/site.ts');
const { languages } = await import('../src/i18n/locales.ts');
const { articleTemplate } = await import('../src/newsroom/articleTemplate.ts');
const { today } = await import('../src/lib/publication.ts');

const contentDir = process.env.CONTENT_DIR ?? 'content';
const headline = process.argv.slice(2).join(' ').trim();
// An option (--help) is no headline: nothing is written.
if (!headline || headline.startsWith('-')) {
  console.error('Give the headline in quotes: npm run new -- "A Day in Almaty"');
  process.exit(1);
}

/** @param {string} file */
const ids = (file) =>
  /** @type {{ id: string }[]} */ (JSON.parse(readFileSync(join(contentDir, file), 'utf8'))).map(
    (entry) => entry.id,
  );
const { slug, files } = articleTemplate({
  headline,
  date: today(site.timeZone, process.env.BUILD_DATE),
  author: site.newsroomAuthor,
  topics: ids('topics.json'),
});
if (!slug) {
  console.error(`"${headline}" has no letter or digit to make a file name of; give a headline.`);
  process.exit(1);
}
const paths = languages.map((lang) => ({
  lang,
  path: join(contentDir, 'articles', lang, `${slug}.mdx`),
}));
const taken = paths.filter(({ path }) => existsSync(path));
if (taken.length > 0) {
  const names = taken.map(({ path }) => relative(process.cwd(), path)).join(' and ');
  console.error(`${names} exists already: edit it, or give a headline that makes another name.`);
  process.exit(1);
}
for (const { lang, path } of paths) {
  // A language just added to the registry has no folder yet.
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, files[lang]);
}

const created = paths.map(({ path }) => `  ${relative(process.cwd(), path)}`).join('\n');
console.log(`Created, as drafts:
${created}

Next:
  - Write the article in each file where [[...]] stands (the file's comments say what goes where).
  - Photos go in content/photos/ (JPEG, at least 1,600 px wide); list them under photos:
    in every file and place each with <Photo id="..." />.
  - See it with npm run dev, at http://127.0.0.1:4321/${languages[0]}/articles/${slug}/ (and ${languages
    .slice(1)
    .map((lang) => `/${lang}/...`)
    .join(', ')}).
  - To publish an edition, delete its line draft: true, then build (npm run build).`);
