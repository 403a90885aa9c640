import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { oneFileCopy, oneFileShows } from '../../../../layouts/oneFileCopy';
import { prepareOneFileImages } from '../../../../components/oneFileImages';
import { articlePages } from '../../../../data/articlePages';
import { placedPhotos, publicationStateOf } from '../../../../data/articles';
import { pageCacheKey } from '../../../../data/pageCacheKey';
import { oneFileStem } from '../../../../lib/urls';

/**
 * Each article edition as one HTML file, beside its page:
 * /<lang>/articles/<slug>/<slug>.<lang>.html (see layouts/oneFileCopy.ts).
 * One for every article page but a withdrawn article's.
 */
export const getStaticPaths = (async () => {
  const [pages, authors] = await Promise.all([articlePages(), getCollection('authors')]);
  const copies = pages.filter(({ props }) => publicationStateOf(props.article) !== 'withdrawn');
  // Their photos, encoded before any copy is rendered (see oneFileImages.ts).
  await prepareOneFileImages(
    copies.map(({ props: { article } }) => ({
      photos: article.data.photos,
      placed: placedPhotos(article),
    })),
  );
  return copies.map(({ params, props }) => ({
    params: { ...params, edition: oneFileStem(params.lang, params.slug) },
    props,
    // The next build reuses a copy while nothing it shows has changed: its
    // article, bylines, its other editions' addresses and dates, and the
    // headlines it links to (an edit elsewhere rewrites no other copy).
    cacheKey: pageCacheKey(
      [props.article, ...authors],
      props.counterparts,
      publicationStateOf(props.article),
      oneFileShows(props),
    ),
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await oneFileCopy(props), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
