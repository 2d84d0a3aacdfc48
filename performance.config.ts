import fs from 'node:fs';
import path from 'node:path';
import { courseIndex, readDocs } from './src/course/readCourse';

/**
 * The site's speed and size targets, in one place. `npm run bench` reports Lighthouse
 * against `lighthouseTargets`; the end-to-end budget test gates on `weightBudget`.
 */
export const lighthouseTargets = {
  performance: 95,
  lcpMs: 2000,
  /** Mobile total blocking time. */
  tbtMs: 200,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  desktopPerformance: 100,
};

/** Kilobytes (1,000 bytes) transferred with gzip from a cold cache, images included. */
export const weightBudget = {
  /**
   * Any measured page: its HTML, CSS, scripts and images. Files the theme prefetches at idle
   * time for the pages linked from this one are reported beside it but belong to those pages.
   */
  pageKb: 350,
  /** Everything search needs before it can answer: Pagefind's script, WebAssembly, metadata and index chunks. */
  searchIndexKb: 150,
  /** The progress tracker's own code (store, checkboxes, counts, sidebar marks), gzipped. */
  progressKb: 6,
};

/**
 * The pages both the benchmark and the budget measure: home, the first landing page and the
 * three heaviest module pages, by the size of their HTML, which grows with a page's code
 * blocks (every highlighted token is markup) and its words.
 */
export function measuredPages(buildDir: string): { name: string; route: string }[] {
  const sessions = courseIndex(readDocs('docs'));
  const modules = sessions.flatMap((session) => session.modules);
  const size = (route: string) => fs.statSync(path.join(buildDir, route, 'index.html')).size;
  const largest = [...modules].sort((a, b) => size(b.route) - size(a.route)).slice(0, 3);
  return [
    { name: 'home', route: '/' },
    { name: `landing ${sessions[0].route}`, route: sessions[0].route },
    ...largest.map((module) => ({ name: `module M${module.module}`, route: module.route })),
  ];
}
