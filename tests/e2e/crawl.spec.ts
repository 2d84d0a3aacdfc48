import fs from 'node:fs';
import path from 'node:path';
import { readEditions } from '../../src/course/editions';
import { expect, test } from './fixtures';

const buildDir = path.resolve('build');
const editions = readEditions(path.resolve('.'));
const archivedPrefixes = editions.filter((e) => !e.current).map((e) => `${e.urlPrefix}/`);

/** Every page the build wrote, of every edition (the sitemap lists the current edition only). */
function builtPages(dir = buildDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['assets', 'pagefind', '__server'].includes(entry.name) ? [] : builtPages(full);
    if (entry.name !== 'index.html') return [];
    return [`/${path.relative(buildDir, path.dirname(full)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/')];
  });
}

test('every page of every edition answers 200 with a title unique in its edition and a description', async ({
  request,
}) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThanOrEqual(20);
  for (const prefix of archivedPrefixes) {
    expect(pages.filter((p) => p.startsWith(prefix)).length, `pages of the edition at ${prefix}`).toBeGreaterThan(10);
  }
  const titles = new Map<string, string>();
  for (const page of pages) {
    const response = await request.get(page);
    expect(response.status(), page).toBe(200);
    const html = await response.text();
    const edition = archivedPrefixes.find((prefix) => page.startsWith(prefix)) ?? '/';
    const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
    expect(title, `${page} has a title`).not.toBe('');
    const key = `${edition} ${title}`;
    expect(titles.get(key), `${page} has the same title as ${titles.get(key)}`).toBeUndefined();
    titles.set(key, page);
    const descriptions = [...html.matchAll(/<meta[^>]+name="?description"?[^>]*>/g)];
    expect(descriptions, `${page} has one meta description`).toHaveLength(1);
    const description = /content="([^"]*)"/.exec(descriptions[0][0])?.[1] ?? '';
    expect(description.trim().length, `${page} has a meta description`).toBeGreaterThan(20);
    // Search engines are sent to the current edition: archived pages and print views say noindex.
    const noindex = /<meta[^>]+name="?robots"?[^>]+noindex/.test(html);
    expect(noindex, `${page} ${noindex ? 'says' : 'does not say'} noindex`).toBe(
      edition !== '/' || page.startsWith('/print/'),
    );
  }
});

test('the sitemap lists the current edition only', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(paths.length).toBeGreaterThanOrEqual(10);
  expect(
    paths.filter((p) => archivedPrefixes.some((prefix) => p.startsWith(prefix)) || p.startsWith('/print/')),
  ).toEqual([]);
});
