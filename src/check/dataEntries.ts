/**
 * The data files' entries (authors.json, topics.json, names.json) checked
 * against their schemas by the content check, every entry at once: Astro's
 * file loader stops at the first entry it refuses, so a language added to
 * the registry would otherwise be reported one entry per build.
 */
import type { z } from 'astro/zod';
import { fieldIssues } from '../schemas/fields';
import { fieldPath, type Problem } from './articleSource';
import { entryLine } from './entryLine';

/** Each field of each entry that its schema refuses, at the entry's line. */
export function dataEntryProblems(
  file: string,
  text: string,
  entries: readonly unknown[],
  schema: z.ZodType,
): Problem[] {
  return entries.flatMap((entry) => {
    const { id, ...fields } = (entry ?? {}) as { id?: unknown };
    const result = schema.safeParse(fields);
    if (result.success) return [];
    const name = typeof id === 'string' ? id : '(an entry without an id)';
    const line = typeof id === 'string' ? entryLine(text, id) : undefined;
    return fieldIssues(result.error.issues).map((issue) => ({
      file,
      line,
      field: `"${name}": ${fieldPath(issue.path)}`,
      message: issue.message,
    }));
  });
}
