/**
 * Mistakes in how frontmatter is typed, found in the text as written, line
 * by line, before YAML reads it. YAML takes `: ` in a headline for a new
 * field and fails with "bad indentation of a mapping entry", and takes ` #`
 * in a caption for the start of a comment and drops the rest of the caption
 * without a word; both are said here in plain words, with the fix.
 */
import { splitArticleSource, type FileProblem } from './articleSource';
import { frontmatterData, tabAdvice } from './frontmatterData';
import { bodyComponentLists } from '../schemas/bodyComponents';

/**
 * Fields whose values are ids, dates, addresses or yes/no, where a ` #`
 * comment after the value is a note for editors (as in the README's
 * template). Every other field holds text that readers read, and a ` #`
 * in it is taken to be part of that text, also in fields added later.
 */
const notText = new Set([
  'lang',
  'published',
  'republished',
  'updated',
  'lead',
  'draft',
  'id',
  'src',
  'url',
  'date',
  'basedOn',
]);
/** Fields that hold lists or groups of fields, written on the next lines or in [ ]. */
const structured = new Set<string>([
  'authors',
  'topics',
  'renamedFrom',
  'source',
  'corrections',
  'withdrawn',
  ...Object.values(bodyComponentLists),
]);

/** `key: value` on a line, with its indentation and an optional list dash. */
const fieldLine = /^(?<indent> *)(?<dash>- +)?(?<key>[A-Za-z_][\w-]*):(?:[ \t]+(?<value>.*))?$/;

/**
 * `key: value` whose key is in typographic quotation marks, as a word
 * processor types "headline": YAML takes the marks for part of the name, so
 * the field would be unknown and the real one missing.
 */
const quotedKeyLine =
  /^(?<indent> *)(?<dash>- +)?(?<name>[“”„«»‘’‚‹›](?<key>[A-Za-z_][\w-]*)[“”„«»‘’‚‹›]):(?:[ \t]+(?<value>.*))?$/;

/** The value written as YAML text in quotes, as an editor would type it. */
export function quoted(text: string): string {
  return text.includes('"') ? `'${text.replaceAll("'", "''")}'` : `"${text}"`;
}

/** A field's path from the lines above it: `photos[1].caption`. */
class FieldPaths {
  private top = '';
  private item = -1;

  /** The path of a key at this indentation, with or without a list dash. */
  pathOf(indent: number, dash: boolean, key: string): string {
    if (indent === 0 && !dash) {
      this.top = key;
      this.item = -1;
      return key;
    }
    if (dash) this.item += 1;
    return `${this.top}[${Math.max(this.item, 0)}].${key}`;
  }
}

/** Where a quotation mark that opens a value is closed, or -1. */
function closingQuote(value: string, quote: string): number {
  for (let index = 1; index < value.length; index += 1) {
    if (value[index] === quote) {
      // '' inside single quotes is a quote, not the end.
      if (quote === "'" && value[index + 1] === "'") index += 1;
      else return index;
    }
  }
  return -1;
}

const putInQuotes = (key: string, value: string) =>
  `put the text in quotes: ${key}: ${quoted(value)}`;

/** The problem of a `key: value` line whose value is not in quotes, if any. */
function plainValueProblem(key: string, value: string): string | undefined {
  if (notText.has(key) || structured.has(key)) return undefined;
  const comment = /(?:^|[ \t])#/.exec(value);
  const text = comment ? value.slice(0, comment.index).trimEnd() : value;
  if (/:(?:[ \t]|$)/.test(text)) {
    return `YAML reads ": " in a text as the start of another field; ${putInQuotes(key, value)}`;
  }
  if (comment) {
    const dropped = value.slice(comment.index).trim();
    return `YAML reads " #" as the start of a note and drops the rest of the text ("${dropped}"); ${putInQuotes(key, value)}, or if it is a note for editors, put it on a line of its own`;
  }
  // A whole [list] or {group} is YAML's, and the schema says whether the field takes one.
  const whole = /^\[.*\]$|^\{.*\}$/.test(text);
  if (/^[[{&*!|>%@`]/.test(text) && !whole) {
    return `YAML reads a text that starts with "${text[0]}" as something other than text; ${putInQuotes(key, value)}`;
  }
  return undefined;
}

/** Problems of one line whose value opens with a quotation mark. */
function quotedValueProblem(lines: string[], index: number, value: string): string | undefined {
  const quote = value[0]!;
  const end = closingQuote(value, quote);
  if (end === -1) {
    // YAML lets quoted text run on to the next lines; it is a mistake when
    // it swallows the fields that follow.
    const swallowed = lines
      .slice(index + 1)
      .findIndex((line) => fieldLine.test(line) && !line.includes(quote));
    const closed = lines.slice(index + 1).findIndex((line) => line.includes(quote));
    if (swallowed !== -1 && (closed === -1 || swallowed < closed)) {
      return `the quotation mark ${quote} that opens the text is not closed on this line, so YAML reads the next fields as part of the text; end the text with ${quote}`;
    }
    return undefined;
  }
  const rest = value.slice(end + 1).trim();
  if (rest && !rest.startsWith('#')) {
    const inner = quote === "'" ? '"' : "'";
    return `the text goes on after its closing quotation mark (${rest}); put the whole text in quotes, and use ${inner} for quotation marks inside it (or type them as “ ”)`;
  }
  return undefined;
}

/**
 * A file's frontmatter as YAML reads it, once nothing in how it is typed
 * would be misread; otherwise the problems (see frontmatterSyntaxProblems).
 */
export function readFrontmatter(source: string): {
  problems: FileProblem[];
  data?: Record<string, unknown>;
} {
  const { frontmatter, frontmatterLine } = splitArticleSource(source);
  // No block to look at line by line: the reader says why.
  if (frontmatter === undefined) return { problems: [frontmatterData(source).problem!] };
  const problems: FileProblem[] = [];
  const lines = frontmatter.split('\n');
  const paths = new FieldPaths();
  for (const [index, raw] of lines.entries()) {
    const line = frontmatterLine + index;
    const text = raw.replace(/\r$/, '');
    if (/^\t/.test(text) || /^ *- *\t/.test(text)) {
      problems.push({ line, message: tabAdvice });
      continue;
    }
    const quotedKey = quotedKeyLine.exec(text)?.groups;
    const groups = quotedKey ?? fieldLine.exec(text)?.groups;
    if (!groups) continue;
    const { indent = '', dash, key = '', value = '' } = groups;
    const field = paths.pathOf(indent.length, dash !== undefined, key);
    const trimmed = value.trim();
    if (quotedKey) {
      problems.push({
        line,
        field: field.replace(/[^.]*$/, quotedKey.name ?? key),
        message: `write the field's name without quotation marks: ${`${key}: ${trimmed}`.trimEnd()}`,
      });
    }
    if (!trimmed) continue;
    const message =
      trimmed.startsWith('"') || trimmed.startsWith("'")
        ? quotedValueProblem(lines, index, trimmed)
        : plainValueProblem(key, trimmed);
    if (message) problems.push({ line, field, message });
  }
  if (problems.length > 0) return { problems };
  const read = frontmatterData(source);
  return read.problem ? { problems: [read.problem] } : { problems, data: read.data };
}

/**
 * Problems in how an article's frontmatter is typed, each with its file
 * line, the field and what to write instead. Empty when YAML can read it
 * and no text is cut short.
 */
export function frontmatterSyntaxProblems(source: string): FileProblem[] {
  return readFrontmatter(source).problems;
}
