/**
 * The pure parts of the typo report: which words around a selection to show
 * and send, and how a report becomes an e-mail. Kept free of the DOM so the
 * rules are unit-tested; src/browser/typoReport.ts does the browser part.
 */

/** A selection in the sentence around it. */
export interface SelectionContext {
  before: string;
  selection: string;
  after: string;
}

/** What a report carries: only what the reader selected and typed, and where. */
export interface TypoReport {
  url: string;
  lang: string;
  selection: string;
  context: string;
  comment: string;
}

/**
 * A sentence's last mark, with the quotes or bracket that close it. Made
 * afresh for each use: a global pattern carries its `lastIndex` from one call
 * to the next, and matchAll starts from it, so a second report on the same
 * page lost the start of its sentence.
 */
const sentenceEnd = () => /[.!?…][»”"’)]*(?=\s|$)/g;

/**
 * The sentence around characters `start`..`end` of a block's text: from the
 * end of the previous sentence to the end of the one the selection ends in.
 * A selection longer than `limit` is cut (with "…"), and so is context past
 * `limit` on either side, so a report stays readable.
 */
export function selectionContext(
  text: string,
  start: number,
  end: number,
  limit = 200,
): SelectionContext {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let sentenceStart = 0;
  for (const match of text.slice(0, from).matchAll(sentenceEnd())) {
    sentenceStart = match.index + match[0].length;
  }
  const next = sentenceEnd().exec(text.slice(to));
  const sentenceStop = next ? to + next.index + next[0].length : text.length;
  const cutEnd = (value: string) => (value.length > limit ? `${value.slice(0, limit)}…` : value);
  const cutStart = (value: string) => (value.length > limit ? `…${value.slice(-limit)}` : value);
  return {
    before: cutStart(text.slice(sentenceStart, from).trimStart()),
    selection: cutEnd(text.slice(from, to)),
    after: cutEnd(text.slice(to, sentenceStop).trimEnd()),
  };
}

/** The context as one line, the selection marked with [[ ]] for the editor. */
export function contextLine({ before, selection, after }: SelectionContext): string {
  return selection ? `${before}[[${selection}]]${after}` : '';
}

/** Labels for the lines of a report e-mail, in the reader's language. */
export interface ReportLabels {
  subject: string;
  page: string;
  selection: string;
  context: string;
  comment: string;
}

/** A `mailto:` address that opens the reader's mail program with the report filled in. */
export function typoMailto(address: string, report: TypoReport, labels: ReportLabels): string {
  const lines = [
    `${labels.page}: ${report.url} (${report.lang})`,
    report.selection && `${labels.selection}: ${report.selection}`,
    report.context && `${labels.context}: ${report.context}`,
    report.comment && `${labels.comment}: ${report.comment}`,
  ].filter(Boolean);
  const query = `subject=${encodeURIComponent(labels.subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
  return `mailto:${address}?${query}`;
}
