import { z } from 'astro/zod';

/**
 * The form of every id that becomes part of an address (article file names,
 * photo and quote ids, "see also" slugs): lower-case words joined by hyphens.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case words joined by hyphens: the form ids take in URLs and in frontmatter. */
export const slugSchema = z
  .string()
  .regex(slugPattern, { message: 'expected lower-case words joined by hyphens' });
