import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileProblem, Problem } from '../check/articleSource';
import { placementProblems } from '../check/bodyProblems';
import { frontmatterData } from '../check/frontmatterData';
import { frontmatterSyntaxProblems } from '../check/frontmatterSyntax';
import { missingFileProblems } from '../check/missingFileProblems';
import { photoFileProblems } from '../check/photoFiles';
import { wordCount } from '../lib/readingTime';
import type { Lang } from '../i18n/locales';
import { renderBody } from './renderBody';
import type { WithdrawnTargets } from './withdrawnMarkPlugin';

/** What the loader keeps of a file's body besides its HTML. */
export type BodyFacts = {
  /** Words in the body, as reading time counts them. */
  words: number;
  /** What is wrong in the file: the build refuses the entry. */
  problems: Problem[];
  /** The ids of the photos the body places, in order: the first loads first. */
  photos: string[];
};

/** One MDX file, read: its data and rendered body, or what keeps it out of the collection. */
export type MdxFile =
  { data: Record<string, unknown>; html: string; facts: BodyFacts } | { failures: Problem[] };

export interface MdxFileOptions {
  /** The file's absolute path. */
  file: string;
  /** The project root: messages name files from there, as an editor opens them. */
  root: string;
  /** The body components allowed, each with the frontmatter list its `id` names. */
  components: Readonly<Record<string, string>>;
  /** The collection's schema: Astro's parseData in a build; throws on invalid data. */
  parse: (data: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** The withdrawn articles its body may link to, and where it is shown: such links are marked. */
  withdrawn?: WithdrawnTargets | undefined;
}

/** The ids a frontmatter list holds: its strings, or its items' `id`s. */
function idsOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => (typeof item === 'string' ? item : String(item?.id)));
}

/**
 * Reads one MDX file the way the collection stores it: its photo files
 * checked (Astro's image() would stop on a missing one, or one that is no
 * image, with only its path), frontmatter parsed by the schema, body
 * rendered (renderBody.ts) and checked against the frontmatter. A file whose
 * frontmatter is unreadable or names a missing or unfit photo comes back as
 * failures; problems of the body are kept in its facts, each naming the file.
 */
export async function readMdxFile(source: string, options: MdxFileOptions): Promise<MdxFile> {
  const filePath = relative(options.root, options.file).split(sep).join('/');
  const named = (problems: FileProblem[]): Problem[] =>
    problems.map((problem) => ({ file: filePath, ...problem }));
  // The frontmatter as the content check read it (the same reader), so that
  // a file the check passed is read here the same way.
  const split = frontmatterData(source);
  // Unreadable: in the check's own words, "put the text in quotes" where it
  // has them, which is what astro dev's terminal shows as the file is saved.
  const failures = split.problem
    ? frontmatterSyntaxProblems(source)
    : [
        ...missingFileProblems(options.file, split.data, { cwd: options.root, source }),
        ...(await photoFileProblems(options.file, split.data, { cwd: options.root, source })),
      ];
  if (failures.length > 0 || split.problem) {
    return { failures: named(failures) };
  }

  const data = await options.parse(split.data);
  const body = renderBody(source, {
    lang: data.lang as Lang,
    components: Object.keys(options.components),
    fileURL: pathToFileURL(options.file),
    withdrawn: options.withdrawn,
  });
  const lists = Object.fromEntries(
    Object.values(options.components).map((field) => [field, idsOf(data[field])]),
  );
  const problems = [
    ...body.problems,
    ...placementProblems(body.placements, options.components, lists),
  ];
  return {
    data,
    html: body.html,
    facts: {
      words: wordCount(split.body),
      problems: named(problems),
      photos: body.placements
        .filter((placement) => placement.component === 'Photo')
        .map((placement) => placement.id),
    },
  };
}
