import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { ResolvedDay } from '../data/schedule';
import { lessonDirectives } from './lessonDirectives';
import { attributesOf } from './testing';
import { timePlanData, type TimePlanFacts } from './timePlanData';

const day = (date: string, weekday: ResolvedDay['weekday'], session: number): ResolvedDay => ({
  date,
  weekday,
  kind: 'exercise',
  frameworks: [],
  link: { session },
  linkLabel: `S${session}`,
  href: `/s${session}/`,
});

const plan: TimePlanFacts = {
  edition: 2027,
  startTime: '09:00',
  days: [day('2027-01-04', 'Monday', 1), day('2027-01-05', 'Tuesday', 2), day('2027-01-11', 'Monday', 3)],
  calendarPath: 'mlops-2027.ics',
};

const transform = (markdown: string, pages: string[] = []) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDirective)
    .use(lessonDirectives)
    .use(timePlanData, {
      planFor: (pagePath) => {
        pages.push(pagePath);
        return plan;
      },
    });
  const file = new VFile({ path: path.join('docs', 'pages', 'time_plan.mdx'), value: markdown });
  return processor.runSync(processor.parse(file), file);
};

describe('time plan data in the page', () => {
  it("gives a week block that week's days of the page's edition and the start time", () => {
    const pages: string[] = [];
    const [second] = attributesOf(transform('::timeplan{week=2}', pages), 'TimePlanWeek');
    expect(JSON.parse(String(second.days))).toEqual([plan.days[2]]);
    expect(second.startTime).toBe('09:00');
    expect(pages).toEqual([path.join('docs', 'pages', 'time_plan.mdx')]);
  });

  it("links the calendar download to the edition's file with its number of days", () => {
    const [download] = attributesOf(transform('::add-to-calendar'), 'CalendarDownload');
    expect(download).toMatchObject({ href: '/mlops-2027.ics', edition: '2027', count: '3' });
  });

  it('names the weeks there are when a page asks for one past the end', () => {
    expect(() => transform('::timeplan{week=3}')).toThrow(/the schedule has no week 3[\s\S]*N from 1 to 2/);
  });

  it('leaves pages without time plan blocks alone', () => {
    const pages: string[] = [];
    transform('Just a paragraph.', pages);
    expect(pages).toEqual([]);
  });
});
