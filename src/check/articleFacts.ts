/**
 * What the checks across files know of one article file: its valid
 * frontmatter fields, read by the article schema's own field schemas (so no
 * second description of an article is kept here), and the components its
 * body places, from its parsed body. A field that is missing or wrong in the
 * file is not known: the schema says what is wrong with it, and the checks
 * across files leave it alone rather than report it a second time.
 */
import { z } from 'astro/zod';
import { isoDate, isoDay } from '../lib/publicationDate';
import { articleFields, articleSchema } from '../schemas/articleSchema';
import { bodyComponentNames, bodyComponents, type BodyList } from '../schemas/bodyComponents';
import type { Placement } from './bodyProblems';

/**
 * Astro's image() and reference() resolve files and entries during a build;
 * the check reads them as the paths and ids written, and checks those on
 * their own (missingFileProblems.ts, articleIntegrity.ts).
 */
const asWritten = { image: () => z.string(), author: z.string(), topic: z.string() };

/** The article's fields, one by one, as the check reads them. */
export const checkedFields = articleFields(asWritten);

/** The article's frontmatter as a whole, as the check reads it. */
export const checkedSchema = articleSchema(asWritten);

/** An article's frontmatter, as the schema reads it. */
export type ArticleFields = z.output<typeof checkedFields>;

/** What the checks across files know of one article file. */
export type ArticleFacts = Partial<Omit<ArticleFields, 'lang'>> & {
  /** Collection id: `<lang folder>/<slug>`. */
  id: string;
  /** Path of the file, as an editor opens it. */
  filePath: string;
  /**
   * The file as written, frontmatter and body: problems are reported by the
   * file's own line numbers, and dates as they were typed.
   */
  text: string;
  /** The edition's language as the file gives it (even a wrong one), else its folder's. */
  lang: string;
  /** The components its body places; undefined when the body cannot be read. */
  placements?: Placement[] | undefined;
};

/**
 * The fields of a frontmatter that are valid on their own, each read by its
 * schema (defaults filled in); a field whose value its schema refuses is left out.
 */
export function validFields(frontmatter: Record<string, unknown>): Partial<ArticleFields> {
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(checkedFields.shape)) {
    const result = (schema as z.ZodType).safeParse(frontmatter[key]);
    if (result.success) fields[key] = result.data;
  }
  return fields as Partial<ArticleFields>;
}

/** The facts of one article file, from its frontmatter as YAML read it and its body's placements. */
export function factsOf(file: {
  lang: string;
  slug: string;
  show: string;
  source: string;
  frontmatter?: Record<string, unknown> | undefined;
  placements?: Placement[] | undefined;
}): ArticleFacts {
  const frontmatter = file.frontmatter ?? {};
  const { lang: _lang, ...fields } = validFields(frontmatter);
  return {
    ...fields,
    id: `${file.lang}/${file.slug}`,
    filePath: file.show,
    text: file.source,
    lang: typeof frontmatter.lang === 'string' ? frontmatter.lang : file.lang,
    placements: file.placements,
  };
}

/** The ids of a body list's entries (a "see also" is its own id); undefined when the list is not valid. */
export function listIds(article: ArticleFacts, list: BodyList): string[] | undefined {
  const entries = article[list] as readonly unknown[] | undefined;
  return entries?.map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { id?: unknown }).id),
  );
}

/** The body lists and their ids, as the placements are checked against them. */
export function listsOf(article: ArticleFacts): Partial<Record<BodyList, string[]>> {
  return Object.fromEntries(
    bodyComponentNames.flatMap((name) => {
      const ids = listIds(article, bodyComponents[name].list);
      return ids ? [[bodyComponents[name].list, ids]] : [];
    }),
  );
}

/** The publication date as typed (YYYY-MM-DD or YYYY-MM), when it is valid. */
export const publishedOf = (article: ArticleFacts): string | undefined =>
  article.published && isoDate(article.published);

/**
 * The day an edition is on the site from, as typed: its `republished` day
 * (an article first published elsewhere), else its publication date.
 */
export const onSiteOf = (article: ArticleFacts): string | undefined =>
  article.republished ? isoDay(article.republished) : publishedOf(article);
