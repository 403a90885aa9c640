// GitHub's Markdown in a body: a table goes in a box that scrolls on a phone,
// a column's alignment is an attribute the stylesheet reads (the CSP blocks
// inline styles), and the footnotes' generated words are in the page's language.
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/loaders/renderBody';

const body = `Text.[^a] Again.[^a] More.[^b]

| Name | Count | Mark | Plain |
| :--- | ----: | :--: | ----- |
| x    | 1,200 |  +   | y     |

[^a]: First.
[^b]: Second.
`;

const html = (source: string, lang: 'en' | 'ru') => {
  const rendered = renderBody(source, { lang, components: [] });
  expect(rendered.problems).toEqual([]);
  return rendered.html;
};

/** The table, in its box named in the language, its columns aligned by attribute. */
const table = (name: string) =>
  [
    `<div class="table-box" role="group" tabindex="0" aria-label="${name}"><table>`,
    '<thead>',
    '<tr>',
    '<th data-align="left">Name</th>',
    '<th data-align="right">Count</th>',
    '<th data-align="center">Mark</th>',
    '<th>Plain</th>',
    '</tr>',
    '</thead>',
    '<tbody>',
    '<tr>',
    '<td data-align="left">x</td>',
    '<td data-align="right">1,200</td>',
    '<td data-align="center">+</td>',
    '<td>y</td>',
    '</tr>',
    '</tbody>',
    '</table></div>',
  ].join('\n');

/** The footnotes section, its heading and links back in the language. */
const footnotes = (heading: string, back: (reference: string) => string) =>
  [
    `<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">${heading}</h2>`,
    '<ol>',
    '<li id="user-content-fn-a">',
    `<p>First. <a href="#user-content-fnref-a" data-footnote-backref="" aria-label="${back('1')}" class="data-footnote-backref">↩</a> <a href="#user-content-fnref-a-2" data-footnote-backref="" aria-label="${back('1-2')}" class="data-footnote-backref">↩<sup>2</sup></a></p>`,
    '</li>',
    '<li id="user-content-fn-b">',
    `<p>Second. <a href="#user-content-fnref-b" data-footnote-backref="" aria-label="${back('2')}" class="data-footnote-backref">↩</a></p>`,
    '</li>',
    '</ol>',
    '</section>',
  ].join('\n');

const references =
  '<p>Text.<sup><a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref aria-describedby="footnote-label">1</a></sup>' +
  ' Again.<sup><a href="#user-content-fn-a" id="user-content-fnref-a-2" data-footnote-ref aria-describedby="footnote-label">1</a></sup>' +
  ' More.<sup><a href="#user-content-fn-b" id="user-content-fnref-b" data-footnote-ref aria-describedby="footnote-label">2</a></sup></p>';

describe('tables and footnotes of a body', () => {
  it('in English: the table boxed and aligned by attribute, the footnotes in English', () => {
    expect(html(body, 'en')).toBe(
      [
        references,
        table('Table'),
        footnotes('Footnotes', (reference) => `Back to reference ${reference}`),
      ].join('\n'),
    );
  });

  it('in Russian: the box, the footnotes’ heading and links back in Russian, typeset', () => {
    expect(html(body, 'ru')).toBe(
      [
        references,
        table('Таблица'),
        footnotes('Примечания', (reference) => `Вернуться к\u00A0ссылке ${reference}`),
      ].join('\n'),
    );
  });

  it('writes no style attribute, which the Content-Security-Policy would block', () => {
    const aligned = '| a | b | c |\n| :- | :-: | -: |\n| 1 | 2 | 3 |';
    for (const lang of ['en', 'ru'] as const) {
      expect(html(body, lang)).not.toContain('style=');
      expect(html(aligned, lang)).not.toContain('style=');
    }
  });

  it('boxes a table wherever it stands: in a quote, in a list', () => {
    const quoted = html('> | a | b |\n> | -: | - |\n> | 1 | 2 |', 'en');
    expect(quoted).toMatch(/^<blockquote>\n<div class="table-box"[^>]*><table>/);
    expect(quoted).toContain('<th data-align="right">a</th>\n<th>b</th>');
    const listed = html('- item\n\n  | a |\n  | :-: |\n  | 1 |', 'ru');
    expect(listed).toContain(
      '<div class="table-box" role="group" tabindex="0" aria-label="Таблица"><table>',
    );
    expect(listed).toContain('<td data-align="center">1</td>');
  });

  it('leaves a body without a table or a note as it was', () => {
    expect(html('A line | with a pipe, and no table.', 'en')).toBe(
      '<p>A line | with a pipe, and no table.</p>',
    );
  });
});
