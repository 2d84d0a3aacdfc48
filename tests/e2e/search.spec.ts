import { expect, gotoHydrated, pages, test, type Page } from './fixtures';

const searchRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) urls.push(request.url());
  });
  return urls;
};

test('search downloads nothing until opened, then finds a module by a word from its body and marks it there', async ({
  page,
}) => {
  const fetched = searchRequests(page);
  await gotoHydrated(page, pages.home);
  await page.waitForLoadState('networkidle');
  expect(fetched, 'no search file before the reader opens search').toEqual([]);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search the course' }).fill('shebang');
  await expect(dialog.getByRole('status')).toContainText(/match(es)? “shebang”/);
  const first = dialog.locator('[data-search-result]').first();
  await expect(first).toContainText('M1 · The command line');
  await expect(first.locator('mark').first()).toHaveText(/shebang/i);
  expect(fetched.length).toBeGreaterThan(0);

  await first.click();
  await expect(page).toHaveURL(/\/s1_development_environment\/command_line\/\?highlight=shebang/);
  await expect(dialog).not.toBeVisible();
  await expect(page.locator('article mark', { hasText: /shebang/i }).first()).toBeVisible();
});

test('"/" and Ctrl+K open search, Escape closes it, and "/" typed into a field stays in the field', async ({
  page,
}) => {
  await gotoHydrated(page, pages.coreModule);
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const box = dialog.getByRole('searchbox', { name: 'Search the course' });
  await page.locator('article h1').click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog).not.toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
});

test('arrow keys move through the results and Enter opens the chosen one', async ({ page }) => {
  await gotoHydrated(page, pages.home);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('dockerfile');
  const results = dialog.locator('[data-search-result]');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const target = await results.first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target?.replace(/[?]/g, '\\?')}$`));
});

// cspell:ignore жжжж
test('a word with no match says so', async ({ page }) => {
  await gotoHydrated(page, pages.home);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  // Pagefind shortens an unknown word until it matches something, so only a word whose first
  // letter starts no word in the course (here in a script no lesson uses) finds nothing.
  await dialog.getByRole('searchbox').fill('жжжж');
  await expect(dialog.getByRole('status')).toContainText('No lesson mentions “жжжж”');
  await expect(dialog.locator('[data-search-result]')).toHaveCount(0);
});

test('the search page reads its query from the address and keeps the address in step with typing', async ({ page }) => {
  await gotoHydrated(page, '/search/?q=docker');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the course' });
  await expect(box).toHaveValue('docker');
  await expect(page.getByRole('main').locator('[data-search-result]').first()).toContainText('M10 · Docker');
  await box.fill('hydra');
  await expect(page).toHaveURL(/\/search\/\?q=hydra$/);
  await expect(page.getByRole('main').locator('[data-search-result]').first()).toContainText('M11');
});
