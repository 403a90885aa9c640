/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { standardStack } from './tests/mdx/standardStack.ts';

/** Unit tests that mock a module: they run in a module graph of their own. */
const isolatedUnitTests = 'tests/unit/articlePage.test.ts';

export default getViteConfig({
  test: {
    // Build-failure tests run whole Astro builds: a few seconds each on two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Pure logic, components, the broken-content builds and the benchmark's own
        // tests: no build needed first. One module graph per worker, not one per
        // file (importing Astro's and the site's modules afresh for each file
        // was a fifth of the run): these files mock nothing and share no state.
        test: {
          name: 'unit',
          isolate: false,
          include: [
            'tests/unit/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'bench/tests/**/*.test.ts',
          ],
          exclude: [isolatedUnitTests],
        },
      },
      {
        extends: true,
        // A file that mocks a module (astro:content) keeps a module graph of its own.
        test: { name: 'unit-isolated', include: [isolatedUnitTests] },
      },
      {
        extends: true,
        // The built files in dist/ (npm run build first): HTML, links, feeds, metadata.
        test: { name: 'dist', isolate: false, include: ['tests/dist/**/*.test.ts'] },
      },
      // Every body rendered by @astrojs/mdx with remark-gfm and compared with the
      // site's rendering (README: How an article gets built). A bare Astro project
      // of its own: it does not extend this config, whose plugins are the site's.
      async (env) => ({
        ...(await getViteConfig(
          {
            test: {
              name: 'mdx',
              include: ['tests/mdx/**/*.test.ts'],
              testTimeout: 60_000,
              // A compiled .mdx module depends on the remark and rehype plugins
              // of standardStack.ts, which this project, having no config file,
              // does not key vitest's module cache on: a cached module would
              // hide a change to them (or to the site's rules they use).
              fsModuleCache: false,
            },
          },
          standardStack,
        )(env)),
        extends: false,
      }),
    ],
  },
});
