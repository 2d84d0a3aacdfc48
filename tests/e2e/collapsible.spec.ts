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

test('a closed block keeps its content before it is opened, and its code can be copied once open', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, pages.coreModule);
  const block = page.locator('details[data-collapsible="solution"]', { has: page.locator('pre') }).first();
  // The server's HTML is all there before React takes the block over on opening.
  expect(await block.locator('> div').evaluate((body) => body.textContent?.trim().length ?? 0)).toBeGreaterThan(20);
  await block.locator('> summary').click();
  await block
    .getByRole('button', { name: /copy code/i })
    .first()
    .click();
  await expect(block.getByRole('button', { name: /copied/i })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim().length).toBeGreaterThan(0);
  expect(await block.locator('pre').first().innerText()).toContain(copied.trim().split('\n')[0]);
});

test('code in a closed block arrives as plain text, one run per line, and is coloured once opened', async ({
  page,
}) => {
  await gotoHydrated(page, '/s8_monitoring/data_drifting/');
  const block = page
    .locator('details[data-collapsible="solution"]', { has: page.locator('pre.language-python') })
    .first();
  const code = block.locator('pre.language-python').first();
  // Before opening: every line is there as text, with no token spans inside it.
  expect(await code.locator('.token-line').count()).toBeGreaterThan(3);
  expect(await code.evaluate((pre) => pre.textContent ?? '')).toMatch(/\b(import|def|return)\b/);
  await expect(code.locator('.token-line > .token:not(.plain)')).toHaveCount(0);
  await block.locator('> summary').click();
  await expect(code.locator('.token.keyword').first()).toBeAttached();
  await expect(code.locator('.token.keyword').first()).toBeVisible();
});

test('blocks on a page reached by a link are complete too', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  await page.locator(`a[href="${pages.nextModule}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${pages.nextModule}$`));
  const block = page.locator('details[data-collapsible="solution"]').first();
  await block.locator('> summary').click();
  expect(await block.locator('> div').innerText()).not.toBe('');
});

test('solutions are marked for the search index to skip, hints and examples are not', async ({ page }) => {
  await gotoHydrated(page, pages.coreModule);
  await expect(page.locator('details[data-collapsible="solution"]').first()).toHaveAttribute(
    'data-pagefind-ignore',
    'all',
  );
  await expect(page.locator('details[data-collapsible="hint"]').first()).not.toHaveAttribute('data-pagefind-ignore');
  expect(await page.locator('details[data-collapsible="solution"]:not([data-pagefind-ignore="all"])').count()).toBe(0);
});
