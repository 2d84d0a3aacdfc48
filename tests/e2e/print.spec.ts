import { courseIndex, readDocs } from '../../src/course/readCourse';
import { moduleLabel } from '../../src/data/labels';
import { expect, gotoHydrated, pages, test, type Page } from './fixtures';

/** The text of a PDF, page by page, as a reader of the printout would find it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pagesText: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pagesText.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pagesText.join('\n').replace(/\s+/g, ' ');
}

const sessions = courseIndex(readDocs('docs'));
const [firstSession] = sessions;
const printRoute = (route: string) => `/print${route}`;
/** The session with the fewest modules prints fastest, for the test that prints twice. */
const smallSession = [...sessions].sort((a, b) => a.modules.length - b.modules.length)[0];

async function printedSession(page: Page, route: string, withSolutions: boolean): Promise<string> {
  await page.emulateMedia({ media: 'screen' });
  await gotoHydrated(page, printRoute(route));
  if (withSolutions) await page.getByLabel('Include the solutions').check();
  await page.emulateMedia({ media: 'print' });
  return pdfText(await page.pdf({ format: 'A4', printBackground: false }));
}

test('a session prints as one document with every module, in order, without navigation', async ({ page }) => {
  test.setTimeout(120_000);
  const text = await printedSession(page, firstSession.route, false);
  const titles = firstSession.modules.map((m) => moduleLabel(m.module, m.title));
  // The last mention of each label is its lesson's heading (the landing page's cards name them first).
  const positions = titles.map((title) => text.lastIndexOf(title));
  expect(
    positions.every((p) => p >= 0),
    `every module title is printed: ${titles.join(', ')}`,
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // No navbar, sidebar or toolbar on paper.
  expect(text).not.toContain('Print this session');
  expect(text).not.toContain('Include the solutions');
  // Tabs print all their panels, each under its name.
  expect(text).toContain('Linux and macOS');
  expect(text).toContain('Windows');
});

test('solutions print only when the reader includes them', async ({ page }) => {
  test.setTimeout(180_000);
  const without = await printedSession(page, smallSession.route, false);
  const withSolutions = await printedSession(page, smallSession.route, true);
  const solutionText = await page.evaluate(
    () => document.querySelector('[data-collapsible="solution"] > div')?.textContent?.trim().slice(0, 40) ?? '',
  );
  expect(solutionText.length).toBeGreaterThan(10);
  const probe = solutionText.replace(/\s+/g, ' ').slice(0, 25);
  expect(withSolutions).toContain(probe);
  expect(without).not.toContain(probe);
  expect(withSolutions.length).toBeGreaterThan(without.length);
});

test('code in the printable session is coloured, solutions included', async ({ page }) => {
  await gotoHydrated(page, printRoute('/s8_monitoring/'));
  await expect(page.locator('article pre .token.keyword').first()).toBeAttached();
  expect(await page.locator('[data-collapsible="solution"] pre .token.keyword').count()).toBeGreaterThan(0);
});

test('each session landing page links to its printable version', async ({ page }) => {
  await gotoHydrated(page, pages.landing);
  await page.locator('[data-print-link]').click();
  await expect(page).toHaveURL(new RegExp(`${printRoute(firstSession.route)}$`));
  await expect(page.locator('[data-print-lesson]')).toHaveCount(firstSession.modules.length + 1);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});
