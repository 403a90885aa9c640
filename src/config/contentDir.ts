/**
 * Where the collections are read from. Benchmarks and broken-content fixtures
 * set CONTENT_DIR so that they build from a temporary folder and never from
 * (or into) the published `content/`.
 */
export const contentDir: string = process.env.CONTENT_DIR ?? './content';
