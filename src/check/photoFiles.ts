/**
 * The photo files an article names, read as images: a file that is no JPEG
 * or PNG (a note saved under a photo's name, a web page saved instead of the
 * picture), and a camera's original, are refused before Astro reads them.
 * Astro would stop on the first with an error that names no article, and
 * would encode the second, at full size, into every image the site makes of
 * it. Only a file's header is read (sharp's metadata()), once per file and
 * change, so the check stays cheap however many photos the site has.
 */
import { open, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import sharp from 'sharp';
import { photoLimits, widestImage } from '../config/photos';
import { lineOfField, type FileProblem } from './articleSource';
import { namedFiles } from './namedFiles';

/** What the header of a photo file says. */
export interface PhotoFile {
  /** The file's size in bytes. */
  bytes: number;
  /** The image format sharp reads the file as (`jpeg`, `png`, `webp`, ...); none when no format reads it. */
  format?: string | undefined;
  /** The image's width in pixels, as stored. */
  width?: number | undefined;
  /** The image's height in pixels, as stored. */
  height?: number | undefined;
  /**
   * What the file is, when no image format reads it: empty, text, a saved
   * web page, a JPEG or PNG whose header is cut short or damaged, or a file
   * that cannot be read at all.
   */
  instead?: 'empty' | 'text' | 'a web page' | 'JPEG' | 'PNG' | 'unreadable' | undefined;
}

/** The formats a photo may be in (README "Photos"). */
const accepted = new Set(['jpeg', 'png']);

/** Formats as an editor knows them. */
const formatNames: Readonly<Record<string, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  gif: 'GIF',
  heif: 'HEIC or AVIF',
  tiff: 'TIFF',
  svg: 'SVG',
  jp2: 'JPEG 2000',
  jxl: 'JPEG XL',
  pdf: 'PDF',
};

/** How a JPEG and a PNG file begin. */
const signatures = {
  JPEG: [0xff, 0xd8, 0xff],
  PNG: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** What the first bytes of a file that no image format reads are. */
function whatBytesAre(head: Uint8Array): PhotoFile['instead'] {
  if (head.length === 0) return 'empty';
  for (const [format, signature] of Object.entries(signatures)) {
    if (signature.every((byte, index) => head[index] === byte)) return format as 'JPEG' | 'PNG';
  }
  if (head.includes(0)) return undefined;
  let text: string;
  try {
    // As a stream: the first 4 KB may end within a character.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return undefined;
  }
  return /^\s*<(!doctype html|html)/i.test(text) ? 'a web page' : 'text';
}

/** The first bytes of a file, or undefined when it cannot be read. */
async function headOf(path: string): Promise<Uint8Array | undefined> {
  try {
    const file = await open(path);
    try {
      const buffer = new Uint8Array(4096);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return undefined;
  }
}

const read = new Map<string, { stamp: string; file: Promise<PhotoFile> }>();

/**
 * What a photo file's header says, read once per file as it is now (by
 * size and time): `npm run dev` checks again at every change, and most
 * photos have not changed.
 */
export async function readPhotoFile(path: string): Promise<PhotoFile> {
  const stats = await stat(path);
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  const known = read.get(path);
  if (known?.stamp === stamp) return known.file;
  const file = sharp(path)
    .metadata()
    .then(
      ({ format, width, height }): PhotoFile => ({ bytes: stats.size, format, width, height }),
      async (): Promise<PhotoFile> => {
        const head = await headOf(path);
        return { bytes: stats.size, instead: head ? whatBytesAre(head) : 'unreadable' };
      },
    );
  read.set(path, { stamp, file });
  return file;
}

const count = new Intl.NumberFormat('en');
/** Megabytes to a tenth, rounded up: a file over a limit never reads as at it. */
const megabytes = (bytes: number) => `${(Math.ceil(bytes / 100_000) / 10).toFixed(1)} MB`;

/** The problem with a photo file (`shown` is its path as an editor finds it), or none. */
export function photoFileProblem(
  shown: string,
  file: PhotoFile,
  what = 'photo',
): Pick<FileProblem, 'message' | 'advice'> | undefined {
  if (file.format === undefined || !accepted.has(file.format)) {
    const reads =
      file.format !== undefined
        ? `it is a ${formatNames[file.format] ?? file.format.toUpperCase()} image`
        : file.instead === 'empty'
          ? 'it is empty'
          : file.instead === 'text' || file.instead === 'a web page'
            ? `it reads as ${file.instead}`
            : file.instead === 'JPEG' || file.instead === 'PNG'
              ? `it begins as a ${file.instead} file, but is cut short or damaged`
              : file.instead === 'unreadable'
                ? 'it cannot be read'
                : 'no image format reads it';
    return {
      message: `${shown} is not a JPEG or PNG image (${reads})`,
      advice: `export the ${what} again as JPEG`,
    };
  }
  const side = Math.max(file.width ?? 0, file.height ?? 0);
  const over = [
    ...(side > photoLimits.side ? [`${count.format(photoLimits.side)} px on a side`] : []),
    ...(file.bytes > photoLimits.bytes ? [`${photoLimits.bytes / 1_000_000} MB`] : []),
  ];
  if (over.length === 0) return undefined;
  return {
    message: `${shown} is ${file.width} x ${file.height} px and ${megabytes(file.bytes)}, more than the ${over.join(' and ')} a ${what} may have`,
    advice: `export it again ${count.format(photoLimits.exportWidth)} px wide, as JPEG at quality 80 to 85: the site shows no ${what} wider than ${count.format(widestImage)} px`,
  };
}

/**
 * Every file an article's frontmatter names that exists and is no image the
 * site takes (photoFileProblem), by field, with its line when the article's
 * text is given. A missing file is missingFileProblems's.
 */
export async function photoFileProblems(
  path: string,
  frontmatter: Record<string, unknown>,
  { cwd = process.cwd(), source }: { cwd?: string; source?: string | undefined } = {},
): Promise<FileProblem[]> {
  const found = await Promise.all(
    namedFiles(path, frontmatter).map(async (named): Promise<FileProblem[]> => {
      const file = await readPhotoFile(named.path).catch(() => undefined);
      const problem = file && photoFileProblem(relative(cwd, named.path), file, named.what);
      if (!problem) return [];
      return [
        {
          line: source === undefined ? undefined : lineOfField(source, named.at),
          field: named.field,
          ...problem,
        },
      ];
    }),
  );
  return found.flat();
}
