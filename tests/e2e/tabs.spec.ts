import { expect, gotoHydrated, pages, test, type Page } from './fixtures';

/** Tab sets of the operating system group: the ones with a "Windows" tab. */
const osTabSets = (page: Page) =>
  page.locator('[role="tablist"]', { has: page.getByRole('tab', { name: 'Windows', exact: true }) });

async function expectEverySetShows(page: Page, label: string) {
  const sets = osTabSets(page);
  const count = await sets.count();
  for (let i = 0; i < count; i++) {
    await expect(sets.nth(i).getByRole('tab', { name: label, exact: true })).toHaveAttribute('aria-selected', 'true');
  }
  return count;
}

test('choosing a tab switches every tab set of that kind on the page', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  expect(await osTabSets(page).count()).toBeGreaterThanOrEqual(2);
  await expectEverySetShows(page, 'Linux and macOS');
  await osTabSets(page).first().getByRole('tab', { name: 'Windows', exact: true }).click();
  expect(await expectEverySetShows(page, 'Windows')).toBeGreaterThanOrEqual(2);
});

test('the tab choice carries over to the next page and survives a reload', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  await osTabSets(page).first().getByRole('tab', { name: 'Windows', exact: true }).click();
  await page.locator('nav.pagination-nav .pagination-nav__link--next').click();
  await expect(page).toHaveURL(new RegExp(`${pages.nextModule}(\\?.*)?$`));
  expect(await expectEverySetShows(page, 'Windows')).toBeGreaterThanOrEqual(1);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expectEverySetShows(page, 'Windows');
});

test('a link with ?os=windows opens the page with the Windows tabs chosen', async ({ page }) => {
  await gotoHydrated(page, `${pages.coreModule}?os=windows`);
  await expectEverySetShows(page, 'Windows');
});

test('package manager tabs switch between uv and pip together', async ({ page }) => {
  await gotoHydrated(page, pages.nextModule);
  const sets = page.locator('[role="tablist"]', { has: page.getByRole('tab', { name: 'pip', exact: true }) });
  expect(await sets.count()).toBeGreaterThanOrEqual(2);
  await sets.first().getByRole('tab', { name: 'pip', exact: true }).click();
  for (const set of await sets.all()) {
    await expect(set.getByRole('tab', { name: 'pip', exact: true })).toHaveAttribute('aria-selected', 'true');
  }
});
