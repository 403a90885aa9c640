import { describe, expect, it } from 'vitest';
import { heldBackNote, type HeldBack } from '../../src/check/heldBack';

const draft = (n: number): HeldBack => ({
  file: `content/articles/en/draft-${n}.mdx`,
  state: 'draft',
  published: '2026-11-20',
});

describe('heldBackNote', () => {
  it.each<[string, HeldBack[], string | undefined]>([
    ['says nothing when every article is published', [], undefined],
    [
      'names a draft and a scheduled article, with its day',
      [
        draft(1),
        { file: 'content/articles/ru/x.mdx', state: 'scheduled', published: '2062-01-05' },
      ],
      'not published by this build, as planned: 2 articles: content/articles/en/draft-1.mdx (a draft), content/articles/ru/x.mdx (dated 2062-01-05: on the site from then)',
    ],
    [
      'names five and counts the rest, on one line',
      [1, 2, 3, 4, 5, 6, 7].map(draft),
      'not published by this build, as planned: 7 articles: content/articles/en/draft-1.mdx (a draft), content/articles/en/draft-2.mdx (a draft), content/articles/en/draft-3.mdx (a draft), content/articles/en/draft-4.mdx (a draft), content/articles/en/draft-5.mdx (a draft), and 2 more (npm run status lists them)',
    ],
  ])('%s', (_, held, expected) => {
    expect(heldBackNote(held)).toBe(expected);
  });
});
