import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntries } from 'astro:content';
import { useTranslations } from '../../i18n/t';
import { articlesIn } from '../../data/articles';
import { formatPublicationDate } from '../../lib/formatDate';
import { isoDate } from '../../lib/publicationDate';
import { pagesInEveryLanguage } from '../../lib/counterparts';
import { articleHref, feedPath } from '../../lib/urls';

export const getStaticPaths = (() => pagesInEveryLanguage(feedPath)) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One feed per edition: every article, newest first, with its standfirst in full. */
export const GET: APIRoute<Props> = async ({ props: { lang }, site: siteUrl }) => {
  const t = useTranslations(lang);
  // The newest 50: a feed is for what is new, not the archive.
  const articles = (await articlesIn(lang)).slice(0, 50);
  const items = await Promise.all(
    articles.map(async (article) => {
      const { data } = article;
      const [authors, topics] = await Promise.all([
        getEntries(data.authors),
        getEntries(data.topics),
      ]);
      const names = authors.map((author) => author.data.name[lang]).join(', ');
      // RSS dates need a day; where only the month is known, the item carries
      // Dublin Core's date (which allows YYYY-MM) rather than an invented day.
      const dated =
        data.published.precision === 'day'
          ? { pubDate: data.published.date }
          : { customData: `<dc:date>${isoDate(data.published)}</dc:date>` };
      // A brief on earlier events: the item, dated the day it was written,
      // opens by saying when its events happened, and carries that time as
      // Dublin Core's coverage.
      const events = data.events && {
        said: `${t('article.events', { date: formatPublicationDate(data.events, lang) })}. `,
        coverage: `<dc:coverage>${isoDate(data.events)}</dc:coverage>`,
      };
      return {
        title: data.headline,
        link: articleHref(article),
        description: `${events?.said ?? ''}${data.standfirst}`,
        categories: topics.map((topic) => topic.data.name[lang]),
        ...dated,
        customData: [
          `<dc:creator>${escapeXml(names)}</dc:creator>`,
          'customData' in dated ? dated.customData : '',
          events?.coverage ?? '',
        ].join(''),
      };
    }),
  );
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('site.tagline'),
    site: new URL(`/${lang}/`, siteUrl).href,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${lang}</language>`,
    items: items.map(({ customData, ...item }) => ({ ...item, customData })),
  });
};
