// Every built page is valid HTML and carries a strict Content-Security-Policy.
// Both read the files as written: no browser needed.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtDocument, builtPages, builtText, dist, fileOf, isOneFileCopy } from './builtSite';

const pages = builtPages();

describe('every built page', () => {
  it('is valid HTML (html-validate)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:a11y'],
      rules: {
        // Astro writes void elements as <meta ...> (HTML5 syntax), not <meta ... />.
        'void-style': 'off',
        // Pagefind and Astro emit inline styles/scripts hashed by the CSP.
        'no-inline-style': 'off',
      },
    });
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(builtText(page), fileOf(page));
      for (const result of report.results) {
        for (const message of result.messages) {
          errors.push(
            `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    console.log(`html-validate: ${errors.length} errors on ${pages.length} pages`);
    expect(pages.length).toBeGreaterThan(30);
    expect(errors).toEqual([]);
  });

  it('carries a strict Content-Security-Policy', () => {
    const weak: string[] = [];
    // The one-file copies have a stricter policy of their own (oneFile.test.ts).
    for (const page of pages.filter((path) => !isOneFileCopy(path))) {
      const html = builtText(page);
      const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      for (const required of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
        if (!csp.includes(required)) weak.push(`${page}: no ${required}`);
      }
      if (!scriptSrc || scriptSrc.includes('unsafe-inline'))
        weak.push(`${page}: script-src ${scriptSrc}`);
    }
    console.log(`CSP: ${weak.length} weak policies on ${pages.length} pages`);
    expect(weak).toEqual([]);
  });

  it('has no style attribute, which its policy blocks (a table column is aligned by an attribute)', () => {
    const styled: string[] = [];
    // The fixture site too: its test article has aligned table columns.
    for (const dir of [dist, '.fixture-site']) {
      for (const page of builtPages(dir)) {
        for (const element of builtDocument(page, dir).querySelectorAll('[style]')) {
          styled.push(
            `${dir}${page}: <${element.rawTagName} style="${element.getAttribute('style')}">`,
          );
        }
      }
    }
    expect(styled).toEqual([]);
  });
});
