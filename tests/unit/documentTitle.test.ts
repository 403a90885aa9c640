import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/documentTitle';

describe('documentTitle', () => {
  it.each([
    ['Topics', 'Steppe Bulletin', 'Topics — Steppe Bulletin'],
    ['Steppe Bulletin', 'Steppe Bulletin', 'Steppe Bulletin'],
    [
      'What Do Protesting Moods in Kazakhstan Tell About?',
      'Steppe Bulletin',
      'What Do Protesting Moods in Kazakhstan Tell About? — Steppe Bulletin',
    ],
    [
      'Kazakhstan: From a Marathon Banner to Protest Consolidation',
      'Steppe Bulletin',
      'Kazakhstan: From a Marathon Banner to Protest Consolidation',
    ],
  ])('%s', (title, site, expected) => {
    expect(documentTitle(title, site)).toBe(expected);
    expect(documentTitle(title, site).length).toBeLessThanOrEqual(Math.max(70, title.length));
  });
});
