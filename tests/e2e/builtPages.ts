import { readdirSync } from 'node:fs';

/** Every HTML page the build wrote, as the path it is served at ("/en/", "/404.html"). */
export function builtPages(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
