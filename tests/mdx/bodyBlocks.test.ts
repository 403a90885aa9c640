// How the comparison of the two renderings reads a body: what counts (words,
// typography, block structure, inline markup, link targets, components) and
// what does not (how the HTML is written).
import { describe, expect, it } from 'vitest';
import { withdrawnMarkHtml } from '../../src/loaders/withdrawnMarkPlugin';
import { bodyMarker } from '../../src/schemas/bodyMarkers';
import { bodyBlocks, firstDifference } from './bodyBlocks';

describe('bodyBlocks', () => {
  it('reads text as a browser shows it: spaces and line breaks collapse, NBSP and <br> stay', () => {
    expect(bodyBlocks('<p>One\n two  &amp;\u00A0three<br/>\nfour</p>\n\n<p>Five</p>')).toEqual([
      { path: 'p', text: 'One two &\u00A0three\nfour', inline: ['br'] },
      { path: 'p', text: 'Five', inline: [] },
    ]);
  });

  it('keeps typography as written: quotes, dashes and ellipses are not normalised', () => {
    const [curly] = bodyBlocks('<p>“a” – b…</p>');
    const [straight] = bodyBlocks('<p>"a" - b...</p>');
    expect(firstDifference([curly!], [straight!])).toBe(
      'block 1, p: not the same text\n  site:     "“a” – b…"\n  standard: "\\"a\\" - b..."',
    );
  });

  it("leaves out the site's mark after a link to a withdrawn article, and nothing else", () => {
    const marked = bodyBlocks(
      `<p>As <a href="../gone/">the story</a>${withdrawnMarkHtml('en')} said.</p>`,
    );
    expect(marked).toEqual([
      { path: 'p', text: 'As the story said.', inline: ['a[href=../gone/]'] },
    ]);
    expect(
      firstDifference(marked, bodyBlocks('<p>As <a href="../gone/">the story</a> said.</p>')),
    ).toBeUndefined();
    expect(bodyBlocks('<p>A <span class="other">(note)</span>.</p>')[0]?.text).toBe('A (note).');
  });

  it('keeps a code block as written', () => {
    expect(bodyBlocks('<pre><code class="language-js">a  =\n "b"\n</code></pre>')).toEqual([
      { path: 'pre', text: 'a  =\n "b"\n', inline: ['code[class=language-js]'] },
    ]);
  });

  it('gives each block the elements that hold it, with their attributes sorted', () => {
    expect(
      bodyBlocks(
        '<blockquote><p>Q</p></blockquote><ul><li>a<ul><li>b</li></ul></li></ul>' +
          '<table><tr><td style="text-align: left" class="x">c</td></tr></table><h2 id="h">H</h2><hr>',
      ).map((block) => `${block.path}: ${block.text}`),
    ).toEqual([
      'blockquote > p: Q',
      'ul > li: a',
      'ul > li > ul > li: b',
      'table > tr > td[class=x style=text-align:left]: c',
      'h2[id=h]: H',
      'hr: ',
    ]);
  });

  it('lists inline elements with their link targets', () => {
    expect(
      bodyBlocks('<p><strong>a</strong> <a href="/x?a=1&amp;b=2">b</a></p>')[0]!.inline,
    ).toEqual(['strong', 'a[href=/x?a=1&b=2]']);
  });

  it('reads a body component where it stands, on its own or in the text', () => {
    const html = `<p>a</p>\n${bodyMarker('Photo', 'p 1')}\n<p>b ${bodyMarker('SeeAlso', 's')}</p>`;
    expect(bodyBlocks(html)).toEqual([
      { path: 'p', text: 'a', inline: [] },
      { path: '<Photo id="p 1" />', text: '', inline: [] },
      { path: 'p', text: 'b <SeeAlso id="s" />', inline: [] },
    ]);
  });
});

describe('firstDifference', () => {
  const blocks = (html: string) => bodyBlocks(html);

  it('names the block and both texts when a word is dropped', () => {
    expect(firstDifference(blocks('<p>a</p><p>one two</p>'), blocks('<p>a</p><p>one</p>'))).toBe(
      'block 2, p: not the same text\n  site:     "one two"\n  standard: "one"',
    );
  });

  it('shows a non-breaking space', () => {
    expect(firstDifference(blocks('<p>в\u00A0доме</p>'), blocks('<p>в доме</p>'))).toContain(
      '"в\\u00A0доме"',
    );
  });

  it('finds a block missing, moved or of another kind', () => {
    expect(firstDifference(blocks('<p>a</p><p>b</p>'), blocks('<p>a</p>'))).toBe(
      'block 2: only the site has it (2 blocks on the site, 1 in the standard stack): p\n  "b"',
    );
    expect(firstDifference(blocks('<h2 id="a">a</h2>'), blocks('<h2 id="b">a</h2>'))).toBe(
      'block 1: not the same block\n  site:     h2[id=a]: "a"\n  standard: h2[id=b]: "a"',
    );
    const photo = bodyMarker('Photo', 'x');
    expect(firstDifference(blocks(`<p>a</p>${photo}`), blocks(`${photo}<p>a</p>`))).toContain(
      'block 1: not the same block',
    );
  });

  it('finds another link target', () => {
    expect(
      firstDifference(blocks('<p><a href="/a/">x</a></p>'), blocks('<p><a href="/b/">x</a></p>')),
    ).toBe(
      'block 1, p: not the same inline markup in "x"\n  site:     a[href=/a/]\n  standard: a[href=/b/]',
    );
  });

  it('finds nothing in the same body written otherwise', () => {
    expect(
      firstDifference(
        blocks('<p>a<br>b &quot;c&quot;</p>\n<hr>'),
        blocks('<p>a<br/>\nb "c"</p><hr/>'),
      ),
    ).toBe(undefined);
  });
});
