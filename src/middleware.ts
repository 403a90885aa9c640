import { defineMiddleware } from 'astro:middleware';
import { relativizeHtml } from './lib/relativeUrl';

/**
 * In a build, every root-absolute address in every page is rewritten
 * relative to the page as it is rendered, so that dist/ works copied
 * unchanged under any folder of any host (mirrors of a blocked site).
 * Canonical, hreflang, feed and sitemap addresses are absolute
 * (https://...) and stay as they are. Done as each page is rendered, not
 * over dist/ afterwards: a page that the next build reuses (incremental
 * builds) is reused as published, and no page is read and written twice.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const html = response.headers.get('content-type')?.startsWith('text/html');
  if (import.meta.env.DEV || !html) return response;
  // The not-found page is written as /404.html, and served at any address.
  const page = context.routePattern === '/404' ? '/404.html' : context.url.pathname;
  return new Response(relativizeHtml(await response.text(), page), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
