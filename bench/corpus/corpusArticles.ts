// What the benchmark corpus says: every article in both editions, as plain
// objects, drawn from one seeded stream. Writing them to files is
// articleMdx.ts's job; this file decides the content and keeps the two
// editions consistent the way the build's integrity checks demand (same
// photos, quotes and "see also" ids; speakers spelled per names.json).
import {
  headlineText,
  paragraphText,
  sectionHeadingText,
  sentencesText,
  wordRun,
} from './fillerText.ts';
import type { Random } from './prng.ts';
import { cyrillicWords, latinWords, phrases, photoCredits, speakerRoles } from './wordLists.ts';

type Lang = 'en' | 'ru';

/** What the corpus may refer to. */
export interface Known {
  /** Ids from authors.json. */
  authors: string[];
  /** Ids from topics.json. */
  topics: string[];
  /** names.json entries of kind person. */
  people: { en: string; ru: string }[];
  /** File names in the corpus's photos/ folder. */
  photoFiles: string[];
}

/** One language's article, ready to write as MDX. */
export interface Edition {
  lang: Lang;
  headline: string;
  standfirst: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD. */
  updated: string | undefined;
  authors: string[];
  topics: string[];
  photos: { id: string; src: string; alt: string; caption: string | undefined; credit: string }[];
  quotes: { id: string; text: string; speaker: string; role: string | undefined }[];
  seeAlso: string[];
  source: { name: string; url: string } | undefined;
  disclaimer: string | undefined;
  /** Markdown with <Photo>, <PullQuote> and <SeeAlso> placed in it. */
  body: string;
}

/** An article in both editions. */
export interface CorpusArticle {
  slug: string;
  en: Edition;
  ru: Edition;
}

const wordsOf = { en: latinWords, ru: cyrillicWords } as const;
const langs = ['en', 'ru'] as const;

const firstDay = Date.UTC(2015, 0, 1);
const lastDay = Date.UTC(2024, 11, 31);
const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Paragraph lengths summing to 600 to 2,400 words, each 40 to 120; section
 * headings (at most one per four paragraphs, six words each) keep the whole
 * body within 2,500 words.
 */
function paragraphLengths(random: Random): number[] {
  let remaining = random.int(600, 2400);
  const lengths: number[] = [];
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
 */
function uniqueHeadline(random: Random, lang: Lang, taken: Set<string>): string {
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
 */
function bodyLayout(random: Random, components: string[]) {
  const lengths = paragraphLengths(random);
  const headingsBefore = new Set<number>();
  for (let at = random.int(3, 6); at < lengths.length; at += random.int(4, 7)) {
    headingsBefore.add(at);
  }
  const after = new Map<number, string[]>();
  for (const component of components) {
    const at = random.int(0, lengths.length - 1);
    after.set(at, [...(after.get(at) ?? []), component]);
  }
  return { lengths, headingsBefore, after };
}

function bodyText(
  random: Random,
  lang: Lang,
  { lengths, headingsBefore, after }: ReturnType<typeof bodyLayout>,
): string {
  const words = wordsOf[lang];
  const blocks: string[] = [];
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
 */
export function corpusArticles(random: Random, count: number, known: Known): CorpusArticle[] {
  const taken = { en: new Set<string>(), ru: new Set<string>() };
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
      text: {} as Partial<Record<Lang, string>>,
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

    const edition = (lang: Lang): Edition => ({
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
        credit: photoCredits[lang][photo.credit] as string,
      })),
      quotes: quotes.map((quote) => ({
        id: quote.id,
        text: (quote.text[lang] = sentencesText(random, wordsOf[lang], random.int(8, 30))),
        speaker: quote.speaker[lang],
        role: quote.role === undefined ? undefined : speakerRoles[lang][quote.role],
      })),
      seeAlso,
      source: sourced
        ? { name: phrases[lang].sourceName, url: `https://example.org/bench/${lang}/${slug}` }
        : undefined,
      disclaimer: disclaimed ? phrases[lang].disclaimer : undefined,
      // A pull quote repeats words the text reports (the content check holds it to that).
      body: [
        bodyText(random, lang, layout),
        ...quotes.map((quote) => `"${quote.text[lang]}"`),
      ].join('\n\n'),
    });
    const [en, ru] = langs.map(edition);
    return { slug, en: en as Edition, ru: ru as Edition };
  });
}
