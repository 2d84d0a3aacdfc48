import fs from 'node:fs';
import path from 'node:path';
import { expect, gotoHydrated, pages, test } from './fixtures';

test('a code block from a file shows the file exactly, and its download link serves the same bytes', async ({
  page,
  request,
}) => {
  await gotoHydrated(page, pages.coreModule);
  const block = page.locator('[data-code-file]').filter({ hasNotText: '(whole file)' }).first();
  const href = await block.getAttribute('data-code-file');
  expect(href).toMatch(/^\/s1_development_environment\/exercise_files\//);
  const onDisk = fs.readFileSync(path.join('docs', href!), 'utf8');

  await expect(block.locator('.theme-code-block [class*="codeBlockTitle"]')).toHaveText(path.basename(href!));
  const shown = await block
    .locator('pre code')
    .evaluate((code) => Array.from(code.querySelectorAll('.token-line'), (line) => line.textContent ?? '').join('\n'));
  expect(shown).toBe(onDisk.replace(/\n$/, ''));

  const link = block.locator('a[download]');
  await expect(link).toHaveText(`Download ${path.basename(href!)}`);
  await expect(link).toHaveAttribute('download', path.basename(href!));
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(Buffer.compare(await response.body(), fs.readFileSync(path.join('docs', href!)))).toBe(0);
});

test('a block that shows a line range links to the whole file', async ({ page, request }) => {
  await gotoHydrated(page, pages.coreModule);
  const block = page.locator('[data-code-file]').filter({ hasText: '(whole file)' }).first();
  const href = (await block.getAttribute('data-code-file'))!;
  const whole = fs.readFileSync(path.join('docs', href));
  const response = await request.get((await block.locator('a[download]').getAttribute('href'))!);
  expect(Buffer.compare(await response.body(), whole)).toBe(0);
  const shownLines = await block.locator('pre code .token-line').count();
  expect(shownLines).toBeLessThan(whole.toString().split('\n').length - 1);
});
