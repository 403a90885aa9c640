import { describe, expect, it } from 'vitest';
import { readingMinutes, wordCount } from '../../src/lib/readingTime';

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ['A **bold** name and [a link](https://example.org/x).', 6],
    ['<Photo id="izbasarov" />\n\nTwo words', 2],
    ['## Heading here\n\nBody', 3],
    ['22-year-old student’s letter', 3],
    ['Протестные настроения в Казахстане', 4],
  ])('%j has %i words', (body, expected) => {
    expect(wordCount(body)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => wordCount(Array.from({ length: n }, () => 'word').join(' '));
  it.each([
    [0, 1],
    [1, 1],
    [230, 1],
    [231, 2],
    [1150, 5],
  ])('%i English words take %i minute(s)', (n, minutes) => {
    expect(readingMinutes(words(n), 'en')).toBe(minutes);
  });

  it('reads Russian more slowly', () => {
    expect(readingMinutes(words(400), 'ru')).toBeGreaterThan(readingMinutes(words(400), 'en'));
  });
});
