/** Articles on one page of a topic's or author's list: enough to scan, light to load. */
export const listPageSize = 20;

/** How many pages a list of `count` articles takes (an empty list still has its first page). */
export function listPageCount(count: number): number {
  return Math.max(1, Math.ceil(count / listPageSize));
}

/** Page `page` of the list at `firstPage`: page 1 is the list's own path, page 2 is `<path>2/`. */
export function listPagePath(firstPage: string, page: number): string {
  return page <= 1 ? firstPage : `${firstPage}${page}/`;
}
