/**
 * Pure helpers of the one-file copy of an article (the whole article in one
 * HTML file that a reader passes on: layouts/OneFileLayout.astro).
 */

/**
 * Every root-absolute address in a document's attributes (`/en/articles/x/`),
 * written as the main site's full address: a copy is read away from the site,
 * from a phone's downloads or a messenger, where only a full address leads
 * anywhere. Addresses that are already full, or data: images, stay.
 */
export function absoluteHtml(html: string, site: string): string {
  return html.replace(
    /(\s(?:href|src|action|poster)=")(\/(?!\/)[^"]*)"/g,
    (_, attribute: string, path: string) => `${attribute}${new URL(path, site).href}"`,
  );
}

/** Bytes as a data: address, for an image that must travel inside the document. */
export function dataUri(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * The custom properties of a stylesheet's first `:root` rule, with each
 * `light-dark(light, dark)` colour split into a light rule and a dark one
 * under `@media (prefers-color-scheme: dark)`: the same palette for browsers
 * that know no light-dark() (before 2024), as the copy must open on phones
 * of five years ago.
 */
export function colourSchemes(css: string): string {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const light: string[] = [];
  const dark: string[] = [];
  for (const [, name, raw] of root
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .matchAll(/(--[\w-]+):([^;]+);/g)) {
    const value = raw!.replace(/\s+/g, ' ').trim();
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
    light.push(`${name}:${pair ? pair[1] : value}`);
    if (pair) dark.push(`${name}:${pair[2]}`);
  }
  if (light.length === 0) throw new Error('colourSchemes: no custom properties in a :root rule');
  return `:root{color-scheme:light dark;${light.join(';')}}@media (prefers-color-scheme:dark){:root{${dark.join(';')}}}`;
}

/** The part of a stylesheet from one comment to another, both given as written. */
function section(css: string, from: string, to: string): string {
  const start = css.indexOf(from);
  const end = css.indexOf(to, start);
  if (start === -1 || end === -1) {
    throw new Error(
      `src/styles/global.css: the one-file copies take its rules from "${from}" to "${to}"; keep both comments, or say in lib/oneFile.ts where the rules are now`,
    );
  }
  return css.slice(start, end);
}

/**
 * The whole stylesheet of a one-file copy, from the site's own: the base
 * rules of `global.css` (before its site chrome) and its article rules (up
 * to its offline reading), its palette for browsers with and without
 * light-dark() (colourSchemes), the body components' styles, the copy's own
 * rules and `print.css`. One
 * look for an article, on the site and in the copy.
 */
export function oneFileStylesheet({
  global,
  print,
  own,
  components,
}: {
  global: string;
  print: string;
  own: string;
  /** The body components' own styles (componentStyles). */
  components: string;
}): string {
  const root = /:root\s*\{[^}]*\}/.exec(global);
  const base = section(global, root?.[0] ?? ':root', '/* Site chrome */').slice(
    root?.[0].length ?? 0,
  );
  return [
    base,
    section(global, '/* Article */', '/* Offline reading */'),
    components,
    colourSchemes(global),
    own,
    print,
  ].join('\n');
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A file's size as the language writes it, in whole kilobytes: "31 kB", «31 кБ». */
export function fileSizeText(bytes: number, lang: string): string {
  let format = sizeFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    });
    sizeFormats.set(lang, format);
  }
  return format.format(Math.max(1, Math.round(bytes / 1024)));
}

/**
 * The styles a body component keeps in its own file (`<style is:global>` in
 * its .astro source), which the site bundles with the pages that place it:
 * the one-file copy takes them from the sources, as it cannot load them.
 */
export function componentStyles(sources: readonly string[]): string {
  return sources
    .flatMap((source) =>
      [...source.matchAll(/<style is:global>([\s\S]*?)<\/style>/g)].map((match) =>
        match[1]!.trim(),
      ),
    )
    .join('\n');
}
