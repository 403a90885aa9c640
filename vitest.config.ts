/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Build-failure tests run whole Astro builds: a few seconds each on two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Pure logic, components, the broken-content builds and the benchmark's own
        // tests: no build needed first.
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/build/**/*.test.ts',
            'bench/tests/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        // The built files in dist/ (npm run build first): HTML, links, feeds, metadata.
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
    ],
  },
});
