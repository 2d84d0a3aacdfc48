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

test('arrow keys, Home and End move between tabs and choose them; each tab names its panel', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const set = osTabSets(page).first();
  const tabs = set.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThanOrEqual(2);
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tabs.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tabs.first()).toBeFocused();
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(count - 1)).toBeFocused();
  // The chosen tab's panel is the one shown, and it is named by its tab.
  const panelId = await tabs.nth(count - 1).getAttribute('aria-controls');
  const panel = page.locator(`[id="${panelId}"]`);
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('role', 'tabpanel');
  await expect(panel).toHaveAttribute('aria-labelledby', (await tabs.nth(count - 1).getAttribute('id'))!);
});

test('tab sets keep the server HTML when the page hydrates: no panel is rebuilt and their code stays', async ({
  page,
}) => {
  // Records every tab panel taken out of the page from the first byte on.
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removedPanels: string[] }).removedPanels = removed;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof Element && (node.matches('[role="tabpanel"]') || node.querySelector('[role="tabpanel"]')))
            removed.push(node.outerHTML.slice(0, 80));
    }).observe(document, { childList: true, subtree: true });
  });
  await gotoHydrated(page, pages.coreModule);
  await page.waitForLoadState('networkidle');
  const panels = page.locator('article [role="tabpanel"]');
  expect(await panels.count()).toBeGreaterThanOrEqual(4);
  expect(await page.evaluate(() => (window as unknown as { removedPanels: string[] }).removedPanels)).toEqual([]);
  // Code in every panel, shown or not, is still there to read, print and search.
  const codeInPanels = page.locator('article [role="tabpanel"] pre');
  expect(await codeInPanels.count()).toBeGreaterThanOrEqual(2);
  for (const text of await codeInPanels.allTextContents()) expect(text.trim().length).toBeGreaterThan(0);
});
