import { describe, expect, it } from 'vitest';
import { slugFromText, transliterate } from '../../src/lib/transliterate';

describe('transliterate', () => {
  // The spellings of content/names.json, which English-language news uses.
  it.each([
    ['Данияр Хасенов', 'daniyar khasenov'],
    ['Назарбаев', 'nazarbayev'],
    ['Токаев', 'tokayev'],
    ['Алматы', 'almaty'],
    ['Асем Жапшева', 'asem zhapsheva'],
    ['Андрей Чеботарев', 'andrey chebotarev'],
    ['Ельцин', 'yeltsin'],
    ['объезд', 'obyezd'],
    ['Щучинск', 'shchuchinsk'],
    ['Цой', 'tsoy'],
    ['Қазақстан', 'kazakstan'],
    ['ёлка', 'yolka'],
    ['Kazakhstan', 'kazakhstan'],
  ])('%s -> %s', (text, latin) => {
    expect(transliterate(text)).toBe(latin);
  });
});

describe('slugFromText', () => {
  it.each([
    ['Test: A Day in Almaty', 'test-a-day-in-almaty'],
    ['День в Алматы', 'den-v-almaty'],
    [
      'Каким будет Казахстан после президентских выборов?',
      'kakim-budet-kazakhstan-posle-prezidentskikh-vyborov',
    ],
    ['Kazakhstan’s «New» Café — 2019', 'kazakhstans-new-cafe-2019'],
    ['  --  ', ''],
  ])('%s -> %s', (text, slug) => {
    expect(slugFromText(text)).toBe(slug);
  });

  it('cuts a long text at the end of a word', () => {
    const slug = slugFromText('one two three four five six seven', 15);
    expect(slug).toBe('one-two-three');
  });

  it('cuts a single word longer than the limit', () => {
    expect(slugFromText('a'.repeat(100), 10)).toBe('a'.repeat(10));
  });
});
