/**
 * Where a build puts the site (Astro's `outDir`). Fixture and benchmark
 * builds set ASTRO_OUT_DIR so that they never touch the published `dist/`.
 * `npm run build` builds beside it and puts the new site in its place only
 * once the build has succeeded (scripts/publishBuild.mjs).
 */
export const outDir: string = process.env.ASTRO_OUT_DIR ?? './dist';
