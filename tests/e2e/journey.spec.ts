// The reader journey, in every engine (Chromium, Firefox, WebKit: see the
// projects in playwright.config.ts): open the lead article, switch to Russian
// and back, follow each "see also" link and back, and read it with JavaScript off.
// Written once against the engine-neutral Reader (reader/reader.ts).
import { expect, test } from './reader/test';
import { missingSeedSentences, seedBodySentences, seedSeeAlsoTitles } from './seedText';

const slug = 'what-do-protesting-moods-in-kazakhstan-tell-about';
const english = {
  path: `/en/articles/${slug}/`,
  headline: 'What Do Protesting Moods in Kazakhstan Tell About?',
};
const russian = {
  path: `/ru/articles/${slug}/`,
  headline: 'О чём говорят протестные настроения в Казахстане?',
};
/** Text as a reader sees it: typography's non-breaking spaces read as spaces. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the article is made of; a translation has the same. */
const parts = [
  '.prose > p:not(.see-also)',
  '.prose figure.figure',
  '.prose .pull-quote',
  '.prose .see-also',
];

test('the lead article, in Russian and back, and each "see also" link and back', async ({
  openReader,
}) => {
  test.setTimeout(90_000);
  const reader = await openReader({ javaScript: true });
  const read = async (selector: string) => (await reader.texts(selector)).map(words);
  const counts = async () =>
    Promise.all(parts.map(async (part) => (await reader.texts(part)).length));

  await reader.open(english.path);
  expect(await reader.title()).toBe(`${english.headline} — Steppe Bulletin`);
  expect(await read('h1')).toEqual([english.headline]);
  // Scripts run: the theme toggle they reveal is there.
  expect(await reader.shows('button', 'Dark theme')).toBe(true);
  // The photographs are not available: each figure says so, under its caption and credit.
  expect(await read('.prose figure.figure figcaption')).toEqual([
    'Caption: Alimzhan Izbasarov Photo: RFE/RL Photograph not available',
    'Photo: Asem Zhapsheva / Facebook Photograph not available',
    'Caption: Andrei Chebotarev Photo: sputniknews.kz Photograph not available',
  ]);
  const englishCounts = await counts();

  await reader.follow('Русский');
  expect(await reader.path()).toBe(russian.path);
  expect(await reader.attribute('html', 'lang')).toBe('ru');
  expect(await read('h1')).toEqual([russian.headline]);
  expect(await counts()).toEqual(englishCounts);
  expect(await read('.prose strong')).toEqual(['Андрей Чеботарев', 'Ирина Ким']);
  expect(await read('.prose h2')).toContain('Жажда перемен');
  expect((await read('time'))[0]).toBe('июнь 2019');
  expect((await read('main')).join(' ')).toMatch(/\d+ минут(а|ы)? чтения/);
  // The Russian edition is the newsroom's translation, and says so.
  expect(await read('.byline')).toEqual(['Автор оригинала: редакция CABAR.asia']);
  expect(await read('.translation-credit')).toEqual([
    'Перевод с английского: редакция «Степного вестника». Цитаты приводятся в переводе с английского.',
  ]);
  expect((await read('.source-credit')).join(' ')).toContain(
    'Английская версия впервые опубликована на CABAR.asia:',
  );

  await reader.follow('English');
  expect(await reader.path()).toBe(english.path);
  expect(await reader.attribute('html', 'lang')).toBe('en');

  // Every "see also" link opens its article, which links back.
  expect(await read('.prose .see-also a')).toEqual(seedSeeAlsoTitles);
  for (const title of seedSeeAlsoTitles) {
    await reader.follow(title, '.prose');
    expect(await read('h1')).toEqual([title]);
    await reader.follow(english.headline, '.based-on');
    expect(await reader.path()).toBe(english.path);
  }
});

test('with JavaScript off: the whole article reads, and the language switch works', async ({
  openReader,
}) => {
  test.setTimeout(90_000);
  const reader = await openReader({ javaScript: false });
  const read = async (selector: string) => (await reader.texts(selector)).map(words);
  await reader.open(english.path);
  // No script ran: the theme toggle stays hidden.
  expect(await reader.shows('button', 'Dark theme')).toBe(false);
  expect(seedBodySentences.length).toBeGreaterThan(35);
  expect(missingSeedSentences((await reader.texts('.prose')).join('\n'))).toEqual([]);
  // Scripts only add tools (sharing, error reports); none comes from another host.
  expect(await reader.attribute('script[src^="http"], script[src^="//"]', 'src')).toBeNull();

  await reader.follow('Русский');
  expect(await reader.path()).toBe(russian.path);
  expect(await read('h1')).toEqual([russian.headline]);
});
