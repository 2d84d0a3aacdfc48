import fs from 'node:fs';
import path from 'node:path';
import { courseIndex, readDocs } from '../../src/course/readCourse';
import { expect, gotoHydrated, test } from './fixtures';

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

for (const legacyPath of legacyPaths) {
  const heading = expectedHeadings.get(legacyPath) ?? '(no page)';
  for (const variant of new Set([legacyPath, legacyPath.replace(/(.)\/$/, '$1')])) {
    test(`${variant} lands on "${heading}"`, async ({ page }) => {
      const response = await gotoHydrated(page, variant);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(legacyPath);
      await expect(page.locator('h1').first()).toHaveText(heading);
    });
  }
}
