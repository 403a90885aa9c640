import { formatProblem, type Problem } from './articleSource';

/**
 * The error a build stops with when the content has mistakes: every
 * problem, each naming its file, kept as data until the build's last words
 * (scripts/astroBuild.mjs, editorReport.ts) print them as one block; the dev
 * server shows them in the browser.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** The problems, each with its file, line and field where known. */
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem(s) in the content:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.problems = problems;
  }
}
