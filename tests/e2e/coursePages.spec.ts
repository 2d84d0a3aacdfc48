import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { schedule } from '../../docs/pages/schedule';
import { courseIndex, readDocs } from '../../src/course/readCourse';
import { readICalendar, textOf } from '../unit/icalendarReader';
import { expect, gotoHydrated, test } from './fixtures';

const timePlan = '/pages/timeplan/';
const projects = '/pages/projects/';
const overview = '/pages/overview/';

/** The module pages on disk, read the way the site reads them. */
const modulesOnDisk = courseIndex(readDocs(path.resolve('docs'))).flatMap((session) => session.modules);

test.describe('time plan', () => {
  test('shows the three weeks, every course day once, and links that lead to their pages', async ({ page }) => {
    await gotoHydrated(page, timePlan);
    await expect(page.locator('h1')).toHaveText('Time plan');
    const weeks = page.locator('table[data-timeplan-week]');
    await expect(weeks).toHaveCount(3);
    const rows = page.locator('tr[data-day]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-day')))).toEqual(
      schedule.days.map((day) => day.date),
    );
    await expect(weeks.nth(0).locator('tr[data-kind="project"]')).toHaveCount(1);
    await expect(weeks.nth(1).locator('tr[data-kind="project"]')).toHaveCount(2);
    await expect(weeks.nth(2).locator('tr[data-kind="project"]')).toHaveCount(3);

    const links = page.locator('tr[data-day] a');
    const targets = [...new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))];
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const href of targets) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    await page.locator('tr[data-day="2027-01-08"] a').click();
    await expect(page).toHaveURL(projects);
    await expect(page.locator('h1')).toHaveText('Projects');
  });

  test("marks today's row during the course, in the browser", async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-12T10:00:00+01:00'));
    await gotoHydrated(page, timePlan);
    const today = page.locator('tr[aria-current="date"]');
    await expect(today).toHaveCount(1);
    await expect(today).toHaveAttribute('data-day', '2027-01-12');
    await expect(today).toContainText('Today');
  });

  test('marks no row outside the course weeks', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-02-03T10:00:00+01:00'));
    await gotoHydrated(page, timePlan);
    await expect(page.locator('tr[data-day]')).toHaveCount(schedule.days.length);
    await expect(page.locator('tr[aria-current="date"]')).toHaveCount(0);
  });

  test('"Add to calendar" downloads a calendar file with one event per course day', async ({ page }) => {
    await gotoHydrated(page, timePlan);
    const link = page.getByRole('link', { name: 'Add to calendar' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`mlops-${schedule.edition}.ics`);
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const events = readICalendar(await response.text()).filter((c) => c.name === 'VEVENT');
    expect(events.map((event) => textOf(event, 'DTSTART'))).toEqual(
      schedule.days.map((day) => day.date.replace(/-/g, '')),
    );
    for (const event of events) expect(textOf(event, 'URL')).toMatch(/^https?:\/\//);
  });
});

test.describe('projects', () => {
  test('a ticked checklist item stays ticked after a reload, and can be unticked', async ({ page }) => {
    await gotoHydrated(page, projects);
    const list = page.locator('[data-checklist="week1"]');
    const box = list.getByRole('checkbox').first();
    await expect(box).toBeEnabled();
    await expect(box).not.toBeChecked();
    await box.check();
    await expect(list).toContainText('1 of');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(box).toBeChecked();
    await expect(page.locator('[data-checklist="week2"]').getByRole('checkbox').first()).not.toBeChecked();
    await box.uncheck();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await expect(box).not.toBeChecked();
  });

  test('has a checklist for weeks 1, 2 and 3 and the extras, each item a labelled checkbox', async ({ page }) => {
    await gotoHydrated(page, projects);
    for (const id of ['week1', 'week2', 'week3', 'extra']) {
      const boxes = page.locator(`[data-checklist="${id}"]`).getByRole('checkbox');
      expect(await boxes.count(), id).toBeGreaterThanOrEqual(4);
    }
    const firstLabel = await page.locator('[data-checklist="week1"] label').first().textContent();
    await expect(page.getByRole('checkbox', { name: firstLabel ?? '' })).toHaveCount(1);
  });
});

test.describe('course summary', () => {
  test('has one row per module page, in module order, each linking to its page', async ({ page }) => {
    await gotoHydrated(page, overview);
    const rows = page.locator('tr[data-module-row]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-module-row'))))).toEqual(
      modulesOnDisk.map((module) => module.module),
    );
    for (const module of modulesOnDisk) {
      await expect(page.locator(`tr[data-module-row="${module.module}"] a`).first()).toHaveAttribute(
        'href',
        module.route,
      );
    }
  });

  test('the core filter shows only the core modules, and the count says how many', async ({ page }) => {
    await gotoHydrated(page, overview);
    const core = modulesOnDisk.filter((module) => module.core);
    const summary = page.locator('[data-module-summary]');
    await expect(summary).toContainText(`${core.length} of them are core`);
    await page.getByRole('checkbox', { name: 'Show core modules only' }).check();
    const rows = page.locator('tr[data-module-row]');
    await expect(rows).toHaveCount(core.length);
    await expect(page.locator('tr[data-module-row][data-core="false"]')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Show core modules only' }).uncheck();
    await expect(rows).toHaveCount(modulesOnDisk.length);
  });
});

test.describe('navigation to the course pages', () => {
  for (const [label, heading] of [
    ['Time plan', 'Time plan'],
    ['Projects', 'Projects'],
    ['Summary', 'Course summary'],
    ['FAQ', 'Frequently asked questions'],
  ] as const) {
    test(`the navbar and the sidebar lead to "${heading}"`, async ({ page }) => {
      await gotoHydrated(page, '/');
      await page.locator('.navbar').getByRole('link', { name: label, exact: true }).click();
      await expect(page.locator('h1')).toHaveText(heading);
      await gotoHydrated(page, '/s1_development_environment/');
      await page.locator('.theme-doc-sidebar-container').getByRole('link', { name: heading, exact: true }).click();
      await expect(page.locator('h1')).toHaveText(heading);
    });
  }

  test('the FAQ gives every question its own heading with a stable link', async ({ page }) => {
    await gotoHydrated(page, '/pages/faq/');
    const ids = await page.locator('article h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThanOrEqual(9);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    await gotoHydrated(page, `/pages/faq/#${ids[1]}`);
    await expect(page.locator(`#${ids[1]}`)).toBeInViewport();
  });
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the course pages in the ${theme} theme, with today marked and items ticked`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.clock.setFixedTime(new Date('2027-01-05T10:00:00+01:00'));
    await page.emulateMedia({ colorScheme: theme });
    for (const path of [timePlan, projects, overview, '/pages/faq/']) {
      await gotoHydrated(page, path);
      if (path === projects) await page.locator('[data-checklist="week1"]').getByRole('checkbox').first().check();
      const result = await new AxeBuilder({ page }).analyze();
      expect(
        result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
    }
  });
}
