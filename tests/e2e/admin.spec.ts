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

const pane = (page: Page, language: 'English' | 'Russian') =>
  page.getByRole('group', { name: new RegExp(`Edit .${language}. Content`) });
const field = (scope: Locator, label: string) =>
  scope.getByRole('group', { name: new RegExp(`^“.${label}.” Field$`) });

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved|published/i })).toBeVisible();
}

test('every real article saved with one field changed differs in that line only', async ({
  page,
}) => {
  const root = cloneContent();
  await openWithClone(page, root);
  const slugs = readdirSync('content/articles/en').map((file) => file.replace(/\.mdx$/, ''));
  for (const slug of slugs) {
    await page.evaluate((slug) => {
      location.hash = `#/collections/articles/entries/${slug}`;
    }, slug);
    const headline = field(pane(page, 'English'), 'Headline').getByRole('textbox');
    await expect(headline).not.toHaveValue('');
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
