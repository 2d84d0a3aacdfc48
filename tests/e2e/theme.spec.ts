import { expect, gotoHydrated, pages, switchToDark, test } from './fixtures';

test('the dark theme choice survives a reload and a page change', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, pages.home);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await switchToDark(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await gotoHydrated(page, pages.coreModule);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('code blocks have a copy button', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  await expect(page.locator('article pre').first()).toBeAttached();
  await page.locator('article .theme-code-block').first().hover();
  await expect(page.locator('article .theme-code-block').first().getByRole('button', { name: /copy/i })).toBeAttached();
});

test('a module page has an edit link to its Markdown, a last-updated date and a table of contents', async ({
  page,
}) => {
  await gotoHydrated(page, pages.coreModule);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    /\/edit\/main\/docs\/s1_development_environment\/command_line\.mdx$/,
  );
  await expect(page.locator('.theme-last-updated')).toContainText('Last updated');
  await expect(page.locator('.table-of-contents')).toContainText('Exercises');
});
