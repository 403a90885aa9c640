// The photo files' originals that Astro copies into the built site, told
// from the images it makes of them (src/integrations/photoOriginals.ts).
import { describe, expect, it } from 'vitest';
import { copiedName, originalsAmong } from '../../src/integrations/photoOriginals';

describe('copiedName', () => {
  it.each([
    ['alimzhan-izbasarov.XsFeakr6.jpg', 'alimzhan-izbasarov.jpg'],
    // Astro's hashes may hold - and _, and a name may hold dots.
    ['photographic-dusk.LI-0TWg1.jpg', 'photographic-dusk.jpg'],
    ['a.b.D3i_5cNz.png', 'a.b.png'],
  ])('reads %s as the copy of %s', (asset, name) => {
    expect(copiedName(asset)).toBe(name);
  });

  it.each([
    // An image made of a photo: its options' hash follows the file's.
    'alimzhan-izbasarov.XsFeakr6_1a52kc.jpg',
    'photographic-dusk.LI-0TWg1_Z1IOXQA.webp',
    'social-card.DnTjw87a_1yWf0h.jpg',
    'favicon.png',
  ])('reads %s as no copy', (asset) => {
    expect(copiedName(asset)).toBeUndefined();
  });
});

describe('originalsAmong', () => {
  it('takes a copy that has the name and the size of a content image, and nothing else', () => {
    const images = [
      { name: 'alimzhan-izbasarov.jpg', bytes: 32180 },
      { name: 'andrei-chebotarev.jpg', bytes: 33834 },
    ];
    expect(
      originalsAmong(
        [
          { name: 'alimzhan-izbasarov.XsFeakr6.jpg', bytes: 32180 },
          // Another file of the same name: not the content's.
          { name: 'andrei-chebotarev.D42f3Mir.jpg', bytes: 1000 },
          { name: 'alimzhan-izbasarov.XsFeakr6_1a52kc.jpg', bytes: 32180 },
        ],
        images,
      ),
    ).toEqual(['alimzhan-izbasarov.XsFeakr6.jpg']);
  });
});
