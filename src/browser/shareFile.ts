// "Send as a file": where the browser can share files (Web Share API level
// 2, as phones can), the article's one-file copy goes to the share sheet
// (Telegram, WhatsApp, Signal, ...) as a file. Elsewhere the button stays
// hidden and "Download as one file", a plain link, does it without a script.
for (const button of document.querySelectorAll<HTMLButtonElement>('.share__send')) {
  const link = button.closest('.share')?.querySelector<HTMLAnchorElement>('a[download]');
  const { name = '', title = '' } = button.dataset;
  const type = 'text/html';
  if (!link || !navigator.canShare?.({ files: [new File([''], name, { type })] })) continue;
  // Fetched at the first tap and kept: the share sheet may refuse to open when
  // fetching took long, and the next tap then has the file at once.
  let file: Promise<File> | undefined;
  button.addEventListener('click', async () => {
    try {
      file ??= fetch(link.href)
        .then((response) => response.blob())
        .then((blob) => new File([blob], name, { type }))
        .catch((error: unknown) => {
          file = undefined;
          throw error;
        });
      await navigator.share({ files: [await file], title });
    } catch {
      // The reader closed the share sheet, or the file could not be had.
    }
  });
  button.hidden = false;
}

export {};
