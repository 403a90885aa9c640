import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import Photo from '../../src/components/mdx/Photo.astro';
import PullQuote from '../../src/components/mdx/PullQuote.astro';
import SeeAlso from '../../src/components/mdx/SeeAlso.astro';
import type { ArticleContext } from '../../src/components/mdx/articleContext';

const image = { src: '/photo.jpg', width: 1600, height: 1067, format: 'jpg' as const };
const photo = {
  id: 'portrait',
  src: image,
  alt: 'A stand-in panel',
  caption: 'Alimzhan Izbasarov',
  credit: 'RFE/RL',
};

const context: ArticleContext = {
  lang: 'en',
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
  firstPhotoId: 'portrait',
};

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
    expect(html).toMatch(/width="1600"[^>]*height="1067"|height="1067"[^>]*width="1600"/);
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
