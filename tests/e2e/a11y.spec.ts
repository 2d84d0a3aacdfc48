import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { readEditions } from '../../src/course/editions';
import { courseIndex, readDocs } from '../../src/course/readCourse';
import { expect, switchToDark, test, type Page } from './fixtures';

/** Every page of the built site's sitemap, plus the 404 page, which no sitemap lists. */
const sitemap = fs.readFileSync(path.resolve('build/sitemap.xml'), 'utf8');
const routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
const notFound = '/no_such_page/';
/** Printable sessions are not in the sitemap; the shortest one stands for them all. */
const printView = (() => {
  const sessions = courseIndex(readDocs('docs'));
  const shortest = [...sessions].sort((a, b) => a.modules.length - b.modules.length)[0];
  return `/print${shortest.route}`;
})();

/** HTML_CodeSniffer, the engine pa11y runs by default, for a second opinion beside axe. */
const codeSniffer = fs.readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

interface CodeSnifferMessage {
  type: number;
  code: string;
  msg: string;
  element: Element;
}

/** WCAG 2 AA errors found by HTML_CodeSniffer, as pa11y reports them (notices and warnings left out). */
async function codeSnifferErrors(page: Page, state: string): Promise<string[]> {
  await page.addScriptTag({ content: codeSniffer });
  const { checked, errors } = await page.evaluate(
    () =>
      new Promise<{ checked: number; errors: string[] }>((resolve) => {
        const htmlcs = (
          window as unknown as {
            HTMLCS: {
              process: (standard: string, root: Document, done: () => void) => void;
              getMessages: () => CodeSnifferMessage[];
            };
          }
        ).HTMLCS;
        htmlcs.process('WCAG2AA', document, () => {
          const messages = htmlcs.getMessages();
          const where = (element: Element) =>
            element.id
              ? `#${element.id}`
              : `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
          resolve({
            checked: messages.length,
            errors: messages.filter((m) => m.type === 1).map((m) => `${m.code} at ${where(m.element)}: ${m.msg}`),
          });
        });
      }),
  );
  // Every page gets notices at least; none at all would mean the engine never ran.
  expect(checked, `HTML_CodeSniffer checked the page (${state})`).toBeGreaterThan(0);
  return errors.map((error) => `${state} (HTML_CodeSniffer): ${error}`);
}

/** The rules whose outcome depends on the colour scheme; the dark scan needs only these. */
const colourRules = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, state: string, rules?: string[]): Promise<string[]> {
  // Highlighted code is thousands of coloured spans that only carry a colour, and axe takes
  // minutes over them. Their colours are checked against both code backgrounds in
  // src/data/codeThemes.test.ts; here each block keeps its text in the block's own colours.
  // Done before every scan: opening a block renders its code afresh.
  await page.evaluate(() =>
    document.querySelectorAll('pre code').forEach((code) => {
      code.textContent = code.textContent ?? '';
    }),
  );
  // Legacy mode runs axe in the page itself: the same rules, without opening a second page per scan.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (rules) builder.withRules(rules);
  const result = await builder.analyze();
  // A scan that checked nothing would pass on an empty page.
  expect(result.passes.length, `axe checked the page (${state})`).toBeGreaterThan(rules ? 0 : 10);
  return result.violations.map(
    (violation) =>
      `${state}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function load(page: Page, route: string) {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(route);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('#__docusaurus_skipToContent_fallback')).not.toBeEmpty();
  // Colours are checked as they settle, not halfway through a transition.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
}

/** Opens every block, again until none is closed: a block rendered anew on opening brings its nested blocks closed. */
async function openBlocks(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const closed = [...document.querySelectorAll('details')].filter((details) => !details.open);
        closed.forEach((details) => (details.open = true));
        return closed.length;
      }),
    )
    .toBe(0);
}

/**
 * Archived editions are copies of lessons the scan checked when they were current; a fixed
 * sample (front page, first landing page and module, time plan) checks the edition's frame.
 */
const archivedSample = readEditions(path.resolve('.'))
  .filter((edition) => !edition.current)
  .flatMap((edition) => {
    const [first] = courseIndex(readDocs(edition.docsDir));
    return [
      `${edition.urlPrefix}/`,
      `${edition.urlPrefix}${first.route}`,
      `${edition.urlPrefix}${first.modules[0].route}`,
      `${edition.urlPrefix}/pages/timeplan/`,
    ];
  });

for (const route of [...routes, notFound, printView, ...archivedSample]) {
  test(`axe and HTML_CodeSniffer find nothing on ${route} in light and dark, with every block open`, async ({
    page,
    pageProblems,
  }) => {
    await load(page, route);
    // Full scans of a long lesson on two cores; a ceiling, not a speed target.
    test.setTimeout(120_000);
    // Open blocks show everything closed ones do (their summaries) and what they hide, so
    // one scan per colour scheme covers both states.
    await openBlocks(page);
    // Code in a block rendered on opening is plain text until the highlighter has loaded.
    await expect(page.locator('[data-code-block="plain"]')).toHaveCount(0);
    const found = await violations(page, 'light');
    found.push(...(await codeSnifferErrors(page, 'light')));
    await switchToDark(page);
    found.push(...(await violations(page, 'dark', colourRules)));
    found.push(...(await codeSnifferErrors(page, 'dark')));
    if (route === notFound) {
      // The document's own 404 status is the point of this page.
      pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes('404')));
    }
    expect(found).toEqual([]);
  });
}
