import type { NewsArticle, Organization, Person, WithContext } from 'schema-dts';

/** An author or translator, as structured data names them. */
export interface Contributor {
  name: string;
  url: string;
  kind: 'person' | 'organization';
}

const contributor = (who: Contributor): Person | Organization => ({
  '@type': who.kind === 'person' ? 'Person' : 'Organization',
  name: who.name,
  url: who.url,
});

/** What the structured data of an article is made from; every URL absolute. */
export interface NewsArticleFacts {
  url: string;
  headline: string;
  description: string;
  /** The article's photographs, or the site's default card: never none. */
  images: [string, ...string[]];
  /**
   * When this site published the page, ISO, as precise as it is known
   * (2019-06 or 2019-06-04): for an edition first published elsewhere, its
   * day here; the original's date goes with `original` or `translationOf`.
   */
  datePublished: string;
  dateModified?: string | undefined;
  /** When the reported events happened (ISO, as precise as known), where not when published. */
  events?: string | undefined;
  inLanguage: string;
  authors: Contributor[];
  /** Who translated this edition, where it is a translation. */
  translators: Contributor[];
  publisher: { name: string; url: string };
  /** The original publication a republished article is based on, and when it appeared. */
  original?:
    { url: string; publisher?: string | undefined; datePublished?: string | undefined } | undefined;
  /** The edition this one translates (for a translation), and when it appeared. */
  translationOf?:
    { url: string; inLanguage: string; datePublished?: string | undefined } | undefined;
  /** Its translations (for an original). */
  translations: { url: string; inLanguage: string }[];
  /** Corrections made since publication: the day (YYYY-MM-DD) and what was corrected. */
  corrections: { date: string; text: string }[];
}

/**
 * The schema.org NewsArticle of an article page, typed by schema-dts so a
 * field name or type that schema.org does not have fails the type check.
 */
export function newsArticleJsonLd(facts: NewsArticleFacts): WithContext<NewsArticle> {
  const edition = (other: {
    url: string;
    inLanguage: string;
    datePublished?: string | undefined;
  }): NewsArticle => ({
    '@type': 'NewsArticle',
    url: other.url,
    inLanguage: other.inLanguage,
    ...(other.datePublished ? { datePublished: other.datePublished } : {}),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: facts.url,
    url: facts.url,
    headline: facts.headline,
    description: facts.description,
    image: facts.images,
    datePublished: facts.datePublished,
    ...(facts.dateModified ? { dateModified: facts.dateModified } : {}),
    // A brief on earlier events: the period its content is about.
    ...(facts.events ? { temporalCoverage: facts.events } : {}),
    inLanguage: facts.inLanguage,
    author: facts.authors.map(contributor),
    ...(facts.translators.length > 0 ? { translator: facts.translators.map(contributor) } : {}),
    publisher: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
    ...(facts.original
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            url: facts.original.url,
            ...(facts.original.datePublished
              ? { datePublished: facts.original.datePublished }
              : {}),
            ...(facts.original.publisher
              ? { publisher: { '@type': 'Organization', name: facts.original.publisher } }
              : {}),
          },
        }
      : {}),
    ...(facts.translationOf ? { translationOfWork: edition(facts.translationOf) } : {}),
    ...(facts.translations.length > 0 ? { workTranslation: facts.translations.map(edition) } : {}),
    ...(facts.corrections.length > 0
      ? {
          correction: facts.corrections.map(({ date, text }) => ({
            '@type': 'CorrectionComment' as const,
            datePublished: date,
            text,
          })),
        }
      : {}),
  };
}
