import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { courseIndex, readDocs } from '../course/readCourse';

export interface PrintSessionsOptions {
  /** The docs folder of the edition, relative to the site. */
  docsDir: string;
}

/** Where a session's printable document is served, from its landing page's route. */
export const printRoute = (sessionRoute: string) => `/print${sessionRoute}`;

/**
 * One printable page per session: its landing page and all its modules, in order, from
 * the same MDX files the lessons are built from. The pages are for printing and saving as
 * PDF; they stay out of the sitemap and the search index.
 */
export default function printSessionsPlugin(context: LoadContext, options: PrintSessionsOptions): Plugin {
  const docsDir = path.resolve(context.siteDir, options.docsDir);
  const aliased = (file: string) => `@site/${path.relative(context.siteDir, file).split(path.sep).join('/')}`;
  return {
    name: 'print-sessions',
    getPathsToWatch: () => [`${docsDir}/**/*.{md,mdx}`],
    async contentLoaded({ actions }) {
      const docs = readDocs(docsDir);
      const fileOf = (route: string) => docs.find((doc) => doc.route === route)!.absolutePath;
      for (const session of courseIndex(docs)) {
        actions.addRoute({
          path: `${context.baseUrl.replace(/\/$/, '')}${printRoute(session.route)}`,
          component: '@site/src/components/PrintSession/index.tsx',
          exact: true,
          modules: {
            lessons: [session.route, ...session.modules.map((module) => module.route)].map((route) => ({
              content: aliased(fileOf(route)),
            })),
          },
          props: { session: session.session, title: session.title, sessionRoute: session.route },
        });
      }
    },
  };
}
