import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Edition } from '../course/editions';
import { courseIndex, readDocs, type SessionEntry } from '../course/readCourse';

export interface CourseIndexOptions {
  /** The editions the site is built with (src/course/editions.ts). */
  editions: Edition[];
}

export interface EditionIndex {
  /** The docs version: "current" or an archived edition's year. */
  version: string;
  /** The year of the January the edition runs in, which keys the students' progress. */
  edition: number;
  label: string;
  current: boolean;
  /** Where the edition's pages are served, relative to the base URL: "" or "/2026". */
  urlPrefix: string;
  sessions: SessionEntry[];
}

export interface CourseIndexData {
  editions: Record<string, EditionIndex>;
}

/** Routes of an archived edition sit under its prefix. */
function withPrefix(sessions: SessionEntry[], prefix: string): SessionEntry[] {
  if (!prefix) return sessions;
  return sessions.map((session) => ({
    ...session,
    route: `${prefix}${session.route}`,
    modules: session.modules.map((module) => ({ ...module, route: `${prefix}${module.route}` })),
  }));
}

/**
 * Reads every session's and module's front matter, edition by edition, at build time and
 * hands it to the pages (home cards, session cards, map, progress) as global data, so
 * nothing is typed twice.
 */
export default function courseIndexPlugin(context: LoadContext, options: CourseIndexOptions): Plugin<CourseIndexData> {
  return {
    name: 'course-index',
    getPathsToWatch: () => options.editions.map((e) => `${path.resolve(context.siteDir, e.docsDir)}/**/*.{md,mdx}`),
    loadContent: async () => ({
      editions: Object.fromEntries(
        options.editions.map((edition) => [
          edition.version,
          {
            version: edition.version,
            edition: edition.year,
            label: edition.label,
            current: edition.current,
            urlPrefix: edition.urlPrefix,
            sessions: withPrefix(
              courseIndex(readDocs(path.resolve(context.siteDir, edition.docsDir))),
              edition.urlPrefix,
            ),
          },
        ]),
      ),
    }),
    contentLoaded: async ({ content, actions }) => {
      actions.setGlobalData(content);
      // An archived edition's own front page, at its prefix, with its sessions.
      for (const edition of options.editions.filter((e) => !e.current)) {
        actions.addRoute({
          path: `${context.baseUrl.replace(/\/$/, '')}${edition.urlPrefix}/`,
          component: '@site/src/components/EditionHome/index.tsx',
          exact: true,
          props: { version: edition.version },
        });
      }
    },
  };
}
