/** Longest title search results show whole. */
const maxLength = 70;

/**
 * A page's <title>: the page's own title followed by the site's name, unless
 * that would be too long to show whole, when the page's title stands alone.
 */
export function documentTitle(title: string, siteName: string): string {
  const full = `${title} — ${siteName}`;
  return title === siteName || full.length > maxLength ? title : full;
}
