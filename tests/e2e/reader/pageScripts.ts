// Functions that run inside the page, the same in every engine. Each takes
// one argument and uses nothing from outside: a driver sends its source.

/** The text of every element a selector matches, as written (no CSS case changes). */
export function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) => element.textContent ?? '');
}

/** An attribute of the first element a selector matches, or null. */
export function attributeOf({ selector, name }: { selector: string; name: string }): string | null {
  return document.querySelector(selector)?.getAttribute(name) ?? null;
}

/**
 * The first shown element with this role and name, found from the markup:
 * links are a[href], buttons are button; the name is aria-label, or the text.
 * Only for Firefox with JavaScript off, where Firefox cannot query its
 * accessibility tree for the driver (its tab crashes).
 */
export function markupElement({
  role,
  name,
  within,
}: {
  role: 'button' | 'link';
  name: string;
  within?: string | undefined;
}): HTMLElement | null {
  const scope = within ? document.querySelector(within) : document;
  const candidates = scope?.querySelectorAll<HTMLElement>(role === 'link' ? 'a[href]' : 'button');
  for (const element of candidates ?? []) {
    const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
    if (label.replace(/\s+/g, ' ').trim() === name && element.checkVisibility()) return element;
  }
  return null;
}

/** How a page is laid out, as a reader's screen shows it. */
export interface PageLayout {
  /** The width of the viewport (a scroll bar included). */
  viewportWidth: number;
  /** The width the page has, and the width it lays out: wider means a horizontal scroll. */
  clientWidth: number;
  scrollWidth: number;
  /** The width of the article's text, and the size of its type, in CSS pixels. */
  textWidth: number;
  fontSize: number;
  /** Each image: loaded and decoded into pixels, or not. */
  images: { alt: string; decoded: boolean }[];
  /** What the page fetched, as the browser's resource timing lists it (data: addresses are not fetched). */
  resources: string[];
}

/** The layout of a page whose text is in `selector`. */
export function pageLayout(selector: string): PageLayout {
  const root = document.documentElement;
  const text = document.querySelector(selector);
  return {
    viewportWidth: innerWidth,
    clientWidth: root.clientWidth,
    scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth),
    textWidth: text?.getBoundingClientRect().width ?? 0,
    fontSize: text ? parseFloat(getComputedStyle(text).fontSize) : 0,
    images: [...document.images].map((image) => ({
      alt: image.alt,
      decoded: image.complete && image.naturalWidth > 0,
    })),
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),
  };
}

/** A page that runs a function in the browser with one argument (Playwright's and puppeteer's). */
export interface ScriptablePage {
  url(): string;
  title(): Promise<string>;
  evaluate(script: typeof textsOf, selector: string): Promise<string[]>;
  evaluate(
    script: typeof attributeOf,
    which: { selector: string; name: string },
  ): Promise<string | null>;
  evaluate(script: typeof pageLayout, selector: string): Promise<PageLayout>;
}

/** What a reader reads from such a page, the same for both drivers. */
export function pageReading(page: ScriptablePage) {
  return {
    path: async () => new URL(page.url()).pathname,
    title: () => page.title(),
    texts: (selector: string) => page.evaluate(textsOf, selector),
    attribute: (selector: string, name: string) => page.evaluate(attributeOf, { selector, name }),
    layout: () => page.evaluate(pageLayout, '.prose'),
  };
}
