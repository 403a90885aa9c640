/**
 * Whether a file is saved as UTF-8, the one encoding the build reads. A
 * Russian text saved in Windows-1251 (common on Windows) used to fail deep
 * inside the bundler with UNLOADABLE_DEPENDENCY; this says what to do.
 */
import type { FileProblem } from './articleSource';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of bytes in Windows-1251's Cyrillic range (А-я is 0xC0-0xFF there). */
function cyrillic1251Share(bytes: Uint8Array): number {
  let high = 0;
  let cyrillic = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) high += 1;
    if (byte >= 0xc0) cyrillic += 1;
  }
  return high === 0 ? 0 : cyrillic / high;
}

/** The file line of the first byte that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return text.slice(0, Math.max(bad, 0)).split('\n').length;
}

/**
 * The problem with a file's encoding, or undefined when it is UTF-8 (with or
 * without a byte order mark).
 */
export function encodingProblem(bytes: Uint8Array): FileProblem | undefined {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    return {
      line: 1,
      message:
        'the file is saved as UTF-16 ("Unicode"); save the file as UTF-8 (in your editor: Save As, Encoding: UTF-8)',
    };
  }
  try {
    utf8.decode(bytes);
    return undefined;
  } catch {
    const guess =
      cyrillic1251Share(bytes) > 0.5
        ? ' (it looks like Windows-1251, usual for Russian on Windows)'
        : '';
    return {
      line: firstBadLine(bytes),
      message: `the file is not saved as UTF-8${guess}; save the file as UTF-8 (in your editor: Save As, Encoding: UTF-8), and check its Russian letters afterwards`,
    };
  }
}
