import { expect, test } from './fixtures';

test('an unknown address shows the 404 page with a search box that leads to results, and every session', async ({
  page,
  pageProblems,
}) => {
  const response = await page.goto('/no_such_session/no_such_module/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // The 404 status of the document itself is expected here.
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !p.includes('404')));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page Not Found');
  // The navbar's search form sits in a closed dialog, out of the accessibility tree.
  const form = page.getByRole('search');
  const search = form.getByRole('searchbox', { name: 'Search the course' });
  await expect(search).toBeVisible();
  const sessions = page.locator('[data-session-list] a');
  expect(await sessions.count()).toBeGreaterThanOrEqual(3);
  await expect(sessions.first()).toHaveText('S1 · Development environment');
  await search.fill('docker');
  await form.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/?\?q=docker/);
  await expect(page.getByRole('main').locator('[data-search-result]').first()).toContainText('M10 · Docker');
});
