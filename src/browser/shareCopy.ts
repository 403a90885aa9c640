// "Copy link" needs a script; it stays hidden without one. Where the
// browser can share natively (phones), it offers that instead.
for (const button of document.querySelectorAll<HTMLButtonElement>('.share__copy')) {
  const status = button.nextElementSibling!;
  const { url = '', title = '', copied = '' } = button.dataset;
  button.addEventListener('click', async () => {
    try {
      if (navigator.share) await navigator.share({ url, title });
      else {
        await navigator.clipboard.writeText(url);
        status.textContent = copied;
      }
    } catch {
      // The reader closed the share sheet, or the clipboard was refused.
    }
  });
  button.hidden = false;
}

export {};
