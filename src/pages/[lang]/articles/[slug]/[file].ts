import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getStaticPaths as articlePages } from '../[slug].astro';
import { oneFileCopy } from '../../../../components/oneFileCopy';
import { prepareOneFileImages } from '../../../../components/oneFileImages';
import { placedPhotos, publicationStateOf } from '../../../../data/articles';
import { oneFileName } from '../../../../lib/urls';

/**
 * Each article edition as one HTML file, beside its page:
 * /<lang>/articles/<slug>/<slug>.<lang>.html (see components/oneFileCopy.ts).
 * Made for every page the article route makes but a withdrawn article's, and
 * reused by the next build exactly when that page is (the same cache key).
 */
export const getStaticPaths = (async () => {
  const pages = (await articlePages()).filter(
    ({ props }) => publicationStateOf(props.article) !== 'withdrawn',
  );
  // Their photos, encoded before any copy is rendered (see oneFileImages.ts).
  await prepareOneFileImages(
    pages.map(({ props }) => ({
      photos: props.article.data.photos,
      placed: placedPhotos(props.article),
    })),
  );
  return pages.map(({ params, props, cacheKey }) => ({
    params: { ...params, file: oneFileName(params.lang, params.slug) },
    props,
    cacheKey,
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await oneFileCopy(props), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
