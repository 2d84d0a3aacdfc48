import { expect, siteOrigin, test } from './fixtures';

test('every page in the sitemap loads and hydrates with a unique title and a description', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(paths.length).toBeGreaterThanOrEqual(10);
  const titles = new Map<string, string>();
  for (const path of paths) {
    const response = await page.goto(`${siteOrigin}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('data-has-hydrated', 'true');
    await expect(page.locator('#__docusaurus_skipToContent_fallback'), path).not.toBeEmpty();
    const title = await page.title();
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
    const descriptions = page.locator('meta[name="description"]');
    await expect(descriptions, `${path} has one meta description`).toHaveCount(1);
    const description = await descriptions.getAttribute('content');
    expect(description?.trim().length ?? 0, `${path} has a meta description`).toBeGreaterThan(20);
  }
});
