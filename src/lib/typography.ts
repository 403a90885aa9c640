/**
 * Typography for the two editions, applied to article bodies by the remark
 * plugin and to frontmatter text by the article schema, so editors type plain
 * quotes and hyphens and readers get typeset text.
 *
 * Russian: «ёлочки» with „лапки“ inside, an em dash with a non-breaking space
 * before it, non-breaking spaces after one- and two-letter words and after
 * the prepositions «при», «под», «без», «над», «для», «про», before the
 * particles «же», «ли», «бы» (and «ж», «ль», «б»), which belong to the word
 * before them, inside "15 дней" number + word pairs, between a month (in any
 * case: «июнь», «июня», «июнем») and its year or day, and in «т. д.».
 * English: curly quotes and apostrophes, a spaced en dash, non-breaking
 * spaces inside "15 days" number + word pairs and between a month and its
 * year or day.
 */

/** The languages with typography rules. */
export type TypographyLang = 'en' | 'ru';

const NBSP = '\u00A0';
/** Joins a block's text nodes while typesetting; never appears in text. */
const JOIN = '\u0000';

const quoteMarks = {
  ru: { open: ['«', '„'], close: ['»', '“'] },
  en: { open: ['“', '‘'], close: ['”', '’'] },
} as const;

/** Characters after which a straight quote opens rather than closes. */
const opensAfter = /[\s([{/\u2014\u2013-]/;

function convertQuotes(text: string, lang: TypographyLang): string {
  const marks = quoteMarks[lang];
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

const spacingRules: Record<TypographyLang, [RegExp, string][]> = {
  ru: [
    [/(^|\n)[-\u2013\u2014] /g, `$1\u2014${NBSP}`], // a dash opening a line (dialogue)
    [/[ \u00A0]+(?:-{1,2}|\u2013|\u2014)(?=\s)/g, `${NBSP}\u2014`], // word - word
    [/(\d)-(?=\d)/g, '$1\u2013'], // 8-10 июня
    // в Казахстане, и не; not a particle, which belongs to the word before it
    [/(?<=^|[\s\u00A0(«„])(?!(?:же|ж|ли|ль|бы|б) )([а-яё]{1,2}) (?=\S)/giu, `$1${NBSP}`],
    // A three-letter preposition stays with its word too: при⍽этом, для⍽всех
    [/(?<=^|[\s\u00A0(«„])(при|под|без|над|для|про) (?=\S)/giu, `$1${NBSP}`],
    [/ (же|ж|ли|ль|бы|б)(?=[\s.,;:!?»“)]|$)/gu, `${NBSP}$1`], // Тогда же, придёт ли
    [/(\d) (?=[\p{L}%№])/gu, `$1${NBSP}`], // 15 суток
    // A date is not split, whatever the month's case: 1 мая⍽2019, в апреле⍽2019
    // года, июнем⍽2019 года
    [
      /(?<=^|[\s\u00A0])((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:[ьяею]|[её]м)|ма(?:[йяею]|ем)|(?:март|август)(?:[аеу]|ом)?) (?=\d)/giu,
      `$1${NBSP}`,
    ],
    [/(?<!\p{L})т\. ?([дпе])\./gu, `т.${NBSP}$1.`], // т. д.
  ],
  en: [
    [/[ \u00A0]+(?:-{1,2}|\u2013|\u2014)(?=\s)/g, `${NBSP}\u2013`], // word - word
    [/(\d)-(?=\d)/g, '$1\u2013'], // June 8-10
    // A date is not split: 1 May⍽2019, June⍽8-10
    [
      /\b(January|February|March|April|May|June|July|August|September|October|November|December) (?=\d)/g,
      `$1${NBSP}`,
    ],
    // 15 days; not a year, which is not counted ("in April 2019 and"), nor
    // a day after its month ("on June 8-10 and not to attend")
    [
      /(?<!\d{3}|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \u00A0][\d\u2013]*)(\d) (?=\p{L})/gu,
      `$1${NBSP}`,
    ],
  ],
};

/**
 * Typesets the text of one block (a paragraph, a heading) given as the
 * segments its inline nodes split it into. Quotes are paired across segments,
 * so a quote may open in plain text and close after a bold name; the segments
 * come back in the same number and order.
 */
export function typesetSegments(segments: string[], lang: TypographyLang): string[] {
  const quoted = convertQuotes(segments.join(JOIN), lang).replace(/\.\.\./g, '…');
  return quoted.split(JOIN).map((segment, index) =>
    spacingRules[lang].reduce((text, [pattern, replacement]) => {
      // A line-start rule applies only at the true start of the block.
      if (index > 0 && pattern.source.startsWith('(^|\\n)')) return text;
      return text.replace(pattern, replacement);
    }, segment),
  );
}

/** Typesets a single piece of text (a headline, a caption). */
export function typeset(text: string, lang: TypographyLang): string {
  return typesetSegments([text], lang)[0]!;
}
