/**
 * The editing page's configuration (/admin/config.yml, and config.ru.yml for
 * its Russian interface): one collection of articles, each entry the
 * article's editions in every language side by side, its form derived from
 * the article schema (cmsFields.ts).
 */
import { bodyComponentNames } from '../schemas/bodyComponents';
import { languages } from '../i18n/locales';
import { articleFields, type Choices, type CmsField, type UiLang } from './cmsFields';
import { bodyTexts } from './editorTexts';

/** Where the editing page saves: the newsroom's git host (see README: The editing page). */
export interface CmsBackend {
  /** github, gitlab or gitea (Gitea and Forgejo). */
  name: string;
  /** owner/name of the site's repository. */
  repo: string;
  /** The branch the site is built from. */
  branch: string;
  /** A self-hosted GitLab's or Gitea's API, e.g. https://git.example.org/api/v1. */
  api_root?: string;
  /** The OAuth application's id on a self-hosted host. */
  app_id?: string;
  /** The host's sign-in page, for a self-hosted one. */
  base_url?: string;
}

/** The backend from the build's environment (CMS_BACKEND, CMS_REPO, ...). */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const optional = (key: string, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    name: env.CMS_BACKEND ?? 'github',
    repo: env.CMS_REPO ?? 'steppe-bulletin/steppe-bulletin',
    branch: env.CMS_BRANCH ?? 'main',
    ...optional('api_root', env.CMS_API_ROOT),
    ...optional('app_id', env.CMS_APP_ID),
    ...optional('base_url', env.CMS_BASE_URL),
  };
}

/** The largest photo file the editing page accepts (README: Photos). */
export const photoMaxBytes = 2 * 1024 * 1024;

/** The whole configuration, with the interface texts of `lang`. */
export function cmsConfig({
  choices,
  backend,
  siteUrl,
  lang,
}: {
  choices: Choices;
  backend: CmsBackend;
  /** Where "view on the site" leads: the dev server locally, the site in production. */
  siteUrl: string;
  lang: UiLang;
}) {
  const body = bodyTexts[lang];
  const fields: CmsField[] = [
    // Each edition's language is its folder's: written, never typed.
    { name: 'lang', label: 'lang', widget: 'hidden', default: '{{locale}}', i18n: true },
    ...articleFields(choices, lang),
    {
      name: 'body',
      label: body.label,
      hint: body.hint,
      widget: 'markdown',
      i18n: true,
      // Only what an article body may hold: no images or HTML (photos are <Photo>).
      buttons: [
        'bold',
        'italic',
        'link',
        'heading-two',
        'heading-three',
        'quote',
        'bulleted-list',
        'numbered-list',
      ],
      editor_components: [...bodyComponentNames, 'EditorNote'],
      modes: ['rich_text', 'raw'],
    },
  ];
  return {
    backend,
    site_url: siteUrl,
    // Photo files go in content/photos/, and articles name them relative to their own file.
    media_folder: 'content/photos',
    public_folder: '/content/photos',
    media_libraries: { default: { config: { max_file_size: photoMaxBytes } } },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    slug: { encoding: 'ascii', clean_accents: true },
    i18n: {
      structure: 'multiple_folders',
      locales: [...languages],
      default_locale: languages[0],
    },
    collections: [
      {
        name: 'articles',
        label: lang === 'ru' ? 'Статьи' : 'Articles',
        label_singular: lang === 'ru' ? 'статью' : 'article',
        folder: 'content/articles',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        i18n: true,
        media_folder: '/content/photos',
        public_folder: '../../photos',
        identifier_field: 'headline',
        summary: '{{headline}}',
        slug: '{{headline}}',
        preview_path: '{{locale}}/articles/{{slug}}/',
        editor: { preview: false },
        sortable_fields: ['published', 'headline'],
        fields,
      },
    ],
  };
}
