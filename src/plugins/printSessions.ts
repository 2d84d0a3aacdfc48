import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Edition } from '../course/editions';
import { courseIndex, readDocs } from '../course/readCourse';
import { printRoute } from '../data/routes';

export interface PrintSessionsOptions {
  /** The editions the site is built with; each session of each gets its printable page. */
  editions: Edition[];
}

/**
 * One printable page per session: its landing page and all its modules, in order, from
 * the same MDX files the lessons are built from. The pages are for printing and saving as
 * PDF; they stay out of the sitemap and the search index.
 */
export default function printSessionsPlugin(context: LoadContext, options: PrintSessionsOptions): Plugin {
  const aliased = (file: string) => `@site/${path.relative(context.siteDir, file).split(path.sep).join('/')}`;
  return {
    name: 'print-sessions',
    getPathsToWatch: () => options.editions.map((e) => `${path.resolve(context.siteDir, e.docsDir)}/**/*.{md,mdx}`),
    async contentLoaded({ actions }) {
      for (const edition of options.editions) {
        const docs = readDocs(path.resolve(context.siteDir, edition.docsDir));
        const fileOf = (route: string) => docs.find((doc) => doc.route === route)!.absolutePath;
        for (const session of courseIndex(docs)) {
          actions.addRoute({
            path: `${context.baseUrl.replace(/\/$/, '')}${printRoute(session.route, edition.urlPrefix)}`,
            component: '@site/src/components/PrintSession/index.tsx',
            exact: true,
            modules: {
              lessons: [session.route, ...session.modules.map((module) => module.route)].map((route) => ({
                content: aliased(fileOf(route)),
              })),
            },
            props: {
              session: session.session,
              title: session.title,
              sessionRoute: `${edition.urlPrefix}${session.route}`,
            },
          });
        }
      }
    },
  };
}
