import { expect, gotoHydrated, pages, switchToDark, test } from './fixtures';

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

test('Mermaid diagrams arrive as pictures drawn at build time, one per colour theme, described by their alt text', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && /mermaid/i.test(request.url())) scripts.push(request.url());
  });
  await gotoHydrated(page, pages.coreModule);
  const figure = page.locator('figure', { has: page.locator('img[alt^="Standard streams"]') });
  const light = figure.locator('img[src*="-light-"]');
  const dark = figure.locator('img[src*="-dark-"]');
  await expect(light).toHaveAttribute(
    'alt',
    /^Standard streams in a three-program pipeline\. The standard output .*grep's/,
  );
  await light.scrollIntoViewIfNeeded();
  await expect(light).toBeVisible();
  await expect(dark).toBeHidden();
  expect(await light.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

  await switchToDark(page);
  await expect(dark).toBeVisible();
  await expect(light).toBeHidden();
  await figure.getByRole('button', { name: 'Enlarge' }).click();
  await expect(figure.locator('dialog img')).toHaveAttribute('src', /-dark-/);
  expect(scripts, 'no Mermaid script is downloaded').toEqual([]);
});
