/**
 * What a reader does and sees, in any browser engine: the reader journey
 * (journey.spec.ts) is written once against this, and each engine has its
 * own driver behind it (Playwright for Chromium, puppeteer-core over
 * WebDriver BiDi for Firefox, a W3C WebDriver client for WebKit).
 */
export interface Reader {
  /** Opens a path of the site under test and waits for the page to load. */
  open(path: string): Promise<void>;
  /**
   * Follows the link with this accessible name (exactly), inside the first
   * element that `within` selects if given, and waits for the page it leads to.
   */
  follow(name: string, within?: string): Promise<void>;
  /** Whether a control with this role and accessible name is shown. */
  shows(role: 'button' | 'link', name: string): Promise<boolean>;
  /** The path of the page shown. */
  path(): Promise<string>;
  /** The document's title. */
  title(): Promise<string>;
  /** The text (textContent) of every element the selector matches. */
  texts(selector: string): Promise<string[]>;
  /** An attribute of the first element the selector matches, or null. */
  attribute(selector: string, name: string): Promise<string | null>;
  /** Ends the session and the browser. */
  close(): Promise<void>;
}

/** How a reader's browser is set up. */
export interface ReaderOptions {
  /** The site's origin, e.g. http://127.0.0.1:4322. */
  origin: string;
  /** Whether pages may run JavaScript. */
  javaScript: boolean;
}
