// Saves the article (the page and the images it shows) for reading without
// a network, and says so once it is saved. Begun once the page has loaded,
// in a task of its own: reading needs none of it, and the worker's
// registration kept the page from answering a tap for a moment.
const mark = document.querySelector<HTMLElement>('.offline-mark');
if (mark && 'serviceWorker' in navigator) {
  const root = new URL(mark.dataset.root!, location.href).href;
  const save = () => {
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data?.saved === location.href) mark.hidden = false;
    });
    navigator.serviceWorker
      .register(`${root}sw.js`, { scope: root })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const images = [...document.images].map((image) => image.currentSrc).filter(Boolean);
        registration.active?.postMessage({ save: [location.href, ...images] });
      })
      .catch(() => {});
  };
  if (document.readyState === 'complete') save();
  else addEventListener('load', save, { once: true });
}

export {};
