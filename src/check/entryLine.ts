/**
 * The line of a data file's entry (authors.json, ...), found by its id as
 * JSON writes it. Imports nothing: the build's report runs it in Node before
 * Astro starts.
 */
export function entryLine(text: string, id: string): number | undefined {
  const index = text.indexOf(`"id": ${JSON.stringify(id)}`);
  return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}
