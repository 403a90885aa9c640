/**
 * The one reader of an MDX file's frontmatter, for the content check
 * (frontmatterSyntax.ts) and the content loader (src/loaders/mdxFile.ts)
 * alike: two readers of the same text could disagree, one passing a file
 * the other reads differently or refuses. The block is found as Astro finds
 * it (articleSource.ts) and read by js-yaml, the YAML library Astro reads
 * frontmatter with, so a field means here what it would mean to Astro.
 */
import { load } from 'js-yaml';
import { keyOf, splitArticleSource, textAmongFields, type FileProblem } from './articleSource';
import { yamlAdvice } from './editorReport';

/** What a tab in the frontmatter gets: YAML indents with spaces only. */
export const tabAdvice = 'a tab character; indent with spaces only';

/** A file's frontmatter, read; or the one problem that keeps it from being read. */
export type FrontmatterData =
  | {
      /** The fields, as YAML reads them (dates as dates); empty for an empty block. */
      data: Record<string, unknown>;
      /** Everything after the closing `---`: what reading time counts. */
      body: string;
      problem?: undefined;
    }
  | { problem: FileProblem; data?: undefined; body?: undefined };

/** What a file whose fields have no `---` line after them gets, at the line where it belongs. */
export const unclosedFields =
  'the fields are not closed: the --- line that ends them is missing; write --- on a line of its own after the last field, before the text';

/** Plain words for what YAML says when it cannot read the frontmatter. */
function yamlReason(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'the field is given twice; keep one';
  if (/tab/i.test(reason)) return tabAdvice;
  return `the frontmatter cannot be read here (YAML says: ${reason}); ${yamlAdvice}`;
}

/**
 * Reads the frontmatter of an MDX file as written. Only YAML between `---`
 * lines is read: Astro would also take TOML between `+++` lines, but the
 * README, the template and every check speak YAML, so such a file is
 * refused with what to write instead rather than read by some tools only.
 */
export function frontmatterData(source: string): FrontmatterData {
  const { frontmatter, frontmatterLine, body } = splitArticleSource(source);
  if (frontmatter === undefined) {
    if (/^\uFEFF?\s*\+\+\+/.test(source)) {
      const message =
        'the fields are written in TOML, between +++ lines; this site reads YAML: put them between --- lines and write each as field: value (see the README)';
      return { problem: { line: 1, message } };
    }
    // Opened and never closed: the mistake is where the fields end, not at the top.
    const text = textAmongFields(source);
    if (text) return { problem: { line: text.line, message: unclosedFields } };
    const message =
      'the file does not begin with its fields; its first line must be --- and the fields end with another --- line (see the README)';
    return { problem: { line: 1, message } };
  }
  try {
    const data = load(frontmatter);
    // An empty block, or one that holds a bare text, has no fields.
    return {
      data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
      body,
    };
  } catch (error) {
    // Not closed, and a --- line in the text (a rule between paragraphs) was
    // taken for their end: YAML stumbles on the text, not on a field. (Text
    // with fields after it is a paste among the fields: YAML's line says so.)
    const text = textAmongFields(source);
    if (text?.afterEmpty && !text.fieldsFollow)
      return { problem: { line: text.line, message: unclosedFields } };
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    const line = mark ? frontmatterLine + mark.line : undefined;
    const lines = frontmatter.split('\n');
    const field = line ? keyOf(lines[line - frontmatterLine] ?? '') : undefined;
    return { problem: { line, field, message: yamlReason(reason ?? String(error)) } };
  }
}
