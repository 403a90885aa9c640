/**
 * Mistakes in a hand-edited data file (names.json, authors.json,
 * topics.json), said in plain words with the line: JSON.parse's own
 * message names a character position, or for a comma after the last entry
 * (the most common slip) quotes the whole file.
 */
import type { FileProblem } from './articleSource';

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The problem with a JSON text, or undefined when it parses. */
export function jsonProblem(text: string): FileProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const trailing = /,(\s*[\]}])/.exec(text);
    if (trailing) {
      return {
        line: lineAt(text, trailing.index),
        message:
          'a comma after the last entry of a list or group; remove that comma (every entry but the last ends with one)',
      };
    }
    const reason = String((error as Error).message);
    const position = /position (\d+)/.exec(reason)?.[1];
    const plain = reason.replace(/ in JSON at position.*$/, '').replace(/, ".*$/s, '');
    return {
      line: position === undefined ? undefined : lineAt(text, Number(position)),
      message: `the file is not valid JSON (${plain}); check the commas and quotes here and on the line before: entries are separated by commas, and every name and text is in "double quotes"`,
    };
  }
}
