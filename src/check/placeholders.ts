/**
 * `npm run new` writes an article's files with placeholders, `[[like this]]`,
 * where the editor's words go. A draft may keep them; an article to be
 * published may not, or readers would read them.
 */
import { keyOf, type FileProblem } from './articleSource';

/** How the template marks what is still to write. */
const placeholderPattern = /\[\[[^\n]*?\]\]/g;

/** A placeholder left in a file, each with its line and field. */
export function placeholderProblems(source: string): FileProblem[] {
  return source.split('\n').flatMap((line, index) =>
    [...line.matchAll(placeholderPattern)].map((match) => ({
      line: index + 1,
      field: keyOf(line),
      message: `still the template's placeholder ${match[0]}`,
      advice: 'write the text, or keep draft: true until it is written',
    })),
  );
}
