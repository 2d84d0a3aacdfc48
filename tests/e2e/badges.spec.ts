import { expect, gotoHydrated, pages, test } from './fixtures';

test('a core module shows the "Core module" badge and a core marker in the sidebar', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const article = page.locator('article');
  await expect(article.locator('[data-core-badge]')).toHaveCount(1);
  await expect(article.locator('[data-core-badge="core"]')).toHaveText('Core module');
  const entry = page.locator('.theme-doc-sidebar-container li.sidebar-module', { hasText: 'M1 · The command line' });
  await expect(entry).toHaveClass(/sidebar-module--core/);
  const marker = await entry.locator('> .menu__link').evaluate((link) => getComputedStyle(link, '::after').content);
  expect(marker).toBe('"core"');
});

test('an optional module shows "Optional module" and no core badge or marker', async ({ page }) => {
  await gotoHydrated(page, pages.optionalModule);
  const article = page.locator('article');
  await expect(article.locator('[data-core-badge="core"]')).toHaveCount(0);
  await expect(article.locator('[data-core-badge="optional"]')).toHaveText('Optional module');
  const entry = page.locator(
    '.theme-doc-sidebar-container li.sidebar-module.menu__list-item--active, .theme-doc-sidebar-container li.sidebar-module:has(.menu__link--active)',
  );
  await expect(entry).not.toHaveClass(/sidebar-module--core/);
});

test("a session's landing page lists its modules as cards with their badges", async ({ page }) => {
  await gotoHydrated(page, pages.landing);
  const cards = page.locator('[data-module-card]');
  await expect(cards).toHaveCount(4);
  await expect(cards.first()).toContainText('M1 · The command line');
  for (const card of await cards.all()) {
    await expect(card.locator('[data-core-badge]')).toHaveCount(1);
    await expect(card.locator('p').first()).not.toBeEmpty();
  }
  await cards.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(pages.nextModule);
});

test('the S2 landing page marks core and optional modules differently', async ({ page }) => {
  await gotoHydrated(page, '/s2_organisation_and_version_control/');
  await expect(page.locator('[data-module-card] [data-core-badge="core"]')).toHaveCount(3);
  await expect(page.locator('[data-module-card] [data-core-badge="optional"]')).toHaveCount(2);
});
