import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntries } from 'astro:content';
import { useTranslations } from '../../i18n/t';
import { articlesIn } from '../../data/articles';
import { datelineParts, siteDate } from '../../lib/dateline';
import { escapeHtml } from '../../lib/escapeHtml';
import { formatPublicationDate } from '../../lib/formatDate';
import { isoDate } from '../../lib/publicationDate';
import { pagesInEveryLanguage } from '../../lib/counterparts';
import { articleHref, feedPath } from '../../lib/urls';

export const getStaticPaths = (() => pagesInEveryLanguage(feedPath)) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/**
 * One feed per edition: every article, newest on this site first, with its
 * standfirst in full.
 */
export const GET: APIRoute<Props> = async ({ props: { lang }, site: siteUrl }) => {
  const t = useTranslations(lang);
  // The newest 50 on this site: a feed is for what is new here, not the
  // archive, and an article republished today is new here whatever its first
  // publication's date. (The sort keeps the lists' order among equals.)
  const articles = (await articlesIn(lang))
    .toSorted((a, b) => siteDate(b.data).date.getTime() - siteDate(a.data).date.getTime())
    .slice(0, 50);
  const items = await Promise.all(
    articles.map(async (article) => {
      const { data } = article;
      const [authors, topics] = await Promise.all([
        getEntries(data.authors),
        getEntries(data.topics),
      ]);
      const names = authors.map((author) => author.data.name[lang]).join(', ');
      // The item is dated the day this site published it (an edition first
      // published elsewhere has one: republished), as feed readers sort by
      // it. RSS dates need a day; where only a month is known, the item
      // carries Dublin Core's date (which allows YYYY-MM) rather than an
      // invented day.
      const onSite = siteDate(data);
      const dated =
        onSite.precision === 'day'
          ? { pubDate: onSite.date }
          : { customData: `<dc:date>${isoDate(onSite)}</dc:date>` };
      // What came before that day opens the item, in the dateline's words:
      // when a brief's events happened ("Events of May 2019."), when an
      // original first appeared ("First published June 2019.").
      const earlier = datelineParts({ ...data, updated: undefined })
        .filter((part) => !part.onSite && !part.labelHidden)
        .map(({ key, date }) => `${t(key, { date: formatPublicationDate(date, lang) })}. `)
        .join('');
      // A brief on earlier events carries their time as Dublin Core's coverage.
      const coverage = data.events && `<dc:coverage>${isoDate(data.events)}</dc:coverage>`;
      return {
        title: data.headline,
        link: articleHref(article),
        description: `${earlier}${data.standfirst}`,
        categories: topics.map((topic) => topic.data.name[lang]),
        ...dated,
        customData: [
          `<dc:creator>${escapeHtml(names)}</dc:creator>`,
          'customData' in dated ? dated.customData : '',
          coverage ?? '',
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
