/**
 * The one line of a failed build's output that an editor needs: the file,
 * the field and what is wrong. Builds fail in three ways, each printed in
 * its own form:
 *
 * - the project's own checks list problems, one per line, each
 *   `  - <file>: <field>: <what>`, under a count ("2 problem(s) in the
 *   articles:", "1 missing photo file(s):");
 * - Astro's schema error names the entry, then one line per field, then the
 *   file under "Location:" (with the position 0:0);
 * - any other Astro error (an MDX syntax error, say) gives its message, then
 *   the file and line under "Location:".
 *
 * Returns undefined when the output has none of these.
 */
export function buildMessage(output: string): string | undefined {
  const listed = listedProblems(output);
  if (listed.length > 0) {
    const more = listed.length - 1;
    return more > 0 ? `${listed[0]} (and ${more} more)` : listed[0];
  }
  const schema =
    /does not match collection schema\.\n(?:\s*\n)*\s*(.+)\n[\s\S]*?Location:\n\s*(\S+)/.exec(
      output,
    );
  if (schema) return `${shortPath(schema[2] ?? '')}: ${schema[1]}`;
  const located = /^(\S.*)\n\s+Location:\n\s*(\S+)/m.exec(output);
  if (located) return `${shortPath(located[2] ?? '')}: ${located[1]}`;
  return undefined;
}

/**
 * Every problem the project's own checks listed, one per line, or none. The
 * count above the list must match the list: a lost line is an error here.
 */
export function listedProblems(output: string): string[] {
  const heading = /^(\d+) (?:problem\(s\) in the articles|missing photo file\(s\)):\n/m.exec(
    output,
  );
  if (!heading) return [];
  const rest = output.slice(heading.index + heading[0].length).split('\n');
  const lines = rest.slice(0, Number(heading[1])).map((line) => /^\s+- (.+)$/.exec(line)?.[1]);
  if (lines.some((line) => line === undefined)) {
    throw new Error(`expected ${heading[1]} listed problems under "${heading[0].trim()}"`);
  }
  return lines as string[];
}

/** A file as an editor knows it: from content/ on, without a meaningless 0:0 position. */
function shortPath(location: string): string {
  return location.replace(/^.*\/(?=content\/)/, '').replace(/:0:0$/, '');
}
