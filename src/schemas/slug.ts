import { z } from 'astro/zod';
import { slugPattern } from '../lib/slugs';

/** Lower-case words joined by hyphens: the form ids take in URLs and in frontmatter. */
export const slugSchema = z
  .string()
  .regex(slugPattern, { message: 'expected lower-case words joined by hyphens' });
