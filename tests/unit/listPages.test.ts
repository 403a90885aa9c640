import { describe, expect, it } from 'vitest';
import { listPageCount, listPagePath, listPageSize } from '../../src/lib/listPages';

describe('listPageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [listPageSize, 1],
    [listPageSize + 1, 2],
    [listPageSize * 100, 100],
  ])('%i articles take %i page(s)', (count, pages) => {
    expect(listPageCount(count)).toBe(pages);
  });
});

describe('listPagePath', () => {
  it.each([
    ['/en/topics/youth/', 1, '/en/topics/youth/'],
    ['/en/topics/youth/', 2, '/en/topics/youth/2/'],
    ['/ru/authors/cabar-newsroom/', 12, '/ru/authors/cabar-newsroom/12/'],
  ])('%s page %i is %s', (first, page, expected) => {
    expect(listPagePath(first, page)).toBe(expected);
  });
});
