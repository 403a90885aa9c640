/** The characters that would be read as markup, and how each is written as text. */
const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * A text written into HTML or XML that the site makes by hand (the feed's
 * creators, the mark after a link to a withdrawn article, the page of content
 * mistakes that `npm run dev` shows): it reads as the text, never as markup,
 * in an element or in a quoted attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => entities[char]!);
}
