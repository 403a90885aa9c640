/**
 * The texts whose language `npm run status` asks an editor to look at: not
 * clearly in another language (the build refuses those, storyProblems.ts),
 * yet not clearly in the edition's own either, as a text half translated,
 * or with a long quotation left in the language it was said in, would be.
 * Pure: the tool reads the files, this says which texts are in doubt.
 */
import { locales } from '../i18n/locales';
import type { ArticleFacts } from './articleFacts';
import { fieldPath, type Problem } from './articleSource';
import { judgedTexts, languageLead, languageMargin } from './storyProblems';

/**
 * How far the edition's own language must lead every other for a text to be
 * taken as written in it without a second look (scores run from 0 to 2). On
 * the real articles (24 texts judged) and the benchmark's corpus (14,417
 * texts) every text led by 1.0 or more. The lead article's Russian body
 * with its last 20% replaced by the English text leads by 0.66, with 30%
 * by 0.41 (its English body with Russian: 0.78 and 0.55).
 * A text that leads by less than this, without another language leading it
 * by more than languageMargin (which the build refuses), is in doubt.
 */
export const doubtMargin = 0.5;

/** Two decimals, as the scores are shown. */
const score = (value: number) => value.toFixed(2);

/**
 * The texts of an edition (headline, standfirst, captions, body) whose
 * language is in doubt (see doubtMargin), each as a problem for the editor
 * to look at: its file, line and field, both languages' scores, and what to
 * check. Drafts are work in progress and are not judged, as in the build.
 */
export function languageDoubts(article: ArticleFacts): Problem[] {
  if (article.draft) return [];
  const { lang, texts } = judgedTexts(article);
  if (!lang) return [];
  return texts.flatMap(({ path, line, text }) => {
    const lead = languageLead(text, lang);
    if (!lead || lead.margin > languageMargin || -lead.margin >= doubtMargin) return [];
    const [own, other] = [locales[lang].names.en, locales[lead.lang].names.en];
    return [
      {
        file: article.filePath,
        line,
        field: path ? fieldPath(path) : 'body',
        message: `scores ${score(lead.own)} as ${own} and ${score(lead.score)} as ${other}, too close to tell which it is in (a text in ${own} scores ${doubtMargin} or more above ${other})`,
        advice: `check that this text is in ${own}`,
      },
    ];
  });
}
