// The benchmark corpus's own stand-in photos: flat panels of colour and
// shapes, distinct from each other so the image pipeline has more than the
// three content/photos/ files to transform. No text, so the bytes depend on
// sharp alone and not on the machine's fonts.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { seededRandom, type Random } from './prng.ts';

/** Same proportions as content/photos/, large enough for every width <Picture> asks for. */
const width = 1600;
const height = 1067;

/**
 * The file names of the generated stand-ins, in pool order.
 */
function standInPhotoNames(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `bench-stand-in-${String(i + 1).padStart(2, '0')}.jpg`,
  );
}

function panelSvg(random: Random): string {
  const hue = () => random.int(0, 359);
  const shapes = Array.from({ length: random.int(3, 7) }, () => {
    const fill = `hsl(${hue()},${random.int(30, 70)}%,${random.int(30, 70)}%)`;
    const x = random.int(0, width);
    const y = random.int(0, height);
    const size = random.int(80, 420);
    return random.chance(0.5)
      ? `<circle cx="${x}" cy="${y}" r="${size}" fill="${fill}" fill-opacity="0.8"/>`
      : `<rect x="${x - size}" y="${y - size / 2}" width="${size * 2}" height="${size}" fill="${fill}" fill-opacity="0.8"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="hsl(${hue()},25%,80%)"/>
  ${shapes.join('\n  ')}
</svg>`;
}

/**
 * Writes `count` distinct stand-in JPEGs into `dir`, the same bytes for the
 * same seed.
 */
export async function writeStandInPhotos(
  dir: string,
  count: number,
  seed: number,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const random = seededRandom(seed);
  const names = standInPhotoNames(count);
  for (const name of names) {
    await sharp(Buffer.from(panelSvg(random)))
      .jpeg({ quality: 70 })
      .toFile(join(dir, name));
  }
  return names;
}
