/**
 * What an article body may hold beyond Markdown, checked on its parsed MDX
 * tree: the three body components, each as `<Name id="..." />`, and nothing
 * else of MDX (no other JSX, no `{expressions}` but an editor's note, a
 * comment in braces, which shows nothing; no import/export), and no Markdown
 * image (a photo needs its credit and alt text: frontmatter). Each check is a
 * pure function from a node to problems, `line N: <what>: <what is wrong>;
 * <what to do>`, which the content loader prefixes with the file. New body
 * checks go here, beside these, and the loader runs them on the tree.
 */
import type { FileProblem } from './articleSource';
import { mdxAdvice } from './editorReport';

/** Where a node starts in the file. */
interface Position {
  start: { line: number; column: number };
}

/** A JSX attribute as the MDX parser gives it: `name="text"`, `name={expression}` or `{...spread}`. */
type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { value: string } | null | undefined }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** A JSX element: `<Name attribute="value" />` or `<Name>...</Name>`. */
interface MdxJsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
  position?: Position | undefined;
}

/** Code: an `{expression}` or an import/export line. */
interface MdxCodeNode {
  type: 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
  value: string;
  position?: Position | undefined;
}

/** An MDX node that is not Markdown: a JSX element, an expression or an import/export. */
export type MdxNode = MdxJsxNode | MdxCodeNode;

/** A body component placed with a plain id, as the page renders it. */
export interface Placement {
  component: string;
  id: string;
  /** The line of the file it stands on. */
  line: number | undefined;
}

/** A problem at a node's line. */
const at = (node: { position?: Position | undefined }, message: string): FileProblem => ({
  line: node.position?.start.line,
  message,
});

const shortened = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
};

/**
 * The problems of one MDX node, and the placement it makes when it is a body
 * component used as it should be. `components` are the names the collection
 * allows (none for the site's own pages).
 */
export function mdxNodeProblems(
  node: MdxNode,
  components: readonly string[],
): { problems: FileProblem[]; placement?: Placement } {
  if ('name' in node) return jsxProblems(node, components);
  if (node.type === 'mdxjsEsm') {
    return {
      problems: [
        at(
          node,
          `${shortened(node.value)}: import and export lines are code, not text; ` +
            'remove the line (the body components need no import)',
        ),
      ],
    };
  }
  // An editor's note, {/* ... */}: MDX shows nothing of it, and neither does the page.
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return { problems: [] };
  return {
    problems: [
      at(
        node,
        `{${shortened(node.value)}}: an expression in curly braces is MDX code, not text; ` +
          'write the text itself, or \\{ for a brace that should show',
      ),
    ],
  };
}

/** A JSX element: one of the allowed components, with a plain id and nothing else. */
function jsxProblems(
  node: MdxJsxNode,
  components: readonly string[],
): { problems: FileProblem[]; placement?: Placement } {
  const tag = `<${node.name ?? ''}>`;
  if (node.name === null || !components.includes(node.name)) {
    const allowed = components.map((name) => `<${name} id="..." />`).join(', ');
    return {
      problems: [
        at(
          node,
          `${tag}: not something an article body can hold; ` +
            (allowed ? `use Markdown for text, and only ${allowed}` : 'use Markdown for text'),
        ),
      ],
    };
  }
  const id = node.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id',
  );
  const others = node.attributes.filter((attribute) => attribute !== id);
  const expected = `expected ${tag.slice(0, -1)} id="..." /> naming an entry of the frontmatter`;
  if (id?.type !== 'mdxJsxAttribute' || typeof id.value !== 'string') {
    return { problems: [at(node, `${tag}: ${expected}, with the id in quotes`)] };
  }
  if (others.length > 0 || node.children.length > 0) {
    return { problems: [at(node, `${tag} id="${id.value}": ${expected}, and nothing else`)] };
  }
  return {
    problems: [],
    placement: { component: node.name, id: id.value, line: node.position?.start.line },
  };
}

/**
 * Why a Markdown image (`![alt](src)` or `![alt][ref]`) is refused, and what
 * to write: said alike by the content check (bodySyntax.ts) and the loader.
 */
export const imageMessage = (alt: string): string =>
  `![${shortened(alt)}]: a picture in the body is a photo of the frontmatter ` +
  '(with its alt text and credit), placed with <Photo id="..." />';

/** A Markdown image in the body, refused (see imageMessage). */
export function imageProblems(node: {
  alt?: string | null | undefined;
  position?: Position | undefined;
}): FileProblem[] {
  return [at(node, imageMessage(node.alt ?? ''))];
}

/**
 * Placements whose id the frontmatter list does not hold: `fields` names the
 * list each component draws from, `lists` holds the article's lists.
 */
export function placementProblems(
  placements: Placement[],
  fields: Readonly<Record<string, string>>,
  lists: Readonly<Record<string, readonly string[]>>,
): FileProblem[] {
  return placements.flatMap(({ component, id, line }) => {
    const field = fields[component] ?? '';
    const ids = lists[field] ?? [];
    if (ids.includes(id)) return [];
    const known = ids.map((value) => `"${value}"`).join(', ') || 'none';
    return [
      {
        line,
        message: `<${component}> id="${id}": no such entry in frontmatter \`${field}\` (it has ${known})`,
      },
    ];
  });
}

/**
 * An MDX syntax error as the editor can act on it, in the form the build's
 * last block gives Astro's MDX errors (editorReport.ts). The parser says
 * "12:23: Expected a closing tag for `<em>` (12:23) before the end of
 * `paragraph` (mdx-jsx:unexpected-character)"; the problem keeps what it
 * says, with the line apart, and what to do.
 */
export function syntaxFileProblem(message: string): FileProblem {
  const parsed = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message.trim());
  if (!parsed) return { message: message.trim(), advice: mdxAdvice };
  return { line: Number(parsed[1]), message: parsed[2]!, advice: mdxAdvice };
}
