/// <reference lib="webworker" />
// The service worker, written by hand (a few dozen lines; a library such as
// Workbox would add more code than the site has). It keeps the articles a
// reader opened, with their images, and an offline page per language for
// pages never opened. All addresses are relative to where it is served, so it
// works on any mirror. The build bundles it into /sw.js and names its cache
// after a hash of the worker and the offline pages (see
// src/integrations/serviceWorker.ts): a build that changes neither keeps the
// readers' saved articles, and two builds of the same content are identical.
import { languages } from '../i18n/locales';

declare const self: ServiceWorkerGlobalScope;
/** Set by the build. */
declare const CACHE_VERSION: string;

const cacheName = CACHE_VERSION;
const scope = new URL(self.registration.scope);
const offlinePage = (lang: string) => new URL(`${lang}/offline/`, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(languages.map(offlinePage))));
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

// An article page asks to be kept, with the images it shows.
self.addEventListener('message', (event) => {
  const urls: unknown = event.data?.save;
  if (!Array.isArray(urls)) return;
  const own = urls.filter(
    (url): url is string => typeof url === 'string' && url.startsWith(scope.href),
  );
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(own))
      .then(() => event.source?.postMessage({ saved: own[0] })),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so readers get corrections; the saved copy
    // or the offline page in the page's language when there is no network.
    event.respondWith(
      fetch(request).catch(async () => {
        const cached = await caches.match(request, { ignoreSearch: true });
        if (cached) return cached;
        const lang =
          languages.find((l) => request.url.startsWith(`${scope.href}${l}/`)) ?? languages[0];
        return (await caches.match(offlinePage(lang))) ?? Response.error();
      }),
    );
    return;
  }
  // Images and other files: the saved copy where there is one.
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});
