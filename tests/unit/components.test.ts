import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ArticleMeta from '../../src/components/ArticleMeta.astro';
import BasedOnNote from '../../src/components/BasedOnNote.astro';
import Dateline from '../../src/components/Dateline.astro';
import Figure from '../../src/components/Figure.astro';
import Photo from '../../src/components/mdx/Photo.astro';
import PullQuote from '../../src/components/mdx/PullQuote.astro';
import SeeAlso from '../../src/components/mdx/SeeAlso.astro';
import { bodyContext } from './bodyContext';
import { shownPhotos } from '../../src/lib/shownPhotos';

const image = { src: '/photo.jpg', width: 1600, height: 1067, format: 'jpg' as const };
const photo = {
  id: 'portrait',
  src: image,
  alt: 'A stand-in panel',
  caption: 'Alimzhan Izbasarov',
  credit: 'RFE/RL',
};

const context = bodyContext(
  'en',
  {
    photos: new Map([[photo.id, photo]]),
    quotes: new Map([
      [
        'q',
        {
          id: 'q',
          text: 'The trend for renewal has been set.',
          speaker: 'Andrei Chebotarev',
          role: 'political analyst',
        },
      ],
    ]),
    seeAlso: new Map([['brief', { headline: 'A Brief Headline', href: '/en/articles/brief/' }]]),
  },
  'portrait',
);

/** Rendered HTML without the dev-mode source annotations Vite adds. */
async function render(...args: Parameters<AstroContainer['renderToString']>): Promise<string> {
  const html = await container.renderToString(...args);
  return html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Figure>', () => {
  it('renders the photo with caption and credit, with screen-reader prefixes', async () => {
    const html = await render(Figure, { props: { photo, lang: 'en' } });
    expect(html).toMatch(/<figure[^>]*>/);
    expect(html).toContain('alt="A stand-in panel"');
    // The fallback is the widest version the figure shows (1,440 px), not the
    // 1,600 px original, in the photo's proportions.
    expect(html).toMatch(/<img src="[^"]*w=1440&amp;h=960&amp;f=jpg"/);
    expect(html).toMatch(/width="1440"[^>]*height="960"|height="960"[^>]*width="1440"/);
    expect(html).toContain('type="image/avif"');
    expect(html).toContain('type="image/webp"');
    const caption = /<figcaption[^>]*>([\s\S]*)<\/figcaption>/
      .exec(html)![1]!
      .replace(/<[^>]+>/g, '');
    expect(caption).toBe('Caption: Alimzhan Izbasarov Photo: RFE/RL');
  });

  it('leaves out the caption when a photo has only a credit', async () => {
    const { caption: _, ...creditOnly } = photo;
    const html = await render(Figure, {
      props: { photo: creditOnly, lang: 'en' },
    });
    expect(html).not.toContain('Caption:');
    expect(html).toContain('RFE/RL');
  });
});

describe('<Photo> in an article body', () => {
  it('renders the frontmatter photo its id names, the first one with high priority', async () => {
    const html = await render(Photo, {
      props: { id: 'portrait' },
      locals: { article: context },
    });
    expect(html).toContain('Alimzhan Izbasarov');
    expect(html).toContain('fetchpriority="high"');
  });

  it('throws, naming what was expected, for an id not in frontmatter', async () => {
    await expect(
      container.renderToString(Photo, { props: { id: 'nobody' }, locals: { article: context } }),
    ).rejects.toThrow('<Photo id="nobody">: expected an id from frontmatter `photos` ("portrait")');
  });

  it('throws when the id prop is missing', async () => {
    await expect(
      container.renderToString(Photo, { props: {}, locals: { article: context } }),
    ).rejects.toThrow(/<Photo>: prop "id"/);
  });

  it('throws outside an article', async () => {
    await expect(container.renderToString(Photo, { props: { id: 'portrait' } })).rejects.toThrow(
      /can only be placed in the body of an article/,
    );
  });
});

describe('<SeeAlso>', () => {
  it("links to the target with the target's headline", async () => {
    const html = await render(SeeAlso, {
      props: { id: 'brief' },
      locals: { article: context },
    });
    expect(html).toContain('<a href="/en/articles/brief/">A Brief Headline</a>');
    expect(html.replace(/<[^>]+>/g, '')).toContain('See also: A Brief Headline');
  });
});

describe('<PullQuote>', () => {
  it('renders the words verbatim with the speaker and role', async () => {
    const html = await render(PullQuote, {
      props: { id: 'q' },
      locals: { article: context },
    });
    expect(html).toContain('<blockquote><p>The trend for renewal has been set.</p></blockquote>');
    expect(html.replace(/<[^>]+>/g, '')).toContain('Andrei Chebotarev, political analyst');
  });
});

describe('<Figure> for a photograph that is not available', () => {
  const { alt: _, ...described } = photo;
  const unavailable = { ...described, unavailable: true as const };

  it.each([
    ['en', 'Caption: Alimzhan Izbasarov Photo: RFE/RL Photograph not available'],
    ['ru', 'Подпись к фото: Alimzhan Izbasarov Фото: RFE/RL Фотография недоступна'],
  ] as const)('%s: gives caption and credit and says so, with no image', async (lang, text) => {
    const html = await render(Figure, { props: { photo: unavailable, lang } });
    expect(html).not.toMatch(/<img|<picture|<source/);
    expect(html).toContain('figure--unavailable');
    const caption = /<figcaption[^>]*>([\s\S]*)<\/figcaption>/.exec(html)![1]!;
    expect(
      caption
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(text);
  });
});

describe('shownPhotos', () => {
  it('leaves out unavailable photos, so no stand-in becomes a card or preview image', () => {
    const standIn = { ...photo, id: 'stand-in', alt: undefined, unavailable: true as const };
    expect(shownPhotos([standIn, photo]).map((p) => p.id)).toEqual(['portrait']);
    expect(shownPhotos([standIn])).toEqual([]);
  });
});

const day = (iso: string) => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' as const });
const month = (iso: string) => ({
  date: new Date(`${iso}-01T00:00:00Z`),
  precision: 'month' as const,
});
/** The text of the markup, its spacing collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();

describe('<Dateline>', () => {
  it.each([
    ['en', 'Events of May 2019 Written 24 November 2026'],
    ['ru', 'Время событий: май 2019 Текст написан: 24 ноября 2026'],
  ] as const)(
    '%s: a brief on earlier events gives their time, then when it was written',
    async (lang, expected) => {
      const html = await render(Dateline, {
        props: { lang, article: { published: day('2026-11-24'), events: month('2019-05') } },
      });
      expect(text(html)).toBe(expected);
      expect(html.indexOf('datetime="2019-05"')).toBeLessThan(
        html.indexOf('datetime="2026-11-24"'),
      );
      expect(html).not.toContain('visually-hidden');
    },
  );

  it.each([
    ['en', 'Published June 2019'],
    ['ru', 'Опубликовано: июнь 2019'],
  ] as const)(
    '%s: otherwise the publication date, labelled for screen readers',
    async (lang, expected) => {
      const html = await render(Dateline, {
        props: { lang, article: { published: month('2019-06') } },
      });
      expect(text(html)).toBe(expected);
      expect(html).toMatch(
        /<span class="visually-hidden"[^>]*>[^<]+<\/span>\s*<time datetime="2019-06"/,
      );
    },
  );

  // The lead: CABAR.asia's article of June 2019, on this site since 25
  // November 2026, in English as republished and in Russian as translated.
  const source = { name: 'CABAR.asia', url: 'https://cabar.asia/en/' };
  const lead = { published: month('2019-06'), republished: new Date('2026-11-25'), source };
  it.each([
    ['en', lead, 'First published June 2019 Republished 25 November 2026'],
    [
      'ru',
      { ...lead, translation: { from: 'en' } },
      'Оригинал опубликован: июнь 2019 Перевод опубликован: 25 ноября 2026',
    ],
    ['en', { ...lead, republished: undefined }, 'First published June 2019'],
  ] as const)(
    '%s: an edition first published elsewhere gives that date as such, then its own day here',
    async (lang, article, expected) => {
      const html = await render(Dateline, { props: { lang, article } });
      expect(text(html)).toBe(expected);
      expect(html).not.toContain('visually-hidden');
      expect(html.indexOf('datetime="2019-06"')).toBeGreaterThan(-1);
      if (article.republished) {
        expect(html.indexOf('datetime="2019-06"')).toBeLessThan(
          html.indexOf('datetime="2026-11-25"'),
        );
      }
    },
  );

  it('gives the last update only where asked to (the article page, not a card)', async () => {
    const article = { published: day('2026-11-24'), updated: day('2026-11-30') };
    expect(text(await render(Dateline, { props: { lang: 'en', article } }))).not.toContain(
      'Updated',
    );
    expect(
      text(await render(Dateline, { props: { lang: 'en', article, withUpdate: true } })),
    ).toContain('Updated 30 November 2026');
  });

  it('keeps every date in one piece: non-breaking spaces inside each <time>', async () => {
    const html = await render(Dateline, {
      props: { lang: 'ru', article: { ...lead, translation: { from: 'en' } } },
    });
    const times = [...html.matchAll(/<time[^>]*>([^<]*)<\/time>/g)].map((match) => match[1]);
    expect(times).toEqual(['июнь\u00A02019', '25\u00A0ноября\u00A02026']);
  });
});

describe('<ArticleMeta> of a translation', () => {
  const author = (id: string, en: string, ru: string) =>
    ({ id, collection: 'authors', data: { kind: 'organization', name: { en, ru } } }) as const;
  const cabar = author('cabar-newsroom', 'CABAR.asia newsroom', 'Редакция CABAR.asia');
  const bulletin = author(
    'bulletin-newsroom',
    'Steppe Bulletin newsroom',
    'Редакция «Степного вестника»',
  );
  const meta = (lang: 'en' | 'ru', from: 'en' | 'ru') =>
    render(ArticleMeta, {
      props: {
        lang,
        authors: [cabar],
        translation: { from, by: [bulletin] },
        dates: { published: month('2019-06'), translation: { from } },
        minutes: 5,
      },
    });

  it('credits the original authors as such and the translators, from English', async () => {
    const html = await meta('ru', 'en');
    expect(text(html)).toContain(
      'Автор оригинала: Редакция CABAR.asia Перевод с английского: Редакция «Степного вестника». Цитаты приводятся в переводе с английского.',
    );
    expect(html).toContain('href="/ru/authors/bulletin-newsroom/"');
  });

  it('dates the original as such, for every reader, where the translation has no day of its own', async () => {
    const html = await meta('ru', 'en');
    expect(text(html)).toContain('Оригинал опубликован: июнь 2019');
    expect(html).not.toContain('visually-hidden');
    expect(text(await meta('en', 'ru'))).toContain('Originally published June 2019');
  });

  it('names a newsroom as a sentence writes it, where its entry says so, linked to its page', async () => {
    const inText = (entry: typeof cabar, ru: string) => ({
      ...entry,
      data: { ...entry.data, inText: { ru } },
    });
    const html = await render(ArticleMeta, {
      props: {
        lang: 'ru',
        authors: [inText(cabar, 'редакция CABAR.asia')],
        translation: { from: 'en', by: [inText(bulletin, 'редакция «Степного вестника»')] },
        dates: { published: month('2019-06'), translation: { from: 'en' } },
        minutes: 5,
      },
    });
    expect(text(html)).toMatch(
      /^Автор оригинала: редакция CABAR\.asia Перевод с английского: редакция «Степного вестника»\./,
    );
    expect(html).toMatch(
      /<a href="\/ru\/authors\/cabar-newsroom\/"[^>]*>редакция CABAR\.asia<\/a>/,
    );
    // English has no such form: the name as its page is headed.
    expect(text(await meta('en', 'ru'))).toMatch(/^By CABAR\.asia newsroom /);
  });

  it('says "Translated from Russian by" the other way round', async () => {
    expect(text(await meta('en', 'ru'))).toContain(
      'By CABAR.asia newsroom Translated from Russian by Steppe Bulletin newsroom. Quotations have also been translated from Russian.',
    );
  });
});

describe("<BasedOnNote> of a brief under another publisher's headline", () => {
  const note = (lang: 'en' | 'ru', headline: string) =>
    render(BasedOnNote, {
      props: {
        lang,
        article: { headline, href: `/${lang}/articles/lead/`, published: month('2019-06') },
        headlineFrom: 'CABAR.asia',
      },
    });

  it('en: quotes the title, dates the report, and says whose headline it is', async () => {
    expect(text(await note('en', 'What Do Protesting Moods in Kazakhstan Tell About?'))).toBe(
      'Our newsroom wrote this brief only from the facts reported in “What Do Protesting Moods in Kazakhstan Tell About?” (June 2019). The headline is the title of another CABAR.asia article, recommended to readers in that piece. We do not have its text.',
    );
  });

  it("ru: says the headline is the newsroom's translation of the English title", async () => {
    expect(text(await note('ru', 'О чём говорят протестные настроения в Казахстане?'))).toBe(
      'Редакция написала эту заметку только по фактам из материала «О чём говорят протестные настроения в Казахстане?» (июнь 2019 года). Заголовок — наш перевод названия другой статьи CABAR.asia, которую этот материал рекомендовал читателям. Текста этой статьи у нас нет.',
    );
  });

  it('leaves the headline sentence out for a brief under its own headline', async () => {
    const html = await render(BasedOnNote, {
      props: {
        lang: 'en',
        article: { headline: 'Lead', href: '/en/articles/lead/', published: month('2019-06') },
      },
    });
    expect(text(html)).toBe(
      'Our newsroom wrote this brief only from the facts reported in “Lead” (June 2019).',
    );
  });
});
