import fs from 'node:fs';
import path from 'node:path';
import type { Schedule } from '../data/schedule';
import { loadDataModule } from './loadDataModule';

/**
 * One edition of the course, one January. The current edition lives in `docs/` and is
 * served at the site's root; each archived one is a Docusaurus docs version in
 * `versioned_docs/version-<year>/`, served under `/<year>/`.
 */
export interface Edition {
  /** The docs version's name: "current", or the archived edition's year. */
  version: string;
  year: number;
  /** "January 2027". */
  label: string;
  current: boolean;
  /** The edition's docs folder, relative to the site. */
  docsDir: string;
  /** Where its pages are served, relative to the base URL: "" or "/2026". */
  urlPrefix: string;
  schedule: Schedule;
}

export const currentDocsDir = 'docs';
export const versionsFile = 'versions.json';
export const archivedDocsDir = (year: string | number) => `versioned_docs/version-${year}`;
const scheduleFile = 'pages/schedule.ts';

function editionAt(siteDir: string, version: string, docsDir: string): Edition {
  const schedule = loadDataModule(path.join(siteDir, docsDir, scheduleFile), 'schedule') as Schedule;
  const current = version === 'current';
  return {
    version,
    year: schedule.edition,
    label: `January ${schedule.edition}`,
    current,
    docsDir,
    urlPrefix: current ? '' : `/${version}`,
    schedule,
  };
}

/** Every edition in this checkout, the current one first, then the archived ones, newest first. */
export function readEditions(siteDir: string): Edition[] {
  const listed = path.join(siteDir, versionsFile);
  const archived = fs.existsSync(listed) ? (JSON.parse(fs.readFileSync(listed, 'utf8')) as string[]) : [];
  return [
    editionAt(siteDir, 'current', currentDocsDir),
    ...archived.map((version) => editionAt(siteDir, version, archivedDocsDir(version))),
  ];
}

/**
 * The editions a build includes. Previews (`npm start`, `npm run build`) build the current
 * edition only, which is all a contributor changes; `COURSE_EDITIONS=all` (set by
 * `npm run build:all`, the tests and the deployment) builds every edition.
 */
export function editionsToBuild(editions: Edition[], setting = process.env.COURSE_EDITIONS ?? 'current'): Edition[] {
  if (setting === 'all') return editions;
  if (setting === 'current') return editions.filter((edition) => edition.current);
  throw new Error(`COURSE_EDITIONS is "${setting}"; it must be "current" or "all"`);
}
