import { describe, expect, it } from 'vitest';
import { contextLine, selectionContext, typoMailto } from '../../src/lib/typoReport';

const text =
  'Protesting moods started in February. Mothers of many children started then to attend rallies. Now the young people have picked up the slack.';

const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  return [start, start + phrase.length] as const;
};

describe('selectionContext', () => {
  it.each([
    [
      'a word inside a sentence',
      at('many'),
      {
        before: 'Mothers of ',
        selection: 'many',
        after: ' children started then to attend rallies.',
      },
    ],
    [
      'at the very start of the paragraph',
      at('Protesting'),
      { before: '', selection: 'Protesting', after: ' moods started in February.' },
    ],
    [
      'at the very end of the paragraph',
      at('slack.'),
      { before: 'Now the young people have picked up the ', selection: 'slack.', after: '' },
    ],
    [
      'across two sentences',
      at('February. Mothers'),
      {
        before: 'Protesting moods started in ',
        selection: 'February. Mothers',
        after: ' of many children started then to attend rallies.',
      },
    ],
    [
      'an empty selection',
      [10, 10] as const,
      { before: 'Protesting', selection: '', after: ' moods started in February.' },
    ],
    [
      'offsets past the end are clamped',
      [text.length - 6, text.length + 50] as const,
      { before: 'Now the young people have picked up the ', selection: 'slack.', after: '' },
    ],
  ])('%s', (_, [start, end], expected) => {
    expect(selectionContext(text, start, end)).toEqual(expected);
  });

  it('keeps quotes with their sentence', () => {
    const quoted = '“We were threatened,” he said. “Keep silent.” Then he left.';
    const start = quoted.indexOf('silent');
    expect(selectionContext(quoted, start, start + 6)).toEqual({
      before: '“Keep ',
      selection: 'silent',
      after: '.”',
    });
  });

  it('gives a second report on the same page the start of its own sentence', () => {
    // The first report's sentence ends further into its paragraph than the
    // whole of the second paragraph.
    const long = `${'word '.repeat(100)}end. More.`;
    selectionContext(long, 0, 10);
    expect(selectionContext(text, ...at('slack.')).before).toBe(
      'Now the young people have picked up the ',
    );
  });

  it('cuts a very long selection and its context to the limit', () => {
    const long = `${'word '.repeat(100)}end.`;
    const result = selectionContext(long, 0, long.length, 50);
    expect(result.selection).toHaveLength(51);
    expect(result.selection.endsWith('…')).toBe(true);
    const wide = selectionContext(`${'a'.repeat(300)} x ${'b'.repeat(300)}.`, 301, 302, 40);
    expect(wide.before).toBe(`…${'a'.repeat(39)} `);
    expect(wide.after.length).toBe(41);
  });
});

describe('typoMailto', () => {
  const labels = {
    subject: 'Error report',
    page: 'Page',
    selection: 'Selected',
    context: 'Context',
    comment: 'Comment',
  };
  it('fills subject and body with what the reader selected and typed, and nothing else', () => {
    const href = typoMailto(
      'corrections@example.org',
      {
        url: 'https://site.example/en/articles/a/',
        lang: 'en',
        selection: 'teh',
        context: contextLine({ before: 'In ', selection: 'teh', after: ' letter.' }),
        comment: 'should be "the" & so on',
      },
      labels,
    );
    expect(href.startsWith('mailto:corrections@example.org?subject=Error%20report&body=')).toBe(
      true,
    );
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toBe(
      'Page: https://site.example/en/articles/a/ (en)\nSelected: teh\nContext: In [[teh]] letter.\nComment: should be "the" & so on',
    );
  });

  it('leaves out empty lines', () => {
    const href = typoMailto(
      'a@b.example',
      { url: 'u', lang: 'ru', selection: '', context: '', comment: '' },
      labels,
    );
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe('Page: u (ru)');
  });
});
