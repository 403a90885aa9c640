// A test article at the far end of what editors write: ten photos and a body
// of 20,000 words, with words and addresses too long for a phone's line.
// Generated (deterministically) rather than committed: it is 130 KB of text.

/** Words of filler prose; the text means nothing, its length is the point. */
const words =
  'the reporter wrote about the election and the protest in the city while readers on slow connections followed every update from the newsroom'.split(
    ' ',
  );
const longWord = 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüsselloch';
const longUrl =
  'https://example.org/a/very/long/address/that/does/not/break/on/its/own/anywhere/at/all';
const photos = ['alimzhan-izbasarov.jpg', 'asem-zhapsheva-facebook.jpg', 'andrei-chebotarev.jpg'];

/** The MDX text of the long test article. */
export function longArticle({ paragraphs = 200, wordsPerParagraph = 100, photoCount = 10 } = {}) {
  const frontmatter = [
    '---',
    'lang: en',
    'headline: A very long article with ten photos, for layout tests',
    'standfirst: A test fixture of 20,000 words and ten photos, built into the test-only site and never published.',
    'published: 2019-06-05',
    'authors: [bulletin-newsroom]',
    'topics: [kazakhstan]',
    'photos:',
    ...Array.from({ length: photoCount }, (_, index) => [
      `  - id: photo-${index + 1}`,
      `    src: ../../photos/${photos[index % photos.length]}`,
      `    alt: 'Stand-in image number ${index + 1}: a grey panel with the words "Photo not available".'`,
      `    caption: Photo number ${index + 1}`,
      '    credit: Test fixture',
    ]).flat(),
    '---',
    '',
  ];
  const body = [];
  for (let paragraph = 0; paragraph < paragraphs; paragraph += 1) {
    const text = Array.from(
      { length: wordsPerParagraph },
      (_, index) => words[(paragraph * 7 + index) % words.length],
    );
    if (paragraph % 50 === 3) text.splice(10, 1, longWord, `[${longUrl}](${longUrl})`);
    body.push(`${text.join(' ')}.`, '');
    const every = Math.floor(paragraphs / photoCount);
    if (paragraph % every === every - 1 && paragraph / every < photoCount) {
      body.push(`<Photo id="photo-${Math.floor(paragraph / every) + 1}" />`, '');
    }
  }
  return [...frontmatter, ...body].join('\n');
}
