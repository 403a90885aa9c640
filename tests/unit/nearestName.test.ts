import { describe, expect, it } from 'vitest';
import { nearestName } from '../../src/lib/nearestName';

describe('nearestName', () => {
  const photo = ['id', 'src', 'alt', 'caption', 'credit'];
  it.each([
    ['captoin', photo, 'caption'],
    ['Caption', photo, 'caption'],
    ['credits', photo, 'credit'],
    ['scr', photo, 'src'],
    ['seealso', ['seeAlso', 'source'], 'seeAlso'],
    ['date', ['name', 'url'], undefined],
    ['photographer', photo, undefined],
  ])('%s -> %s', (name, known, nearest) => {
    expect(nearestName(name, known)).toBe(nearest);
  });
});
