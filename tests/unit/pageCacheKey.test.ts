// A page reused from the previous build must be the page this build would
// make: its key changes with anything it shows, and only then.
import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../src/data/pageCacheKey';

const photo = (src: string) => ({ id: 'p', src: { src, width: 10, height: 10 } });
const article = (id: string, digest: string, src = '/_astro/a.Hash1.jpg') => ({
  id,
  digest,
  data: { headline: id, photos: [photo(src)] },
});
const topic = { id: 'kazakhstan', data: { name: { en: 'Kazakhstan', ru: 'Казахстан' } } };

describe('pageCacheKey', () => {
  const key = pageCacheKey([article('en/a', 'd1'), article('en/b', 'd2'), topic], { ru: '/ru/a/' });

  it('is the same for the same entries and the same counterparts', () => {
    expect(
      pageCacheKey([article('en/a', 'd1'), article('en/b', 'd2'), topic], { ru: '/ru/a/' }),
    ).toBe(key);
  });

  it.each([
    [
      'the article is edited',
      [article('en/a', 'd9'), article('en/b', 'd2'), topic],
      { ru: '/ru/a/' },
    ],
    [
      'a linked article is edited',
      [article('en/a', 'd1'), article('en/b', 'd3'), topic],
      { ru: '/ru/a/' },
    ],
    [
      'a photo file is replaced (its built address changes)',
      [article('en/a', 'd1', '/_astro/a.Hash2.jpg'), article('en/b', 'd2'), topic],
      { ru: '/ru/a/' },
    ],
    [
      'another article is listed',
      [article('en/a', 'd1'), article('en/c', 'd2'), topic],
      { ru: '/ru/a/' },
    ],
    [
      'a topic is renamed (entries without a digest count by their data)',
      [
        article('en/a', 'd1'),
        article('en/b', 'd2'),
        { ...topic, data: { name: { en: 'KZ', ru: 'КЗ' } } },
      ],
      { ru: '/ru/a/' },
    ],
    ['the translation goes', [article('en/a', 'd1'), article('en/b', 'd2'), topic], {}],
  ])('changes when %s', (_, entries, counterparts) => {
    expect(pageCacheKey(entries, counterparts)).not.toBe(key);
  });

  it("reads a photo's address without marking the original file as used", () => {
    // As Astro's image imports do: reading a property (but `clone`) marks the
    // original as used, and Astro then copies it into dist/.
    const used: string[] = [];
    const meta = { src: '/_astro/a.Hash1.jpg', width: 10, height: 10 };
    const image = new Proxy(meta, {
      get: (target, name) => {
        if (name === 'clone') return structuredClone(target);
        used.push(String(name));
        return target[name as keyof typeof target];
      },
    });
    const entry = (src: object) => ({
      id: 'en/a',
      digest: 'd1',
      data: { photos: [{ id: 'p', src }] },
    });
    expect(pageCacheKey([entry(image)])).toBe(pageCacheKey([entry(meta)]));
    expect(used).toEqual([]);
  });
});
