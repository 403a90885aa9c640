/** Articles on one page of a topic's or author's list: enough to scan, light to load. */
export const listPageSize = 20;
