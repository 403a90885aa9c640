import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { site } from '../config/site';
import { checkContentFiles, type ContentCheckOptions } from '../check/contentCheck';
import { formatProblem, type Problem } from '../check/articleSource';
import { ContentError } from '../check/contentError';
import { editorReport } from '../check/editorReport';
import { heldBackNote } from '../check/heldBack';
import { withdrawnLinksNote } from '../check/publicationLinks';
import { contentFingerprint as fingerprint } from '../check/contentFingerprint';
import { problemsPage } from '../check/problemsPage';
import { today } from '../lib/publication';

/**
 * Checks the content as written before Astro reads it (see
 * src/check/contentCheck.ts). A build or sync with mistakes in the content
 * stops at once, with every problem listed, before any page is built. The
 * dev server starts anyway and, while mistakes remain, answers every page
 * with their list (src/check/problemsPage.ts) instead of a stale page, and
 * logs them once per change. It also gives Astro the redirects from renamed
 * articles' old addresses.
 */
/** The problems as the report says them, to tell whether they changed. */
const said = (problems: readonly Problem[]) => problems.map(formatProblem).join('\n');

export function checkContent(
  contentDir: string,
): AstroIntegration & { withdrawn: ReadonlySet<string> } {
  const withdrawn = new Set<string>();
  let options: ContentCheckOptions | undefined;
  let last: { fingerprint: string; problems: Problem[] } | undefined;

  /** The problems now, checked again only when a file changed; logged when they change. */
  const currentProblems = async (logger: AstroIntegrationLogger): Promise<Problem[]> => {
    const now = fingerprint(options!.contentDir);
    if (last?.fingerprint !== now) {
      const { problems } = await checkContentFiles(options!);
      if (problems.length > 0 && said(problems) !== said(last?.problems ?? [])) {
        logger.error(
          `\n${editorReport(new ContentError(problems), options!.cwd, undefined, true)}`,
        );
      }
      last = { fingerprint: now, problems };
    }
    return last.problems;
  };

  return {
    name: 'check-content',
    /** The addresses of withdrawn articles, once the content is checked. */
    withdrawn,
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        if (command === 'preview') return;
        const dev = command === 'dev';
        options = {
          contentDir,
          cwd: fileURLToPath(config.root),
          site: new URL(config.site ?? 'http://localhost/'),
          routeFiles: readdirSync(fileURLToPath(new URL('src/pages/', config.root)), {
            recursive: true,
            encoding: 'utf8',
          }),
          // The dev server shows drafts and future articles; a build publishes as of today.
          today: dev ? undefined : today(site.timeZone, process.env.BUILD_DATE),
          storyCacheFile: fileURLToPath(new URL('content-check/stories.json', config.cacheDir)),
        };
        const found = await checkContentFiles(options);
        if (found.problems.length > 0 && !dev) throw new ContentError(found.problems);
        if (dev) {
          last = { fingerprint: fingerprint(contentDir), problems: found.problems };
          if (found.problems.length > 0) {
            logger.error(
              `\n${editorReport(new ContentError(found.problems), options.cwd, undefined, true)}`,
            );
          }
        }
        const held = heldBackNote(found.heldBack);
        // Under a label of its own: the build's log keeps this integration's other lines quiet.
        if (held) logger.fork('publishing').info(held);
        const tidy = withdrawnLinksNote(found.withdrawnLinks);
        if (tidy && !dev) logger.fork('publishing').info(tidy);
        for (const path of found.withdrawn) withdrawn.add(path);
        updateConfig({ redirects: found.redirects });
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((request, response, next) => {
          const page = request.method === 'GET' && /text\/html/.test(request.headers.accept ?? '');
          if (!page) return next();
          currentProblems(logger).then((problems) => {
            if (problems.length === 0) return next();
            response.statusCode = 500;
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.end(problemsPage(problems));
          }, next);
        });
      },
    },
  };
}
