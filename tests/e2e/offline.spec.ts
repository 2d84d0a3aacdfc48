import { expect, gotoHydrated, test, type Page } from './fixtures';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker is active and has precached the pages and the extras. */
async function waitUntilCached(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          const names = await caches.keys();
          return Boolean(registration?.active) && names.some((name) => name.startsWith('course-extras-'));
        }),
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(true);
}

test('after a first visit, an unvisited module, search and an exercise download work offline', async ({
  page,
  context,
  pageProblems,
}) => {
  test.setTimeout(120_000);
  await gotoHydrated(page, '/');
  await waitUntilCached(page);

  await context.setOffline(true);
  // A module the reader never opened, from the precache.
  await page.goto('/s3_reproducibility/config_files/');
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(page.locator('h1')).toHaveText('Config files');

  // An exercise file's download link.
  const href = await page.locator('a[download]').first().getAttribute('href');
  const download = await page.evaluate(async (url) => {
    const response = await fetch(url!);
    return { ok: response.ok, text: await response.text() };
  }, href);
  expect(download.ok).toBe(true);
  expect(download.text.length).toBeGreaterThan(50);

  // Search, with the index from the cache.
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox', { name: 'Search the course' }).fill('dockerfile');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();

  // Requests the browser could not make while offline are what this test expects.
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')));
});
