/**
 * The files of the editing page, /admin/: Sveltia CMS's bundle, as the npm
 * package ships it but for its icon font's address (served from here, as the
 * site loads nothing from other hosts), the page in each interface language
 * with its own Content-Security-Policy, the configurations derived from the
 * schema, and the toolbar's body components. No reader's page links to any
 * of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { bodyComponentNames } from '../schemas/bodyComponents';
import type { Choice, UiLang } from './cmsFields';
import { cmsConfig, type CmsBackend } from './cmsConfig';
import { componentTexts, pageTitle } from './editorTexts';

const require = createRequire(import.meta.url);
/** A file of an installed package, past the package's "exports" (which list no such file). */
const packageFile = (name: string, file: string) =>
  join(require.resolve(name).split(`/node_modules/${name}/`)[0]!, 'node_modules', name, file);
const iconFont = 'material-symbols-outlined.woff2';
/** The icon font's address in the bundle: a public CDN, replaced by the copy served here. */
const iconFontCdn =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined[^)\s]*/;

/** The page for the interface language `lang` (English at /admin/, Russian at /admin/ru.html). */
export const pageFile = (lang: UiLang) => (lang === 'en' ? 'index.html' : `${lang}.html`);
const configFile = (lang: UiLang) => (lang === 'en' ? 'config.yml' : `config.${lang}.yml`);

/**
 * What the editing page may load: its own files, and the git host's API it
 * saves to. Styles inline, as the CMS's components set them; no eval.
 */
export function adminCsp(backend: CmsBackend): string {
  const api = backend.api_root
    ? new URL(backend.api_root).origin
    : { github: 'https://api.github.com', gitlab: 'https://gitlab.com' }[backend.name];
  const host = backend.base_url ? ` ${new URL(backend.base_url).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${api ? ` ${api}` : ''}${host}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function page(lang: UiLang, backend: CmsBackend): string {
  const config =
    lang === 'en'
      ? ''
      : `\n<link rel="cms-config-url" type="application/yaml" href="${configFile(lang)}">`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminCsp(backend)}">
<meta name="referrer" content="same-origin">
<title>${pageTitle[lang]}</title>${config}
</head>
<body>
<noscript>${lang === 'ru' ? 'Для редактирования нужен JavaScript.' : 'The editing page needs JavaScript.'}</noscript>
<script src="./sveltia-cms.js"></script>
<script src="./editor-components-${lang}.js"></script>
</body>
</html>
`;
}

/** The toolbar's buttons for <Photo id>, <PullQuote id> and <SeeAlso id>, each kept as written. */
function editorComponents(lang: UiLang): string {
  const components = bodyComponentNames.map((name) => ({
    name,
    ...componentTexts(name, lang),
  }));
  return `// The body components of an article, as toolbar buttons (generated).
for (const { name, label, id, hint } of ${JSON.stringify(components)}) {
  CMS.registerEditorComponent({
    id: name,
    label,
    fields: [{ name: 'id', label: id, hint, widget: 'string', pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$|^[a-z]{2}/[a-z0-9-]+$', hint] }],
    pattern: new RegExp('^<' + name + ' id="([^"]*)" />$', 'm'),
    fromBlock: (match) => ({ id: match[1] }),
    toBlock: ({ id }) => '<' + name + ' id="' + id + '" />',
    toPreview: ({ id }) => label + ': ' + id,
  });
}
// A note for editors, {/* ... */}, which readers never see: kept as written.
CMS.registerEditorComponent({
  id: 'EditorNote',
  label: ${JSON.stringify(lang === 'ru' ? 'Заметка для редакции' : 'Note for editors')},
  fields: [{ name: 'text', label: ${JSON.stringify(lang === 'ru' ? 'Заметка' : 'Note')}, widget: 'text' }],
  pattern: /^\\{\\/\\*\\s*([\\s\\S]*?)\\s*\\*\\/\\}$/m,
  fromBlock: (match) => ({ text: match[1] }),
  toBlock: ({ text }) => '{/* ' + text + ' */}',
  toPreview: ({ text }) => text,
});
`;
}

/** The bundle, with its icon font read from beside it. */
function bundle(): string {
  const text = readFileSync(packageFile('@sveltia/cms', 'dist/sveltia-cms.js'), 'utf8');
  if (!iconFontCdn.test(text)) {
    throw new Error(
      '@sveltia/cms no longer loads its icon font from the address src/admin/adminFiles.ts replaces; update iconFontCdn',
    );
  }
  return text.replace(iconFontCdn, iconFont);
}

/** Every file of /admin/, by its name there. */
export function adminFiles({
  contentDir,
  backend,
  siteUrl,
}: {
  contentDir: string;
  backend: CmsBackend;
  siteUrl: string;
}): Map<string, string | Buffer> {
  const read = (file: string) =>
    JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as {
      id: string;
      name: Choice['name'];
    }[];
  const choices = { authors: read('authors.json'), topics: read('topics.json') };
  const files = new Map<string, string | Buffer>([
    ['sveltia-cms.js', bundle()],
    [
      iconFont,
      readFileSync(
        packageFile(
          '@fontsource/material-symbols-outlined',
          'files/material-symbols-outlined-latin-400-normal.woff2',
        ),
      ),
    ],
  ]);
  for (const lang of ['en', 'ru'] as const) {
    files.set(pageFile(lang), page(lang, backend));
    files.set(`editor-components-${lang}.js`, editorComponents(lang));
    const config = cmsConfig({ choices, backend, siteUrl, lang });
    files.set(configFile(lang), yaml.dump(config, { lineWidth: -1, noRefs: true }));
  }
  return files;
}
