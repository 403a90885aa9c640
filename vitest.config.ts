/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build-failure tests run whole Astro builds: a few seconds each on two cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
