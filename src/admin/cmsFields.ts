/**
 * The editing page's form, derived from the article schema: each field of
 * `articleSchema` becomes a field of the CMS (Sveltia CMS's configuration
 * format, which is Decap's), with its widget, whether it is required, its
 * pattern with the schema's own message, its choices and its nested fields.
 * What the schema says is not said again here; what it cannot say (labels,
 * hints, which facts the editions share) comes from fieldTexts.ts.
 */
import { z } from 'astro/zod';
import type { Lang } from '../i18n/locales';
import { articleSchema } from '../schemas/articleSchema';
import { publicationDateSchema } from '../schemas/publicationDate';
import { fieldsNotEdited, fieldTexts } from './fieldTexts';

/** A language of the editing page's interface: each of the site's. */
export type UiLang = Lang;

/** One field of the CMS's configuration (the subset this site uses). */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  i18n?: boolean | 'duplicate';
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
}

/** A choice of an id from a data file, labelled in the editing page's language. */
export interface Choice {
  id: string;
  name: Record<UiLang, string>;
}

/** What the form offers to choose from: the data files' entries. */
export interface Choices {
  authors: readonly Choice[];
  topics: readonly Choice[];
}

// Stand-ins for Astro's helpers, recognised by identity as the schema is walked.
const author = z.string();
const topic = z.string();
const image = z.string();
const schema = articleSchema({ image: () => image, author, topic });

/** A day, or a month where the day is not known (publicationDateSchema's two forms). */
const dayOrMonth = '^\\d{4}-\\d{2}(-\\d{2})?$';
const day = '^\\d{4}-\\d{2}-\\d{2}$';

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  in?: z.ZodType;
};
const defOf = (type: z.ZodType) => (type as unknown as { _zod: { def: Def } })._zod.def;

/** The schema's own message for a wrong value: the content check's words. */
const messageFor = (type: z.ZodType, wrong: unknown) =>
  type.safeParse(wrong).error?.issues[0]?.message ?? 'not valid';

/** The schema's fields (its object, under the refinements and the transform). */
export function schemaShape(): Record<string, z.ZodType> {
  const outer = defOf(schema as unknown as z.ZodType);
  const object = outer.type === 'pipe' ? outer.in! : (schema as unknown as z.ZodType);
  return defOf(object).shape!;
}

/** The pattern a string schema checks (slugs, see-also entries), with its message. */
function stringPattern(type: z.ZodType): [string, string] | undefined {
  const checks = (type as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def.checks;
  const pattern = (checks ?? [])
    .map((check) => (check as { _zod: { def: { pattern?: RegExp } } })._zod.def.pattern)
    .find((found) => found instanceof RegExp);
  return pattern && [pattern.source, messageFor(type, '?')];
}

const choiceOptions = (choices: readonly Choice[], lang: UiLang) =>
  choices.map(({ id, name }) => ({ label: name[lang], value: id }));

/** The widget and its options for one schema type (optional and default unwrapped). */
function widgetOf(
  path: string,
  type: z.ZodType,
  choices: Choices,
  lang: UiLang,
): { widget: string; [option: string]: unknown } {
  const def = defOf(type);
  const multiline = fieldTexts[path]?.multiline;
  if (type === image) {
    // Uploaded into content/photos/ and written relative to the article's file.
    return { widget: 'image', choose_url: false, accept: 'image/jpeg,image/png' };
  }
  if (type === publicationDateSchema) {
    return { widget: 'string', pattern: [dayOrMonth, messageFor(type, '?')] };
  }
  switch (def.type) {
    case 'string':
      return { widget: multiline ? 'text' : 'string', ...patternOption(stringPattern(type)) };
    case 'date':
      return { widget: 'string', pattern: [day, messageFor(type, '?')] };
    case 'pipe':
      // A value the schema reads, then rewrites (unavailable: false as no line).
      return widgetOf(path, def.in!, choices, lang);
    case 'boolean':
    case 'literal':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries!).map(plainOption) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(def.shape!, path, choices, lang) };
    case 'array':
      return arrayWidget(path, def.element!, choices, lang);
    default:
      throw new Error(`${path}: the editing page has no widget for a ${def.type} field`);
  }
}

const plainOption = (value: string) => ({ label: value, value });
const patternOption = (pattern: [string, string] | undefined) => (pattern ? { pattern } : {});

function arrayWidget(path: string, element: z.ZodType, choices: Choices, lang: UiLang) {
  if (element === author) {
    return { widget: 'select', multiple: true, options: choiceOptions(choices.authors, lang) };
  }
  if (element === topic) {
    return { widget: 'select', multiple: true, options: choiceOptions(choices.topics, lang) };
  }
  if (path === 'seeAlso') {
    // The site's articles, chosen by headline; the file name is what is written.
    return {
      widget: 'relation',
      collection: 'articles',
      value_field: '{{slug}}',
      search_fields: ['headline'],
      display_fields: ['headline'],
      multiple: true,
    };
  }
  const def = defOf(element);
  if (def.type === 'object') {
    return { widget: 'list', fields: fieldsOf(def.shape!, path, choices, lang) };
  }
  const item = widgetOf(path, element, choices, lang);
  return { widget: 'list', field: { name: 'item', label: label(path, lang), ...item } };
}

const label = (path: string, lang: UiLang) => fieldTexts[path]?.[lang].label ?? path;

/** Optional and default wrappers removed, and whether there was one. */
function unwrap(type: z.ZodType): { type: z.ZodType; required: boolean } {
  let required = true;
  let inner = type;
  for (let def = defOf(inner); def.type === 'optional' || def.type === 'default';) {
    required = false;
    inner = def.innerType!;
    def = defOf(inner);
  }
  return { type: inner, required };
}

function fieldsOf(
  shape: Record<string, z.ZodType>,
  prefix: string,
  choices: Choices,
  lang: UiLang,
): CmsField[] {
  return Object.entries(shape).flatMap(([name, type]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    if (path in fieldsNotEdited) return [];
    const spec = fieldTexts[path];
    if (!spec) {
      throw new Error(
        `${path}: a field of the article schema that the editing page does not describe; add it to src/admin/fieldTexts.ts`,
      );
    }
    const { type: inner, required } = unwrap(type);
    const { label, hint } = spec[lang];
    return [
      {
        name,
        label,
        ...(hint ? { hint } : {}),
        ...widgetOf(path, inner, choices, lang),
        required,
        i18n: spec.shared ? 'duplicate' : true,
      },
    ];
  });
}

/**
 * The form of an article, in the editing page's language `lang`: the
 * schema's fields (`shape`, given by tests to add one).
 */
export function articleFields(
  choices: Choices,
  lang: UiLang,
  shape: Record<string, z.ZodType> = schemaShape(),
): CmsField[] {
  return fieldsOf(shape, '', choices, lang);
}
