import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escapeHtml';

describe('escapeHtml', () => {
  it.each([
    ['', ''],
    ['Ирина Ким', 'Ирина Ким'],
    ['A & B', 'A &amp; B'],
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['say "yes"', 'say &quot;yes&quot;'],
    ['&amp;', '&amp;amp;'],
    ["«снят» it's", "«снят» it's"],
  ])('%j is written %j', (text, written) => {
    expect(escapeHtml(text)).toBe(written);
  });
});
