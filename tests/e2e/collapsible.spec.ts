import { expect, gotoHydrated, pages, test } from './fixtures';

const kinds = ['example', 'solution', 'hint'] as const;

for (const kind of kinds) {
  test(`a ${kind} block stays closed until clicked, then opens and closes again`, async ({ page }) => {
    await gotoHydrated(page, pages.coreModule);
    const block = page.locator(`details[data-collapsible="${kind}"]`).first();
    const summary = block.locator('> summary');
    const body = block.locator('> div');
    await expect(block).not.toHaveAttribute('open');
    await expect(body).toBeHidden();
    await expect(summary).toContainText(kind, { ignoreCase: true });
    await summary.click();
    await expect(block).toHaveAttribute('open', '');
    await expect(body).toBeVisible();
    await summary.click();
    await expect(block).not.toHaveAttribute('open');
  });

  test(`a ${kind} block opens from the keyboard with Enter`, async ({ page }) => {
    await gotoHydrated(page, pages.coreModule);
    const block = page.locator(`details[data-collapsible="${kind}"]`).first();
    await block.locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect(block).toHaveAttribute('open', '');
    await expect(block.locator('> div')).toBeVisible();
  });
}

test('collapsible blocks open without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages.coreModule);
  for (const kind of kinds) {
    const block = page.locator(`details[data-collapsible="${kind}"]`).first();
    await expect(block).not.toHaveAttribute('open');
    await block.locator('> summary').click();
    await expect(block.locator('> div')).toBeVisible();
  }
  await context.close();
});

test('each kind has its own icon and accent colour', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const looks = await Promise.all(
    kinds.map((kind) =>
      page
        .locator(`details[data-collapsible="${kind}"]`)
        .first()
        .evaluate((block) => ({
          colour: getComputedStyle(block).borderLeftColor,
          icon: block.querySelector('summary svg path')?.getAttribute('d'),
        })),
    ),
  );
  expect(new Set(looks.map((l) => l.colour)).size).toBe(3);
  expect(new Set(looks.map((l) => l.icon)).size).toBe(3);
});

test('blocks inside numbered exercise steps can hold code and tabs', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  await expect(page.locator('ol > li details[data-collapsible="solution"]').first()).toBeAttached();
  await expect(page.locator('details[data-collapsible] pre').first()).toBeAttached();
});

test('printing shows every block expanded, and they close again afterwards', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  const closed = page.locator('details[data-collapsible]:not([open])');
  expect(await closed.count()).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(closed).toHaveCount(0);
  await expect(page.locator('details[data-collapsible="solution"] > div').first()).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  expect(await closed.count()).toBeGreaterThan(0);
});
