import { describe, expect, it } from 'vitest';
import { problemsPage } from '../../src/check/problemsPage';

describe('problemsPage', () => {
  const page = problemsPage([
    {
      file: 'content/articles/en/a.mdx',
      line: 3,
      field: 'headline',
      message: 'put the text in quotes: headline: "Test: <b>"',
    },
    { file: 'content/articles/ru/b.mdx', line: 9, message: '<iframe>: link to it instead' },
  ]);

  it('lists every problem, file first, with what an editor typed shown as text', () => {
    expect(page).toContain('<h1>The site cannot be shown: 2 problems in the content</h1>');
    expect(page).toContain(
      '<li><code>content/articles/en/a.mdx</code>: line 3: headline: put the text in quotes: headline: &quot;Test: &lt;b&gt;&quot;</li>',
    );
    expect(page).toContain(
      '<li><code>content/articles/ru/b.mdx</code>: line 9: &lt;iframe&gt;: link to it instead</li>',
    );
  });

  it('reloads itself, to clear once the files are corrected', () => {
    expect(page).toContain('<meta http-equiv="refresh" content="2">');
  });
});
