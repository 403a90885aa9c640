// A fixed set of searches, and the articles each finds on the real content,
// in order: people's names, places, a name that stands only in a photo's
// caption or credit, and the spellings a reader types (the other alphabet,
// another transliteration, ё for е). Whatever changes how the index is made
// (its settings, what it indexes, splitting it) must find the same articles
// in the same order, or better; a better order is written here with the
// change that makes it. An empty list is a search that finds nothing today:
// a gap to know of, not a wish.
import { expect, test, type Page } from '@playwright/test';

const lead = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const marathon = 'kazakhstan-from-a-marathon-banner-to-protest-consolidation';
const detentions = 'detentions-and-blocks-in-kazakhstan-what-will-tokayev-do-next';
const election = 'what-kazakhstan-will-be-like-after-presidential-election';

const editions = {
  en: {
    box: 'Search the articles',
    results: 'Search results',
    searches: [
      ['Kosanov', [election, lead]],
      ['Tokayev', [detentions, lead]],
      // Another transliteration of the same name.
      ['Tokaev', []],
      // The Russian spelling, in the English edition.
      ['Косанов', []],
      ['Chebotarev', [election, lead]],
      ['Almaty', [marathon, lead]],
      ['Nur-Sultan', [marathon, lead, detentions]],
      // A photo's caption (Alimzhan Izbasarov) and a photo's credit (Asem Zhapsheva / Facebook).
      ['Izbasarov', [detentions, lead]],
      ['Zhapsheva', [lead]],
      ['protest', [marathon, lead, detentions, election]],
    ],
  },
  ru: {
    box: 'Поиск по материалам',
    results: 'Результаты поиска',
    searches: [
      ['Косанов', [election, lead]],
      ['Токаев', [detentions, lead]],
      // The English spelling, in the Russian edition.
      ['Kosanov', []],
      ['Чеботарев', [election, lead]],
      ['Чеботарёв', [election, lead]],
      ['Алматы', [marathon, lead]],
      ['Нур-Султан', [detentions, marathon, lead]],
      // A photo's caption (Алимжан Избасаров) and a photo's credit (Асем Жапишева / Facebook).
      ['Избасаров', [detentions, lead]],
      ['Жапишева', [lead]],
      ['протест', [lead, marathon, detentions, election]],
      ['молодёжь', [lead, detentions]],
      ['молодежь', [lead, detentions]],
    ],
  },
} as const;

/** The file names of the articles the results list links to, in order. */
async function foundArticles(page: Page, results: string): Promise<string[]> {
  return page
    .getByRole('list', { name: results })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').at(-2)!),
    );
}

for (const [lang, edition] of Object.entries(editions)) {
  test(`the ${lang} edition's fixed searches find the same articles, in the same order`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/search/`);
    const box = page.getByRole('searchbox', { name: edition.box });
    const found: [string, string[]][] = [];
    for (const [query] of edition.searches) {
      await box.fill(query);
      await box.press('Enter');
      // The summary names the query once its results (or their absence) are shown.
      await expect(page.getByRole('status')).toContainText(query);
      found.push([query, await foundArticles(page, edition.results)]);
    }
    expect(found).toEqual(edition.searches.map(([query, articles]) => [query, [...articles]]));
  });
}
