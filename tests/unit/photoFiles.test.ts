// The photo check (src/check/photoFiles.ts): a file that is no JPEG or PNG,
// and a camera's original, each refused in the words the build prints, on
// files made in a temporary folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/check/articleSource';
import { frontmatterData } from '../../src/check/frontmatterData';
import { photoFileProblem, photoFileProblems, readPhotoFile } from '../../src/check/photoFiles';
import { photoLimits } from '../../src/config/photos';
import { jpegSaying } from './photoBytes';

const root = mkdtempSync(join(tmpdir(), 'photo-files-'));
mkdirSync(join(root, 'content/photos'), { recursive: true });
mkdirSync(join(root, 'content/articles/en'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file of the temporary content folder; returns its path. */
const put = (path: string, bytes: string | Uint8Array) => {
  const file = join(root, 'content', path);
  writeFileSync(file, bytes);
  return file;
};

/** An article with one photo, its `src` on line 10, as the build prints its problems. */
async function problemsOfArticle(photo: string): Promise<string[]> {
  const source = [
    '---',
    'lang: en',
    'headline: A photo',
    'standfirst: For the test.',
    'published: 2026-11-20',
    'authors: [bulletin-newsroom]',
    'topics: [kazakhstan]',
    'photos:',
    '  - id: square',
    `    src: ../../photos/${photo}`,
    '    alt: A square',
    '    credit: Nobody',
    '---',
    '',
    '<Photo id="square" />',
    '',
  ].join('\n');
  const path = put('articles/en/x.mdx', source);
  const { data } = frontmatterData(source);
  const problems = await photoFileProblems(path, data!, { cwd: root, source });
  return problems.map((problem) =>
    formatProblem({ file: 'content/articles/en/x.mdx', ...problem }),
  );
}

describe('a photo file that is no JPEG or PNG image', () => {
  it('names the article, the line, the field and what the file is', async () => {
    put('photos/x.jpg', 'A caption, saved under the photo’s name.\n');
    expect(await problemsOfArticle('x.jpg')).toEqual([
      'content/articles/en/x.mdx: line 10: photos[0].src: content/photos/x.jpg is not a JPEG or PNG image (it reads as text); export the photo again as JPEG',
    ]);
  });

  it('says what else the file is: empty, a web page, a damaged JPEG, or another format', async () => {
    put('photos/empty.jpg', '');
    put('photos/page.jpg', '<!DOCTYPE html>\n<html><body><img src="photo.jpg"></body></html>\n');
    put('photos/binary.jpg', Uint8Array.from([0x00, 0x01, 0xfe, 0x02, 0x00, 0x00]));
    // A copy that stopped early: its header ends before the image's size.
    const real = readFileSync(
      new URL('../../content/photos/andrei-chebotarev.jpg', import.meta.url),
    );
    put('photos/cut.jpg', real.subarray(0, 200));
    put(
      'photos/webp.jpg',
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
        .webp()
        .toBuffer(),
    );
    const said = async (name: string) =>
      photoFileProblem(
        `content/photos/${name}`,
        await readPhotoFile(join(root, 'content/photos', name)),
      );
    expect(await said('empty.jpg')).toEqual({
      message: 'content/photos/empty.jpg is not a JPEG or PNG image (it is empty)',
      advice: 'export the photo again as JPEG',
    });
    expect((await said('page.jpg'))?.message).toBe(
      'content/photos/page.jpg is not a JPEG or PNG image (it reads as a web page)',
    );
    expect((await said('binary.jpg'))?.message).toBe(
      'content/photos/binary.jpg is not a JPEG or PNG image (no image format reads it)',
    );
    expect((await said('cut.jpg'))?.message).toBe(
      'content/photos/cut.jpg is not a JPEG or PNG image (it begins as a JPEG file, but is cut short or damaged)',
    );
    expect((await said('webp.jpg'))?.message).toBe(
      'content/photos/webp.jpg is not a JPEG or PNG image (it is a WebP image)',
    );
  });
});

describe('a photo file above the limits', () => {
  it("names the article, the line, the field, the file's figures and the limits", async () => {
    put('photos/big.jpg', await jpegSaying(9000, 6000, 26_100_000));
    expect(await problemsOfArticle('big.jpg')).toEqual([
      'content/articles/en/x.mdx: line 10: photos[0].src: content/photos/big.jpg is 9000 x 6000 px and 26.1 MB, more than the 4,000 px on a side and 8 MB a photo may have; export it again 2,400 px wide, as JPEG at quality 80 to 85: the site shows no photo wider than 1,440 px',
    ]);
  });

  it('says which limit a file is above, and takes a file at the limits', () => {
    const problem = (width: number, height: number, bytes: number, format = 'jpeg') =>
      photoFileProblem('content/photos/p.jpg', { format, width, height, bytes })?.message;
    expect(problem(6000, 4000, 3_200_000)).toBe(
      'content/photos/p.jpg is 6000 x 4000 px and 3.2 MB, more than the 4,000 px on a side a photo may have',
    );
    // A portrait: its longer side is its height.
    expect(problem(3000, 4500, 2_000_000)).toBe(
      'content/photos/p.jpg is 3000 x 4500 px and 2.0 MB, more than the 4,000 px on a side a photo may have',
    );
    // Just over the limit never reads as at it.
    expect(problem(3000, 2000, 8_000_001, 'png')).toBe(
      'content/photos/p.jpg is 3000 x 2000 px and 8.1 MB, more than the 8 MB a photo may have',
    );
    expect(problem(photoLimits.side, photoLimits.side, photoLimits.bytes)).toBeUndefined();
    expect(problem(1600, 1067, 400_000, 'png')).toBeUndefined();
  });

  it('reads the real photos as within the limits', async () => {
    const real = new URL('../../content/photos/andrei-chebotarev.jpg', import.meta.url).pathname;
    expect(photoFileProblem('p', await readPhotoFile(real))).toBeUndefined();
  });
});
