import { test as base, expect, type Page } from '@playwright/test';

export const siteOrigin = 'http://127.0.0.1:4173';

/** Waits until React has hydrated the server-rendered page, so clicks reach their handlers. */
export async function gotoHydrated(page: Page, path: string) {
  const response = await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  return response;
}

/** Switches to the dark theme with the navbar's toggle, as a reader does, so React follows too. */
export async function switchToDark(page: Page) {
  const toggle = page.locator('.navbar').getByRole('button', { name: /system mode|light mode|dark mode/i });
  while ((await page.locator('html').getAttribute('data-theme')) !== 'dark') await toggle.click();
}

/**
 * Every test fails on a console error, an uncaught page error, a failed request or a
 * request to any host but the local server.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, serviceWorkers }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // Most tests block service workers (playwright.config.ts), and the offline plugin then
        // reports that it could not register one: an effect of the test setup, not of the site.
        const blockedWorker = serviceWorkers === 'block' && message.text().startsWith('registerSW failed');
        if (message.type() === 'error' && !blockedWorker) problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? '';
        // A navigation away from a page cancels its pending requests; that is not a failure.
        if (!reason.includes('ERR_ABORTED')) problems.push(`failed request: ${request.url()} (${reason})`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(siteOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.push(`outside request: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'the page logged errors or made failed or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Locator, Page } from '@playwright/test';

/** Pages the tests use; each is asserted to hold what the test needs. */
export const pages = {
  home: '/',
  landing: '/s1_development_environment/',
  coreModule: '/s1_development_environment/command_line/',
  nextModule: '/s1_development_environment/package_manager/',
  optionalModule: '/s2_organisation_and_version_control/good_coding_practice/',
} as const;
