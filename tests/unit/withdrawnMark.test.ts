// A link in an article's text to a withdrawn article says so after it, as
// the article's "see also" does: the loader knows which articles are
// withdrawn from their files, and renders again a body that links to one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/loaders/renderBody';
import { isWithdrawnAt, linkedArticlePaths, withdraws } from '../../src/loaders/withdrawnArticles';
import { withdrawnMarkHtml } from '../../src/loaders/withdrawnMarkPlugin';

const site = new URL('https://steppe-bulletin.example/');
const targets = {
  from: '/en/articles/here/',
  site,
  paths: new Set(['/en/articles/gone/']),
};
const render = (body: string, lang: 'en' | 'ru' = 'en', withdrawn = targets) =>
  renderBody(`---\nlang: ${lang}\n---\n\n${body}\n`, { lang, components: [], withdrawn }).html;

describe('a link to a withdrawn article in the text', () => {
  it('is followed by the mark, however the address is written', () => {
    expect(
      render(
        'As [the story](../gone/) said, [again](/en/articles/gone/), [in full](https://steppe-bulletin.example/en/articles/gone/#x), [by label][g]; [another](../fine/) stands.\n\n[g]: /en/articles/gone/',
      ),
    ).toBe(
      '<p>As <a href="../gone/">the story</a><span class="withdrawn-mark">\u00A0(withdrawn)</span> said, ' +
        '<a href="/en/articles/gone/">again</a><span class="withdrawn-mark">\u00A0(withdrawn)</span>, ' +
        '<a href="https://steppe-bulletin.example/en/articles/gone/#x">in full</a><span class="withdrawn-mark">\u00A0(withdrawn)</span>, ' +
        '<a href="/en/articles/gone/">by label</a><span class="withdrawn-mark">\u00A0(withdrawn)</span>; ' +
        '<a href="../fine/">another</a> stands.</p>',
    );
  });

  it('says it in the language of the text, in the words of the "see also"', () => {
    expect(withdrawnMarkHtml('ru')).toBe(
      '<span class="withdrawn-mark">\u00A0(снят с\u00A0публикации)</span>',
    );
    expect(render('Как писал [материал](../gone/).', 'ru')).toBe(
      '<p>Как писал <a href="../gone/">материал</a><span class="withdrawn-mark">\u00A0(снят с\u00A0публикации)</span>.</p>',
    );
  });

  it('leaves a body alone that links to no withdrawn article', () => {
    const body = 'As [the story](../gone/) said.';
    const plain = '<p>As <a href="../gone/">the story</a> said.</p>';
    expect(render(body, 'en', { ...targets, paths: new Set() })).toBe(plain);
    expect(render(body, 'en', { ...targets, from: '/ru/articles/here/' })).toBe(plain);
  });
});

describe('the withdrawn articles, as the loader reads them', () => {
  const root = mkdtempSync(join(tmpdir(), 'withdrawn-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const withdrawn =
    '---\nlang: en\nwithdrawn:\n  date: 2026-12-01\n  reason: Checked.\n---\n\nText.\n';

  it('are the files with a withdrawn field, not those that only mention one', () => {
    expect(withdraws(withdrawn)).toBe(true);
    expect(withdraws('---\nlang: en\n---\n\nwithdrawn: a word in the text.\n')).toBe(false);
    expect(withdraws('---\nlang: en\n# withdrawn: not yet\n---\n\nText.\n')).toBe(false);
  });

  it('are read from their files in the articles folder, by their addresses', async () => {
    mkdirSync(join(root, 'en'), { recursive: true });
    writeFileSync(join(root, 'en', 'gone.mdx'), withdrawn);
    writeFileSync(join(root, 'en', 'here.mdx'), '---\nlang: en\n---\n\nText.\n');
    expect(await isWithdrawnAt(root, '/en/articles/gone/')).toBe(true);
    expect(await isWithdrawnAt(root, '/en/articles/here/')).toBe(false);
    expect(await isWithdrawnAt(root, '/en/articles/no-such-file/')).toBe(false);
    expect(await isWithdrawnAt(root, '/en/about/')).toBe(false);
  });

  it('that a body may link to are the articles its links lead to, however written', () => {
    const source =
      '---\nlang: en\n---\n\n[One](../gone/), [two](/ru/articles/gone/#x), [three][t], https://steppe-bulletin.example/en/articles/other/ and [off](https://example.org/en/articles/x/), [about](/en/about/), `[code](../in-code/)`.\n\n[t]: ../gone/\n';
    expect(linkedArticlePaths(source, '/en/articles/here/', site)).toEqual([
      '/en/articles/gone/',
      '/en/articles/other/',
      '/ru/articles/gone/',
    ]);
  });
});
