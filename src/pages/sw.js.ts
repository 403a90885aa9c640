import type { APIRoute } from 'astro';
import { languages } from '../i18n/dictionary';

/**
 * The service worker, written by hand (a few dozen lines; a library such as
 * Workbox would add more code than the site has). Its cache is named after
 * the build, so a new build replaces the old cache. It keeps the articles a
 * reader opened, with their images, and an offline page per language for
 * pages never opened. All addresses are relative to where it is served, so it
 * works on any mirror.
 */
const version = `steppe-${Date.now().toString(36)}`;

const worker = `'use strict';
const CACHE = ${JSON.stringify(version)};
const scope = new URL(self.registration.scope);
const languages = ${JSON.stringify(languages)};
const offlinePage = (lang) => new URL(lang + '/offline/', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(languages.map(offlinePage))));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// An article page asks to be kept, with the images it shows.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.save;
  if (!Array.isArray(urls)) return;
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(urls.filter((url) => url.startsWith(scope.href))))
      .then(() => event.source && event.source.postMessage({ saved: urls[0] })),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so readers get corrections; the saved copy
    // or the offline page in the page's language when there is no network.
    event.respondWith(
      fetch(request).catch(async () => {
        const cached = await caches.match(request, { ignoreSearch: true });
        if (cached) return cached;
        const lang = languages.find((l) => request.url.startsWith(scope.href + l + '/')) || languages[0];
        return caches.match(offlinePage(lang));
      }),
    );
    return;
  }
  // Images and other files: the saved copy where there is one.
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
`;

export const GET: APIRoute = () =>
  new Response(worker, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
