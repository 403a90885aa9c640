import { z } from 'astro/zod';

/**
 * Validates a component's props against a schema and returns them typed.
 * A wrong prop throws at build time with the component's name, the prop and
 * what was expected, instead of rendering a broken page.
 */
export function parseProps<Schema extends z.ZodType>(
  component: string,
  schema: Schema,
  props: unknown,
): z.output<Schema> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `prop "${issue.path.join('.') || '(all)'}": ${issue.message}`,
  );
  throw new TypeError(`<${component}>: ${problems.join('; ')}`);
}
