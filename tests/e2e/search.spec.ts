import { hrefPath } from './hrefPath';
import { expect, test, type Page } from '@playwright/test';

const leadSlug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const editions = {
  en: {
    search: '/en/search/',
    box: 'Search the articles',
    button: 'Search',
    link: 'Search',
    results: 'Search results',
    query: 'Kosanov',
    lead: 'What Do Protesting Moods in Kazakhstan Tell About?',
    note: /Search needs JavaScript/,
    all: 'All articles',
  },
  ru: {
    search: '/ru/search/',
    box: 'Поиск по материалам',
    button: 'Найти',
    link: 'Поиск',
    results: 'Результаты поиска',
    query: 'Косанов',
    lead: 'О чём говорят протестные настроения в Казахстане?',
    note: /Для\sпоиска нужен JavaScript/,
    all: 'Все материалы',
  },
} as const;

/** The paths that the results list links to. */
async function resultPaths(page: Page, name: string): Promise<string[]> {
  const links = page.getByRole('list', { name }).getByRole('link');
  return links.evaluateAll((anchors) =>
    anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
  );
}

for (const [lang, edition] of Object.entries(editions)) {
  test.describe(`searching the ${lang} edition`, () => {
    test(`"${edition.query}" finds the lead article, with an excerpt`, async ({ page }) => {
      await page.goto(edition.search);
      const box = page.getByRole('searchbox', { name: edition.box });
      await box.fill(edition.query);
      await box.press('Enter');
      await expect(page).toHaveURL(`${edition.search}?q=${encodeURIComponent(edition.query)}`);
      const results = page.getByRole('list', { name: edition.results });
      const lead = results.getByRole('listitem').filter({
        has: page.getByRole('link', { name: edition.lead, exact: true }),
      });
      await expect(lead).toHaveCount(1);
      await expect(lead.getByRole('link')).toHaveAttribute(
        'href',
        new RegExp(`/${lang}/articles/${leadSlug}/$`),
      );
      await expect(lead.locator('mark').first()).toContainText(edition.query);
      const count = await results.getByRole('listitem').count();
      await expect(page.getByRole('status')).toContainText(String(count));
      await expect(page.getByRole('status')).toContainText(edition.query);
    });

    test('the header links to the search page', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.getByRole('banner').getByRole('link', { name: edition.link, exact: true }).click();
      await expect(page).toHaveURL(edition.search);
      await expect(page.getByRole('search')).toBeVisible();
    });
  });
}

test('each edition searches only its own language', async ({ page }) => {
  // A word both editions use: each index has it, and each page asks only its own.
  for (const [lang, edition] of Object.entries(editions)) {
    await page.goto(`${edition.search}?q=Facebook`);
    await expect(page.getByRole('list', { name: edition.results })).toBeVisible();
    const paths = await resultPaths(page, edition.results);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(new RegExp(`^/${lang}/articles/`));
  }
});

test('a search is a link: opening it shows the results', async ({ page }) => {
  await page.goto('/en/search/?q=Tusk');
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('Tusk');
  await expect(
    page.getByRole('list', { name: 'Search results' }).getByRole('link', {
      name: editions.en.lead,
    }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+\sresults? for “Tusk”$/);
});

test('a search with no match says so, and still lists every article', async ({ page }) => {
  await page.goto('/ru/search/?q=Zyxwvut');
  await expect(page.getByRole('status')).toHaveText('По запросу «Zyxwvut» ничего не найдено');
  await expect(page.getByRole('list', { name: 'Результаты поиска' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Все материалы' })).toBeVisible();
});

test('a word that is not in the index is not matched by its first letter', async ({ page }) => {
  // Pagefind falls back to the longest indexed prefix: "artery" would find every "a".
  await page.goto('/en/search/?q=artery');
  await expect(page.getByRole('status')).toHaveText('No results for “artery”');
  await page.goto('/ru/search/?q=Кыргызстан');
  await expect(page.getByRole('status')).toHaveText('По запросу «Кыргызстан» ничего не найдено');
});

test('back and forward move between searches', async ({ page }) => {
  await page.goto('/en/search/?q=Tusk');
  const box = page.getByRole('searchbox', { name: 'Search the articles' });
  await expect(page.getByText(/result for “Tusk”/)).toBeVisible();
  await box.fill('Kosanov');
  await box.press('Enter');
  await expect(page.getByText(/results? for “Kosanov”/)).toBeVisible();
  await page.goBack();
  await expect(box).toHaveValue('Tusk');
  await expect(page.getByText(/result for “Tusk”/)).toBeVisible();
});

test('the language switch leads to the other search page', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL('/ru/search/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поиск');
});

test('only articles are indexed: not the front pages, the root or the search pages', async ({
  page,
  request,
}) => {
  // "Bulletin" is in the site's name in every page's header and footer, and in
  // the bylines, which are left out of the index too: it must find nothing.
  await page.goto('/en/search/?q=Bulletin');
  await expect(page.getByText('No results for “Bulletin”')).toBeVisible();
  await page.goto('/ru/search/?q=вестник');
  await expect(page.getByText('По запросу «вестник» ничего не найдено')).toBeVisible();
  // Nor the article's tools: "Available offline", "Share", "Email" (not "Report": it
  // would find the brief that says "CABAR.asia reported").
  for (const word of ['offline', 'Share', 'Email']) {
    await page.goto(`/en/search/?q=${word}`);
    await expect(page.getByText(`No results for “${word}”`)).toBeVisible();
  }
  // Each language's index holds exactly the articles its front page lists.
  const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ru']);
  for (const lang of Object.keys(editions)) {
    await page.goto(`/${lang}/`);
    const cards = await page.getByRole('main').getByRole('article').count();
    expect(entry.languages[lang]?.page_count, lang).toBe(cards);
  }
});

test('only the search page loads the search engine, and only from this site', async ({ page }) => {
  const requests: URL[] = [];
  page.on('request', (request) => requests.push(new URL(request.url())));
  const pages = ['/', '/en/', '/ru/', `/en/articles/${leadSlug}/`, `/ru/articles/${leadSlug}/`];
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requests.filter((url) => url.pathname.includes('/pagefind/'))).toEqual([]);
  await page.goto('/en/search/?q=Kosanov');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  expect(requests.some((url) => url.pathname.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(new Set(requests.map((url) => url.host))).toEqual(new Set([new URL(page.url()).host]));
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const [lang, edition] of Object.entries(editions)) {
    test(`the ${lang} page offers the form, says why it cannot search, and lists every article`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/`);
      const cards = await page.getByRole('main').getByRole('article').count();
      await page.goto(`${edition.search}?q=${encodeURIComponent(edition.query)}`);
      const form = page.getByRole('search');
      await expect(form.getByRole('searchbox', { name: edition.box })).toBeVisible();
      await expect(form.getByRole('button', { name: edition.button })).toBeVisible();
      await expect(page.getByText(edition.note)).toBeVisible();
      const all = page.getByRole('region', { name: edition.all });
      await expect(all.getByRole('link')).toHaveCount(cards);
      expect(await hrefPath(all.getByRole('link', { name: edition.lead }))).toBe(
        `/${lang}/articles/${leadSlug}/`,
      );
      // Nothing ran: the query is not filled in and no results are listed.
      await expect(form.getByRole('searchbox')).toHaveValue('');
      await expect(page.getByRole('list', { name: edition.results })).toBeHidden();
    });
  }

  test('submitting the form leads to a shareable ?q= address', async ({ page }) => {
    await page.goto('/en/search/');
    const box = page.getByRole('searchbox', { name: 'Search the articles' });
    await box.fill('Kosanov');
    await box.press('Enter');
    await expect(page).toHaveURL('/en/search/?q=Kosanov');
  });
});
