import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where it is installed (this project's CI); Playwright's own browser elsewhere. */
const systemChromium = '/usr/bin/chromium';
const useSystemChromium = fs.existsSync(systemChromium);
const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 90_000,
  // Hydrating a long lesson takes a few seconds on a two-core machine running two browsers.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // The offline service worker would precache the whole course in every test's browser;
    // tests/e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: useSystemChromium ? systemChromium : undefined,
      args: [
        ...(runsAsRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Served with gzip, as a static host does, so the page-weight budget measures real transfers.
    command: `npx tsx scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
