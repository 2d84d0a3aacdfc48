import AxeBuilder from '@axe-core/playwright';
import { expect, gotoHydrated, pages, test } from './fixtures';

const scanned = { 'home page': pages.home, 'landing page': pages.landing, 'module page': pages.coreModule };

for (const [name, path] of Object.entries(scanned)) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the ${name} in the ${theme} theme, blocks closed and open`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await gotoHydrated(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const closed = await new AxeBuilder({ page }).analyze();
      expect(closed.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const open = await new AxeBuilder({ page }).analyze();
      expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(closed.passes.length).toBeGreaterThan(10);
    });
  }
}
