/**
 * What MDX would misread in an article's body, found in the text as written
 * (before MDX parses it, since its own errors stop at the first one and
 * speak of JavaScript): `{` and `<` in the text, pasted HTML and embeds,
 * `<https://...>` links, HTML comments, lines that begin with `import`
 * or `export`, and Markdown images (the loader refuses them too, but only
 * once Astro has begun to write the site). Each problem has its file line and says what to write instead.
 */
import { nearestName } from '../lib/nearestName';
import { splitArticleSource, type FileProblem } from './articleSource';
import {
  createMdxMdastHandle,
  defineMdastPlugin,
  dropHandle,
  resolveMdastSubscriptions,
  visitMdastHandle,
  type Features,
} from 'satteri';
import { bodyComponentNames } from '../schemas/bodyComponents';
import {
  imageMessage,
  mdxNodeProblems,
  syntaxFileProblem,
  type MdxNode,
  type Placement,
} from './bodyProblems';

/**
 * How MDX is read, by the content loader (src/loaders/renderBody.ts) and by
 * the check here: GitHub's Markdown as the site has always read it (tables,
 * strikethrough, autolinks, task lists, footnotes), the frontmatter kept out
 * of the body, and no smart punctuation (it knows only English quotes; the
 * site's typography sets quotes for each language).
 */
export const mdxFeatures: Features = { gfm: true, smartPunctuation: false, frontmatter: true };

/**
 * The MDX nodes of a file's body (JSX, expressions, import/export), as MDX's
 * parser reads them in the loader; throws MDX's error when it cannot read
 * the file. Parsing is some 0.05 ms a file.
 */
function mdxNodesOf(source: string): MdxNode[] {
  const nodes: MdxNode[] = [];
  const found = (node: unknown) => void nodes.push(node as MdxNode);
  const plugin = defineMdastPlugin({
    name: 'mdx-nodes-found',
    mdxJsxFlowElement: found,
    mdxJsxTextElement: found,
    mdxFlowExpression: found,
    mdxTextExpression: found,
    mdxjsEsm: found,
  });
  const handle = createMdxMdastHandle(source, mdxFeatures, true);
  try {
    const visit = visitMdastHandle;
    visit(handle, plugin, resolveMdastSubscriptions(plugin), source, undefined, {}, 'mdx', []);
  } finally {
    dropHandle(handle);
  }
  return nodes;
}

/** What a body holds: the components it places, and what is wrong in it. */
export interface BodyReading {
  /** Each problem with its line in the file. */
  problems: FileProblem[];
  /** The components placed, in order, with their lines; undefined when the body cannot be read. */
  placements: Placement[] | undefined;
}

/** Tags that load or run something: the site's security policy blocks them for readers. */
const embeds = new Set([
  'iframe',
  'script',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'img',
  'picture',
  'link',
  'style',
  'form',
  'frame',
  'svg',
  'canvas',
]);

/**
 * The body with code blanked out (fenced blocks and `code spans`), where
 * braces and angle brackets are text; lengths and line breaks are kept, so
 * positions still point into the file.
 */
export function withoutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[^\n]*|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, blank);
}

/** A few words around a position, to show which `{` or `<` is meant. */
function excerpt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  const line = text.slice(start, end === -1 ? undefined : end);
  const at = index - start;
  const from = Math.max(0, line.lastIndexOf(' ', Math.max(0, at - 12)));
  const to = line.indexOf(' ', at + 12);
  return line.slice(from, to === -1 ? undefined : to).trim();
}

/** Embeds whose address is code or styles, not the post, video or picture they show. */
const codeTags = new Set(['script', 'link', 'style', 'form']);

/** The address in a tag's src or href attribute, if any. */
const addressIn = (tag: string) => /\b(?:src|href|data)=["']?([^"'\s>]+)/.exec(tag)?.[1];

/** The problem with a tag (`<name ...`) that is not one of the body components. */
function tagProblem(name: string, tag: string): string {
  const lower = name.toLowerCase();
  if (embeds.has(lower)) {
    // A script's or style sheet's address is code (a post's widgets.js), not what readers would see.
    const address = codeTags.has(lower) ? undefined : addressIn(tag);
    const link = address
      ? `[what it shows](${address})`
      : '[what it shows](https://...), with the address of the post or video itself';
    return `<${lower}>: an embedded frame, player or script would not show for readers (the site loads nothing from other hosts, and its security policy blocks it); link to it instead: ${link}, and for a photo use <Photo> (see the README)`;
  }
  if (/^[A-Z]/.test(name)) {
    const near = nearestName(name, bodyComponentNames);
    const list = bodyComponentNames.map((component) => `<${component} id="..." />`).join(', ');
    return `<${name}>: there is no such component${near ? ` (did you mean <${near}>?)` : ''}; the body can place ${list}`;
  }
  if (lower === 'br') {
    return "<br>: HTML is not part of an article's text; for a new line, start a new paragraph (leave an empty line)";
  }
  return `<${name}>: HTML is not part of an article's text; write Markdown instead (**bold**, _italic_, [text](https://...)), and if you meant the sign <, write \\<`;
}

/** The problem with a `<` at `index` of the body, or undefined when MDX reads it as meant. */
function angleProblem(body: string, index: number): { message: string; end: number } | undefined {
  const rest = body.slice(index + 1, index + 200);
  if (/^\s|^$/.test(rest)) return undefined; // `a < b` is text to MDX
  if (rest.startsWith('!--')) {
    const close = body.indexOf('-->', index);
    return {
      message:
        'an HTML comment (<!-- -->) breaks MDX; for a note that readers do not see, write {/* your note */}',
      end: close === -1 ? body.length : close + 3,
    };
  }
  const autolink = /^(?:https?:\/\/|www\.|mailto:)[^>\s]*>?/.exec(rest);
  if (autolink) {
    const address = autolink[0].replace(/>$/, '');
    return {
      message: `an address in < > breaks MDX; write it as a link, [what it is](${address}), or the address alone without < >`,
      end: index + 1 + autolink[0].length,
    };
  }
  const tag = /^\/?([A-Za-z][\w.:-]*)[^>]*>?/.exec(rest);
  if (tag) {
    const name = tag[1]!;
    const end = index + 1 + tag[0].length;
    // A closing tag is said with its opening one; the components are what the body may place.
    const allowed = (bodyComponentNames as readonly string[]).includes(name);
    if (allowed || rest.startsWith('/')) return { message: '', end };
    return { message: tagProblem(name, tag[0]), end };
  }
  return {
    message: `MDX reads < as the start of a tag ("${excerpt(body, index)}"); to show the sign, write \\< (a backslash before it), or write it out`,
    end: index + 1,
  };
}

/**
 * Problems in a body that MDX would fail on, or would show other than as
 * written, each with its line in the file, found in the text as written.
 */
function textProblems(source: string): FileProblem[] {
  const { body, bodyLine } = splitArticleSource(source);
  const text = withoutCode(body);
  const lineOf = (index: number) => bodyLine + text.slice(0, index).split('\n').length - 1;
  const problems: FileProblem[] = [];
  for (const match of text.matchAll(/^(import|export)[ \t{]/gm)) {
    problems.push({
      line: lineOf(match.index),
      message: `MDX reads a line that begins with "${match[1]} " as code; rewrap the paragraph so that this line does not begin with that word (or capitalise it)`,
    });
  }
  // `![alt](src)` or `![alt][ref]`; `\![` is text.
  for (const match of text.matchAll(/(?<!\\)!\[([^\]\n]*)\][([]/g)) {
    problems.push({ line: lineOf(match.index), message: imageMessage(match[1]!) });
  }
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 2; // an escaped character is text
    } else if (char === '{') {
      const comment = /^\{\/\*[\s\S]*?\*\/\}/.exec(text.slice(index));
      if (comment) {
        index += comment[0].length;
        continue;
      }
      problems.push({
        line: lineOf(index),
        message: `MDX reads { } as code ("${excerpt(text, index)}"): "{2019}" would show as 2019 and other text fails the build; to show a brace, write \\{ (a backslash before it), or use ( ) instead`,
      });
      const close = text.indexOf('}', index);
      index = close === -1 || text.slice(index, close).includes('\n\n') ? index + 1 : close + 1;
    } else if (char === '<') {
      const found = angleProblem(text, index);
      if (found?.message) problems.push({ line: lineOf(index), message: found.message });
      index = found ? found.end : index + 1;
    } else {
      index += 1;
    }
  }
  return problems;
}

/**
 * Reads a body as the loader will: first the usual mistakes in the text as
 * written, in plain words (MDX's parser stops at the first and speaks of
 * JavaScript); then, when there are none, MDX's parser, whose tree gives the
 * components placed and catches the rest before Astro begins to write the
 * site (a build the loader stops leaves dist/ emptied). `components` are the
 * ones the collection allows (none for the site's own pages).
 */
export function readBody(
  source: string,
  components: readonly string[] = bodyComponentNames,
): BodyReading {
  const problems = textProblems(source);
  if (problems.length > 0) return { problems, placements: undefined };
  let nodes: MdxNode[];
  try {
    nodes = mdxNodesOf(source);
  } catch (error) {
    return {
      problems: [syntaxFileProblem(String((error as Error).message ?? error))],
      placements: undefined,
    };
  }
  const placements: Placement[] = [];
  for (const node of nodes) {
    const found = mdxNodeProblems(node, components);
    problems.push(...found.problems);
    if (found.placement) placements.push(found.placement);
  }
  return { problems, placements };
}
