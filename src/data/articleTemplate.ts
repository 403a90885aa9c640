/**
 * The files `npm run new` writes for a new article: its English and Russian
 * editions, as drafts, with every field explained and a placeholder,
 * `[[like this]]`, wherever the editor's words go (a build refuses to publish
 * an article that still has one). Pure, and loaded by Node itself from
 * scripts/new.mjs, so its imports name their files.
 */
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

/** The language a headline is written in: Russian if it has Cyrillic letters. */
export const headlineLanguage = (headline: string): 'en' | 'ru' =>
  /\p{Script=Cyrillic}/u.test(headline) ? 'ru' : 'en';

/** A text as YAML in double quotes (a JSON string is one), so : # and quotes are safe. */
const yamlText = (text: string) => JSON.stringify(text);

const placeholders = {
  en: {
    headline: '[[the headline in English]]',
    standfirst: '[[one or two sentences that say what the story is]]',
    body: '[[Write the article here: paragraphs separated by an empty line; **bold**, _italic_, [a link](https://...), ## a section heading.]]',
  },
  ru: {
    headline: '[[заголовок по-русски]]',
    standfirst: '[[одно-два предложения о том, что произошло]]',
    body: '[[Текст статьи: абзацы через пустую строку; **жирный**, _курсив_, [ссылка](https://...), ## подзаголовок.]]',
  },
} as const;

/** One edition's file. */
function edition(lang: 'en' | 'ru', headline: string | undefined, article: NewArticle): string {
  const words = placeholders[lang];
  const [firstTopic = ''] = article.topics;
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
# Photos: put the files in content/photos/ (JPEG, at least 1,600 px wide), then
# list them here and place each in the text with <Photo id="..." />:
# photos:
#   - id: square
#     src: ../../photos/square.jpg
#     alt: "What the image shows, for readers who cannot see it."
#     caption: "What the photo is of (optional)."
#     credit: "Who took or supplied it"
# Quotes, verbatim, placed with <PullQuote id="..." />; speakers as in content/names.json:
# quotes:
#   - id: speaker-said
#     text: "The words, exactly as said."
#     speaker: "Name as in names.json"
#     role: "What the speaker is (optional)"
# Related articles (their file names), placed with <SeeAlso id="..." />:
# seeAlso: [other-article]
---

${words.body}
`;
}

/** The article's slug and its two files' text, by language. */
export function articleTemplate(article: NewArticle): {
  slug: string;
  files: Record<'en' | 'ru', string>;
} {
  const lang = headlineLanguage(article.headline);
  return {
    slug: slugFromText(article.headline),
    files: {
      en: edition('en', lang === 'en' ? article.headline : undefined, article),
      ru: edition('ru', lang === 'ru' ? article.headline : undefined, article),
    },
  };
}
