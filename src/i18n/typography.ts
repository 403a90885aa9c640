import { locales, type Lang } from './locales.ts';

/**
 * The typography engine: each language's rules are in its row of locales.ts.
 * Applied to article bodies by the Sätteri plugin and to frontmatter text by
 * the article schema, so editors type plain quotes and hyphens and readers
 * get typeset text.
 */

/** Joins a block's text nodes while typesetting; never appears in text. */
const JOIN = '\u0000';

/** Characters after which a straight quote opens rather than closes. */
const opensAfter = /[\s([{/\u2014\u2013-]/;

function convertQuotes(text: string, lang: Lang): string {
  const marks = locales[lang].typography.quotes;
  const chars = [...text];
  const stack: number[] = [];
  const neighbour = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < chars.length; i += step) {
      if (chars[i] !== JOIN) return chars[i]!;
    }
    return '';
  };
  chars.forEach((char, i) => {
    if (char !== '"' && char !== "'") return;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    const opening =
      (before === '' ||
        opensAfter.test(before) ||
        (marks.open as readonly string[]).includes(before)) &&
      after !== '' &&
      !/\s/.test(after);
    if (char === "'") {
      // Apostrophes (don’t, Kosanov’s) and single quotes share one mark when closing.
      chars[i] = opening ? '‘' : '’';
      return;
    }
    if (opening) {
      const depth = Math.min(stack.length, 1);
      stack.push(depth);
      chars[i] = marks.open[depth]!;
    } else {
      const depth = stack.pop() ?? 0;
      chars[i] = marks.close[depth]!;
    }
  });
  return chars.join('');
}

/**
 * Typesets the text of one block (a paragraph, a heading) given as the
 * segments its inline nodes split it into. Quotes are paired across segments,
 * so a quote may open in plain text and close after a bold name; the segments
 * come back in the same number and order.
 */
export function typesetSegments(segments: string[], lang: Lang): string[] {
  const quoted = convertQuotes(segments.join(JOIN), lang).replace(/\.\.\./g, '…');
  return quoted.split(JOIN).map((segment, index) =>
    locales[lang].typography.spacing.reduce<string>((text, [pattern, replacement]) => {
      // A line-start rule applies only at the true start of the block.
      if (index > 0 && pattern.source.startsWith('(^|\\n)')) return text;
      return text.replace(pattern, replacement);
    }, segment),
  );
}

/** Typesets a single piece of text (a headline, a caption). */
export function typeset(text: string, lang: Lang): string {
  return typesetSegments([text], lang)[0]!;
}
