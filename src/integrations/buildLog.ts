/**
 * Astro's log, as an editor needs it (astro.config.mjs `logger`). A clean
 * build says what it built in a few lines, whatever the number of articles:
 * Astro's line per page and per image, its step-by-step timings and the
 * integrations' notes are left out, and on a terminal one line counts the
 * pages as they are written. Warnings and errors are always shown, except
 * the lines that only announce the error the build's last block gives in
 * full (scripts/astroBuild.mjs). The dev server's messages pass unchanged.
 *
 * Loaded by Node itself (Astro imports the logger outside Vite), so it
 * imports nothing of the project.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

/** Messages that only say what the build is doing, and one per page or image. */
const chatter: { label?: string; text: RegExp }[] = [
  { text: /^✓ Completed in/ },
  { label: 'content', text: /^Sync(ing|ed) content/ },
  { label: 'types', text: /^Generated/ },
  {
    label: 'build',
    text: /^(output|mode|directory|Collecting|Building|Rearranging|✓ Completed|Complete!|Pruned|Waiting for integration)/,
  },
  { label: 'vite', text: /^(✓ built in|Re-optimizing|\[optimizer\])/ },
  { label: 'service-worker', text: /./ },
  { label: '@astrojs/sitemap', text: /./ },
  { label: 'check-content', text: /./ },
];

/** Lines that announce a failure the last block of the build says in full. */
const announcements = [/An unhandled error occurred while running the/, /✗ Build failed in/];

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Whether a message is a line about one written page or image ("  ├─ /en/ (+3ms)"). */
const isProgress = (text: string) => /^(?:[├└]─|▶)/.test(text);

/** Where the log goes. */
export interface LogStreams {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
  /** Whether `out` is a terminal, where one line can count the pages as they are written. */
  terminal: boolean;
}

/** The destination Astro writes its log to (see the file's comment). */
export default function buildLog(): AstroLoggerDestination {
  return logDestination({
    out: process.stdout,
    err: process.stderr,
    terminal: process.stdout.isTTY === true,
  });
}

/** The log's rules, writing to the given streams: info and warnings to `out`, errors to `err`. */
export function logDestination({ out, err, terminal }: LogStreams): AstroLoggerDestination {
  let written = 0;
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) out.write('\r\u001b[K');
    progressShown = false;
  };
  return {
    write(event: AstroLoggerMessage) {
      const text = event.message.replace(ansi, '').trim();
      if (event.level === 'debug') return;
      if (event.level === 'info') {
        // Astro's per-page timings (or that the incremental build reused the
        // page) and section headings; the dev server's banner stays.
        const noise = /^\((?:\+[\d.]+m?s|restored|cached)\)$|^generating /;
        if (!text || (event.label === 'SKIP_FORMAT' && noise.test(text))) return;
        if (isProgress(text)) {
          written += 1;
          if (terminal) {
            out.write(
              `\r\u001b[KBuilding: ${written.toLocaleString('en')} pages and images written`,
            );
            progressShown = true;
          }
          return;
        }
        if (
          chatter.some(
            ({ label, text: pattern }) =>
              (label === undefined || label === event.label) && pattern.test(text),
          )
        ) {
          return;
        }
      }
      if (event.level === 'error' && announcements.some((pattern) => pattern.test(text))) return;
      clearProgress();
      const stream = event.level === 'error' ? err : out;
      const label = event.label && event.label !== 'SKIP_FORMAT' ? `[${event.label}] ` : '';
      const level =
        event.level === 'info' ? '' : `${event.level === 'warn' ? 'Warning' : 'Error'}: `;
      stream.write(`${level}${label}${event.message}${event.newLine ? '\n' : ''}`);
    },
  };
}
