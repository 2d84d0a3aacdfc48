import fs from 'node:fs';
import path from 'node:path';
import { courseIndex, readDocs } from '../../src/course/readCourse';
import { expect, test } from './fixtures';

/** The previous site's addresses; links to them live on in student repositories and messages. */
const legacyPaths = fs
  .readFileSync(path.join(__dirname, '..', 'legacy-paths.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

/** The heading each page must show, from the same front matter the site is built from. */
const expectedHeadings = new Map<string, string>([['/', 'Machine Learning Operations']]);
for (const doc of readDocs('docs')) {
  if (typeof doc.frontMatter.title === 'string') expectedHeadings.set(doc.route, doc.frontMatter.title);
}

test('the legacy list is the course list and covers every page the sessions have', () => {
  expect(legacyPaths).toContain('/s2_organisation_and_version_control/dvc/');
  for (const session of courseIndex(readDocs('docs'))) {
    expect(legacyPaths).toContain(session.route);
    for (const module of session.modules) expect(legacyPaths).toContain(module.route);
  }
});

test('every address of the previous site has a page here', () => {
  expect(legacyPaths.filter((legacyPath) => !expectedHeadings.has(legacyPath))).toEqual([]);
});

/** The old addresses by their first path segment (a session, or the site's root), one test each. */
const bySection = new Map<string, string[]>();
for (const legacyPath of legacyPaths) {
  const section = legacyPath.split('/')[1] || '/';
  bySection.set(section, [...(bySection.get(section) ?? []), legacyPath]);
}

test.describe('old addresses', () => {
  // The server's answer and HTML are what this checks; every page's hydration is checked by
  // the accessibility scan, so here the browser reads the HTML without running the scripts.
  test.use({ javaScriptEnabled: false });

  for (const [section, paths] of bySection) {
    test(`every old address under ${section}, with or without its trailing slash, lands on its page`, async ({
      page,
    }) => {
      for (const legacyPath of paths) {
        const heading = expectedHeadings.get(legacyPath) ?? '(no page)';
        for (const variant of new Set([legacyPath, legacyPath.replace(/(.)\/$/, '$1')])) {
          const response = await page.goto(variant);
          expect.soft(response?.status(), `${variant} answers`).toBe(200);
          expect.soft(new URL(page.url()).pathname, `${variant} lands on its page's address`).toBe(legacyPath);
          await expect.soft(page.locator('h1').first(), `${variant} shows "${heading}"`).toHaveText(heading);
        }
      }
    });
  }
});
