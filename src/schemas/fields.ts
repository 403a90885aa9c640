import { z } from 'astro/zod';
import { nearestName } from '../lib/nearestName';

// The pieces every schema of editors' fields is made of, with messages that
// say what belongs where (see README: When something is wrong).

/**
 * A text field, with messages that say what belongs there. Astro prints a
 * missing field as "Required" (and doubles the field name), which tells an
 * editor little; these name what was expected instead.
 */
export const text = (expected: string) =>
  z
    .string({
      error: (issue) =>
        issue.input == null
          ? `missing: expected ${expected}`
          : typeof issue.input === 'object' && !(issue.input instanceof Date)
            ? `expected ${expected}, as text`
            : // YAML reads 2019, 2019-06-01 and true as a number, a date and yes.
              `YAML read this as ${readAs(issue.input)}, not text; put the text in quotes`,
    })
    .trim()
    .min(1, { message: `must not be empty: expected ${expected}` });

/** What YAML made of a value that was meant as text. */
const readAs = (value: unknown) =>
  value instanceof Date ? 'a date' : typeof value === 'number' ? 'a number' : 'yes or no';

/**
 * What to say of fields a group does not have (a misspelt `captoin:` in a
 * photo, `seealso:` in an article): one line per field, `<field>: <what>`,
 * with the nearest known name, rather than letting the text vanish from the
 * page without a word. Zod reports them together, at the group's path.
 */
function unknownFields(known: readonly string[], what: string, listed = known.join(', ')) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? (issue.keys ?? [])
          .map((key) => {
            const near = nearestName(key, known);
            const hint = near ? `did you mean ${near}?` : `${what} has ${listed}`;
            return `${key}: not a field of ${what}; ${hint}`;
          })
          .join('\n')
      : undefined;
}

/**
 * The schema's issues, one per field: the fields a group does not have,
 * reported by Zod together at the group's path, each at its own path.
 */
export function fieldIssues(
  issues: readonly { code?: string; path: readonly PropertyKey[]; message: string }[],
): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap(({ code, path, message }) =>
    code === 'unrecognized_keys'
      ? message.split('\n').map((line) => {
          const [key = '', what = ''] = line.split(/: (.*)/s);
          return { path: [...path, key], message: what };
        })
      : [{ path: [...path], message }],
  );
}

/** An object of these fields and no others (see unknownFields). */
export const fieldsOf = <Shape extends z.ZodRawShape>(
  what: string,
  shape: Shape,
  listed?: string,
) => z.strictObject(shape, { error: unknownFields(Object.keys(shape), what, listed) });
