import { expect, gotoHydrated, pages, test } from './fixtures';

test('search finds a module by a word from its body, opens it and highlights the word', async ({ page }) => {
  await gotoHydrated(page, pages.home);
  const box = page.locator('.navbar__search-input');
  await box.fill('pipefail');
  const firstResult = page.locator('.navbar__search [role="option"]').first();
  await expect(firstResult).toContainText('The command line');
  await firstResult.click();
  await expect(page).toHaveURL(/\/s1_development_environment\/command_line\/\?_highlight=pipefail/);
  await expect(page.locator('article mark', { hasText: /pipefail/i }).first()).toBeVisible();
});

test('the "/" key focuses the search box, but not while typing elsewhere', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const box = page.locator('.navbar__search-input');
  await page.locator('article h1').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});
