import { load } from 'js-yaml';

/**
 * The frontmatter block at the top of an MDX file, as Astro's own Markdown
 * loaders find it: from the opening `---` line (after a byte-order mark or
 * blank lines) to the closing one.
 */
const block = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** An MDX file cut in two: its frontmatter, parsed as YAML, and its body. */
export interface SplitFile {
  /** The frontmatter's fields; empty when the file has none. */
  data: Record<string, unknown>;
  /** The frontmatter as typed: YAML reads 2019-02-30 as 2 March, the text does not. */
  yaml: string;
  /** The body, trimmed: what reading time counts. */
  body: string;
  /** What is wrong with the frontmatter, `line N: frontmatter: ...`; data is empty when set. */
  problem?: string;
}

/** Splits an MDX file into frontmatter and body, reading the YAML as Astro reads it. */
export function splitFile(source: string): SplitFile {
  const match = block.exec(source);
  if (!match) return { data: {}, yaml: '', body: source.trim() };
  const yaml = match[1] ?? '';
  const body = source.slice(match.index + match[0].length).trim();
  // The YAML starts on the line after the opening `---`.
  const firstLine = source.slice(0, match.index + match[0].indexOf(yaml)).split('\n').length;
  try {
    const data = load(yaml);
    return {
      data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
      yaml,
      body,
    };
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    const line = mark ? `line ${firstLine + mark.line}: ` : '';
    return {
      data: {},
      yaml,
      body,
      problem: `${line}frontmatter: ${reason ?? String(error)}; check the quotes, colons and indentation on that line`,
    };
  }
}
