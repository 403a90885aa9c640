/**
 * The error a build stops with when the content has mistakes: every
 * problem, one per line, each naming its file (see formatProblem). The
 * build's last words (scripts/build.mjs, editorReport.ts) print them as one
 * block; the dev server shows them in the browser.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  /** The problems, each `<file>: line N: <field>: <what is wrong; what to do>`. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `${problems.length} problem(s) in the content:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}
