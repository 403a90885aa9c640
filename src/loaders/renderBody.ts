import {
  applyCommandsToMdastHandle,
  convertMdastToHastHandle,
  createMdxMdastHandle,
  defineMdastPlugin,
  dropHandle,
  renderHandle,
  resolveHastSubscriptions,
  resolveMdastSubscriptions,
  visitHastHandle,
  visitMdastHandle,
  type HastPluginDefinition,
  type MdastPluginDefinition,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import type { BodyComponent } from '../schemas/bodyComponents';
import { bodyMarker } from '../schemas/bodyMarkers';
import type { FileProblem } from '../check/articleSource';
import {
  imageProblems,
  mdxNodeProblems,
  syntaxFileProblem,
  type MdxNode,
  type Placement,
} from '../check/bodyProblems';
import { mdxFeatures } from '../check/bodySyntax';
import type { Lang } from '../i18n/locales';
import { footnoteOptions } from './footnoteWords';
import { headingIdsPlugin } from './headingIdsPlugin';
import { tablesPlugin } from './tablesPlugin';
import { typographyPlugin } from './typographyPlugin';
import { withdrawnMarkPlugins, type WithdrawnTargets } from './withdrawnMarkPlugin';

/** An MDX file's body, rendered once, as the content loader stores it. */
export interface RenderedBody {
  /** HTML with a marker where each body component stands (see schemas/bodyMarkers.ts). */
  html: string;
  /** The components placed, in order. */
  placements: Placement[];
  /** What is wrong in the body, with its line; the HTML is not to be published when any. */
  problems: FileProblem[];
}

/**
 * Leaves a marker where each allowed body component stands, and refuses every
 * other piece of MDX, and Markdown images (see data/bodyProblems.ts), with
 * their line.
 */
function mdxNodesPlugin(components: readonly string[], body: Omit<RenderedBody, 'html'>) {
  const visit = (node: MdxNode) => {
    const { problems, placement } = mdxNodeProblems(node, components);
    body.problems.push(...problems);
    if (placement) body.placements.push(placement);
    return placement;
  };
  const element = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    const placement = visit(node as MdxNode);
    return {
      type: 'html' as const,
      value: placement ? bodyMarker(placement.component as BodyComponent, placement.id) : '',
    };
  };
  const refuse = (node: MdxNode) => {
    visit(node);
    return { type: 'html' as const, value: '' };
  };
  return defineMdastPlugin({
    name: 'mdx-nodes',
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    mdxFlowExpression: (node) => refuse(node as MdxNode),
    mdxTextExpression: (node) => refuse(node as MdxNode),
    mdxjsEsm: (node) => refuse(node as MdxNode),
    image: (node) => void body.problems.push(...imageProblems(node)),
    imageReference: (node) => void body.problems.push(...imageProblems(node)),
  });
}

/** Runs one plugin's visitors over the tree and applies what they changed. */
function runPlugin(
  handle: MdastHandle,
  source: string,
  plugin: MdastPluginDefinition,
  fileURL: URL | undefined,
): void {
  const result = visitMdastHandle(
    handle,
    plugin,
    resolveMdastSubscriptions(plugin),
    source,
    fileURL,
    {},
    'mdx',
    [],
  );
  // Every plugin here is synchronous; a promise would mean one that is not.
  if (result instanceof Promise) throw new Error(`${plugin.name}: expected a synchronous plugin`);
  if (result.hasMutations) applyCommandsToMdastHandle(handle, result.commandBuffer);
}

type MdastHandle = ReturnType<typeof createMdxMdastHandle>;

/** Runs one plugin's visitors over the HTML tree; they change it in place. */
function runHastPlugin(
  handle: HastHandle,
  source: string,
  plugin: HastPluginDefinition,
  fileURL: URL | undefined,
): void {
  const subscriptions = resolveHastSubscriptions(plugin);
  const result = visitHastHandle(handle, plugin, subscriptions, source, fileURL, {}, 'mdx', []);
  if (result instanceof Promise) throw new Error(`${plugin.name}: expected a synchronous plugin`);
}

type HastHandle = ReturnType<typeof convertMdastToHastHandle>;

/**
 * Renders an MDX file (frontmatter and body) with Sätteri: parsed once, in
 * Rust, typeset by the project's rules, headings given ids, the body
 * components left as markers, links to withdrawn articles marked, the
 * footnotes' words in the article's language and tables as the site shows
 * them (tablesPlugin.ts). Never throws for what is in the file: an MDX
 * syntax error or a refused construct comes back in `problems`.
 */
export function renderBody(
  source: string,
  {
    lang,
    components,
    fileURL,
    withdrawn,
  }: {
    lang: Lang;
    components: readonly string[];
    fileURL?: URL;
    /** The withdrawn articles it may link to: such a link is marked (withdrawnMarkPlugin.ts). */
    withdrawn?: WithdrawnTargets | undefined;
  },
): RenderedBody {
  const body: Omit<RenderedBody, 'html'> = { placements: [], problems: [] };
  let handle: MdastHandle;
  try {
    handle = createMdxMdastHandle(source, mdxFeatures, true);
  } catch (error) {
    return {
      html: '',
      ...body,
      problems: [syntaxFileProblem(String((error as Error).message ?? error))],
    };
  }
  try {
    for (const plugin of [
      mdxNodesPlugin(components, body),
      typographyPlugin(lang),
      headingIdsPlugin(),
      // Most bodies link to no withdrawn article: they are not walked for it.
      ...(withdrawn && withdrawn.paths.size > 0 ? withdrawnMarkPlugins(withdrawn, lang) : []),
    ]) {
      runPlugin(handle, source, plugin, fileURL);
    }
    const hast = convertMdastToHastHandle(handle, footnoteOptions(lang));
    try {
      // Every table has a pipe in its delimiter row (`| --- |`, `--|--`): a body
      // without one has no table, and is spared the walk over its tree.
      if (source.includes('|')) runHastPlugin(hast, source, tablesPlugin(lang), fileURL);
      // Blocks are joined by a newline; the last one needs none.
      return { html: body.problems.length > 0 ? '' : renderHandle(hast).trimEnd(), ...body };
    } finally {
      dropHandle(hast);
    }
  } finally {
    dropHandle(handle);
  }
}
