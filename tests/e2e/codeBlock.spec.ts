import type { Page } from '@playwright/test';
import { codeThemes } from '../../src/data/codeThemes';
import { expect, gotoHydrated, pages, switchToDark, test } from './fixtures';

/** A long, code-heavy lesson: its last code block is far below the first screen. */
const longLesson = '/s8_monitoring/data_drifting/';

/** The last code block outside solutions and hints, which keep their own HTML until opened. */
const lastOpenBlock = (page: Page) => page.locator('xpath=//*[@data-code-block][not(ancestor::details)]').last();

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The colour a theme gives a token type: the last entry naming it wins, as in Prism's themes. */
function tokenColour(mode: 'light' | 'dark', type: string): string {
  const entry = codeThemes[mode].styles.filter((style) => style.types.includes(type) && style.style.color).at(-1);
  if (!entry) throw new Error(`the ${mode} code theme has no colour for ${type}`);
  return rgb(String(entry.style.color));
}

/** The addresses of the scripts the page requests from now on, in order; the list grows as it does. */
function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

async function colours(page: Page) {
  const keyword = page.locator('article pre .token.keyword').first();
  const block = page.locator('article pre.prism-code').first();
  return {
    keyword: await keyword.evaluate((element) => getComputedStyle(element).color),
    text: await block.evaluate((element) => getComputedStyle(element).color),
    background: await block.evaluate((element) => getComputedStyle(element).backgroundColor),
  };
}

test('code is coloured by the light theme, and by the dark one after switching, without a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoHydrated(page, pages.coreModule);
  expect(await colours(page)).toEqual({
    keyword: tokenColour('light', 'keyword'),
    text: rgb(String(codeThemes.light.plain.color)),
    background: rgb(String(codeThemes.light.plain.backgroundColor)),
  });
  await switchToDark(page);
  expect(await colours(page)).toEqual({
    keyword: tokenColour('dark', 'keyword'),
    text: rgb(String(codeThemes.dark.plain.color)),
    background: rgb(String(codeThemes.dark.plain.backgroundColor)),
  });
});

test('a code block far down a long lesson keeps the server HTML until the reader nears it, then copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page, longLesson);
  const last = lastOpenBlock(page);
  await expect(last).toHaveAttribute('data-code-block', 'static');
  // Readable before it is live: the server already wrote the highlighted code.
  await expect(last.locator('pre .token').first()).toBeAttached();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveAttribute('data-code-block', 'live');
  await last.hover();
  await last.getByRole('button', { name: /copy/i }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(10);
  const lines = await last.locator('pre code .token-line').allTextContents();
  expect(copied.trim()).toBe(lines.join('\n').trim());
});

test('the keyboard reaching a block that is not yet live keeps its focus where it went', async ({ page }) => {
  await gotoHydrated(page, longLesson);
  const last = lastOpenBlock(page);
  await expect(last).toHaveAttribute('data-code-block', 'static');
  // Tab from the element just before the block, as a keyboard reader arrives there.
  await last.evaluate((block) => {
    const before = document.createElement('button');
    before.textContent = 'before';
    before.id = 'before-last-code-block';
    block.before(before);
  });
  await page.locator('#before-last-code-block').focus();
  await page.keyboard.press('Tab');
  await expect(last).toHaveAttribute('data-code-block', 'live');
  await expect(last.locator('pre')).toBeFocused();
});

test('code on a page opened by a link is highlighted in the browser, in the languages the site adds to Prism', async ({
  page,
}) => {
  await gotoHydrated(page, pages.landing);
  await page
    .locator('article')
    .getByRole('link', { name: /command line/i })
    .first()
    .click();
  await expect(page).toHaveURL(pages.coreModule);
  // Bash is one of the extra languages: without it, a block would hold only plain tokens.
  const bash = page.locator('article [data-code-block="live"] pre.language-bash').first();
  await expect(bash.locator('.token:not(.plain)').first()).toBeAttached();
  await expect(bash.locator('.token.function, .token.builtin').first()).toBeAttached();
});

test('the highlighter is not in the start-up script: a page without code never loads it, a page with code does', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  const bodies = (urls: string[]) => Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
  // "token-line" is the class the highlighter gives each line of code.
  const highlighterIn = (texts: string[]) => texts.some((text) => text.includes('token-line'));

  await gotoHydrated(page, '/pages/faq/');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => /\/main\.[0-9a-f]+\.js$/.test(url))).toBe(true);
  expect(highlighterIn(await bodies(scripts))).toBe(false);

  const before = scripts.length;
  await gotoHydrated(page, pages.coreModule);
  const block = page.locator('article [data-code-block]').first();
  await block.scrollIntoViewIfNeeded();
  await expect(block).toHaveAttribute('data-code-block', 'live');
  const later = scripts.slice(before);
  expect(later.some((url) => /\/code-highlighting\.[0-9a-f]+\.js$/.test(url))).toBe(true);
  expect(highlighterIn(await bodies(later))).toBe(true);
});

test('the start-up scripts ask the browser to compile them up front, the scripts loaded later do not', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  await gotoHydrated(page, pages.coreModule);
  await page.locator('article [data-code-block]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('article [data-code-block="live"]').first()).toBeAttached();
  const firstLine = async (url: string) => (await (await page.request.get(url)).text()).split('\n')[0];
  const startUp = scripts.filter((url) => /\/(main|runtime~main)\.[0-9a-f]+\.js$/.test(url));
  expect(startUp).toHaveLength(2);
  for (const url of startUp) expect(await firstLine(url), url).toBe('//# allFunctionsCalledOnLoad');
  const highlighter = scripts.filter((url) => /\/code-highlighting\.[0-9a-f]+\.js$/.test(url));
  expect(highlighter).toHaveLength(1);
  expect(await firstLine(highlighter[0])).not.toContain('allFunctionsCalledOnLoad');
});

test('far code blocks are sized from their line count: the page does not move when they are laid out', async ({
  page,
}) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await gotoHydrated(page, longLesson);
    const heights = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll<HTMLElement>('article .code-block-island pre')].filter(
        (pre) => !pre.closest('details'),
      );
      const skipped = blocks.filter((pre) => getComputedStyle(pre).contentVisibility === 'auto');
      const before = skipped.map((pre) => pre.getBoundingClientRect().height);
      // Laid out for real, as when the reader scrolls to them.
      skipped.forEach((pre) => (pre.style.contentVisibility = 'visible'));
      const after = skipped.map((pre) => pre.getBoundingClientRect().height);
      return { blocks: blocks.length, before, after };
    });
    expect(heights.blocks).toBeGreaterThan(10);
    expect(heights.before.length).toBe(heights.blocks);
    heights.before.forEach((height, index) => expect(Math.abs(height - heights.after[index])).toBeLessThanOrEqual(1));
  }
});

test('highlighted code is lean markup: no style on each line, plain text outside spans', async ({ page }) => {
  await gotoHydrated(page, longLesson);
  const article = page.locator('article');
  expect(await article.locator('pre .token-line').count()).toBeGreaterThan(500);
  expect(await article.locator('pre .token.keyword').count()).toBeGreaterThan(20);
  await expect(article.locator('pre .token-line[style], pre.prism-code[style]')).toHaveCount(0);
  // Empty lines keep the theme's inline-block span; every other plain token is bare text.
  await expect(article.locator('pre .token.plain:not([style])')).toHaveCount(0);
});
