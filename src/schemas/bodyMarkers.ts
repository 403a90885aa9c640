/**
 * An article body as the content loader stores it: HTML with a marker where
 * each body component (bodyComponents.ts) stands. The page renders the HTML
 * between markers as it is and the component at each marker, so a body is
 * never compiled into a module of its own.
 */
import { bodyComponentNames, type BodyComponent } from './bodyComponents';

/** A piece of a body: HTML to write as it is, or a component to render. */
export type BodyPart = { html: string } | { component: BodyComponent; id: string };

/**
 * The marker left in the HTML where a component stands: an HTML comment,
 * which body text cannot produce (its `<` is always escaped). The id is
 * URI-encoded so that no id can end the comment.
 */
export function bodyMarker(component: BodyComponent, id: string): string {
  return `<!--body:${component}:${encodeURIComponent(id)}-->`;
}

const markers = new RegExp(`<!--body:(${bodyComponentNames.join('|')}):([^>]*?)-->`, 'g');

/** The parts of a stored body, in order; HTML parts are never empty. */
export function bodyParts(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let at = 0;
  for (const match of html.matchAll(markers)) {
    if (match.index > at) parts.push({ html: html.slice(at, match.index) });
    parts.push({
      component: match[1] as BodyComponent,
      id: decodeURIComponent(match[2] ?? ''),
    });
    at = match.index + match[0].length;
  }
  if (at < html.length) parts.push({ html: html.slice(at) });
  return parts;
}
