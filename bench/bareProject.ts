// The yardstick: a bare Astro site built from the same MDX files as ours, so
// our cost per page can be read against what Astro itself costs. One MDX
// collection with no schema, one page template, Astro's defaults (Sätteri for
// MDX), no images, no layout: each page is the headline and the body, and the
// three body components render their id in a paragraph.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The project's files, by path. Written out rather than kept as a folder: nothing here is ours to type-check. */
const files: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.ASTRO_OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: process.env.CONTENT_DIR + '/articles' }),
  }),
};
`,
  'src/components/Stub.astro': `<p>{Astro.props.id}</p>
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
import Stub from '../components/Stub.astro';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{article.data.headline}</title></head>
  <body>
    <h1>{article.data.headline}</h1>
    <Content components={{ Photo: Stub, PullQuote: Stub, SeeAlso: Stub }} />
  </body>
</html>
`,
};

/**
 * Writes the bare project into `dir` (which must not exist yet), with the
 * project's node_modules linked in so it runs the same Astro.
 */
export async function writeBareProject(dir: string, nodeModules: string): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
