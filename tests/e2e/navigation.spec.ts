import { expect, gotoHydrated, pages, test } from './fixtures';

const sidebar = '.theme-doc-sidebar-container';

test('the navbar and sidebar lead from the home page to a session and on to a module', async ({ page }) => {
  await gotoHydrated(page, pages.home);
  await page.locator('.navbar').getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(page).toHaveURL(pages.landing);
  await expect(page.locator('h1')).toHaveText('Development environment');
  await page.locator(sidebar).getByRole('link', { name: 'M1 · The command line' }).click();
  await expect(page).toHaveURL(pages.coreModule);
  await expect(page.locator('h1')).toHaveText('The command line');
});

test('sidebar labels come from front matter: "S<n> · session" and "M<n> · module"', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const categories = page.locator(`${sidebar} .menu__list-item-collapsible .menu__link`);
  await expect(categories.first()).toHaveText('S1 · Development environment');
  for (const label of await categories.allTextContents()) expect(label).toMatch(/^S\d+ · \S/);
  const modules = page.locator(`${sidebar} li.sidebar-module > .menu__link`);
  expect(await modules.count()).toBeGreaterThanOrEqual(4);
  for (const label of await modules.allTextContents()) expect(label).toMatch(/^M\d+ · \S.*?(core)?$/);
});

test('previous and next links step through the session in order', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const pagination = page.locator('nav.pagination-nav');
  await expect(pagination.locator('.pagination-nav__link--prev')).toContainText('Development environment');
  await pagination.locator('.pagination-nav__link--next').click();
  await expect(page).toHaveURL(pages.nextModule);
  await expect(page.locator('h1')).toHaveText('Package manager');
  await page.locator('nav.pagination-nav .pagination-nav__link--prev').click();
  await expect(page).toHaveURL(pages.coreModule);
});

test('breadcrumbs show the session and the module and link back to the session', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs).toContainText('S1 · Development environment');
  await expect(crumbs.locator('.breadcrumbs__item--active')).toHaveText('M1 · The command line');
  await crumbs.getByRole('link', { name: 'S1 · Development environment' }).click();
  await expect(page).toHaveURL(pages.landing);
});

test('on a phone the menu button opens the sidebar and a module link closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, pages.landing);
  await expect(page.locator(sidebar)).toBeHidden();
  await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
  const menu = page.locator('.navbar-sidebar');
  await expect(menu).toBeVisible();
  await menu.getByRole('link', { name: 'M2 · Package manager' }).click();
  await expect(page).toHaveURL(pages.nextModule);
  await expect(menu).toBeHidden();
});

test('on a phone the menu is built when it first opens, shows the course sidebar at once, and reopens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, pages.coreModule);
  // Nothing of the menu is rendered on a page load: it used to cost a phone the sidebar's render.
  await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
  const toggle = page.getByRole('button', { name: 'Toggle navigation bar' });
  await toggle.click();
  const menu = page.locator('.navbar-sidebar');
  await expect(menu).toBeVisible();
  // The course sidebar, not the main menu, is the panel shown, with this module marked.
  await expect(menu.locator('.navbar-sidebar__items')).toHaveClass(/navbar-sidebar__items--show-secondary/);
  await expect(menu.locator('.menu__link--active', { hasText: 'M1 · The command line' })).toBeVisible();
  await menu.getByRole('button', { name: 'Close navigation bar' }).click();
  await expect(menu).toBeHidden();
  await toggle.click();
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link', { name: 'M2 · Package manager' })).toBeVisible();
});

test('on a phone the closed menu fetches nothing ahead; opening it prefetches the pages it lists', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoHydrated(page, pages.coreModule);
  const prefetched = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('link[rel="prefetch"]')].map((link) => link.getAttribute('href')),
    );
  // The closed menu's links once counted as on screen: its pages' code was fetched on every visit.
  await page.waitForLoadState('networkidle');
  const before = new Set(await prefetched());
  await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
  await expect(page.locator('.navbar-sidebar')).toBeVisible();
  await expect.poll(async () => (await prefetched()).filter((href) => !before.has(href)).length).toBeGreaterThan(3);
  expect(before.size).toBeLessThan(20);
});
