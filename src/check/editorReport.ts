/**
 * The last words of a failed build: one block that an editor can act on,
 * whatever stopped the build. The project's own checks give their problems
 * already in the editor's form; Astro's errors (a schema error in a data
 * file, an MDX syntax error, a YAML error in a page) are put in the same
 * form: `<file>: line N: <field>: <what is wrong; what to do>`. An error that
 * is no content mistake is said to be one for a developer, with its details.
 *
 * Loaded by scripts/astroBuild.mjs with Node alone, outside Vite, so its imports
 * name their files and import nothing more.
 */
import { formatProblem, type Problem } from './articleSource.ts';
import { entryLine } from './entryLine.ts';

/** What the build's error may carry, from Astro, Vite, MDX or the project's checks. */
interface BuildError {
  name?: string;
  message?: string;
  /** A parser's own words, without the position (MDX, YAML). */
  reason?: string;
  stack?: string;
  problems?: unknown;
  /** The errors a bundler gathered into this one. */
  errors?: unknown;
  loc?: { file?: string; line?: number; column?: number };
  line?: number;
  place?: { line?: number; start?: { line?: number } };
  id?: string;
}

/** Reads a file the error names, to find a line in it; undefined when it cannot. */
export type ReadFile = (path: string) => string | undefined;

/** A file as the editor opens it: relative to the project, without a meaningless 0:0. */
function shown(file: string, cwd: string): string {
  const path = file.replace(/^file:\/\//, '').replace(/[?#].*$/, '');
  const root = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

/** Astro's messages mark names up as Markdown (**articles → en/x**); the terminal shows them plain. */
const plain = (text: string) =>
  text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\*\*/g, '')
    .trim();

/** What to do about an error MDX found in an article's text. */
export const mdxAdvice =
  'MDX could not read the text here; look on this line for a { or < (write \\{ or \\< to show them), or a component that is not closed: <Photo id="..." />';

/** What to do about YAML that cannot be read (frontmatter, as the content check and Astro read it). */
export const yamlAdvice =
  'check the indentation and the quotes on this line: a text with : # [ { or quotation marks in it goes in quotes';

/** The problems of one error, in the editor's form, or undefined when it is no content mistake. */
function problemsOfOne(error: BuildError, cwd: string, read: ReadFile): string[] | undefined {
  const { name = '', message = '', problems, loc, id } = error;
  // The project's checks keep their problems as data, each with its file.
  if (Array.isArray(problems)) {
    return problems.map((problem) =>
      typeof problem === 'string' ? problem : formatProblem(problem as Problem),
    );
  }
  const text = plain(message);
  // The project's checks: "N problem(s) in the ...:" and one "  - " line per problem.
  if (/^\d+ problem\(s\)/.test(text)) {
    return [...text.matchAll(/^\s+- (.+)$/gm)].map((match) => match[1]!);
  }
  const file = loc?.file ?? id;
  if (/does not match collection schema/.test(text) || name === 'InvalidContentEntryDataError') {
    // "authors → bulletin-newsroom data does not match ...": the data file's entry, or the article.
    const entry = /→ (\S+)/.exec(text)?.[1];
    const where = file ? shown(file, cwd) : (entry ?? 'the content');
    const data = file && entry && file.endsWith('.json') ? read(file) : undefined;
    const line = data && entry ? entryLine(data, entry) : undefined;
    const prefix = [where, line && `line ${line}`, file?.endsWith('.json') && entry && `"${entry}"`]
      .filter(Boolean)
      .join(': ');
    const fields = [...text.matchAll(/^\s+([\w.[\]]+): (.+)$/gm)];
    return fields.map(([, field, what]) => `${prefix}: ${field}: ${what}`);
  }
  if (!file || !/\/content\//.test(file)) return undefined;
  // MDX gives the place as a field, or only inside its reason: "(20:1-20:34)".
  const inReason = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(error.reason ?? text)?.[1];
  const lineNumber =
    error.line ??
    loc?.line ??
    error.place?.start?.line ??
    error.place?.line ??
    (inReason ? Number(inReason) : undefined);
  const line = lineNumber ? `line ${lineNumber}: ` : '';
  const what = plain(error.reason ?? text.split('\n')[0]!);
  const yaml = name === 'YAMLException' || /mapping|scalar|YAML/i.test(what);
  const advice = yaml ? yamlAdvice : file.endsWith('.mdx') ? mdxAdvice : '';
  return [`${shown(file, cwd)}: ${line}${what}${advice ? `; ${advice}` : ''}`];
}

/**
 * The problems in an error, in the editor's form, or undefined when it is no
 * content mistake. A bundler's error gathers others: each is looked at.
 */
export function problemsOf(
  error: unknown,
  cwd: string,
  read: ReadFile = () => undefined,
): string[] | undefined {
  const outer = (error ?? {}) as BuildError;
  const errors = Array.isArray(outer.errors) && outer.errors.length > 0 ? outer.errors : [outer];
  const found = errors.map((inner) => problemsOfOne(inner as BuildError, cwd, read));
  return found.every(Boolean) ? found.flatMap((problems) => problems!) : undefined;
}

const count = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/**
 * The block that ends a failed build: the problems, one per line, and what
 * to do; or, for an error that is no content mistake, what happened and
 * where, for a developer.
 */
export function editorReport(error: unknown, cwd: string, read?: ReadFile, dev = false): string {
  const problems = problemsOf(error, cwd, read);
  if (problems && problems.length > 0) {
    return [
      `The site ${dev ? 'cannot be shown' : 'was not built'}: ${count(problems.length)} in the content.`,
      '',
      ...problems.map((problem) => `  ${problem}`),
      '',
      'Correct each in the file named (lines count from the top of the file, --- included),',
      `then ${dev ? 'save it' : 'build again'}. The README says more under "When something is wrong".`,
    ].join('\n');
  }
  const { name = 'Error', message = String(error), stack = '', loc } = (error ?? {}) as BuildError;
  const where = loc?.file ? `\n  at ${shown(loc.file, cwd)}${loc.line ? `:${loc.line}` : ''}` : '';
  const trace = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .join('\n');
  return [
    'The site was not built, and not because of a mistake in the content that the build knows.',
    'Send this to a developer:',
    '',
    `  ${name}: ${plain(message).split('\n').join('\n  ')}${where}`,
    ...(trace ? [trace] : []),
  ].join('\n');
}
