import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadSchedule, scheduleFile } from '../course/checkContent';
import { courseIndex, readDocs, type SessionEntry } from '../course/readCourse';

export interface CourseIndexOptions {
  /** The docs folder of the edition the site presents, relative to the site. */
  docsDir: string;
}

export interface CourseIndexData {
  /** The year of the January this edition runs in, which keys the students' progress. */
  edition: number;
  sessions: SessionEntry[];
}

/**
 * Reads every session's and module's front matter at build time and hands it to the
 * pages (home cards, session cards) as global data, so nothing is typed twice.
 */
export default function courseIndexPlugin(context: LoadContext, options: CourseIndexOptions): Plugin<CourseIndexData> {
  const docsDir = path.resolve(context.siteDir, options.docsDir);
  return {
    name: 'course-index',
    getPathsToWatch: () => [`${docsDir}/**/*.{md,mdx}`],
    loadContent: async () => ({
      edition: (loadSchedule(path.join(docsDir, scheduleFile)) as { edition: number }).edition,
      sessions: courseIndex(readDocs(docsDir)),
    }),
    contentLoaded: async ({ content, actions }) => {
      actions.setGlobalData(content);
    },
  };
}
