import { describe, expect, it } from 'vitest';
import { matchesQuery } from '../../src/lib/matchesQuery';

describe('matchesQuery', () => {
  it.each([
    ['the word itself', ['Kosanov,'], 'Kosanov', 'en'],
    ['a possessive', ['Kosanov’s'], 'kosanov', 'en'],
    ['a stemmed form', ['protests'], 'protesting', 'en'],
    ['a word typed in part', ['Kosanov'], 'Kosan', 'en'],
    ['a Russian case ending', ['Косанова'], 'Косанов', 'ru'],
    ['ё typed as е', ['ещё'], 'еще', 'ru'],
    ['one real word among fallbacks', ['в', 'Косанов.'], 'вестник Косанов', 'ru'],
    ['no marked words', [], 'anything', 'en'],
  ])('keeps %s', (_, marked, query, lang) => {
    expect(matchesQuery(marked, query, lang)).toBe(true);
  });

  it.each([
    ['«в» for «вестник»', ['в', 'В'], 'вестник', 'ru'],
    ['"a" for "artery"', ['a', 'a'], 'artery', 'en'],
    ['"or" for "orchid"', ['or'], 'orchid', 'en'],
  ])('drops Pagefind’s prefix fallback: %s', (_, marked, query, lang) => {
    expect(matchesQuery(marked, query, lang)).toBe(false);
  });
});
