// The floors of src/, lowest first: a file imports only from its own folder
// or from a lower floor, never from a higher one, and two folders of one
// floor never import each other. A new folder gets its floor here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const layers: readonly (readonly string[])[] = [
  // Settings, images and style sheets: they import nothing of the site's.
  ['config', 'assets', 'styles'],
  // The languages: registry, UI strings, typography.
  ['i18n'],
  // Small pure helpers: URLs, dates, slugs.
  ['lib'],
  // What content is: the schemas and the body components' table.
  ['schemas'],
  // The content check before Astro starts; the browser's own scripts.
  ['check', 'browser'],
  // The content loader; the newsroom commands' logic.
  ['loaders', 'newsroom', 'admin'],
  ['content.config.ts'],
  // Queries the pages use.
  ['data'],
  ['components'],
  ['layouts'],
  // Routes, and the build's own steps; the types of what pages share (env.d.ts).
  ['pages', 'middleware.ts', 'integrations', 'env.d.ts'],
];

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const floorOf = new Map(layers.flatMap((names, floor) => names.map((name) => [name, floor])));
/** The folder (or file) of src/ a path is in. */
const topOf = (path: string) => relative(src, path).split(sep)[0] ?? '';

const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => /\.(ts|mts|mjs|astro)$/.test(file))
  .map((file) => join(src, file));

/** The relative imports in a file's text: static, dynamic, re-exports and import.meta.glob. */
const importsIn = (file: string, text: string) =>
  [
    ...text.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(?\s*|glob<?[^(]*\(\s*\[?\s*)['"](\.{1,2}\/[^'"]+)['"]/g,
    ),
  ].map((match) => resolve(dirname(file), match[1]!));

/** Every import of a lower or equal floor's folder into another folder, as a sentence. */
function wrongImports(sources: ReadonlyMap<string, string>): string[] {
  return [...sources].flatMap(([file, text]) =>
    importsIn(file, text).flatMap((target) => {
      const [from, to] = [topOf(file), topOf(target)];
      if (from === to || !target.startsWith(src)) return [];
      const [floor, targetFloor] = [floorOf.get(from) ?? -1, floorOf.get(to) ?? -1];
      return targetFloor < floor
        ? []
        : [`${relative(src, file)} imports ${relative(src, target)} (${from} is not above ${to})`];
    }),
  );
}

describe('the floors of src/', () => {
  it('give every folder of src/ a floor', () => {
    const tops = [...new Set(files.map(topOf))];
    expect(tops.filter((top) => !floorOf.has(top))).toEqual([]);
  });

  it('are imported downwards only, and never across', () => {
    expect(wrongImports(new Map(files.map((file) => [file, readFileSync(file, 'utf8')])))).toEqual(
      [],
    );
  });

  it('name an import upwards, and one across a floor', () => {
    const made = new Map([
      [join(src, 'lib/x.ts'), "import { getCheckedArticles } from '../data/articles';"],
      [join(src, 'check/y.ts'), "const z = await import('../browser/search');"],
      [join(src, 'pages/z.astro'), "import { site } from '../config/site';"],
    ]);
    expect(wrongImports(made)).toEqual([
      'lib/x.ts imports data/articles (lib is not above data)',
      'check/y.ts imports browser/search (check is not above browser)',
    ]);
  });
});
