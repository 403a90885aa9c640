/**
 * One article file, read once, as the content check, the content loader and
 * `npm run status` all read it: its encoding, its frontmatter as typed and as
 * YAML reads it, the schema, the files it names, its body (parsed once,
 * which gives the components it places), and the facts the checks across
 * files need.
 */
import { readFileSync } from 'node:fs';
import { checkedSchema, factsOf, type ArticleFacts } from './articleFacts';
import { fieldPath, lineOfField, type FileProblem, type Problem } from './articleSource';
import { readBody } from './bodySyntax';
import type { ContentFile } from './contentFiles';
import { encodingProblem } from './fileEncoding';
import { readFrontmatter } from './frontmatterSyntax';
import { missingFileProblems } from './missingFileProblems';
import { fieldIssues } from '../schemas/fields';

/** What was learnt of one article file. */
export interface ArticleFile extends ContentFile {
  /** The text; undefined when the file is not UTF-8. */
  source: string | undefined;
  /** The frontmatter, once YAML could read it. */
  frontmatter?: Record<string, unknown> | undefined;
  /** What the checks across files know of it, once its frontmatter could be read. */
  facts?: ArticleFacts | undefined;
  /** What is wrong in the file on its own. */
  problems: Problem[];
}

/** The schema's problems with a frontmatter, each at its field's line. */
function schemaProblems(source: string, frontmatter: Record<string, unknown>): FileProblem[] {
  const result = checkedSchema.safeParse(frontmatter);
  if (result.success) return [];
  return fieldIssues(result.error.issues).map((issue) => ({
    line: lineOfField(source, issue.path),
    field: fieldPath(issue.path),
    message: issue.message,
  }));
}

/** Reads and checks one article file on its own. */
export function readArticleFile(file: ContentFile, cwd: string): ArticleFile {
  const bytes = readFileSync(file.path);
  const encoding = encodingProblem(bytes);
  const inFile = (problems: FileProblem[]) =>
    problems.map((problem): Problem => ({ file: file.show, ...problem }));
  if (encoding) return { ...file, source: undefined, problems: inFile([encoding]) };
  const source = new TextDecoder().decode(bytes);
  const { problems: syntax, data } = readFrontmatter(source);
  const body = readBody(source);
  if (!data) return { ...file, source, problems: inFile([...syntax, ...body.problems]) };
  return {
    ...file,
    source,
    frontmatter: data,
    facts: factsOf({ ...file, source, frontmatter: data, placements: body.placements }),
    problems: inFile([
      ...schemaProblems(source, data),
      ...missingFileProblems(file.path, data, { cwd, source }),
      ...body.problems,
    ]),
  };
}
