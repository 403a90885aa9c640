// What the benchmark corpus says: every article in both editions, as plain
// objects, drawn from one seeded stream. Writing them to files is
// articleMdx.mjs's job; this file decides the content and keeps the two
// editions consistent the way the build's integrity checks demand (same
// photos, quotes and "see also" ids; speakers spelled per names.json).
import {
  headlineText,
  paragraphText,
  sectionHeadingText,
  sentencesText,
  wordRun,
} from './fillerText.mjs';
import { cyrillicWords, latinWords, phrases, photoCredits, speakerRoles } from './wordLists.mjs';

/** @typedef {import('./prng.mjs').Random} Random */
/** @typedef {'en' | 'ru'} Lang */

/**
 * @typedef {object} Known what the corpus may refer to
 * @property {string[]} authors ids from authors.json
 * @property {string[]} topics ids from topics.json
 * @property {{ en: string, ru: string }[]} people names.json entries of kind person
 * @property {string[]} photoFiles file names in the corpus's photos/ folder
 */

/**
 * @typedef {object} Edition one language's article, ready to write as MDX
 * @property {Lang} lang
 * @property {string} headline
 * @property {string} standfirst
 * @property {string} published YYYY-MM-DD
 * @property {string | undefined} updated YYYY-MM-DD
 * @property {string[]} authors
 * @property {string[]} topics
 * @property {{ id: string, src: string, alt: string, caption: string | undefined, credit: string }[]} photos
 * @property {{ id: string, text: string, speaker: string, role: string | undefined }[]} quotes
 * @property {string[]} seeAlso
 * @property {{ name: string, url: string } | undefined} source
 * @property {string | undefined} disclaimer
 * @property {string} body Markdown with <Photo>, <PullQuote> and <SeeAlso> placed in it
 */

/** @typedef {{ slug: string, en: Edition, ru: Edition }} CorpusArticle */

const wordsOf = /** @type {const} */ ({ en: latinWords, ru: cyrillicWords });
const langs = /** @type {const} */ (['en', 'ru']);

const firstDay = Date.UTC(2015, 0, 1);
const lastDay = Date.UTC(2024, 11, 31);
const dayMs = 86_400_000;
const isoDay = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Paragraph lengths summing to 600 to 2,400 words, each 40 to 120; section
 * headings (at most one per four paragraphs, six words each) keep the whole
 * body within 2,500 words.
 * @param {Random} random
 * @returns {number[]}
 */
export function paragraphLengths(random) {
  let remaining = random.int(600, 2400);
  /** @type {number[]} */
  const lengths = [];
  while (remaining > 0) {
    // Leave at least 40 words for the last paragraph, so none is short.
    const length = remaining <= 120 ? remaining : random.int(40, Math.min(120, remaining - 40));
    lengths.push(length);
    remaining -= length;
  }
  return lengths;
}

/**
 * A headline unique within its edition; redraws on the rare collision.
 * @param {Random} random
 * @param {Lang} lang
 * @param {Set<string>} taken
 * @returns {string}
 */
function uniqueHeadline(random, lang, taken) {
  for (;;) {
    const headline = headlineText(random, wordsOf[lang]);
    if (!taken.has(headline)) {
      taken.add(headline);
      return headline;
    }
  }
}

/**
 * The body's layout, shared by both editions so that a translation places
 * the same components after the same paragraph.
 * @param {Random} random
 * @param {string[]} components tags such as `<Photo id="photo-1" />`
 */
function bodyLayout(random, components) {
  const lengths = paragraphLengths(random);
  /** @type {Set<number>} */
  const headingsBefore = new Set();
  for (let at = random.int(3, 6); at < lengths.length; at += random.int(4, 7)) {
    headingsBefore.add(at);
  }
  /** @type {Map<number, string[]>} */
  const after = new Map();
  for (const component of components) {
    const at = random.int(0, lengths.length - 1);
    after.set(at, [...(after.get(at) ?? []), component]);
  }
  return { lengths, headingsBefore, after };
}

/**
 * @param {Random} random
 * @param {Lang} lang
 * @param {ReturnType<typeof bodyLayout>} layout
 * @returns {string}
 */
function bodyText(random, lang, { lengths, headingsBefore, after }) {
  const words = wordsOf[lang];
  /** @type {string[]} */
  const blocks = [];
  lengths.forEach((length, index) => {
    if (headingsBefore.has(index)) blocks.push(`## ${sectionHeadingText(random, words)}`);
    blocks.push(paragraphText(random, words, length));
    blocks.push(...(after.get(index) ?? []));
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Every article of a corpus of `count`, in both editions. The same `random`
 * state and `known` always give the same articles.
 * @param {Random} random
 * @param {number} count
 * @param {Known} known
 * @returns {CorpusArticle[]}
 */
export function corpusArticles(random, count, known) {
  const taken = { en: new Set(), ru: new Set() };
  // Headlines and slugs first: "see also" links need every slug.
  const heads = Array.from({ length: count }, (_, index) => {
    const headlines = {
      en: uniqueHeadline(random, 'en', taken.en),
      ru: uniqueHeadline(random, 'ru', taken.ru),
    };
    const slugWords = headlines.en
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ')
      .slice(0, 5);
    return { slug: [...slugWords, String(index + 1)].join('-'), headlines };
  });
  const slugs = heads.map(({ slug }) => slug);

  return heads.map(({ slug, headlines }) => {
    const published = firstDay + random.int(0, (lastDay - firstDay) / dayMs) * dayMs;
    const updated = random.chance(0.2)
      ? Math.min(lastDay, published + random.int(1, 60) * dayMs)
      : undefined;
    const authors = random.chance(0.15)
      ? random.sample(known.authors, 2)
      : [random.pick(known.authors)];
    const topics = random.sample(known.topics, random.int(1, 3));
    const photos = random.sample(known.photoFiles, random.int(1, 4)).map((file, i) => ({
      id: `photo-${i + 1}`,
      file,
      captioned: random.chance(0.6),
      credit: random.int(0, photoCredits.en.length - 1),
    }));
    const quotes = Array.from({ length: random.int(0, 2) }, (_, i) => ({
      id: `quote-${i + 1}`,
      speaker: random.pick(known.people),
      role: random.chance(0.7) ? random.int(0, speakerRoles.en.length - 1) : undefined,
    }));
    const others = slugs.filter((other) => other !== slug);
    const seeAlso = random.sample(others, random.int(0, 3));
    const sourced = random.chance(0.5);
    const disclaimed = random.chance(0.3);
    const layout = bodyLayout(random, [
      ...photos.map(({ id }) => `<Photo id="${id}" />`),
      ...quotes.map(({ id }) => `<PullQuote id="${id}" />`),
      ...seeAlso.map((id) => `<SeeAlso id="${id}" />`),
    ]);

    /** @returns {Edition} */
    const edition = (/** @type {Lang} */ lang) => ({
      lang,
      headline: headlines[lang],
      standfirst: sentencesText(random, wordsOf[lang], random.int(15, 35)),
      published: isoDay(published),
      updated: updated === undefined ? undefined : isoDay(updated),
      authors,
      topics,
      photos: photos.map((photo) => ({
        id: photo.id,
        src: `../../photos/${photo.file}`,
        alt: phrases[lang].alt,
        caption: photo.captioned ? wordRun(random, wordsOf[lang], random.int(2, 6)) : undefined,
        credit: /** @type {string} */ (photoCredits[lang][photo.credit]),
      })),
      quotes: quotes.map((quote) => ({
        id: quote.id,
        text: sentencesText(random, wordsOf[lang], random.int(8, 30)),
        speaker: quote.speaker[lang],
        role: quote.role === undefined ? undefined : speakerRoles[lang][quote.role],
      })),
      seeAlso,
      source: sourced
        ? { name: phrases[lang].sourceName, url: `https://example.org/bench/${lang}/${slug}` }
        : undefined,
      disclaimer: disclaimed ? phrases[lang].disclaimer : undefined,
      body: bodyText(random, lang, layout),
    });
    const [en, ru] = langs.map(edition);
    return { slug, en: /** @type {Edition} */ (en), ru: /** @type {Edition} */ (ru) };
  });
}
