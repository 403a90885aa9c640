/**
 * The page `npm run dev` shows instead of the site while the content has
 * mistakes: the same list a build ends with, in the browser the editor is
 * looking at, reloading itself every two seconds so that it clears as soon
 * as the files are corrected.
 */
import { escapeHtml } from '../lib/escapeHtml';
import { formatProblem, type Problem } from './articleSource';

/** The HTML page that lists the problems, one per item, file first. */
export function problemsPage(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const items = problems
    .map(({ file, ...problem }) => {
      // The file stands apart, in code; the rest as every report says it.
      const said = formatProblem({ file: '', ...problem });
      return `<li><code>${escapeHtml(file)}</code>: ${escapeHtml(said)}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${count} in the content</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1a17; background: #fffdf9; }
h1 { font-size: 1.5rem; } li { margin: 0 0 0.75rem; } code { font-weight: 600; overflow-wrap: anywhere; }
</style>
</head>
<body>
<h1>The site cannot be shown: ${count} in the content</h1>
<ol>
${items}
</ol>
<p>Correct each in the file named (lines count from the top of the file, --- included) and save it: this page reloads by itself and shows the site once all are corrected. The README says more under "When something is wrong".</p>
</body>
</html>
`;
}
