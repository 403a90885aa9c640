/**
 * The site's public address: canonical URLs, feeds and the sitemap are built
 * from it, and the content check takes links written with it for links to
 * the site's own pages. A mirror or staging host overrides it with SITE_URL.
 * Read by astro.config.mjs and by `npm run dev` before Astro starts, so both
 * judge such links alike.
 */
export const siteUrl: string = process.env.SITE_URL ?? 'https://steppe-bulletin.example';
