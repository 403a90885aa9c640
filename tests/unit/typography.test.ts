import { describe, expect, it } from 'vitest';
import { typeset, typesetSegments } from '../../src/i18n/typography';

/** Shows non-breaking spaces, so a test says where they must be. */
const visible = (text: string) => text.replaceAll('\u00A0', '⍽');

describe('Russian typography', () => {
  it.each([
    ['quotes', 'Он сказал "да".', 'Он⍽сказал «да».'],
    [
      'quotes inside quotes',
      '"Баннер "От правды не убежишь" висел"',
      '«Баннер „От⍽правды не⍽убежишь“ висел»',
    ],
    ['nested quotes closing together', '"Он сказал: "да""', '«Он⍽сказал: „да“»'],
    ['a quote followed by a dash', '"Мы молчали", - сказал он.', '«Мы⍽молчали»,⍽— сказал он.'],
    ['a dash between words', 'Хасенов - соавтор письма', 'Хасенов⍽— соавтор письма'],
    ['a double hyphen as a dash', 'молодёжь -- наиболее активна', 'молодёжь⍽— наиболее активна'],
    ['a dash at the start of a line', '- Это реплика', '—⍽Это реплика'],
    ['a hyphen inside a word stays', 'Нур-Султан, по-прежнему', 'Нур-Султан, по-прежнему'],
    ['a number range', '8-10 июня', '8–10⍽июня'],
    [
      'a number and its word',
      'к 15 суткам ареста, почти 80 человек',
      'к⍽15⍽суткам ареста, почти 80⍽человек',
    ],
    ['one- and two-letter words', 'и в Казахстане, и не только', 'и⍽в⍽Казахстане, и⍽не⍽только'],
    ['«ли» binds to the word before it only', 'Придёт ли домой', 'Придёт⍽ли домой'],
    ['«же» binds to the word before it only', 'Тогда же появился', 'Тогда⍽же появился'],
    ['«бы» binds to the word before it only', 'Я бы сказал', 'Я⍽бы сказал'],
    ['«ж» binds to the word before it only', 'Ты ж знаешь', 'Ты⍽ж знаешь'],
    ['«ль» binds to the word before it only', 'Был ль он там', 'Был⍽ль он⍽там'],
    ['«б» binds to the word before it only', 'Сказал б раньше', 'Сказал⍽б раньше'],
    ['a particle before punctuation', 'Так ли? Он же, как и', 'Так⍽ли? Он⍽же, как и'],
    ['a short word before a particle', 'Он же не знал', 'Он⍽же не⍽знал'],
    ['words that begin like particles', 'и либо, и желание, и быт', 'и⍽либо, и⍽желание, и⍽быт'],
    ['"т. д."', 'средств и т.д.', 'средств и⍽т.⍽д.'],
    ['an ellipsis', 'и так далее...', 'и⍽так далее…'],
    ['a year and «года»', 'в апреле 2019 года', 'в⍽апреле⍽2019⍽года'],
    ['a date is not split', '1 мая 2019 года, в марте 2019', '1⍽мая⍽2019⍽года, в⍽марте⍽2019'],
    [
      'a month in the instrumental case',
      'датирует июнем 2019 года, маем 2019, мартом 2019, январём 2020',
      'датирует июнем⍽2019⍽года, маем⍽2019, мартом⍽2019, январём⍽2020',
    ],
    ['a month in the dative case', 'к маю 2019, к июню 2019', 'к⍽маю⍽2019, к⍽июню⍽2019'],
    ['a month without a number stays free', 'в июне и в мае', 'в⍽июне и⍽в⍽мае'],
    [
      'three-letter prepositions',
      'при пожаре, под одну гребёнку, без разрешения, над городом, для всех, про выборы',
      'при⍽пожаре, под⍽одну гребёнку, без⍽разрешения, над⍽городом, для⍽всех, про⍽выборы',
    ],
    ['a three-letter preposition opening a sentence', 'Для всех. При этом', 'Для⍽всех. При⍽этом'],
    [
      'a three-letter preposition inside quotes and brackets',
      '«при этом» (без слов)',
      '«при⍽этом» (без⍽слов)',
    ],
    [
      'words that begin or end like those prepositions stay free',
      'приговор подписан, безопасность надёжна, проект для',
      'приговор подписан, безопасность надёжна, проект для',
    ],
  ])('%s', (_, input, expected) => {
    expect(visible(typeset(input, 'ru'))).toBe(expected);
  });
});

describe('English typography', () => {
  it.each([
    ['double quotes', 'He said "yes".', 'He said “yes”.'],
    ['quotes inside quotes', '"a \'choice\' made"', '“a ‘choice’ made”'],
    ['apostrophes', "don't, Kosanov's", 'don’t, Kosanov’s'],
    ['a spaced hyphen as a dash', 'the election - when', 'the election⍽– when'],
    ['a number range', 'June 8-10', 'June⍽8–10'],
    ['a number and its word', 'sentenced to 15 days', 'sentenced to 15⍽days'],
    ['a hyphenated word stays', 'a 22-year-old student', 'a 22-year-old student'],
    [
      'a year is not bound to the next word',
      'in April 2019 and 80 people',
      'in April⍽2019 and 80⍽people',
    ],
    [
      'a day after its month is not bound to the next word',
      'on June 8-10 and on May 1 the',
      'on June⍽8–10 and on May⍽1 the',
    ],
    ['a date is not split', 'on 1 May 2019', 'on 1⍽May⍽2019'],
    ['curly quotes already typed stay', '“The trend”', '“The trend”'],
  ])('%s', (_, input, expected) => {
    expect(visible(typeset(input, 'en'))).toBe(expected);
  });
});

describe('typesetSegments', () => {
  it('pairs quotes across inline nodes and keeps the segments', () => {
    const segments = ['По словам ', 'Ким', ', "активность', ' часто" - сказала'];
    expect(typesetSegments(segments, 'ru').map(visible)).toEqual([
      'По⍽словам ',
      'Ким',
      ', «активность',
      ' часто»⍽— сказала',
    ]);
  });

  it('applies the line-start dash rule only at the start of the block', () => {
    expect(typesetSegments(['Слово ', '- не реплика'], 'ru').map(visible)).toEqual([
      'Слово ',
      '- не⍽реплика',
    ]);
  });
});
