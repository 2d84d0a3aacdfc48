// @ts-check
/// <reference lib="webworker" />
/**
 * The course's part of the offline service worker, run by @docusaurus/plugin-pwa's worker
 * (its `swCustom` option). The plugin precaches the pages and their assets; this keeps the
 * exercise-file downloads and the search index too, so both work offline after a first visit.
 * Plain JavaScript: the plugin compiles its worker without TypeScript.
 */

const self = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (globalThis));
const cachePrefix = 'course-extras-';

/** @returns {Promise<{ version: string, urls: string[] }>} the list written by src/offline/offlineList.ts */
async function fetchList() {
  const response = await fetch('offline-extras.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline-extras.json answered ${response.status}`);
  return response.json();
}

/** @param {URL} url */
const isExtra = (url) =>
  url.origin === self.location.origin &&
  (url.pathname.includes('/exercise_files/') || url.pathname.includes('/pagefind/') || url.pathname.endsWith('.ics'));

/** @param {{ offlineMode: boolean }} params */
export default function courseOffline(params) {
  if (!params.offlineMode) return;

  self.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        const list = await fetchList();
        const cache = await caches.open(`${cachePrefix}${list.version}`);
        await cache.addAll(list.urls);
      })(),
    );
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        // Only the newest list's cache is kept; older ones belong to earlier deployments.
        const version = await fetchList().then(
          (list) => list.version,
          () => undefined,
        );
        if (!version) return;
        const names = await caches.keys();
        const stale = names.filter((name) => name.startsWith(cachePrefix) && name !== `${cachePrefix}${version}`);
        await Promise.all(stale.map((name) => caches.delete(name)));
      })(),
    );
  });

  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || !isExtra(url)) return;
    event.respondWith(
      (async () => (await caches.match(event.request, { ignoreSearch: true })) ?? fetch(event.request))(),
    );
  });
}
