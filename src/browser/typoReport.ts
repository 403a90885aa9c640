// The typo report in the browser: Ctrl+Enter (Cmd+Enter on a Mac) on a
// selection in the article, or the "Report an error" button, opens the
// dialog with the selection in its sentence; Send mails it (or POSTs it
// where the site config names an endpoint, falling back to e-mail).
import { contextLine, selectionContext, typoMailto, type TypoReport } from '../lib/typoReport';

const dialog = document.querySelector<HTMLDialogElement>('.typo-dialog');
const article = document.querySelector('.prose');
if (dialog && article) {
  const config = JSON.parse(dialog.dataset.config!);
  const form = dialog.querySelector('form')!;
  const quote = dialog.querySelector('blockquote')!;
  const status = dialog.querySelector('[role=status]')!;
  const comment = form.elements.namedItem('comment') as HTMLTextAreaElement;
  let report: TypoReport;
  let opener: Element | null = null;

  const open = () => {
    const selection = getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    const block =
      range &&
      (range.startContainer.parentElement?.closest('p, li, h2, h3, blockquote, figcaption') ??
        null);
    let context = { before: '', selection: '', after: '' };
    if (range && block && article.contains(block)) {
      const lead = document.createRange();
      lead.setStart(block, 0);
      lead.setEnd(range.startContainer, range.startOffset);
      const start = lead.toString().length;
      context = selectionContext(block.textContent ?? '', start, start + range.toString().length);
    }
    report = {
      url: location.href,
      lang: config.lang,
      selection: context.selection,
      context: contextLine(context),
      comment: '',
    };
    quote.replaceChildren(
      context.before,
      Object.assign(document.createElement('mark'), { textContent: context.selection }),
      context.after,
    );
    quote.hidden = !context.selection;
    quote.previousElementSibling!.toggleAttribute('hidden', quote.hidden);
    comment.value = status.textContent = '';
    opener = document.activeElement;
    dialog.showModal();
  };

  const mailto = () => typoMailto(config.email, report, config.labels);
  const send = async () => {
    report.comment = comment.value;
    // Opening the mail program leaves the page as it is.
    if (!config.endpoint) return void window.open(mailto(), '_self');
    try {
      const response = await fetch(config.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(report),
      });
      if (!response.ok) throw new Error(String(response.status));
      status.textContent = config.sent;
      setTimeout(() => dialog.close(), 1500);
    } catch {
      status.replaceChildren(
        `${config.failed} `,
        Object.assign(document.createElement('a'), { href: mailto(), textContent: config.email }),
      );
      dialog.showModal();
    }
  };

  document.addEventListener('keydown', (event) => {
    if (
      event.key === 'Enter' &&
      (event.ctrlKey || event.metaKey) &&
      !dialog.open &&
      String(getSelection())
    ) {
      event.preventDefault();
      open();
    }
  });
  document.querySelector('.typo-report__open')?.addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
  form.addEventListener('submit', (event) => {
    if (event.submitter?.getAttribute('value') !== 'send') return;
    event.preventDefault();
    void send();
  });
  dialog.addEventListener('close', () => (opener as HTMLElement | null)?.focus());
}
