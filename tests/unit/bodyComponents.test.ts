// The body components' table (src/schemas/bodyComponents.ts) is the one list
// of them: every row has its component beside ArticleBody, every component
// there has its row, and each row's example is a valid list of the schema.
import { readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleFields } from '../../src/schemas/articleSchema';
import { bodyComponentNames, bodyComponents } from '../../src/schemas/bodyComponents';

const componentFiles = readdirSync(new URL('../../src/components/mdx/', import.meta.url))
  .filter((file) => file.endsWith('.astro') && file !== 'ArticleBody.astro')
  .map((file) => file.slice(0, -'.astro'.length));

const fields = articleFields({ image: () => z.string(), author: z.string(), topic: z.string() });

describe('the body components', () => {
  it('each have a row and a component of their name, and nothing else is placed', () => {
    expect([...bodyComponentNames].sort()).toEqual([...componentFiles].sort());
  });

  it.each(bodyComponentNames.map((name) => [name]))(
    "%s: the template's example is a valid list, under its own name",
    (name) => {
      const { list, example } = bodyComponents[name];
      // The lines above the list's own say what it is for.
      const from = example.findIndex((line) => line.startsWith(`${list}:`));
      const yaml = load(example.slice(from).join('\n')) as Record<string, unknown>;
      expect(Object.keys(yaml)).toEqual([list]);
      expect(fields.shape[list].safeParse(yaml[list]).error?.issues ?? []).toEqual([]);
    },
  );
});
