// Saves the article (the page and the images it shows) for reading without
// a network, and says so once it is saved.
const mark = document.querySelector<HTMLElement>('.offline-mark');
if (mark && 'serviceWorker' in navigator) {
  const root = new URL(mark.dataset.root!, location.href).href;
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
}

export {};
