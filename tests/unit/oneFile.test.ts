import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  absoluteHtml,
  colourSchemes,
  componentStyles,
  dataUri,
  fileSizeText,
  oneFileStylesheet,
} from '../../src/lib/oneFile';

const site = 'https://steppe-bulletin.example';

describe('absoluteHtml', () => {
  it.each([
    ['<a href="/en/articles/x/">', `<a href="${site}/en/articles/x/">`],
    ['<a class="a" href="/en/#top">', `<a class="a" href="${site}/en/#top">`],
    ['<img src="/_astro/a.webp">', `<img src="${site}/_astro/a.webp">`],
    ['<form action="/en/search/">', `<form action="${site}/en/search/">`],
    // Full addresses, protocol-relative ones, fragments and data: stay as they are.
    ['<a href="https://cabar.asia/en/x">', '<a href="https://cabar.asia/en/x">'],
    ['<a href="//cdn.example/x">', '<a href="//cdn.example/x">'],
    ['<a href="#longing-for-changes">', '<a href="#longing-for-changes">'],
    ['<img src="data:image/webp;base64,AAAA">', '<img src="data:image/webp;base64,AAAA">'],
    ['<a href="mailto:x@example.org">', '<a href="mailto:x@example.org">'],
    // Text that looks like an attribute is text.
    ['<p>href="/en/"</p>', '<p>href="/en/"</p>'],
  ])('%s', (html, expected) => {
    expect(absoluteHtml(html, site)).toBe(expected);
  });

  it('keeps a site under a folder', () => {
    expect(absoluteHtml('<a href="/en/">', 'https://mirror.example/x/')).toBe(
      '<a href="https://mirror.example/en/">',
    );
  });
});

describe('dataUri', () => {
  it('writes the bytes in base64 with their type', () => {
    expect(dataUri('image/webp', new Uint8Array([82, 73, 70, 70]))).toBe(
      'data:image/webp;base64,UklGRg==',
    );
  });
});

describe('colourSchemes', () => {
  it('splits light-dark() into a light rule and a dark one, and keeps the rest', () => {
    const css = `/* a comment; with --fake: 1; */
:root {
  --text: light-dark(#111, #eee);
  --serif:
    Charter, Georgia, serif;
  --measure: 40rem;
  color-scheme: light dark;
}
:root[data-theme='dark'] { --text: #fff; }`;
    expect(colourSchemes(css)).toBe(
      ':root{color-scheme:light dark;--text:#111;--serif:Charter, Georgia, serif;--measure:40rem}' +
        '@media (prefers-color-scheme:dark){:root{--text:#eee}}',
    );
  });

  it("reads the site's palette: every colour in both schemes", () => {
    const schemes = colourSchemes(readFileSync('src/styles/global.css', 'utf8'));
    expect(schemes).not.toContain('light-dark');
    const [light, dark] = schemes.split('@media');
    for (const name of ['--text', '--paper', '--accent', '--muted', '--rule', '--panel'])
      expect([light, dark].map((rule) => rule!.includes(`${name}:`))).toEqual([true, true]);
  });

  it('fails where there is no palette to read', () => {
    expect(() => colourSchemes('body { color: red; }')).toThrow(/no custom properties/);
  });
});

describe('oneFileStylesheet', () => {
  const read = (name: string) => readFileSync(`src/styles/${name}`, 'utf8');
  const stylesheet = oneFileStylesheet({
    global: read('global.css'),
    print: read('print.css'),
    own: '.saved { color: red; }',
    components: componentStyles(
      readdirSync('src/components/mdx')
        .filter((name) => name.endsWith('.astro'))
        .map((name) => readFileSync(`src/components/mdx/${name}`, 'utf8')),
    ),
  });

  it("has the site's base and article rules (tables and footnotes too), its palette in both schemes, the copy's own and print", () => {
    for (const rule of [
      'body {',
      '.visually-hidden,\n.sr-only {',
      '.article__headline',
      '.prose p {',
      '.table-box {',
      ".table-box [data-align='right'] {",
      '.footnotes {',
      '.figure__caption {',
      '.pull-quote {',
      '.see-also {',
      '.corrections {',
      '.disclaimer {',
      '@media (prefers-color-scheme:dark)',
      '.saved { color: red; }',
      '@media print',
    ])
      expect(stylesheet, rule).toContain(rule);
  });

  it("leaves out the site's chrome and tools, and the palette written with light-dark()", () => {
    for (const rule of [
      '.social-links',
      '.share__links',
      '.typo-dialog textarea',
      '.card {',
      '.search-form',
    ])
      expect(stylesheet, rule).not.toContain(`${rule}`);
    expect(stylesheet).not.toMatch(/--text:\s*light-dark/);
  });

  it('says where the rules were looked for when global.css is laid out otherwise', () => {
    expect(() =>
      oneFileStylesheet({
        global: ':root { --a: 1; } body {}',
        print: '',
        own: '',
        components: '',
      }),
    ).toThrow(/src\/styles\/global\.css: the one-file copies take its rules from/);
  });
});

describe('fileSizeText', () => {
  it.each([
    [17_163, 'en', '17 kB'],
    [23_745, 'ru', '23 кБ'],
    [91_334, 'en', '89 kB'],
    [300, 'en', '1 kB'],
    [1_500_000, 'en', '1,465 kB'],
  ])('%i bytes in %s: %s', (bytes, lang, expected) => {
    expect(fileSizeText(bytes, lang).replace(/\s/g, ' ')).toBe(expected);
  });
});

describe('componentStyles', () => {
  it("takes each component's global styles from its source, and nothing else", () => {
    const sources = [
      '---\nconst a = 1;\n---\n<p class="x">x</p>\n<style is:global>\n  .x { color: red; }\n</style>\n',
      '<p>no styles</p>',
      '<style>.scoped { color: blue; }</style>',
    ];
    expect(componentStyles(sources)).toBe('.x { color: red; }');
  });
});
