import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { withdrawnMarkClass } from '../../src/loaders/withdrawnMarkPlugin';
import { bodyParts } from '../../src/schemas/bodyMarkers';

/**
 * One block of a rendered article body, as a reader meets it: a paragraph,
 * a heading, a list item, a table cell, a code block, a rule, or a body
 * component standing on its own.
 */
export interface Block {
  /**
   * The block's element and the elements that hold it, each with its
   * attributes: `blockquote > p`, `ol > li`, `h2[id=why]`. A body component
   * is `<Photo id="...">`.
   */
  path: string;
  /**
   * Its text as a reader sees it: the words of the block and of its inline
   * elements, entities decoded, each run of spaces and line breaks one
   * space (as a browser shows them), a `<br>` a line break, a body component
   * placed inside the text as `<Photo id="..." />`. A code block's text is
   * kept as written. The mark the site adds after a link to a withdrawn
   * article ("(withdrawn)") is left out.
   */
  text: string;
  /** Its inline elements in order, with their attributes: `strong`, `a[href=...]`. */
  inline: string[];
}

/** Elements that hold blocks and have no text of their own. */
const containers = new Set(['blockquote', 'ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'section']);
/** Elements whose text is a block. */
const textBlocks = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'pre',
  'hr',
]);

/**
 * An element with its attributes, sorted, so that their order in the HTML
 * does not count; a style's CSS without its optional spaces
 * (`text-align: left` and `text-align:left` are one style).
 */
function signature(element: HTMLElement): string {
  const attributes = Object.entries(element.attributes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => [name, name === 'style' ? value.replace(/\s*([:;])\s*/g, '$1') : value])
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`));
  const tag = element.rawTagName.toLowerCase();
  return attributes.length > 0 ? `${tag}[${attributes.join(' ')}]` : tag;
}

/** The body component a marker comment stands for, as `<Photo id="..." />`, if it is one. */
function componentOf(comment: Node): string | undefined {
  const [part] = bodyParts(`<!--${comment.rawText}-->`);
  return part && 'component' in part ? `<${part.component} id="${part.id}" />` : undefined;
}

/** A line break inside a block's text, kept apart from the spaces that are collapsed. */
const lineBreak = '\u2028';

/**
 * The blocks of a rendered body, in order. Both renderings of an article
 * are read by this one function, so that how the HTML is written (`<br>` or
 * `<br/>`, `&quot;` or `"`, the line breaks between blocks, the order of
 * attributes) does not count and what a reader gets does.
 */
export function bodyBlocks(html: string): Block[] {
  const blocks: Block[] = [];

  const readBlock = (element: HTMLElement, path: string) => {
    const block = { path, text: '', inline: [] as string[] };
    const nested: [HTMLElement, string][] = [];
    const readInline = (node: Node) => {
      if (node.nodeType === NodeType.TEXT_NODE) {
        block.text += node.text;
      } else if (node.nodeType === NodeType.COMMENT_NODE) {
        block.text += componentOf(node) ?? '';
      } else if (node.nodeType === NodeType.ELEMENT_NODE) {
        const child = node as HTMLElement;
        const tag = child.rawTagName.toLowerCase();
        // The site's own words after a link to a withdrawn article: a fact of
        // another file, which the standard stack cannot know.
        if (child.classList.contains(withdrawnMarkClass)) return;
        if (containers.has(tag) || textBlocks.has(tag)) {
          nested.push([child, path]);
          return;
        }
        block.inline.push(signature(child));
        if (tag === 'br') block.text += lineBreak;
        else child.childNodes.forEach(readInline);
      }
    };
    if (element.rawTagName.toLowerCase() === 'pre') {
      block.text = element.text;
      element.querySelectorAll('*').forEach((child) => block.inline.push(signature(child)));
    } else {
      element.childNodes.forEach(readInline);
      block.text = block.text
        .replace(/[ \t\n\r\f]+/g, ' ')
        .replace(new RegExp(` ?${lineBreak} ?`, 'g'), '\n')
        .trim();
    }
    blocks.push(block);
    for (const [child, parent] of nested) readFlow(child, parent);
  };

  const readFlow = (node: Node, parent: string) => {
    if (node.nodeType === NodeType.COMMENT_NODE) {
      const component = componentOf(node);
      if (component) {
        blocks.push({
          path: parent ? `${parent} > ${component}` : component,
          text: '',
          inline: [],
        });
      }
      return;
    }
    if (node.nodeType === NodeType.TEXT_NODE) {
      // Text between blocks is the line breaks that separate them; any other
      // text outside a block is a block of its own.
      const text = node.text.replace(/[ \t\n\r\f]+/g, ' ').trim();
      if (text) blocks.push({ path: `${parent} > #text`, text, inline: [] });
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName.toLowerCase();
    const path = parent ? `${parent} > ${signature(element)}` : signature(element);
    if (containers.has(tag)) element.childNodes.forEach((child) => readFlow(child, path));
    else readBlock(element, path);
  };

  // A <pre> is parsed like any element (node-html-parser keeps its HTML as text by default).
  parse(html, {
    comment: true,
    blockTextElements: { script: true, style: true },
  }).childNodes.forEach((node) => readFlow(node, ''));
  return blocks;
}

/** A text as a failure shows it: quoted, its non-breaking spaces and line breaks visible. */
function shown(text: string): string {
  return JSON.stringify(text).replace(/\u00A0/g, '\\u00A0');
}

/**
 * Where two renderings of one body differ, first difference only: the
 * block (its number and path) and both texts, or both lists of inline
 * elements; undefined when every block is the same.
 */
export function firstDifference(site: Block[], standard: Block[]): string | undefined {
  for (let index = 0; index < Math.max(site.length, standard.length); index += 1) {
    const ours = site[index];
    const theirs = standard[index];
    const at = `block ${index + 1}`;
    if (!ours || !theirs) {
      const [extra, where] = ours ? [ours, 'the site'] : [theirs!, 'the standard stack'];
      return `${at}: only ${where} has it (${site.length} blocks on the site, ${standard.length} in the standard stack): ${extra.path}\n  ${shown(extra.text)}`;
    }
    if (ours.path !== theirs.path) {
      return `${at}: not the same block\n  site:     ${ours.path}: ${shown(ours.text)}\n  standard: ${theirs.path}: ${shown(theirs.text)}`;
    }
    if (ours.text !== theirs.text) {
      return `${at}, ${ours.path}: not the same text\n  site:     ${shown(ours.text)}\n  standard: ${shown(theirs.text)}`;
    }
    if (JSON.stringify(ours.inline) !== JSON.stringify(theirs.inline)) {
      return `${at}, ${ours.path}: not the same inline markup in ${shown(ours.text)}\n  site:     ${ours.inline.join(', ')}\n  standard: ${theirs.inline.join(', ')}`;
    }
  }
  return undefined;
}
