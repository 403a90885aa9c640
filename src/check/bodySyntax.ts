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
import { createMdxMdastHandle, dropHandle, type Features } from 'satteri';
import { bodyComponents } from '../schemas/bodyComponents';
import { imageMessage, syntaxFileProblem } from './bodyProblems';

/**
 * How MDX is read, by the content loader (src/loaders/renderBody.ts) and by
 * the check here: GitHub's Markdown as the site has always read it (tables,
 * strikethrough, autolinks, task lists, footnotes), the frontmatter kept out
 * of the body, and no smart punctuation (it knows only English quotes; the
 * site's typography sets quotes for each language).
 */
export const mdxFeatures: Features = { gfm: true, smartPunctuation: false, frontmatter: true };

/**
 * What MDX's parser says of a file, as the loader will parse it: the rules
 * of bodySyntaxProblems name the usual mistakes in plain words, and this
 * catches the rest before Astro begins to write the site (a build the
 * loader stops leaves dist/ emptied). Parsing is some 0.05 ms a file.
 */
function parserProblems(source: string): FileProblem[] {
  try {
    dropHandle(createMdxMdastHandle(source, mdxFeatures, true));
    return [];
  } catch (error) {
    return [syntaxFileProblem(String((error as Error).message ?? error))];
  }
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
    const near = nearestName(name, bodyComponents);
    const list = bodyComponents.map((component) => `<${component} id="..." />`).join(', ');
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
    const allowed = (bodyComponents as readonly string[]).includes(name);
    if (allowed || rest.startsWith('/')) return { message: '', end };
    return { message: tagProblem(name, tag[0]), end };
  }
  return {
    message: `MDX reads < as the start of a tag ("${excerpt(body, index)}"); to show the sign, write \\< (a backslash before it), or write it out`,
    end: index + 1,
  };
}

/**
 * Problems in an article body that MDX would fail on, or would show other
 * than as written, each with its line in the file. Pure: the source text
 * in, problems out, so it runs before MDX parses the file.
 */
export function bodySyntaxProblems(source: string): FileProblem[] {
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
  return problems.length > 0 ? problems : parserProblems(source);
}
