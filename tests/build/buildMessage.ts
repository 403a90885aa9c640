/**
 * The block a failed build ends with (src/check/editorReport.ts), read back:
 * its problems, one per line, each `<file>: line N: <field>: <what>`.
 * Every way a build stops ends with this block: the content check before
 * Astro reads the content, Astro's schema error for a data file, the MDX
 * compiler.
 */

/**
 * Every problem the block lists, or none when the output has no block. The
 * count above the list must match the list: a lost line is an error here.
 */
export function listedProblems(output: string): string[] {
  const block =
    /^The site was not built: (\d+) problems? in the content\.\n\n((?: {2}.+\n?)+)/m.exec(output);
  if (!block) return [];
  const problems = block[2]!
    .trimEnd()
    .split('\n')
    .map((line) => line.slice(2));
  if (problems.length !== Number(block[1])) {
    throw new Error(`the block counts ${block[1]} problems but lists ${problems.length}`);
  }
  return problems;
}

/** The first problem of the block, and how many more there are, on one line. */
export function buildMessage(output: string): string | undefined {
  const problems = listedProblems(output);
  if (problems.length === 0) return undefined;
  const more = problems.length - 1;
  return more > 0 ? `${problems[0]} (and ${more} more)` : problems[0];
}
