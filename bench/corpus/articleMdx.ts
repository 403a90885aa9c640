// Serializes one edition of a corpus article as the MDX file an editor would
// write. Texts are written as JSON strings, which YAML reads as double-quoted
// scalars, so no generated word can break the frontmatter; dates are left
// bare so YAML reads them as dates, as in the real articles.

import type { Edition } from './corpusArticles.ts';

const text = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(text).join(', ')}]`;

/**
 * `key: value` lines of a YAML mapping, skipping undefined values.
 */
function mapping(indent: string, entries: [string, string | undefined][]): string[] {
  return entries.flatMap(([key, value], index) =>
    value === undefined ? [] : [`${index === 0 ? `${indent.slice(2)}- ` : indent}${key}: ${value}`],
  );
}

/**
 * The MDX file of one edition: frontmatter, a blank line, then the body.
 */
export function articleMdx(edition: Edition): string {
  const lines = [
    '---',
    `lang: ${edition.lang}`,
    `headline: ${text(edition.headline)}`,
    `standfirst: ${text(edition.standfirst)}`,
    `published: ${edition.published}`,
    ...(edition.updated ? [`updated: ${edition.updated}`] : []),
    `authors: ${list(edition.authors)}`,
    `topics: ${list(edition.topics)}`,
    'photos:',
    ...edition.photos.flatMap((photo) =>
      mapping('    ', [
        ['id', photo.id],
        ['src', photo.src],
        ['alt', text(photo.alt)],
        ['caption', photo.caption === undefined ? undefined : text(photo.caption)],
        ['credit', text(photo.credit)],
      ]),
    ),
    ...(edition.quotes.length > 0 ? ['quotes:'] : []),
    ...edition.quotes.flatMap((quote) =>
      mapping('    ', [
        ['id', quote.id],
        ['text', text(quote.text)],
        ['speaker', text(quote.speaker)],
        ['role', quote.role === undefined ? undefined : text(quote.role)],
      ]),
    ),
    ...(edition.seeAlso.length > 0 ? [`seeAlso: ${list(edition.seeAlso)}`] : []),
    ...(edition.source
      ? ['source:', `  name: ${text(edition.source.name)}`, `  url: ${text(edition.source.url)}`]
      : []),
    ...(edition.disclaimer ? [`disclaimer: ${text(edition.disclaimer)}`] : []),
    '---',
    '',
    edition.body,
  ];
  return lines.join('\n');
}
