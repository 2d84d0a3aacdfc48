import { expect, test } from './fixtures';

/**
 * Every sitemap route answers 200 with a unique title and one meta description. That each
 * of them also hydrates without a console error, failed or outside request is asserted
 * by the accessibility scan (a11y.spec.ts), which loads every one of them in a browser.
 */
test('every page in the sitemap answers 200 with a unique title and a description', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(paths.length).toBeGreaterThanOrEqual(10);
  const titles = new Map<string, string>();
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
    expect(title, `${path} has a title`).not.toBe('');
    expect(titles.get(title), `${path} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
    const descriptions = [...html.matchAll(/<meta[^>]+name="?description"?[^>]*>/g)];
    expect(descriptions, `${path} has one meta description`).toHaveLength(1);
    const description = /content="([^"]*)"/.exec(descriptions[0][0])?.[1] ?? '';
    expect(description.trim().length, `${path} has a meta description`).toBeGreaterThan(20);
  }
});
