/**
 * An article file as the editor wrote it, split where Astro splits it, with
 * the file's own line numbers kept so that every problem can name its line.
 */

/** One problem in one file: where (line and field, when known), what is wrong and what to do. */
export interface FileProblem {
  /** The file's line, counting from 1. */
  line?: number | undefined;
  /** The frontmatter field, as a path: `headline`, `photos[0].caption`. */
  field?: string | undefined;
  /** What is wrong (with what to do after a semicolon, where `advice` is not given apart). */
  message: string;
  /** What to do about it. */
  advice?: string | undefined;
}

/** A problem and the file it is in. */
export interface Problem extends FileProblem {
  /** The file, as the editor opens it (content/articles/en/x.mdx). */
  file: string;
}

/** `<file>: line N: <field>: <what is wrong>; <what to do>`, leaving out what is not known. */
export function formatProblem({ file, line, field, message, advice }: Problem): string {
  const said = advice ? `${message}; ${advice}` : message;
  return [file, line && `line ${line}`, field, said].filter(Boolean).join(': ');
}

/** A schema path as the README writes it: `['photos', 0, 'alt']` is photos[0].alt. */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');

/** The parts of an article file. */
export interface ArticleSource {
  /**
   * The frontmatter's YAML: what follows the opening `---` up to the closing
   * one. Its line k (from 0) is the file's line `frontmatterLine + k`.
   * Undefined when the file has no frontmatter block.
   */
  frontmatter: string | undefined;
  /** The file line of the opening `---`. */
  frontmatterLine: number;
  /** Everything after the closing `---`. */
  body: string;
  /** The file line where the body begins (the closing `---` line's rest). */
  bodyLine: number;
}

// Astro's own pattern (@astrojs/internal-helpers/frontmatter): a byte order
// mark or blank lines may come first; the YAML starts right after `---`.
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** The number of line breaks in a text. */
export const lineBreaks = (text: string): number => text.split('\n').length - 1;

/** Splits a file into frontmatter and body, keeping the file's line numbers. */
export function splitArticleSource(source: string): ArticleSource {
  const match = frontmatterPattern.exec(source);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: source, bodyLine: 1 };
  const yaml = match[1]!;
  const opening = match[0].length - yaml.length - 6; // the leading blank lines, if any
  const frontmatterLine = 1 + lineBreaks(source.slice(0, Math.max(opening, 0)));
  return {
    frontmatter: yaml,
    frontmatterLine,
    body: source.slice(match[0].length),
    bodyLine: frontmatterLine + lineBreaks(yaml),
  };
}

/**
 * A line as it may stand among the fields: empty, a note (`# ...`), indented
 * (part of the field above), a list item, or `name:` (its name in quotation
 * marks too, which frontmatterSyntax.ts tells to write without).
 */
const fieldsLine =
  /^(?:\s*$|#|[ \t]+\S|-(?:\s|$)|["'“”„«»‘’‚‹›]?[\p{L}_][\p{L}\p{N}_-]*["'“”„«»‘’‚‹›]?:(?:\s|$))/u;

/** Where the text of a file begins among its fields: see textAmongFields. */
export interface TextAmongFields {
  /** The file line where the fields should end and a `---` line be written. */
  line: number;
  /** Whether an empty line comes first, as between the fields and the text. */
  afterEmpty: boolean;
  /** Whether a field (`name:` at the start of a line) follows the text, before any `---` line. */
  fieldsFollow: boolean;
}

/**
 * In a file that opens with `---`, where the text begins before a second
 * `---` line ends the fields: the first line that cannot be a field's (the
 * text, a component, a comment in braces), or the empty lines right before
 * it; the end of the file when no such line comes. Undefined when the file
 * does not open with `---`, or its fields end with `---` before any text.
 */
export function textAmongFields(source: string): TextAmongFields | undefined {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  const opening = lines.findIndex((line) => line.trim() !== '');
  if (opening === -1 || lines[opening]!.trimEnd() !== '---') return undefined;
  let end = lines.findIndex(
    (line, index) => index > opening && (line.startsWith('---') || !fieldsLine.test(line)),
  );
  if (end !== -1 && lines[end]!.startsWith('---')) return undefined;
  if (end === -1) end = lines.length;
  const text = end;
  while (end - 1 > opening && lines[end - 1]!.trim() === '') end -= 1;
  const closing = lines.findIndex((line, index) => index > text && line.startsWith('---'));
  const rest = lines.slice(text, closing === -1 ? lines.length : closing);
  return {
    line: end + 1,
    afterEmpty: end < text,
    fieldsFollow: rest.some((line) => /^[A-Za-z_][\w-]*:(?:\s|$)/.test(line)),
  };
}

/** A frontmatter line's indentation, list dash and key. */
const keyLine = /^( *)(- +)?([A-Za-z_][\w-]*):/;

/** The key of a `key: value` line, list dash or not; undefined for any other line. */
export const keyOf = (line: string): string | undefined =>
  /^ *(?:- +)?([A-Za-z_][\w-]*):(?:[ \t]|$)/.exec(line)?.[1];
const dashLine = /^( *)- /;

/**
 * The file line where a field is written, from its path as a schema gives
 * it (`['photos', 1, 'alt']`): the deepest part of the path that is in the
 * file, so a missing `alt` points at its photo. Undefined when not even the
 * first part is written (a missing headline).
 */
export function lineOfField(source: string, path: readonly PropertyKey[]): number | undefined {
  const { frontmatter, frontmatterLine } = splitArticleSource(source);
  if (frontmatter === undefined) return undefined;
  const lines = frontmatter.split('\n');
  const indentOf = (index: number) => /^ */.exec(lines[index] ?? '')![0].length;
  let [start, end] = [1, lines.length];
  let found: number | undefined;
  for (const part of path) {
    let at = -1;
    if (typeof part === 'number') {
      const dashes = [];
      for (let index = start; index < end; index += 1) {
        const dash = dashLine.exec(lines[index] ?? '');
        if (dash && (dashes.length === 0 || dash[1]!.length === indentOf(dashes[0]!))) {
          dashes.push(index);
        }
      }
      at = dashes[part] ?? -1;
      if (at !== -1) end = dashes[part + 1] ?? end;
    } else {
      at = lines.findIndex(
        (line, index) => index >= start && index < end && keyLine.exec(line)?.[3] === String(part),
      );
      if (at !== -1) {
        // The field's block: the lines indented deeper than its key.
        const own = keyLine.exec(lines[at]!)!;
        const depth = own[1]!.length + (own[2]?.length ?? 0);
        let next = at + 1;
        while (next < end && (lines[next]!.trim() === '' || indentOf(next) > depth)) next += 1;
        end = next;
      }
    }
    if (at === -1) break;
    found = frontmatterLine + at;
    start = typeof part === 'number' ? at : at + 1;
  }
  return found;
}
