/**
 * What an editor-in-chief would refuse in one article that its syntax does
 * not show: a pull quote the text never reports, an edition in another
 * language, a body with nothing to read, dates that have not happened, links
 * a reader cannot follow, and a headline or standfirst longer than a page, a
 * card, a feed or a search result shows. Pure; the content check runs it on
 * every file (contentCheck.ts).
 */
import { languageScores } from '../i18n/textLanguage';
import { isLang, languages, locales, type Lang } from '../i18n/locales';
import { isoDate, isoDay } from '../lib/publicationDate';
import type { ArticleFacts } from './articleFacts';
import { fieldPath, lineOfField, splitArticleSource, type Problem } from './articleSource';
import { linksInSource } from './internalLinks';

/**
 * The longest headline and standfirst, in characters: Google reads at most
 * 110 characters of a NewsArticle's headline (the site's structured data),
 * and link previews (og:description, which the standfirst is) show up to
 * about 300. Counted alike in every language.
 */
export const textLimits = { headline: 110, standfirst: 300 } as const;

/**
 * How far another language's score must be above the edition's own for a
 * text to be refused as written in it (scores run from 0 to 2: the share of
 * letters in the language's script, plus the share of its commonest words).
 * A text in the edition's language with names and quotations in another
 * script stays far below it; a translation pasted into the wrong edition is
 * far above (see README: When something is wrong).
 */
export const languageMargin = 0.6;

/** Texts shorter than this many letters are not judged: a name says nothing of a language. */
const shortestJudged = 25;

/**
 * Whether a text has that many letters: the search stops at the last of
 * them, where counting every letter of a long body cost a tenth of the check.
 */
const longEnoughToJudge = new RegExp(`(?:\\p{L}\\P{L}*){${shortestJudged}}`, 'u');

/**
 * The long texts last made plain (an article's body and its prose), and their
 * words: each is asked for again within the article (once per pull quote,
 * whether there is any prose, what language it is in), and on a large
 * archive making texts plain was a fifth of the content check's time. Short
 * texts (a quote's parts) are cheap, and would push the long ones out.
 */
const lastPlain: { text: string; words: string }[] = [];
const remembered = 2;
const worthRemembering = 500;

/** A text as a reader reads it, for comparing words: no typography, no case, no markup. */
export function plainWords(text: string): string {
  const known = lastPlain.find((entry) => entry.text === text);
  if (known) return known.words;
  const words = text
    .normalize('NFC')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>\\]/g, '')
    .replace(/[«»“”„‟"‘’‚']/g, '')
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .toLowerCase()
    .trim();
  if (text.length >= worthRemembering) {
    lastPlain.unshift({ text, words });
    lastPlain.length = Math.min(lastPlain.length, remembered);
  }
  return words;
}

/**
 * Whether a quotation's words stand in the text, in order, up to typography
 * and the case of the first letter; an ellipsis marks words left out.
 */
export function quotedIn(quote: string, text: string): boolean {
  const body = plainWords(text);
  let from = 0;
  for (const part of quote.split(/…|\.\.\./)) {
    const words = plainWords(part).replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
    if (!words) continue;
    const at = body.indexOf(words, from);
    if (at === -1) return false;
    from = at + words.length;
  }
  return true;
}

/**
 * How a text's language stands against an edition's: the other language
 * that scores highest, its score and the edition's own, and by how much it
 * leads (negative where the edition's own leads). Undefined for a text too
 * short to tell.
 */
export function languageLead(
  text: string,
  lang: Lang,
): { lang: Lang; margin: number; own: number; score: number } | undefined {
  if (!longEnoughToJudge.test(text)) return undefined;
  const scores = languageScores(text);
  const [best] = languages
    .filter((other) => other !== lang)
    .map((other) => ({
      lang: other,
      margin: scores[other] - scores[lang],
      own: scores[lang],
      score: scores[other],
    }))
    .sort((a, b) => b.margin - a.margin);
  return best;
}

/** The language another than `lang` that a text is clearly written in, if any. */
export function otherLanguage(
  text: string,
  lang: Lang,
): { lang: Lang; margin: number } | undefined {
  const best = languageLead(text, lang);
  return best && best.margin > languageMargin
    ? { lang: best.lang, margin: best.margin }
    : undefined;
}

/** A text of an edition whose language is judged: where it stands, and its words. */
export interface JudgedText {
  /** The frontmatter field (headline, standfirst, photos[0].caption); undefined for the body. */
  path?: PropertyKey[] | undefined;
  line: number | undefined;
  text: string;
}

/**
 * The texts of an edition whose language is judged, and the edition's
 * language: none where its lang disagrees with its folder (that is said
 * on its own). The body is read as a reader reads it, without notes and
 * components.
 */
export function judgedTexts(article: ArticleFacts): { lang?: Lang; texts: JudgedText[] } {
  const lang =
    isLang(article.lang) && article.id.startsWith(`${article.lang}/`) ? article.lang : undefined;
  if (!lang) return { texts: [] };
  const { body, bodyLine } = splitArticleSource(article.text);
  const fields: [PropertyKey[], string | undefined][] = [
    [['headline'], article.headline],
    [['standfirst'], article.standfirst],
    ...(article.photos ?? []).map(
      (photo, index) =>
        [['photos', index, 'caption'], photo.caption] as [PropertyKey[], string | undefined],
    ),
  ];
  return {
    lang,
    texts: [
      ...fields.flatMap(([path, text]) =>
        text ? [{ path, line: lineOfField(article.text, path), text }] : [],
      ),
      { line: textLineOf(body, bodyLine), text: plainWords(proseOf(body)) },
    ],
  };
}

/** The body without notes for editors and components: what a reader reads. */
const proseOf = (body: string) =>
  body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<[A-Z][^>]*\/>/g, '');

/** Where the text begins: the first line after the closing --- that has something on it. */
const textLineOf = (body: string, bodyLine: number) =>
  bodyLine + (/^(?:[ \t]*\n)*/.exec(body)?.[0].split('\n').length ?? 1) - 1;

/** The addresses a reader can follow: the web, mail, and the site's own (relative) ones. */
const followable = /^(?:https?:|mailto:|[/#.?]|[a-z0-9-]+\/?(?:[#?]|$))/i;
const scheme = /^([a-z][a-z0-9+.-]*):/i;

/** The problems of one article (see the top of this file); `today` in a build only. */
export function storyProblems(article: ArticleFacts, today?: string): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string, advice?: string) =>
    problems.push({
      file: article.filePath,
      line: lineOfField(article.text, path),
      field: fieldPath(path),
      message,
      ...(advice ? { advice } : {}),
    });
  const { body, bodyLine } = splitArticleSource(article.text);
  const prose = proseOf(body);
  const textLine = textLineOf(body, bodyLine);

  (article.quotes ?? []).forEach((quote, index) => {
    if (!quotedIn(quote.text, body)) {
      at(
        ['quotes', index, 'text'],
        `"${quote.id}" is not in the text of this edition: a pull quote repeats words the article reports`,
        'copy the words from the text (an ellipsis … where words are left out), or report them in the text first',
      );
    }
  });

  if (!/\p{L}{2,}/u.test(plainWords(prose))) {
    problems.push({
      file: article.filePath,
      line: textLine,
      message: 'the article has no text: only components, or nothing, below its fields',
      advice: 'write its paragraphs below the closing ---',
    });
  }

  for (const field of ['headline', 'standfirst'] as const) {
    const text = article[field];
    const limit = textLimits[field];
    if (text && [...text].length > limit) {
      at(
        [field],
        `${[...text].length} characters, more than the ${limit} a ${field === 'headline' ? 'search result or card' : 'link preview'} shows`,
        'shorten it',
      );
    }
  }

  const { lang, texts } = judgedTexts(article);
  for (const { path, line, text } of texts) {
    const other = lang && otherLanguage(text, lang);
    if (!lang || !other) continue;
    const [language, written] = [locales[other.lang].names.en, locales[lang].names.en];
    problems.push(
      path
        ? {
            file: article.filePath,
            line,
            field: fieldPath(path),
            message: `reads as ${language}, in the ${written} edition`,
            advice: `write it in ${written}, or move the file to articles/${other.lang}/`,
          }
        : {
            file: article.filePath,
            line,
            message: `the text reads as ${language}, in the ${written} edition (articles/${lang}/)`,
            advice: `put the ${written} text here, or move the file to articles/${other.lang}/`,
          },
    );
  }

  if (today !== undefined) {
    if (article.updated && isoDate(article.updated) > today) {
      at(
        ['updated'],
        `${isoDate(article.updated)} has not come yet (the build's day is ${today})`,
        'give the day the article was updated',
      );
    }
    (article.corrections ?? []).forEach((correction, index) => {
      if (isoDay(correction.date) > today) {
        at(
          ['corrections', index, 'date'],
          `${isoDay(correction.date)} has not come yet (the build's day is ${today})`,
          'give the day the correction was made',
        );
      }
    });
  }

  for (const link of linksInSource(article.text)) {
    const named = scheme.exec(link.url)?.[1];
    if (named && !followable.test(link.url)) {
      problems.push({
        file: article.filePath,
        line: link.line,
        message: `the link to ${link.url.slice(0, 60)} is a ${named.toLowerCase()}: address, which a reader's browser does not follow`,
        advice:
          'link to a web page (https://...), a mail address (mailto:...) or a page of this site',
      });
    }
  }
  if (article.source && !/^https?:\/\//i.test(article.source.url)) {
    at(
      ['source', 'url'],
      `${article.source.url.slice(0, 60)} is not a web address`,
      'give the address of the original, https://...',
    );
  }
  return problems;
}
