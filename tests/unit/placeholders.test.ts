import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../src/check/placeholders';

describe('placeholderProblems', () => {
  it('finds the placeholders left in frontmatter and body, with line and field', () => {
    const source = [
      '---',
      'headline: "A Day in Almaty"',
      'standfirst: "[[one or two sentences]]"',
      '---',
      '',
      'First [link](https://example.org) and [[the body]].',
    ].join('\n');
    expect(placeholderProblems(source)).toEqual([
      {
        line: 3,
        field: 'standfirst',
        message: "still the template's placeholder [[one or two sentences]]",
        advice: 'write the text, or keep draft: true until it is written',
      },
      {
        line: 6,
        field: undefined,
        message: "still the template's placeholder [[the body]]",
        advice: 'write the text, or keep draft: true until it is written',
      },
    ]);
  });

  it('finds none in a written article', () => {
    expect(placeholderProblems('---\nheadline: A [bracketed] word\n---\nText [x][y].')).toEqual([]);
  });
});
