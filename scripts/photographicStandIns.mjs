// Stand-in photographs for tests that weigh photos: generated landscapes with
// the statistics of a camera's picture (detail at every scale, soft skies,
// textured ground, sensor grain), so that an encoder spends on them what it
// spends on a real photograph. The flat panels of the other stand-ins
// (makeStandInPhotos.mjs, bench/corpus/standInPhotos.ts) compress to almost
// nothing and would make any byte count look better than it is.
//
// Seeded: the same seed gives the same pixels on every machine.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { seededRandom } from '../bench/corpus/prng.ts';

/** Same proportions as content/photos/: a news photograph's 3:2, wide enough for every width. */
const width = 1600;
const height = 1067;

/**
 * Fractal value noise over the picture, in [0, 1]: random values on grids
 * from `cell` pixels down to 2, smoothly interpolated and summed with
 * halving weights, which gives the fall of detail with scale that
 * photographs have.
 */
function fractalNoise(random, cell, stretch = 1, persistence = 0.55) {
  const field = new Float32Array(width * height);
  // What depends on the column only, worked out once per grid size rather than once a pixel.
  const columnAt = new Int32Array(width);
  const columnWeight = new Float64Array(width);
  let weight = 1;
  let total = 0;
  for (let size = cell; size >= 2; size /= 2) {
    const cellX = size * stretch;
    const columns = Math.ceil(width / cellX) + 2;
    const rows = Math.ceil(height / size) + 2;
    const grid = Float32Array.from({ length: columns * rows }, random);
    for (let x = 0; x < width; x += 1) {
      const gx = x / cellX;
      const column = Math.floor(gx);
      const fx = gx - column;
      columnAt[x] = column;
      columnWeight[x] = fx * fx * (3 - 2 * fx);
    }
    for (let y = 0; y < height; y += 1) {
      const gy = y / size;
      const row = Math.floor(gy);
      const fy = gy - row;
      const sy = fy * fy * (3 - 2 * fy);
      const rowStart = row * columns;
      const line = y * width;
      for (let x = 0; x < width; x += 1) {
        const sx = columnWeight[x];
        const at = rowStart + columnAt[x];
        const top = grid[at] + (grid[at + 1] - grid[at]) * sx;
        const bottom = grid[at + columns] + (grid[at + columns + 1] - grid[at + columns]) * sx;
        field[line + x] += (top + (bottom - top) * sy) * weight;
      }
    }
    total += weight;
    weight *= persistence;
  }
  for (let i = 0; i < field.length; i += 1) field[i] /= total;
  return field;
}

/** A ridge line across the picture: for each column, the height of the skyline. */
function ridge(random, base, amplitude) {
  const line = new Float32Array(width);
  const points = Array.from({ length: 66 }, random);
  for (let x = 0; x < width; x += 1) {
    let y = 0;
    let weight = amplitude;
    for (let octave = 1; octave <= 32; octave *= 2) {
      const at = (x / width) * octave;
      const i = Math.floor(at);
      const f = at - i;
      const a = points[(i + octave) % points.length];
      const b = points[(i + 1 + octave) % points.length];
      y += (a + (b - a) * f * f * (3 - 2 * f) - 0.5) * weight;
      weight *= 0.5;
    }
    line[x] = base + y;
  }
  return line;
}

const mix = (a, b, t) => a + (b - a) * t;
const clamp = (value) => Math.max(0, Math.min(255, Math.round(value)));

/** The scenes: a steppe under clouds, hills by a lake, a valley at dusk. */
const scenes = [
  {
    file: 'photographic-steppe.jpg',
    sky: [
      [62, 110, 178],
      [196, 214, 230],
    ],
    hills: [96, 110, 128],
    ground: [
      [150, 138, 84],
      [92, 104, 52],
    ],
    horizon: 0.42,
    clouds: 0.55,
  },
  {
    file: 'photographic-lake.jpg',
    sky: [
      [90, 140, 196],
      [222, 228, 232],
    ],
    hills: [70, 96, 82],
    ground: [
      [58, 96, 112],
      [34, 60, 70],
    ],
    horizon: 0.5,
    clouds: 0.45,
  },
  {
    file: 'photographic-dusk.jpg',
    sky: [
      [48, 52, 104],
      [236, 150, 92],
    ],
    hills: [60, 46, 58],
    ground: [
      [104, 82, 60],
      [40, 34, 30],
    ],
    horizon: 0.58,
    clouds: 0.62,
  },
];

/** One scene's pixels, as 8-bit RGB. */
function render(scene, random) {
  const cloudNoise = fractalNoise(random, 256, 2.5);
  const rock = fractalNoise(random, 128, 1, 0.7);
  const grass = fractalNoise(random, 32, 0.3, 0.8);
  const detail = fractalNoise(random, 16, 1, 0.95);
  const far = ridge(random, scene.horizon * height - 60, 220);
  const near = ridge(random, scene.horizon * height, 90);
  const pixels = Buffer.alloc(width * height * 3);
  // One array for every pixel's colour: a new array per pixel was where most of the time went.
  const colour = [0, 0, 0];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      if (y < far[x]) {
        const t = Math.min(1, y / far[x]);
        const cloud = Math.max(0, Math.min(1, (cloudNoise[i] - scene.clouds) * 5));
        const shade = 0.78 + 0.3 * (rock[i] - 0.5);
        for (let k = 0; k < 3; k += 1) {
          const sky = mix(scene.sky[0][k], scene.sky[1][k], t * t);
          colour[k] = mix(sky, 245 * shade, cloud * 0.85);
        }
      } else if (y < near[x]) {
        // Distant hills: rock texture, hazed toward the sky's colour.
        const haze = 0.35 + 0.25 * (1 - (y - far[x]) / Math.max(1, near[x] - far[x]));
        for (let k = 0; k < 3; k += 1) {
          colour[k] = mix(scene.hills[k] * (0.6 + 0.8 * rock[i]), scene.sky[1][k], haze);
        }
      } else {
        // Ground: coarse patches and fine blades, finer toward the horizon.
        const depth = (y - near[x]) / (height - near[x]);
        const blades = (grass[i] - 0.5) * 2.2 * (0.5 + depth) + rock[i] * 0.8;
        for (let k = 0; k < 3; k += 1) {
          colour[k] = mix(scene.ground[0][k], scene.ground[1][k], depth) * (0.45 + blades);
        }
      }
      // Sensor grain and a slight vignette, as a camera gives.
      const dx = x / width - 0.5;
      const dy = y / height - 0.5;
      const vignette = 1 - 0.35 * (dx * dx + dy * dy);
      for (let k = 0; k < 3; k += 1) {
        const grain = (random() + random() + random() - 1.5) * 10;
        pixels[i * 3 + k] = clamp(colour[k] * vignette + grain);
      }
    }
  }
  crowd(pixels, random, near);
  // Fine texture over everything but the sky (fabric, grass, skin): what
  // costs an encoder most in a real photograph.
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      const amount = y < far[x] ? 0.15 : 1.1;
      for (let k = 0; k < 3; k += 1) {
        pixels[i * 3 + k] = clamp(pixels[i * 3 + k] * (1 + (detail[i] - 0.5) * amount));
      }
    }
  }
  return pixels;
}

/**
 * People standing on the ground, nearer ones larger and lower: hard edges
 * at every size, as a street or a rally gives a news photograph.
 */
function crowd(pixels, random, skyline) {
  const people = Array.from({ length: 160 }, () => ({ depth: random(), x: random() * width })).sort(
    (a, b) => a.depth - b.depth,
  );
  for (const { depth, x } of people) {
    const base = skyline[Math.min(width - 1, Math.floor(x))] + 20 + depth * depth * (height * 0.55);
    const tall = 40 + depth * depth * 420;
    const wide = tall * (0.28 + random() * 0.08);
    const coat = [random() * 200 + 20, random() * 160 + 20, random() * 160 + 20];
    const skin = 150 + random() * 70;
    const head = wide * 0.36;
    const top = base - tall;
    for (let y = Math.max(0, Math.floor(top)); y < Math.min(height, base); y += 1) {
      const along = (y - top) / tall;
      const half =
        along < 0.2 ? head * Math.sqrt(Math.max(0, 1 - ((along - 0.1) / 0.1) ** 2)) : wide / 2;
      for (let px = Math.max(0, Math.floor(x - half)); px < Math.min(width, x + half); px += 1) {
        const across = (px - x) / (half || 1);
        const light = 0.75 + 0.35 * across + (random() - 0.5) * 0.25;
        const i = (y * width + px) * 3;
        for (let k = 0; k < 3; k += 1) {
          const c = along < 0.2 ? skin * [1, 0.8, 0.68][k] : coat[k];
          pixels[i + k] = clamp(c * light);
        }
      }
    }
  }
}

/**
 * Writes the three photographic stand-ins into `dir` as camera-quality JPEGs
 * (1600 x 1067) and returns their file names.
 */
export async function writePhotographicStandIns(dir, seed = 21) {
  await mkdir(dir, { recursive: true });
  const random = seededRandom(seed).next;
  for (const scene of scenes) {
    const pixels = render(scene, random);
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .blur(0.5)
      .jpeg({ quality: 90 })
      .toFile(join(dir, scene.file));
  }
  return scenes.map((scene) => scene.file);
}

/**
 * A folder under `cacheDir` holding the stand-ins, made once (a few seconds
 * of work) and kept while this generator is unchanged: its folder is named
 * by a digest of this file.
 */
export async function photographicStandIns(cacheDir) {
  const code = await readFile(fileURLToPath(import.meta.url));
  const key = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const dir = join(cacheDir, `photographic-stand-ins-${key}`);
  if (!existsSync(dir)) {
    await rm(`${dir}.part`, { recursive: true, force: true });
    await writePhotographicStandIns(`${dir}.part`);
    await rename(`${dir}.part`, dir);
  }
  return dir;
}
