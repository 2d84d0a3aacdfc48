import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { weeksOf, type ResolvedDay } from '../data/schedule';
import { lessonError } from './errors';

/** What a page's time plan blocks show: the edition's days, its start time and its calendar file. */
export interface TimePlanFacts {
  edition: number;
  startTime: string;
  days: ResolvedDay[];
  /** Where the calendar file is served, relative to the site's base URL. */
  calendarPath: string;
}

export interface TimePlanDataOptions {
  /** The time plan of the edition a page belongs to, by the page's path. */
  planFor: (pagePath: string) => TimePlanFacts;
}

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

/**
 * Gives the time plan blocks (`::timeplan{week=1}`, `::add-to-calendar`) their edition's
 * days when the page is built, so only the time plan page carries them, not every page.
 * Runs after the lesson directives, which turn the blocks into these components.
 */
export const timePlanData: Plugin<[TimePlanDataOptions], Root> = (options) => (tree, file) => {
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'TimePlanWeek' && node.name !== 'CalendarDownload') return;
    const plan = options.planFor(String(file.path));
    if (node.name === 'CalendarDownload') {
      node.attributes.push(
        attribute('href', `/${plan.calendarPath}`),
        attribute('edition', String(plan.edition)),
        attribute('count', String(plan.days.length)),
      );
      return;
    }
    const week = Number(node.attributes.find((a) => 'name' in a && a.name === 'week')?.value);
    const weeks = weeksOf(plan.days);
    if (!weeks[week - 1]) {
      lessonError(
        file,
        node,
        `the schedule has no week ${week}`,
        `::timeplan{week=N} with N from 1 to ${weeks.length}`,
      );
    }
    node.attributes.push(attribute('days', JSON.stringify(weeks[week - 1])), attribute('startTime', plan.startTime));
  });
};
