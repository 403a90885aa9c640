// The share row's one-file copy: "Download as one file" is a link that works
// with JavaScript or without; "Send as a file" shows only where the browser
// can share files, and hands it the file. How the copy itself opens is in
// oneFile.spec.ts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
/** Each language once, one with JavaScript and one without; the share sheet once. */
const editions = [
  {
    lang: 'en',
    javaScript: false,
    shareSheet: true,
    row: 'Share this article',
    download: 'Download as one file',
    send: 'Send as a file',
  },
  {
    lang: 'ru',
    javaScript: true,
    shareSheet: false,
    row: 'Поделиться статьёй',
    download: 'Скачать одним файлом',
    send: 'Отправить файлом',
  },
] as const;

for (const { lang, javaScript, shareSheet, row, download, send } of editions) {
  const name = `${slug}.${lang}.html`;
  const file = readFileSync(`dist/${lang}/articles/${slug}/${name}`);

  test(`${lang}: "${download}" saves the article's one file, JavaScript ${javaScript ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.goto(`/${lang}/articles/${slug}/`);
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('navigation', { name: row })
        .getByRole('link', { name: download, exact: true })
        .click(),
    ]);
    expect(saved.suggestedFilename()).toBe(name);
    expect(readFileSync((await saved.path())!).equals(file)).toBe(true);
    // This desktop browser cannot share files: the button stays hidden.
    await expect(page.getByRole('button', { name: send })).toBeHidden();
    await context.close();
  });

  if (shareSheet)
    test(`${lang}: where the browser can share files, "${send}" hands it the file`, async ({
      page,
    }) => {
      // A phone's Web Share API (level 2), as Android and iOS have it; what is shared is kept.
      await page.addInitScript(() => {
        const shared: { name: string; type: string; size: number; title: string | undefined }[] =
          [];
        Object.assign(window, { shared });
        Object.assign(navigator, {
          canShare: (data: ShareData) => Boolean(data.files?.length),
          share: async (data: ShareData) => {
            for (const file of data.files ?? [])
              shared.push({ name: file.name, type: file.type, size: file.size, title: data.title });
          },
        });
      });
      await page.goto(`/${lang}/articles/${slug}/`);
      await page.getByRole('button', { name: send, exact: true }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
        .toEqual([
          {
            name,
            type: 'text/html',
            size: file.length,
            title: await page.locator('h1').textContent(),
          },
        ]);
    });
}
