import { describe, expect, it } from 'vitest';
import { encodingProblem } from '../../src/check/fileEncoding';

const text = '---\nlang: ru\nheadline: Каким будет Казахстан?\n---\n';
const utf8 = new TextEncoder().encode(text);

/** The text as Windows-1251 would save it: А-я as 0xC0-0xFF. */
function windows1251(value: string): Uint8Array {
  return Uint8Array.from([...value], (char) => {
    const code = char.codePointAt(0)!;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code < 0x80) return code;
    throw new Error(`no Windows-1251 byte for ${char} in this test`);
  });
}

describe('encodingProblem', () => {
  it('accepts UTF-8, with or without a byte order mark', () => {
    expect(encodingProblem(utf8)).toBeUndefined();
    expect(encodingProblem(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBeUndefined();
  });

  it('says to save a Windows-1251 file as UTF-8, with the first line it cannot read', () => {
    expect(encodingProblem(windows1251(text))).toEqual({
      line: 3,
      message:
        'the file is not saved as UTF-8 (it looks like Windows-1251, usual for Russian on Windows); save the file as UTF-8 (in your editor: Save As, Encoding: UTF-8), and check its Russian letters afterwards',
    });
  });

  it('says so for other encodings too, without a guess', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('---\nheadline: Caf'), 0xe9, 0x80]);
    expect(encodingProblem(latin1)?.message).toMatch(/^the file is not saved as UTF-8; save/);
  });

  it('says to save a UTF-16 file as UTF-8', () => {
    expect(encodingProblem(Uint8Array.from([0xff, 0xfe, 0x2d, 0x00]))?.message).toMatch(
      /^the file is saved as UTF-16 \("Unicode"\); save the file as UTF-8/,
    );
  });
});
