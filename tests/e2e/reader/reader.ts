import type { PageLayout } from './pageScripts';

/**
 * What a reader does and sees, in any browser engine: the reader journey
 * (journey.spec.ts) is written once against this, and each engine has its
 * own driver behind it (Playwright for Chromium, puppeteer-core over
 * WebDriver BiDi for Firefox, a W3C WebDriver client for WebKit).
 */
export interface Reader {
  /**
   * Opens a path of the site under test, or a full address (a file:// one, as
   * a reader opens a downloaded file), and waits for the page to load.
   */
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
  /** Sets the size of the page's viewport, in CSS pixels, as a phone's or a computer's screen. */
  resize(width: number, height: number): Promise<void>;
  /** How the page is laid out, its article's text (.prose) and its images shown (see pageScripts.ts). */
  layout(): Promise<PageLayout>;
  /** Every address the page asked for since it was opened, but its own and data: ones. */
  requests(): Promise<string[]>;
  /** What the browser's console reported as errors since the page was opened. */
  consoleErrors(): Promise<string[]>;
  /** Ends the session and the browser. */
  close(): Promise<void>;
}

/** How a reader's browser is set up. */
export interface ReaderOptions {
  /** The site's origin, e.g. http://127.0.0.1:4322. */
  origin: string;
  /** Whether pages may run JavaScript. */
  javaScript: boolean;
  /** Whether the network is blocked: only file: and data: addresses load. */
  offline?: boolean;
}
