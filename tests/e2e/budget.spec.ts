import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import type { Page } from '@playwright/test';
import { measuredPages, weightBudget } from '../../performance.config';
import { expect, test } from './fixtures';

interface Transfer {
  url: string;
  bytes: number;
  /** Fetched at idle time for pages the reader may open next (`<link rel=prefetch>`), not for this one. */
  prefetch: boolean;
}

/** Bytes on the wire (headers + compressed body) of every request the page finishes from now on. */
function countTransfers(page: Page) {
  const transfers: Transfer[] = [];
  page.on('requestfinished', (request) => {
    void Promise.all([request.sizes(), request.allHeaders()]).then(([sizes, headers]) => {
      transfers.push({
        url: request.url(),
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        prefetch: (headers['sec-purpose'] ?? '').includes('prefetch'),
      });
    });
  });
  return transfers;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // The theme prefetches linked pages when the browser is idle; count those too.
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
}

const kB = (bytes: number) => bytes / 1000;
const sum = (transfers: Transfer[]) => transfers.reduce((total, transfer) => total + transfer.bytes, 0);

for (const measured of measuredPages(path.resolve('build'))) {
  test(`a cold first load of ${measured.name} stays within ${weightBudget.pageKb} kB`, async ({ page }) => {
    const transfers = countTransfers(page);
    await page.goto(measured.route);
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await settle(page);
    const own = transfers.filter((t) => !t.prefetch);
    const prefetched = transfers.filter((t) => t.prefetch);
    const total = kB(sum(own));
    const largest = [...own].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    console.log(
      `${measured.route}: ${total.toFixed(1)} kB in ${own.length} requests (budget ${weightBudget.pageKb} kB); ` +
        `largest: ${largest.map((t) => `${new URL(t.url).pathname} ${kB(t.bytes).toFixed(1)}`).join(', ')}; ` +
        `plus ${kB(sum(prefetched)).toFixed(1)} kB prefetched for ${prefetched.length} linked-page files`,
    );
    expect(own.length, 'the page loaded').toBeGreaterThan(3);
    expect(
      own.some((t) => new URL(t.url).pathname.endsWith('.css')),
      'the stylesheet was counted',
    ).toBe(true);
    expect(total).toBeLessThanOrEqual(weightBudget.pageKb);
  });
}

test(`search fetches nothing until opened, and its index stays within ${weightBudget.searchIndexKb} kB`, async ({
  page,
}) => {
  const transfers = countTransfers(page);
  const [, , module] = measuredPages(path.resolve('build'));
  await page.goto(module.route);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await settle(page);
  const isSearch = (url: string) => new URL(url).pathname.includes('/pagefind/');
  expect(
    transfers.filter((t) => isSearch(t.url)),
    'no search file before search is opened',
  ).toEqual([]);

  const before = transfers.length;
  await page.keyboard.press('/');
  await page.getByRole('dialog', { name: 'Search the course' }).getByRole('searchbox').fill('docker');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await settle(page);
  const search = transfers.slice(before).filter((t) => isSearch(t.url));
  const results = search.filter((t) => t.url.endsWith('.pf_fragment'));
  const index = search.filter((t) => !t.url.endsWith('.pf_fragment'));
  console.log(
    `search for "docker": index ${kB(sum(index)).toFixed(1)} kB in ${index.length} files (budget ${weightBudget.searchIndexKb} kB), ` +
      `then ${kB(sum(results)).toFixed(1)} kB for the ${results.length} results shown`,
  );
  expect(
    index.some((t) => t.url.endsWith('.pf_index')),
    'an index chunk was fetched',
  ).toBe(true);
  expect(kB(sum(index))).toBeLessThanOrEqual(weightBudget.searchIndexKb);
});

test.describe('with the offline service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test(`precaching starts after load, so a first visit stays within ${weightBudget.pageKb} kB`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const transfers = countTransfers(page);
    const pending: Promise<{ bytes: number; at: number }>[] = [];
    context.on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      const at = Date.now();
      pending.push(
        request.sizes().then((sizes) => ({ bytes: sizes.responseHeadersSize + sizes.responseBodySize, at })),
      );
    });
    const [, , module] = measuredPages(path.resolve('build'));
    await page.goto(module.route);
    const loadedAt = Date.now();
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    // The worker activates only once its install step has stored everything it precaches.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
        timeout: 60_000,
      })
      .toBe('activated');
    const precache = await Promise.all(pending);
    const own = kB(sum(transfers.filter((t) => !t.prefetch)));
    console.log(
      `${module.route} with the service worker: ${own.toFixed(1)} kB for the page (budget ${weightBudget.pageKb} kB); ` +
        `then ${kB(precache.reduce((total, p) => total + p.bytes, 0)).toFixed(0)} kB precached in ${precache.length} requests for offline use`,
    );
    expect(precache.length, 'the worker precached the course').toBeGreaterThan(50);
    expect(
      precache.filter((p) => p.at < loadedAt),
      'nothing was precached before the page had loaded',
    ).toEqual([]);
    expect(own).toBeLessThanOrEqual(weightBudget.pageKb);
  });
});

test('the progress code adds only a few kB to a module page', () => {
  // Bundled and minified as the site does, without React and the theme, which pages load anyway.
  const bundle = esbuild.buildSync({
    entryPoints: ['src/components/Progress/index.tsx', 'src/theme/DocSidebarItem/Link/index.tsx'],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    outdir: 'out',
    external: ['react', 'react/*', '@docusaurus/*', '@theme/*', '@theme-original/*', '@site/*', 'clsx'],
    loader: { '.css': 'empty' },
  });
  const gzipped = bundle.outputFiles.reduce((total, file) => total + gzipSync(file.contents).length, 0);
  console.log(`progress (store, checkboxes, counts, sidebar marks): ${kB(gzipped).toFixed(1)} kB gzipped`);
  expect(gzipped).toBeGreaterThan(500);
  expect(kB(gzipped)).toBeLessThanOrEqual(weightBudget.progressKb);
});
