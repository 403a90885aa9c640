// The notes an article page shows about the article itself, in both
// languages: corrections, a withdrawal, an outdated translation, a draft or
// scheduled article (dev only), and a "see also" to the other language.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Corrections from '../../src/components/Corrections.astro';
import OutdatedNote from '../../src/components/OutdatedNote.astro';
import PublicationNotice from '../../src/components/PublicationNotice.astro';
import WithdrawnNotice from '../../src/components/WithdrawnNotice.astro';
import SeeAlso from '../../src/components/mdx/SeeAlso.astro';
import { bodyContext } from './bodyContext';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The text a reader reads: tags out, spaces as one. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim();

const corrections = [
  {
    date: new Date('2026-11-30'),
    text: 'An earlier version said eight candidates stood; seven did.',
  },
];

describe('<Corrections>', () => {
  it.each([
    [
      'en',
      'Corrections Corrected on 30 November 2026: An earlier version said eight candidates stood; seven did.',
    ],
    [
      'ru',
      'Исправления Исправлено 30 ноября 2026: An earlier version said eight candidates stood; seven did.',
    ],
  ] as const)('lists each correction, dated, in %s', async (lang, expected) => {
    const html = await container.renderToString(Corrections, { props: { lang, corrections } });
    expect(text(html)).toBe(expected);
    expect(html).toMatch(/<time datetime="2026-11-30"[^>]*>30\u00A0/);
    expect(html).toMatch(/<section class="corrections" aria-labelledby="corrections-title"[ >]/);
  });

  it('shows nothing when there is no correction', async () => {
    const html = await container.renderToString(Corrections, {
      props: { lang: 'en', corrections: [] },
    });
    expect(html.trim()).toBe('');
  });
});

describe('<WithdrawnNotice>', () => {
  it.each([
    ['en', 'This article was withdrawn on 22 November 2026. The facts are being checked.'],
    ['ru', 'Материал снят с публикации 22 ноября 2026 года. The facts are being checked.'],
  ] as const)('says when and why, in %s', async (lang, expected) => {
    const withdrawn = { date: new Date('2026-11-22'), reason: 'The facts are being checked.' };
    const html = await container.renderToString(WithdrawnNotice, { props: { lang, withdrawn } });
    expect(text(html)).toBe(expected);
  });
});

describe('<OutdatedNote>', () => {
  it.each([
    [
      'ru',
      'en',
      '2026-12-03',
      'У английского оригинала статьи есть более позднее обновление (3 декабря 2026 года), которое в этом переводе пока не учтено.',
    ],
    [
      'en',
      'ru',
      '2026-12',
      'The Russian original of this article has a later update (December 2026) that this translation does not include yet.',
    ],
  ] as const)(
    'tells readers of a %s translation (from %s) when the original changed',
    async (lang, from, since, expected) => {
      const html = await container.renderToString(OutdatedNote, { props: { lang, from, since } });
      expect(text(html)).toBe(expected);
    },
  );
});

describe('<PublicationNotice>', () => {
  const published = { date: new Date('2026-12-01'), precision: 'day' as const };
  it.each([
    ['draft', 'en', 'Draft: this article is not published.'],
    [
      'scheduled',
      'en',
      'Scheduled: this article will be published by the first build on or after 1 December 2026.',
    ],
    [
      'scheduled',
      'ru',
      'Отложенная публикация: статья появится на сайте с первой сборкой, сделанной 1 декабря 2026 года или позже.',
    ],
  ] as const)('marks a %s article (%s)', async (state, lang, expected) => {
    const html = await container.renderToString(PublicationNotice, {
      props: { lang, state, published },
    });
    expect(text(html)).toContain(expected);
  });

  it('says nothing of a published article', async () => {
    const html = await container.renderToString(PublicationNotice, {
      props: { lang: 'en', state: 'published', published },
    });
    expect(html.trim()).toBe('');
  });
});

describe('<SeeAlso> to the other language', () => {
  it.each([
    ['en', 'ru', 'See also: Каким будет Казахстан? (in Russian)'],
    ['ru', 'en', 'Читайте также: What Kazakhstan Will Be like? (на английском)'],
  ] as const)(
    'on a %s page, marks a %s article with its language',
    async (lang, other, expected) => {
      const headline = other === 'ru' ? 'Каким будет Казахстан?' : 'What Kazakhstan Will Be like?';
      const context = bodyContext(lang, {
        seeAlso: new Map([
          [`${other}/x`, { headline, href: `/${other}/articles/x/`, lang: other }],
        ]),
      });
      const html = await container.renderToString(SeeAlso, {
        props: { id: `${other}/x` },
        locals: { article: context },
      });
      expect(text(html)).toBe(expected);
      expect(html).toMatch(new RegExp(`hreflang="${other}"`));
      expect(html).toMatch(new RegExp(`<a [^>]*lang="${other}"`));
    },
  );
});
