// @ts-check
// `npm run status`: the state of the translations (src/newsroom/translationStatus.ts),
// from the article files, read as the content check reads them, and their git history.
import './tsImports.mjs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const { site } = await import('../src/config/site.ts');
const { languages } = await import('../src/i18n/locales.ts');
const { editionProblems } = await import('../src/check/articleIntegrity.ts');
const { readArticleFile } = await import('../src/check/articleFile.ts');
const { contentFiles } = await import('../src/check/contentFiles.ts');
const { languageDoubts } = await import('../src/check/languageDoubt.ts');
const { formatStatus, lastCommits, translationStatus } =
  await import('../src/newsroom/translationStatus.ts');
const { changeDates, publicationState, today } = await import('../src/lib/publication.ts');
const { isoDay } = await import('../src/lib/publicationDate.ts');

const articlesDir = join(process.env.CONTENT_DIR ?? 'content', 'articles');
const day = today(site.timeZone, process.env.BUILD_DATE);

/** @param {string[]} args */
const git = (args) => {
  try {
    return execFileSync('git', ['-C', articlesDir, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
};
const log = git(['log', '--format=%x00%H%x09%cI%x09%s', '--name-only', '--relative', '--', '.']);
const commits = lastCommits(log ?? '');
const uncommitted = new Set(
  [
    git(['diff', '--name-only', '--relative', 'HEAD', '--', '.']),
    git(['ls-files', '--others', '--exclude-standard', '--', '.']),
  ].flatMap((out) => (out ?? '').split('\n').filter(Boolean)),
);

const editions = [];
const facts = [];
/** @type {import('../src/check/articleSource.ts').Problem[]} */
const found = [];
const unreadable = [];
/** @type {import('../src/check/articleSource.ts').Problem[]} */
const doubts = [];
for (const file of contentFiles(articlesDir, process.cwd()).files) {
  // The facts the content check reads (src/check/articleFile.ts): its valid fields.
  const read = readArticleFile(file, process.cwd());
  // An edition's own mistake in a field is not told as a disagreement with the other edition.
  found.push(...read.problems);
  const name = `${file.lang}/${file.slug}.mdx`;
  if (!read.facts?.published) {
    unreadable.push(file.show);
    continue;
  }
  const { published, updated, corrections, draft, withdrawn, headline } = read.facts;
  const changes = changeDates({ published, updated, corrections });
  const republished = read.facts.republished && isoDay(read.facts.republished);
  editions.push({
    lang: file.lang,
    slug: file.slug,
    file: file.show,
    headline: headline ?? file.slug,
    state: publicationState({ draft, published: changes.published, republished, withdrawn }, day),
    changes,
    onSite: republished,
    commit: commits.get(name),
    uncommitted: uncommitted.has(name),
    translatedFrom: read.facts.translation?.from,
  });
  facts.push(read.facts);
  doubts.push(...languageDoubts(read.facts));
}

const status = translationStatus(editions, languages, languages[0]);
console.log(formatStatus(status, editionProblems(facts, found), doubts));
if (log === undefined)
  console.log('\n(No git history here: translations are not compared by commit.)');
if (unreadable.length > 0) {
  console.log(`\nNot read (run npm run build to see why): ${unreadable.join(', ')}`);
}
