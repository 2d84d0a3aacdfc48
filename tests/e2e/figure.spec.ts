import { expect, gotoHydrated, pages, test } from './fixtures';

test('a figure shows its caption and opens enlarged on click, closing with Escape', async ({ page }) => {
  await gotoHydrated(page, pages.home);
  const figure = page.locator('figure', { hasText: 'The MLOps cycle' });
  await expect(figure.locator('figcaption')).toContainText('design, model development and operations');
  const image = figure.locator('img').first();
  await expect(image).toHaveAttribute('alt', /Design leads to 2 Model development/);
  const dialog = figure.locator('dialog');
  await expect(dialog).not.toBeVisible();
  await image.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('img')).toHaveAttribute('alt', /Design/);
  await page.keyboard.press('Escape');
  await expect(dialog).not.toBeVisible();
  await figure.getByRole('button', { name: 'Enlarge' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).not.toBeVisible();
});

test('Mermaid diagrams render as SVG with their accessible title', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const diagram = page.locator('.docusaurus-mermaid-container svg').first();
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('title')).toHaveText('Standard streams in a three-program pipeline');
});
