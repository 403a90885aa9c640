// The editing page, /admin/, as the build leaves it: apart from the readers'
// site (no reader's page, feed, sitemap or search index names it), not for
// search engines, and with a policy that allows only what the CMS needs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { builtDocument, builtPages, builtText, dist } from './builtSite';

const adminPages = ['/admin/', '/admin/ru.html'];

describe('the editing page', () => {
  it.each(adminPages)(
    '%s is noindex and has its own policy: no eval, scripts from itself',
    (path) => {
      const page = builtDocument(path);
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
        'noindex, nofollow',
      );
      const csp =
        page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
        '';
      const directive = (name: string) =>
        csp.split('; ').find((part) => part.startsWith(`${name} `));
      expect(directive('script-src')).toBe("script-src 'self'");
      expect(directive('default-src')).toBe("default-src 'self'");
      expect(directive('font-src')).toBe("font-src 'self'");
      expect(directive('connect-src')).toBe("connect-src 'self' https://api.github.com");
      expect(csp).not.toContain('unsafe-eval');
      for (const script of page.querySelectorAll('script')) {
        expect(script.getAttribute('src'), 'no inline script').toMatch(/^\.\/[\w-]+\.js$/);
      }
    },
  );

  it('loads nothing from another host: its icon font is served beside it', () => {
    const bundle = builtText('/admin/sveltia-cms.js');
    expect(bundle).not.toMatch(/url\(https:\/\/[^)]*material-symbols/);
    expect(statSync(`${dist}/admin/material-symbols-outlined.woff2`).size).toBeGreaterThan(10_000);
    const size = Buffer.byteLength(bundle);
    console.log(
      `admin: sveltia-cms.js ${(size / 1024).toFixed(0)} KB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(0)} KB gzip, loaded by /admin/ only`,
    );
  });

  it('is in no reader’s page, feed, sitemap or search index', () => {
    for (const path of builtPages()) expect(builtText(path), path).not.toMatch(/admin\/|sveltia/i);
    for (const file of ['sitemap-0.xml', 'en/rss.xml', 'ru/rss.xml', 'sw.js']) {
      expect(readFileSync(`${dist}/${file}`, 'utf8'), file).not.toMatch(/admin|sveltia/i);
    }
    const indexed = readdirSync(`${dist}/pagefind`, { recursive: true, encoding: 'utf8' });
    expect(indexed.length).toBeGreaterThan(3);
    expect(indexed.join('\n')).not.toContain('admin');
  });

  it('reads a configuration with the articles of both languages side by side', () => {
    for (const file of ['config.yml', 'config.ru.yml']) {
      const config = yaml.load(builtText(`/admin/${file}`)) as {
        i18n: { structure: string; locales: string[] };
        collections: { folder: string; fields: { name: string }[] }[];
      };
      expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: ['en', 'ru'] });
      expect(config.collections[0]?.folder).toBe('content/articles');
      expect(config.collections[0]?.fields.map(({ name }) => name)).toContain('body');
    }
  });
});
