// The search page's only script: reads ?q=, asks the Pagefind index that the
// build writes into /pagefind/ (one per language; Pagefind picks the page's
// <html lang>), and lists the results. Without it the page still offers every
// article as a plain list.
import type { PluralForms } from '../i18n/dictionary';
import { matchesQuery } from '../lib/matchesQuery';

/** The texts the page hands the script, with {query} and {count} unfilled. */
export interface SearchMessages {
  searching: string;
  results: PluralForms;
  noResults: string;
  firstOnly: string;
  failed: string;
}

/** The part of Pagefind's browser API this script uses. */
interface Pagefind {
  options(options: { excerptEllipsis: string; baseUrl: string; noWorker: boolean }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
interface ResultData {
  url: string;
  /** Text around the match, the matched words in <mark>. */
  excerpt: string;
  meta: { title?: string };
}

/** Only the first results are loaded: each one is a request for its fragment. */
const shown = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
const form = root?.querySelector('form');
const input = form?.querySelector<HTMLInputElement>('input[name=q]');
const status = root?.querySelector<HTMLElement>('[data-search-status]');
const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
const all = root?.querySelector<HTMLElement>('[data-search-all]');

if (root && form && input && status && list && all) {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as SearchMessages;
  const lang = document.documentElement.lang;
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const fill = (template: string, vars: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);

  // The site's root, as the page says it is from here, so the site also
  // works under a path prefix; the URL is a variable, so that Vite leaves
  // the import to the browser.
  const siteRoot = new URL(root.dataset.root ?? './', location.href);
  const loadPagefind = () => {
    pagefind ??= (async () => {
      const url = new URL('pagefind/pagefind.js', siteRoot).href;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Excerpts start and end mid-sentence: say so. Result addresses are
      // made relative to wherever the site is served from (a mirror's folder).
      // No worker: it is one more script (12 KB gzip) to download before the
      // first result, for a search that takes milliseconds on the page.
      await module.options({
        excerptEllipsis: '…',
        baseUrl: siteRoot.pathname,
        noWorker: true,
      });
      return module;
    })();
    return pagefind;
  };

  const show = (text: string, items: HTMLLIElement[]) => {
    status.textContent = text;
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    // The full list stays for a reader whom search could not help.
    all.hidden = items.length > 0;
  };

  const search = async (query: string) => {
    const run = ++latest;
    if (query === '') return show('', []);
    status.textContent = messages.searching;
    try {
      const found = (await (await loadPagefind()).search(query))?.results ?? [];
      const data = await Promise.all(found.slice(0, shown).map((result) => result.data()));
      if (run !== latest) return;
      // A query word that is nowhere in the index comes back as Pagefind's
      // fallback to a short prefix of it: that is no result either.
      if (data.length === 0 || !matchesQuery(markedWords(data[0]!.excerpt), query, lang)) {
        return show(fill(messages.noResults, { query }), []);
      }
      const count = found.length;
      const template = messages.results[plurals.select(count)] ?? messages.results.other;
      const summary = fill(template, { count: numbers.format(count), query });
      const more =
        count > shown ? ` ${fill(messages.firstOnly, { count: numbers.format(shown) })}` : '';
      show(summary + more, data.map(resultItem));
    } catch (error) {
      if (run !== latest) return;
      console.error(error);
      show(messages.failed, []);
    }
  };

  const queryInUrl = () => new URLSearchParams(location.search).get('q')?.trim() ?? '';

  // The form still submits to a ?q= address, so every search is a link; the
  // script only spares the page reload.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(form.action);
    if (query !== '') url.searchParams.set('q', query);
    history.pushState(null, '', url);
    void search(query);
  });
  window.addEventListener('popstate', () => {
    input.value = queryInUrl();
    void search(input.value);
  });

  input.value = queryInUrl();
  void search(input.value);
}

/** One result: the headline as a link, then the excerpt with the matches marked. */
function resultItem({ url, excerpt, meta }: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const headline = item.appendChild(document.createElement('h2'));
  headline.className = 'search-result__headline';
  const link = headline.appendChild(document.createElement('a'));
  link.href = url;
  link.textContent = meta.title ?? url;
  const text = item.appendChild(document.createElement('p'));
  text.className = 'search-result__excerpt';
  // The ellipses cling to the text, so that none is left alone on a line.
  text.append(...excerptNodes(excerpt.replace(/^… /, '…').replace(/ …$/, '\u00a0…')));
  return item;
}

/**
 * The excerpt as text and <mark> elements only. It is parsed in an inert
 * document and anything but <mark> is kept as text, so no markup from the
 * index ever reaches the page.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/** The words of an excerpt that Pagefind marked as matches. */
function markedWords(excerpt: string): string[] {
  return excerptNodes(excerpt)
    .filter((node) => node.nodeName === 'MARK')
    .map((node) => node.textContent ?? '');
}
