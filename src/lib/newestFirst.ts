import type { PublicationDate } from './publicationDate';

/** Articles ordered by publication date, newest first; ties keep their order. */
export function newestFirst<T extends { data: { published: PublicationDate } }>(
  articles: T[],
): T[] {
  return [...articles].sort(
    (a, b) => b.data.published.date.getTime() - a.data.published.date.getTime(),
  );
}
