import fs from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { courseIndex, readDocs, type DocFile } from '../course/readCourse';
import { course } from '../data/course';
import { sessionLabel } from '../data/labels';
import type { Edition } from '../course/editions';
import type { CourseDay, ResolvedDay } from '../data/schedule';
import type { TimePlanFacts } from '../remark/timePlanData';
import { calendarFileName, toICalendar } from './icalendar';

export interface TimePlanOptions {
  /** The editions the site is built with; each has its own days (`pages/schedule.ts`). */
  editions: Edition[];
  /** The docs route of the time plan page in an edition; the calendar file is served beside it. */
  timePlanRoute: string;
}

/** Each edition's time plan, by docs version ("current" or the year). */
export interface TimePlansData {
  editions: Record<string, TimePlanFacts>;
}

/** Resolves each day's link against the docs: a session's landing page, or a page by its route. */
export function resolveDays(days: readonly CourseDay[], docs: DocFile[], urlPrefix = ''): ResolvedDay[] {
  const sessions = courseIndex(docs);
  return days.map((day) => {
    if ('session' in day.link) {
      const number = day.link.session;
      const session = sessions.find((s) => s.session === number);
      return session
        ? { ...day, linkLabel: sessionLabel(number, session.title), href: `${urlPrefix}${session.route}` }
        : { ...day, linkLabel: `S${number}` };
    }
    const route = day.link.page;
    const doc = docs.find((d) => d.route === route);
    if (!doc || typeof doc.frontMatter.title !== 'string') {
      throw new Error(`The time plan's ${day.date} links to "${route}", which is no page; run npm run check:content.`);
    }
    return { ...day, linkLabel: doc.frontMatter.title, href: `${urlPrefix}${route}` };
  });
}

/** An edition's time plan as its time plan page shows it (src/remark/timePlanData.ts). */
export function timePlanOf(siteDir: string, edition: Edition, timePlanRoute: string): TimePlanFacts {
  return {
    edition: edition.year,
    startTime: edition.schedule.startTime,
    days: resolveDays(edition.schedule.days, readDocs(path.resolve(siteDir, edition.docsDir)), edition.urlPrefix),
    calendarPath: calendarPathOf(edition, timePlanRoute),
  };
}

const calendarPathOf = (edition: Edition, timePlanRoute: string) =>
  `${edition.urlPrefix}${timePlanRoute}`.replace(/^\/|\/$/g, '') + `/${calendarFileName(edition.year)}`;

/** Writes each edition's days as an iCalendar file into the build, beside its time plan page. */
export default function timePlanPlugin(context: LoadContext, options: TimePlanOptions): Plugin<TimePlansData> {
  return {
    name: 'time-plan',
    getPathsToWatch: () => options.editions.map((e) => `${path.resolve(context.siteDir, e.docsDir)}/**/*.{md,mdx}`),
    loadContent: async () => ({
      editions: Object.fromEntries(
        options.editions.map((edition) => [
          edition.version,
          timePlanOf(context.siteDir, edition, options.timePlanRoute),
        ]),
      ),
    }),
    postBuild: async ({ content, outDir, siteConfig }) => {
      const siteUrl = new URL(context.baseUrl, siteConfig.url).toString();
      for (const edition of options.editions) {
        const plan = content.editions[edition.version];
        const calendar = toICalendar(
          { ...edition.schedule, days: plan.days },
          {
            siteUrl,
            timePlanRoute: `${edition.urlPrefix}${options.timePlanRoute}`,
            uidDomain: new URL(siteConfig.url).hostname,
            generatedAt: new Date(),
            courseCode: course.code,
            courseName: course.name,
          },
        );
        const target = path.join(outDir, plan.calendarPath);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, calendar, 'utf8');
      }
    },
  };
}
