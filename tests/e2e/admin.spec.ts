// The editing page, /admin/, as an editor uses it: against a temporary clone
// of the content (tests/e2e/admin/localRepository.ts), in Chromium, the only
// engine with the File System Access API that its local mode needs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cloneContent, copyBack, openWithClone } from './admin/localRepository';

test.skip(({ browserName }) => browserName !== 'chromium', 'local mode needs Chromium');
// The CMS is a 2 MB application that starts in each test: seconds on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

const article = (root: string, lang: string, slug: string) =>
  readFileSync(join(root, 'content/articles', lang, `${slug}.mdx`), 'utf8');

/** The lines of `after` that differ from `before`, line by line (same length expected). */
function changedLines(before: string, after: string): string[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  expect(b.length).toBe(a.length);
  return b.filter((line, index) => line !== a[index]);
}

/** The CMS's name of each edition's pane. */
type Edition = 'English' | 'Russian';

const pane = (page: Page, language: Edition) =>
  page.getByRole('group', { name: new RegExp(`Edit .${language}. Content`) });
const field = (scope: Locator, label: string) =>
  scope.getByRole('group', { name: new RegExp(`^“.${label}.” Field$`) });

/** Opens an article's entry, again if the CMS was still leaving the last one. */
async function openEntry(page: Page, slug: string): Promise<void> {
  const headline = field(pane(page, 'English'), 'Headline').getByRole('textbox');
  await expect(async () => {
    await page.evaluate((slug) => {
      location.hash = `#/collections/articles/entries/${slug}`;
    }, slug);
    await expect(headline).not.toHaveValue('', { timeout: 15_000 });
  }).toPass({ timeout: 60_000 });
}

async function save(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Save', exact: true });
  await expect(button).toBeEnabled();
  // Not a pointer click: the toolbar moves as the form settles.
  await button.dispatchEvent('click');
  await expect(page.getByRole('status').filter({ hasText: /saved|published/i })).toBeVisible();
  // A saved entry closes: the CMS goes back to the list of articles.
  await page.waitForFunction(() => /^#\/collections\/articles\/?$/.test(location.hash));
}

test('every real article saved with one field changed differs in that line only', async ({
  page,
}) => {
  const root = cloneContent();
  await openWithClone(page, root);
  const slugs = readdirSync('content/articles/en').map((file) => file.replace(/\.mdx$/, ''));
  for (const slug of slugs) {
    await openEntry(page, slug);
    const headline = field(pane(page, 'English'), 'Headline').getByRole('textbox');
    await headline.fill(`${await headline.inputValue()} (changed)`);
    await save(page);
  }
  await copyBack(page, root);
  for (const slug of slugs) {
    const changed = changedLines(article('.', 'en', slug), article(root, 'en', slug));
    expect(changed, slug).toEqual([expect.stringMatching(/^headline: .* \(changed\)'?$/)]);
    expect(article(root, 'ru', slug), slug).toBe(article('.', 'ru', slug));
  }
});

test('a required field left empty is refused on the page with its message', async ({ page }) => {
  const root = cloneContent();
  await openWithClone(page, root);
  await page.evaluate(() => {
    location.hash =
      '#/collections/articles/entries/what-do-protesting-moods-in-kazakhstan-tell-about';
  });
  const standfirst = field(pane(page, 'English'), 'Standfirst');
  await standfirst.getByRole('textbox').fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(standfirst).toContainText(/required/i);
  const published = field(pane(page, 'English'), 'Published');
  await published.getByRole('textbox').fill('June 2019');
  await expect(published).toContainText(
    'expected a date as YYYY-MM-DD, or YYYY-MM when the day is not known',
  );
});

/** Places a body component from the text's toolbar and gives it its id. */
async function insert(text: Locator, component: string, id: string): Promise<void> {
  await text.getByRole('button', { name: 'Insert' }).click();
  await text.page().getByRole('menuitem', { name: component }).click();
  await text.getByRole('group', { name: component }).last().getByRole('textbox').fill(id);
}

/**
 * Scrolls a language's pane down until `target` is there: the CMS renders a
 * pane's fields only as they come into view, and on a busy machine it renders
 * them later, so the pane is scrolled from its last field rendered until then.
 */
async function scrollDownTo(page: Page, language: Edition, target: Locator) {
  await expect(async () => {
    await pane(page, language).getByRole('group').last().hover();
    await page.mouse.wheel(0, 800);
    await expect(target).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
}

/** An edition's Draft switch, its pane scrolled down to it. */
async function draftSwitch(page: Page, language: Edition): Promise<Locator> {
  const draft = field(pane(page, language), 'Draft');
  await scrollDownTo(page, language, draft);
  return draft.getByRole('switch');
}

/**
 * Marks a language's edition a draft, and writes its text with the photo, the
 * pull quote and the "see also" placed after it.
 */
async function draftWithText(page: Page, language: Edition, sentence: string) {
  await (await draftSwitch(page, language)).check();
  const text = field(pane(page, language), 'Text');
  await text.getByRole('textbox').click();
  await page.keyboard.type(sentence);
  await insert(text, 'Photo', 'square');
  await insert(text, 'Pull quote', 'chebotarev-renewal');
  await insert(text, 'See also', 'what-do-protesting-moods-in-kazakhstan-tell-about');
}

/** Builds the clone's content as `npm run build` does, into the clone; returns the output folder. */
function buildClone(root: string): string {
  const out = join(root, 'dist');
  const cache = join(root, 'cache');
  // The production build's encoded images: only the new photo is encoded again.
  if (existsSync('.cache/assets'))
    cpSync('.cache/assets', join(cache, 'assets'), { recursive: true });
  const result = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: join(root, 'content'),
      ASTRO_OUT_DIR: out,
      ASTRO_CACHE_DIR: cache,
    },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return out;
}

test('an article written in English and Russian with a photo, a pull quote and a see-also is saved as a draft, then published', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const root = cloneContent();
  await openWithClone(page, root);
  await page.getByText('What Do Protesting Moods').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    location.hash = '#/collections/articles/new';
  });
  const [en, ru] = [pane(page, 'English'), pane(page, 'Russian')];

  // What both editions share, entered once in English.
  await field(en, 'Headline').getByRole('textbox').fill('A Day in Almaty');
  await field(en, 'Standfirst')
    .getByRole('textbox')
    .fill('A test article, written on the editing page.');
  await field(en, 'Published').getByRole('textbox').fill('2026-11-20');
  await field(en, 'Authors').getByRole('checkbox', { name: 'Steppe Bulletin newsroom' }).check();
  await field(en, 'Topics').getByRole('checkbox', { name: 'Kazakhstan' }).check();
  await en.getByRole('button', { name: /Add .Photos./ }).click();
  const photo = field(en, 'Photos');
  await field(photo, 'Id').getByRole('textbox').fill('square');
  await field(photo, 'File')
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: 'almaty-square.jpg',
      mimeType: 'image/jpeg',
      buffer: readFileSync('content/photos/andrei-chebotarev.jpg'),
    });
  await field(photo, 'Alt text').getByRole('textbox').fill('A square in Almaty');
  await field(photo, 'Credit').getByRole('textbox').fill('Steppe Bulletin');
  await en.getByRole('button', { name: /Add .Quotes./ }).click();
  const quote = field(en, 'Quotes');
  await field(quote, 'Id').getByRole('textbox').fill('chebotarev-renewal');
  await field(quote, 'Words').getByRole('textbox').fill('The trend for renewal has been set.');
  await field(quote, 'Speaker').getByRole('textbox').fill('Andrei Chebotarev');
  await field(en, 'See also')
    .getByRole('checkbox', { name: /What Do Protesting Moods/ })
    .check();
  await draftWithText(page, 'English', 'The analyst said: "The trend for renewal has been set."');

  // The Russian texts, beside the English.
  await field(ru, 'Headline').getByRole('textbox').fill('День в Алматы');
  await field(ru, 'Standfirst')
    .getByRole('textbox')
    .fill('Проверочная статья со страницы редактирования.');
  // The CMS renders a list's items as they come into view.
  const ruPhoto = field(ru, 'Photos');
  await ruPhoto.scrollIntoViewIfNeeded();
  await field(ruPhoto, 'Alt text').getByRole('textbox').fill('Площадь в Алматы');
  await field(ruPhoto, 'Credit').getByRole('textbox').fill('«Степной вестник»');
  const ruQuote = field(ru, 'Quotes');
  await ruQuote.scrollIntoViewIfNeeded();
  await field(ruQuote, 'Words').getByRole('textbox').fill('Тренд на обновление задан.');
  await field(ruQuote, 'Speaker').getByRole('textbox').fill('Андрей Чеботарев');
  await draftWithText(page, 'Russian', 'Политолог сказал: "Тренд на обновление задан."');
  await save(page);

  await copyBack(page, root);
  const slug = 'a-day-in-almaty';
  for (const lang of ['en', 'ru']) {
    const text = article(root, lang, slug);
    expect(text).toContain('draft: true');
    expect(text).toContain(`lang: ${lang}`);
    expect(text).toContain('src: ../../photos/almaty-square.jpg');
    for (const component of [
      '<Photo id="square" />',
      '<PullQuote id="chebotarev-renewal" />',
      '<SeeAlso id="what-do-protesting-moods-in-kazakhstan-tell-about" />',
    ]) {
      expect(text).toContain(`\n\n${component}\n`);
    }
  }
  expect(existsSync(join(root, 'content/photos/almaty-square.jpg'))).toBe(true);

  // Published: both drafts switched off, saved again, and built.
  await openEntry(page, slug);
  await (await draftSwitch(page, 'English')).uncheck();
  await (await draftSwitch(page, 'Russian')).uncheck();
  await save(page);
  await copyBack(page, root);
  for (const lang of ['en', 'ru']) expect(article(root, lang, slug)).not.toContain('draft: true');
  const out = buildClone(root);
  const page_ = (lang: string) =>
    readFileSync(join(out, lang, 'articles', slug, 'index.html'), 'utf8');
  expect(page_('en')).toContain(`href="../../../ru/articles/${slug}/" hreflang="ru"`);
  expect(page_('ru')).toContain(`href="../../../en/articles/${slug}/" hreflang="en"`);
  expect(page_('ru')).toMatch(/<h1 class="article__headline">День в\u00a0Алматы<\/h1>/);
});
