// @ts-check
// `npm run status`: the state of the translations (src/data/translationStatus.ts),
// from the article files and their git history.
import './tsImports.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const { site } = await import('../src/config/site.ts');
const { languages } = await import('../src/i18n/dictionary.ts');
const { editionProblems } = await import('../src/data/articleIntegrity.ts');
const { factsOf, typedDate } = await import('../src/data/contentCheck.ts');
const { frontmatterData } = await import('../src/data/frontmatterData.ts');
const { formatStatus, lastCommits, translationStatus } =
  await import('../src/data/translationStatus.ts');
const { publicationState, today } = await import('../src/lib/publication.ts');

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

/** @param {unknown} value */
const typed = (value) => typedDate(value) ?? '';

const editions = [];
const facts = [];
const unreadable = [];
for (const lang of languages) {
  const dir = join(articlesDir, lang);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()) {
    const path = join(dir, name);
    const show = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    // Read as the content check and the loader read it (src/data/frontmatterData.ts).
    const frontmatter = frontmatterData(source).data;
    if (!frontmatter) {
      unreadable.push(show);
      continue;
    }
    const slug = name.slice(0, -4);
    const corrections = Array.isArray(frontmatter.corrections) ? frontmatter.corrections : [];
    const changes = {
      published: typed(frontmatter.published),
      updated: frontmatter.updated === undefined ? undefined : typed(frontmatter.updated),
      corrections: corrections.map((/** @type {{ date?: unknown }} */ c) => typed(c?.date)),
    };
    const republished = typedDate(frontmatter.republished);
    editions.push({
      lang,
      slug,
      file: show,
      headline: String(frontmatter.headline ?? slug),
      state: publicationState(
        {
          draft: frontmatter.draft === true,
          published: changes.published,
          republished,
          withdrawn: frontmatter.withdrawn,
        },
        day,
      ),
      changes,
      onSite: republished,
      commit: commits.get(`${lang}/${name}`),
      uncommitted: uncommitted.has(`${lang}/${name}`),
    });
    facts.push(factsOf({ lang, slug, show, source, frontmatter }));
  }
}

const status = translationStatus(editions, languages, languages[0]);
console.log(formatStatus(status, editionProblems(facts)));
if (log === undefined)
  console.log('\n(No git history here: translations are not compared by commit.)');
if (unreadable.length > 0) {
  console.log(`\nNot read (run npm run build to see why): ${unreadable.join(', ')}`);
}
