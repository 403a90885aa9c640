import { describe, expect, it } from 'vitest';
import { logDestination } from '../../src/integrations/buildLog';

/** One message Astro logs: label, level, text. */
type Event = readonly [string | null, 'info' | 'warn' | 'error', string];

/** What the log writes for these events, on a terminal or not. */
function written(events: readonly Event[], terminal = false) {
  const out: string[] = [];
  const err: string[] = [];
  const log = logDestination({
    out: { write: (text: string) => out.push(text) },
    err: { write: (text: string) => err.push(text) },
    terminal,
  });
  for (const [label, level, message] of events) log.write({ label, level, message, newLine: true });
  return { out: out.join(''), err: err.join('') };
}

/** What Astro logs for a build of a few pages, images and integrations. */
const build: Event[] = [
  ['content', 'info', 'Syncing content'],
  ['types', 'info', 'Generated 942ms'],
  ['build', 'info', 'output: "static"'],
  ['vite', 'info', '✓ built in 534ms'],
  ['SKIP_FORMAT', 'info', '\n generating static routes '],
  [null, 'info', '  ├─ /en/index.html'],
  ['SKIP_FORMAT', 'info', ' (+13ms) '],
  // A page the incremental build reuses from the last build.
  [null, 'info', '  ├─ /en/articles/x/index.html'],
  ['SKIP_FORMAT', 'info', ' \u001b[32m(restored)\u001b[39m'],
  [null, 'info', '  ├─ /en/articles/y/index.html'],
  ['SKIP_FORMAT', 'info', ' (cached)'],
  [null, 'info', '  ▶ /_astro/a.jpg (before: 33kB, after: 9kB) (+58ms) (1/49)'],
  ['search-index', 'info', 'en 4, ru 4 pages indexed'],
  ['build', 'info', '36 page(s) built in 6.09s'],
];

describe('the build log', () => {
  it('says what was built in a few lines, whatever the number of pages', () => {
    const many = Array.from({ length: 5000 }, (_, i): Event => [null, 'info', `  ├─ /en/${i}/`]);
    const { out } = written([...build.slice(0, 5), ...many, ...build.slice(5)]);
    expect(out).toBe(
      '[search-index] en 4, ru 4 pages indexed\n[build] 36 page(s) built in 6.09s\n',
    );
  });

  it('counts pages in one line on a terminal, and clears it before the summary', () => {
    const { out } = written(build, true);
    expect(out).toContain('\r\u001b[KBuilding: 1 pages and images written');
    expect(out).toContain('\r\u001b[KBuilding: 4 pages and images written\r\u001b[K[search-index]');
  });

  it('always shows warnings and errors, and keeps the dev server banner', () => {
    const { out, err } = written([
      ['vite', 'warn', 'Something worth knowing'],
      ['SKIP_FORMAT', 'info', ' astro  v7.3.5 ready in 300 ms\n┃ Local    http://127.0.0.1:4321/'],
      ['content', 'error', 'Failed to reload en/x.mdx'],
    ]);
    expect(out).toContain('Warning: [vite] Something worth knowing\n');
    expect(out).toContain('┃ Local    http://127.0.0.1:4321/');
    expect(err).toBe('Error: [content] Failed to reload en/x.mdx\n');
  });

  it("leaves out what only announces the failure the build's last block gives in full", () => {
    const { err } = written([
      [
        'check-content',
        'error',
        'An unhandled error occurred while running the "astro:config:setup" hook',
      ],
      ['vite', 'error', '✗ Build failed in 557ms'],
    ]);
    expect(err).toBe('');
  });
});
