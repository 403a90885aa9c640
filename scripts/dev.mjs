// @ts-check
// `npm run dev`: Astro's dev server, which shows mistakes in the content in
// the browser (src/integrations/checkContent.ts). Astro cannot start while a
// file's frontmatter cannot be read, so until the content check passes this
// serves the list of problems itself, on the same address, and starts Astro
// as soon as the files are corrected.
import './tsImports.mjs';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { dev } = await import('astro');
const { contentDir } = await import('../src/config/contentDir.ts');
const { siteUrl } = await import('../src/config/siteUrl.ts');
const { checkContentFiles } = await import('../src/check/contentCheck.ts');
const { contentFingerprint } = await import('../src/check/contentFingerprint.ts');
const { editorReport } = await import('../src/check/editorReport.ts');
const { ContentError } = await import('../src/check/contentError.ts');
const { problemsPage } = await import('../src/check/problemsPage.ts');

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
  strict: false,
});
const port = Number(values.port ?? 4321);
const host = typeof values.host === 'string' ? values.host : '127.0.0.1';

/** The content's problems now, as the dev server's own check finds them. */
const problemsNow = async () =>
  (
    await checkContentFiles({
      contentDir,
      cwd: process.cwd(),
      site: new URL(siteUrl),
      routeFiles: readdirSync('src/pages', { recursive: true, encoding: 'utf8' }),
    })
  ).problems;

/** Serves the problems page until the content check passes. */
async function waitForCorrections(
  /** @type {import("../src/check/articleSource.ts").Problem[]} */ problems,
) {
  console.error(`\n${editorReport(new ContentError(problems), process.cwd(), undefined, true)}\n`);
  console.error(`The list is also at http://${host}:${port}/ until the files are corrected.`);
  let current = problems;
  const server = createServer((_, response) => {
    response.writeHead(current.length > 0 ? 500 : 503, {
      'content-type': 'text/html; charset=utf-8',
    });
    response.end(current.length > 0 ? problemsPage(current) : startingPage);
  }).listen(port, host);
  let seen = contentFingerprint(contentDir);
  // A check reads the photo files' headers, asynchronously: one at a time.
  let checking = false;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const now = contentFingerprint(contentDir);
      if (now === seen || checking) return;
      checking = true;
      seen = now;
      problemsNow()
        .then((problems) => {
          current = problems;
          if (current.length === 0) {
            clearInterval(timer);
            resolve(undefined);
          }
        })
        .catch((error) => {
          // Said in the terminal, and checked again at the next tick.
          console.error(error);
          seen = '';
        })
        .finally(() => {
          checking = false;
        });
    }, 1000);
  });
  // A page that reloads while it waits turns to "starting", reloading after Astro is up.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** What the address shows between the last correction and Astro's dev server. */
const startingPage = `<!doctype html><html lang="en"><meta charset="utf-8">
<meta http-equiv="refresh" content="8"><title>Starting</title>
<p style="font: 1rem system-ui, sans-serif; margin: 2rem">The files are correct: the site is starting, and shows here in a few seconds.</p></html>`;

const problems = await problemsNow();
if (problems.length > 0) await waitForCorrections(problems);
try {
  await dev({ server: { port, host } });
} catch (error) {
  console.error(`\n${editorReport(error, process.cwd(), undefined, true)}`);
  process.exit(1);
}
