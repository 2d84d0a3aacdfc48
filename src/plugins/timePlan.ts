import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { courseIndex, readDocs, type DocFile } from '../course/readCourse';
import { course } from '../data/course';
import { sessionLabel } from '../data/labels';
import type { CourseDay, ResolvedDay, Schedule } from '../data/schedule';
import { calendarFileName, toICalendar } from './icalendar';

export interface TimePlanOptions {
  /** The docs folder of the edition, relative to the site. */
  docsDir: string;
  /** The edition's days (`docs/pages/schedule.ts`). */
  schedule: Schedule;
  /** The docs route of the time plan page; the calendar file is served beside it. */
  timePlanRoute: string;
}

export interface TimePlanData {
  edition: number;
  startTime: string;
  days: ResolvedDay[];
  /** Where the calendar file is served, relative to the site's base URL. */
  calendarPath: string;
}

/** Resolves each day's link against the docs: a session's landing page, or a page by its route. */
export function resolveDays(days: readonly CourseDay[], docs: DocFile[]): ResolvedDay[] {
  const sessions = courseIndex(docs);
  return days.map((day) => {
    if ('session' in day.link) {
      const number = day.link.session;
      const session = sessions.find((s) => s.session === number);
      return session
        ? { ...day, linkLabel: sessionLabel(number, session.title), href: session.route }
        : { ...day, linkLabel: `S${number}` };
    }
    const route = day.link.page;
    const doc = docs.find((d) => d.route === route);
    if (!doc || typeof doc.frontMatter.title !== 'string') {
      throw new Error(`The time plan's ${day.date} links to "${route}", which is no page; run npm run check:content.`);
    }
    return { ...day, linkLabel: doc.frontMatter.title, href: route };
  });
}

/**
 * Hands the edition's time plan to the time plan page as global data, and writes the
 * same days as an iCalendar file into the build, beside the time plan page.
 */
export default function timePlanPlugin(context: LoadContext, options: TimePlanOptions): Plugin<TimePlanData> {
  const docsDir = path.resolve(context.siteDir, options.docsDir);
  const calendarPath = `${options.timePlanRoute.replace(/^\/|\/$/g, '')}/${calendarFileName(options.schedule.edition)}`;
  return {
    name: 'time-plan',
    getPathsToWatch: () => [`${docsDir}/**/*.{md,mdx}`],
    loadContent: async () => ({
      edition: options.schedule.edition,
      startTime: options.schedule.startTime,
      days: resolveDays(options.schedule.days, readDocs(docsDir)),
      calendarPath,
    }),
    contentLoaded: async ({ content, actions }) => {
      actions.setGlobalData(content);
    },
    postBuild: async ({ content, outDir, siteConfig }) => {
      const siteUrl = new URL(context.baseUrl, siteConfig.url).toString();
      const calendar = toICalendar(
        { ...options.schedule, days: content.days },
        {
          siteUrl,
          timePlanRoute: options.timePlanRoute,
          uidDomain: new URL(siteConfig.url).hostname,
          generatedAt: new Date(),
          courseCode: course.code,
          courseName: course.name,
        },
      );
      const target = path.join(outDir, calendarPath);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, calendar, 'utf8');
    },
  };
}
