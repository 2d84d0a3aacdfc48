import fs from 'node:fs';
import { expect, gotoHydrated, pages, test } from './fixtures';

const module = pages.coreModule;
const steps = (page: import('@playwright/test').Page) => page.locator('[data-exercise-step] input');
const count = (page: import('@playwright/test').Page) => page.locator('[data-exercise-progress] [role="status"]');
const sidebarLink = (page: import('@playwright/test').Page) =>
  page.locator('.theme-doc-sidebar-menu li', { has: page.locator(`a[href="${module}"]`) }).last();

test('a ticked step stays ticked after a reload and counts in the module, the sidebar and the session', async ({
  page,
}) => {
  await gotoHydrated(page, module);
  const total = await steps(page).count();
  expect(total).toBeGreaterThan(5);
  await expect(count(page)).toHaveText(`0 of ${total} steps done`);
  await expect(sidebarLink(page)).toHaveClass(/progress-not-started/);

  await page.getByRole('checkbox', { name: 'Step 2 done' }).check();
  await expect(count(page)).toHaveText(`1 of ${total} steps done`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(page.getByRole('checkbox', { name: 'Step 2 done' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Step 1 done' })).not.toBeChecked();
  await expect(count(page)).toHaveText(`1 of ${total} steps done`);
  await expect(sidebarLink(page)).toHaveClass(/progress-in-progress/);

  await gotoHydrated(page, pages.landing);
  await expect(page.locator('[data-session-progress]').first()).toContainText('0 of 4 modules done · 1 of');
  await expect(page.locator('[data-progress-state="in progress"]')).toHaveCount(1);
  await gotoHydrated(page, '/');
  await expect(page.locator('[data-session-card="1"] [data-session-progress]')).toContainText('1 of');
  await gotoHydrated(page, '/pages/timeplan/');
  await expect(page.locator('tr[data-day] [data-session-progress]').first()).toContainText('1 of');
});

test('"Mark module done" ticks every step and "Reset this module" clears them', async ({ page }) => {
  await gotoHydrated(page, module);
  const total = await steps(page).count();
  await page.getByRole('button', { name: 'Mark module done' }).click();
  await expect(count(page)).toHaveText(`${total} of ${total} steps done`);
  await expect(sidebarLink(page)).toHaveClass(/progress-done/);
  await page.getByRole('button', { name: 'Reset this module' }).click();
  await expect(count(page)).toHaveText(`0 of ${total} steps done`);
  await expect(steps(page).first()).not.toBeChecked();
});

test('a tick in one tab shows in another tab of the same browser', async ({ page, context }) => {
  await gotoHydrated(page, module);
  const other = await context.newPage();
  await gotoHydrated(other, module);
  await page.getByRole('checkbox', { name: 'Step 3 done' }).check();
  await expect(other.getByRole('checkbox', { name: 'Step 3 done' })).toBeChecked();
});

test('the steps are real checkboxes a keyboard can tick', async ({ page }) => {
  await gotoHydrated(page, module);
  const first = page.getByRole('checkbox', { name: 'Step 1 done' });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
});

test('exported progress imports into another browser, and a wrong file is refused with a reason', async ({
  page,
  browser,
}, testInfo) => {
  await gotoHydrated(page, module);
  await page.getByRole('checkbox', { name: 'Step 1 done' }).check();
  await page.getByRole('checkbox', { name: 'Step 4 done' }).check();
  await gotoHydrated(page, '/pages/course_map/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export your progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('mlops-course-progress');

  const elsewhere = await browser.newContext({ serviceWorkers: 'block' });
  const fresh = await elsewhere.newPage();
  await gotoHydrated(fresh, '/pages/course_map/');
  const bad = testInfo.outputPath('bad.json');
  fs.writeFileSync(bad, '{"hello": 1}');
  await fresh.getByLabel('Import a progress file').setInputFiles(bad);
  await expect(fresh.locator('[data-progress-transfer] [role="status"]')).toContainText('not a progress file');
  await fresh.getByLabel('Import a progress file').setInputFiles(file);
  await expect(fresh.locator('[data-progress-transfer] [role="status"]')).toHaveText(
    'Imported: 2 ticks were new here.',
  );
  await gotoHydrated(fresh, module);
  await expect(fresh.getByRole('checkbox', { name: 'Step 4 done' })).toBeChecked();
  await elsewhere.close();
});

test('without JavaScript a lesson reads as before: no checkboxes, no errors', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(module);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h2#exercises')).toBeVisible();
  await expect(page.locator('ol li').first()).toBeVisible();
  await expect(page.locator('[data-exercise-step], [data-exercise-progress]')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('the course map draws every module with its prerequisites, and lists the same graph', async ({ page }) => {
  await gotoHydrated(page, '/pages/course_map/');
  const nodes = page.locator('[data-map-module]');
  const listed = page.locator('[data-course-map-list] li');
  const count = await nodes.count();
  expect(count).toBeGreaterThan(10);
  await expect(listed).toHaveCount(count);
  await expect(page.locator('[data-map-module="6"]')).toContainText('Builds on M4, M5');
  await expect(listed.filter({ hasText: 'M6 · Code structure' })).toContainText(
    'builds on M4 Deep learning software, M5 Git',
  );
  // One arrow per prerequisite.
  await expect(page.locator('[data-course-map] svg path[marker-end]')).not.toHaveCount(0);
  await page.locator('[data-map-module="6"] a').click();
  await expect(page).toHaveURL(/\/s2_organisation_and_version_control\/code_structure\/$/);
});
