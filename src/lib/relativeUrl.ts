/**
 * The address of `target` (a root-absolute path such as `/en/` or
 * `/_astro/a.jpg?v=1#x`) written relative to the page at `page` (the path it
 * is served at: `/en/articles/x/` or `/404.html`). Relative addresses keep
 * working when the built site is copied under any folder of any host.
 */
export function relativeUrl(page: string, target: string): string {
  if (!target.startsWith('/') || target.startsWith('//')) return target;
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(target)!;
  const from = page
    .slice(0, page.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  const to = path.split('/').filter(Boolean);
  let shared = 0;
  while (
    shared < from.length &&
    shared < to.length - (path.endsWith('/') ? 0 : 1) &&
    from[shared] === to[shared]
  ) {
    shared += 1;
  }
  const up = '../'.repeat(from.length - shared);
  const down = to.slice(shared).join('/') + (path.endsWith('/') && to.length > shared ? '/' : '');
  return (up + down || './') + rest;
}

/** Every root-absolute address in a page's attributes, rewritten relative to the page. */
export function relativizeHtml(html: string, page: string): string {
  return (
    html
      .replace(
        /(\s(?:href|src|action|poster)=")(\/(?!\/)[^"]*)"/g,
        (_, attribute: string, url: string) => `${attribute}${relativeUrl(page, url)}"`,
      )
      .replace(/(\s(?:srcset|imagesrcset)=")([^"]*)"/g, (_, attribute: string, list: string) => {
        const entries = list.split(',').map((entry) => {
          const [url = '', ...descriptor] = entry.trim().split(/\s+/);
          return [relativeUrl(page, url), ...descriptor].join(' ');
        });
        return `${attribute}${entries.join(', ')}"`;
      })
      // A redirect page (a renamed article's old address) sends readers on with a meta refresh.
      .replace(
        /(\scontent="\d+;\s*url=)(\/(?!\/)[^"]*)"/gi,
        (_, start: string, url: string) => `${start}${relativeUrl(page, url)}"`,
      )
  );
}
