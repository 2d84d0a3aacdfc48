import fs from 'node:fs';
import path from 'node:path';
import { readEditions } from '../../src/course/editions';
import { courseIndex, readDocs } from '../../src/course/readCourse';
import { expect, gotoHydrated, pages, test } from './fixtures';

const editions = readEditions(path.resolve('.'));
const current = editions.find((e) => e.current)!;
const archived = editions.find((e) => !e.current)!;
const module = pages.coreModule;
const archivedModule = `${archived.urlPrefix}${module}`;

test('there is an archived edition besides the current one', () => {
  expect(archived, 'versions.json names an archived edition').toBeDefined();
  expect(archived.year).toBeLessThan(current.year);
});

test('an archived page says which edition it is and links to the same page in the current one', async ({ page }) => {
  await gotoHydrated(page, archivedModule);
  const banner = page.locator('.theme-doc-version-banner');
  await expect(banner).toContainText(`This is the ${archived.label} edition`);
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${module}$`));
  await expect(page.locator('.theme-doc-version-banner')).toHaveCount(0);
});

test('the edition menu switches to the same page in another edition', async ({ page }) => {
  await gotoHydrated(page, module);
  const menu = page.locator('.navbar .dropdown', { hasText: current.label });
  await menu.hover();
  await menu.getByRole('link', { name: archived.label }).click();
  await expect(page).toHaveURL(new RegExp(`${archivedModule}$`));
});

test('each edition has its own time plan dates and calendar file', async ({ page, request }) => {
  for (const edition of [current, archived]) {
    await gotoHydrated(page, `${edition.urlPrefix}/pages/timeplan/`);
    await expect(page.locator('tr[data-day]').first()).toHaveAttribute('data-day', edition.schedule.days[0].date);
    const href = await page.locator('a[download]').first().getAttribute('href');
    expect(href).toContain(`mlops-${edition.year}.ics`);
    const calendar = await (await request.get(href!)).text();
    expect(calendar).toContain(`DTSTART;VALUE=DATE:${edition.schedule.days[0].date.replaceAll('-', '')}`);
  }
});

test("an archived edition's exercise downloads are its own frozen files", async ({ page, request }) => {
  await gotoHydrated(page, archivedModule);
  const href = await page.locator('a[download]').first().getAttribute('href');
  expect(href).toMatch(new RegExp(`^${archived.urlPrefix}/`));
  const served = await (await request.get(href!)).text();
  const onDisk = fs.readFileSync(path.join(archived.docsDir, href!.slice(archived.urlPrefix.length)), 'utf8');
  expect(served).toBe(onDisk);
});

test("an archived edition's front page and summary list its own sessions", async ({ page }) => {
  const sessions = courseIndex(readDocs(archived.docsDir));
  await gotoHydrated(page, `${archived.urlPrefix}/`);
  await expect(page.locator('[data-session-card]')).toHaveCount(sessions.length);
  await expect(page.locator('[data-session-card] a').first()).toHaveAttribute(
    'href',
    `${archived.urlPrefix}${sessions[0].route}`,
  );
  await gotoHydrated(page, `${archived.urlPrefix}/pages/overview/`);
  await expect(page.locator('[data-module-summary] tbody a').first()).toHaveAttribute(
    'href',
    new RegExp(`^${archived.urlPrefix}/`),
  );
});

test('search finds the edition being read, and every edition when asked', async ({ page }) => {
  await gotoHydrated(page, archivedModule);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox', { name: 'Search the course' }).fill('dockerfile');
  const results = dialog.locator('[data-search-result]');
  await expect(results.first()).toBeVisible();
  const onlyArchived = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(onlyArchived.every((href) => href.startsWith(`${archived.urlPrefix}/`))).toBe(true);
  await dialog.getByLabel(/Search all editions/).check();
  await expect
    .poll(async () =>
      (await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).some(
        (href) => !href.startsWith(`${archived.urlPrefix}/`),
      ),
    )
    .toBe(true);
});

test('progress is kept per edition', async ({ page }) => {
  await gotoHydrated(page, archivedModule);
  await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
  await gotoHydrated(page, module);
  await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).not.toBeChecked();
  await gotoHydrated(page, archivedModule);
  await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).toBeChecked();
});
