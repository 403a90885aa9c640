// The built site as files: what the tests over dist/ read, without a server
// or a browser. Run after `npm run build` (npm run test:dist).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';

/** Where the production build is. */
export const dist = 'dist';

/**
 * Every reader's page the build wrote, as the path it is served at ("/en/",
 * "/404.html"). The editing page, /admin/, is no reader's page: admin.test.ts
 * checks it.
 */
export function builtPages(dir = dist): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The file a path is served from, as a static host serves it ("/en/" is dist/en/index.html). */
export function fileOf(path: string, dir = dist): string {
  return `${dir}${path.endsWith('/') ? `${path}index.html` : path}`;
}

/** Whether a path is served: a file, not a folder, is there. */
export function isServed(path: string, dir = dist): boolean {
  try {
    return statSync(fileOf(path, dir)).isFile();
  } catch {
    return false;
  }
}

const texts = new Map<string, string>();

/** The text of a built file, read once. */
export function builtText(path: string, dir = dist): string {
  const file = fileOf(path, dir);
  let text = texts.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    texts.set(file, text);
  }
  return text;
}

/** A built page as a document to query with CSS selectors. */
export function builtDocument(path: string, dir = dist): HTMLElement {
  return parse(builtText(path, dir));
}

/** Whether a built path is an article's one-file copy (`/en/articles/<slug>/<slug>.en.html`). */
export function isOneFileCopy(path: string): boolean {
  return /^\/[a-z]{2}\/articles\/([^/]+)\/\1\.[a-z]{2}\.html$/.test(path);
}
