// Photo files for the tests of the photo check (src/check/photoFiles.ts),
// made in milliseconds: the check reads a file's header only, so a small
// JPEG whose header says 9000 x 6000, padded after its end to a camera
// original's size, is what the check sees of a camera original (sharp takes
// seconds to encode a real one).
import sharp from 'sharp';

/** The offset of a JPEG's frame header (SOFn), which holds its height and width. */
function frameHeader(jpeg: Uint8Array): number {
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    // SOF0 to SOF15, leaving out DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return at;
    at += 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
  }
  throw new Error('no frame header in the JPEG');
}

/**
 * A JPEG whose header says it is `width` x `height` pixels (its pixels are
 * 8 x 8), `bytes` long: zeros after its end, which readers of JPEG ignore.
 */
export async function jpegSaying(width: number, height: number, bytes = 0): Promise<Buffer> {
  const small = await sharp({
    create: { width: 8, height: 8, channels: 3, background: '#808080' },
  })
    .jpeg()
    .toBuffer();
  const at = frameHeader(small);
  small.writeUInt16BE(height, at + 5);
  small.writeUInt16BE(width, at + 7);
  return Buffer.concat([small, Buffer.alloc(Math.max(0, bytes - small.length))]);
}
