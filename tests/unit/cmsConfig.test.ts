import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleFields, schemaShape, type CmsField } from '../../src/admin/cmsFields';
import { fieldsNotEdited, fieldTexts } from '../../src/admin/fieldTexts';
import { languages } from '../../src/i18n/locales';
import authors from '../../content/authors.json';
import topics from '../../content/topics.json';

const choices = { authors, topics };

/** Every field's path in a form ('photos.alt'). */
const paths = (fields: CmsField[], prefix = ''): string[] =>
  fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return [path, ...paths(field.fields ?? [], path)];
  });

/** Every field's path in the schema, nested objects and lists of objects included. */
function schemaPaths(shape: Record<string, z.ZodType>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([name, type]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    let inner = type as unknown as { _zod: { def: Record<string, unknown> } };
    for (let hops = 0; hops < 4; hops += 1) {
      const def = inner._zod.def;
      const next = def.innerType ?? def.element ?? (def.type === 'pipe' ? def.in : undefined);
      if (!next) break;
      inner = next as typeof inner;
    }
    const nested = inner._zod.def.shape as Record<string, z.ZodType> | undefined;
    return [path, ...(nested ? schemaPaths(nested, path) : [])];
  });
}

describe('the editing page’s form', () => {
  it.each(languages)('has every field of the article schema (%s)', (lang) => {
    const form = paths(articleFields(choices, lang));
    const expected = schemaPaths(schemaShape()).filter((path) => !(path in fieldsNotEdited));
    expect(form.sort()).toEqual(expected.sort());
    expect(Object.keys(fieldTexts).sort()).toEqual(expected.sort());
  });

  it('refuses a schema field it does not describe, naming the file to describe it in', () => {
    const shape = { ...schemaShape(), pullQuoteColour: z.string() };
    expect(() => articleFields(choices, 'en', shape)).toThrow(
      'pullQuoteColour: a field of the article schema that the editing page does not describe; add it to src/admin/fieldTexts.ts',
    );
  });

  it('checks patterns as typed with the schema’s own words, and offers the data files’ ids', () => {
    const fields = articleFields(choices, 'ru');
    const named = (name: string) => fields.find((field) => field.name === name)!;
    expect(named('published')).toMatchObject({
      required: true,
      i18n: 'duplicate',
      pattern: [
        expect.any(String),
        'expected a date as YYYY-MM-DD, or YYYY-MM when the day is not known',
      ],
    });
    expect(new RegExp(named('published').pattern![0]).test('2019-06')).toBe(true);
    expect(named('authors').options).toContainEqual({
      label: 'Редакция CABAR.asia',
      value: 'cabar-newsroom',
    });
    expect(named('topics').options?.map(({ value }) => value)).toEqual(topics.map(({ id }) => id));
    expect(named('headline')).toMatchObject({ label: 'Заголовок', required: true, i18n: true });
    const photo = named('photos').fields!;
    expect(photo.find(({ name }) => name === 'src')).toMatchObject({
      widget: 'image',
      i18n: 'duplicate',
    });
    expect(photo.find(({ name }) => name === 'id')?.pattern?.[1]).toBe(
      'expected lower-case words joined by hyphens',
    );
  });
});
