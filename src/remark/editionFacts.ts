import type { Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Schedule } from '../data/schedule';
import { weekdayOf } from '../data/schedule';
import { closest, lessonError } from './errors';

export interface EditionFactsOptions {
  /** The schedule of the edition a page belongs to, by the page's path. */
  scheduleFor: (pagePath: string) => Schedule;
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const longDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${weekdayOf(date)} ${day} ${months[month - 1]} ${year}`;
};

/** The facts a page may name, so an archived edition's pages keep their own year and dates. */
const facts: Record<string, (schedule: Schedule) => string> = {
  year: (schedule) => String(schedule.edition),
  'first-day': (schedule) => longDate(schedule.days[0].date),
  'last-day': (schedule) => longDate(schedule.days[schedule.days.length - 1].date),
};

/**
 * Writes facts of the page's edition into its text: `:edition[year]` ("2027"),
 * `:edition[first-day]` ("Monday 4 January 2027") and `:edition[last-day]`, from the
 * edition's schedule (pages/schedule.ts), so that next year's edition is one file away.
 */
export const editionFacts: Plugin<[EditionFactsOptions], Root> = (options) => (tree, file) => {
  visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
    if (node.name !== 'edition') return;
    const key = toString(node).trim();
    const fact = facts[key];
    if (!fact) {
      const keys = Object.keys(facts);
      lessonError(
        file,
        node,
        `unknown edition fact ":edition[${key}]"`,
        `:edition[${closest(key, keys) ?? keys[0]}] (facts: ${keys.join(', ')})`,
      );
    }
    if (parent && index !== undefined) {
      parent.children[index] = { type: 'text', value: fact(options.scheduleFor(String(file.path))) } satisfies Text;
    }
  });
};
