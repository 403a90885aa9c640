/**
 * The files `npm run new` writes for a new article: an edition in every
 * language, as drafts, with every field explained and a placeholder,
 * `[[like this]]`, wherever the editor's words go (a build refuses to publish
 * an article that still has one). Pure, and loaded by Node itself from
 * scripts/new.mjs, so its imports name their files.
 */
import { languages, locales, type Lang } from '../i18n/locales.ts';
import { textLanguage } from '../i18n/textLanguage.ts';
import { bodyComponentNames, bodyComponents } from '../schemas/bodyComponents.ts';
import { slugFromText } from '../lib/transliterate.ts';

/** What a new article starts from. */
export interface NewArticle {
  /** The headline as the editor typed it, in English or in Russian. */
  headline: string;
  /** Today, YYYY-MM-DD, in the newsroom's time zone. */
  date: string;
  /** The newsroom's author id (content/authors.json). */
  author: string;
  /** The topic ids of content/topics.json, to choose from. */
  topics: string[];
}

/** The language a headline is written in (see textLanguage). */
export const headlineLanguage = (headline: string): Lang => textLanguage(headline);

/** A text as YAML in double quotes (a JSON string is one), so : # and quotes are safe. */
const yamlText = (text: string) => JSON.stringify(text);

/** One edition's file. */
function edition(lang: Lang, headline: string | undefined, article: NewArticle): string {
  // The placeholders are the language's own words, as written (never typeset).
  const { dictionary } = locales[lang];
  const words = {
    headline: dictionary['template.headline'],
    standfirst: dictionary['template.standfirst'],
    body: dictionary['template.body'],
  };
  const [firstTopic = ''] = article.topics;
  // Each body component's list, from its row of the table, commented out.
  const examples = bodyComponentNames
    .flatMap((name) => bodyComponents[name].example.map((line) => `# ${line}`))
    .join('\n');
  return `---
# The edition's language: ${lang}, as the folder the file is in.
lang: ${lang}
# Work in progress: npm run dev shows it, a build does not publish it.
# Delete this line when the edition is ready to publish.
draft: true
# The headline, in quotes (a colon, # or quotation marks in it are then safe).
headline: ${yamlText(headline ?? words.headline)}
# One or two sentences under the headline.
standfirst: ${yamlText(words.standfirst)}
# First publication: YYYY-MM-DD, or YYYY-MM when the day is not known. A later
# date holds the article back until a build on or after that day.
published: ${article.date}
# Republishing an article first published elsewhere (or translating one)?
# published is then the original's date, and republished the day this site
# publishes it; add source: or translation: too (see the README, "Dates").
# republished: ${article.date}
# Ids from content/authors.json.
authors: [${article.author}]
# Ids from content/topics.json: ${article.topics.join(', ')}.
topics: [${firstTopic}] # [[choose the topics, then delete this note]]
${examples}
---

${words.body}
`;
}

/** The article's slug and its files' text, one per language. */
export function articleTemplate(article: NewArticle): {
  slug: string;
  files: Record<Lang, string>;
} {
  const lang = headlineLanguage(article.headline);
  return {
    slug: slugFromText(article.headline),
    files: Object.fromEntries(
      languages.map((each) => [
        each,
        edition(each, each === lang ? article.headline : undefined, article),
      ]),
    ) as Record<Lang, string>,
  };
}
