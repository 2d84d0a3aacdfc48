// cspell:ignore yaer
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../data/schedule';
import { editionFacts } from './editionFacts';

const schedule = {
  edition: 2026,
  startTime: '09:00',
  days: [
    { date: '2026-01-05', weekday: 'Monday', kind: 'exercise', frameworks: [], link: { session: 1 } },
    { date: '2026-01-23', weekday: 'Friday', kind: 'project', frameworks: [], link: { page: '/pages/projects/' } },
  ],
} satisfies Schedule;

const render = (markdown: string) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(editionFacts, { scheduleFor: () => schedule });
  const file = new VFile({ path: 'faq.mdx', value: markdown });
  return toString(processor.runSync(processor.parse(file), file));
};

describe('facts of the edition in a page', () => {
  it("writes the page's edition year and its first and last day", () => {
    expect(render('The :edition[year] run starts on :edition[first-day] and ends on :edition[last-day].')).toBe(
      'The 2026 run starts on Monday 5 January 2026 and ends on Friday 23 January 2026.',
    );
  });

  it('names an unknown fact with the closest known one', () => {
    expect(() => render('In :edition[yaer].')).toThrow(
      /unknown edition fact ":edition\[yaer\]"\n {2}Write instead: :edition\[year\]/,
    );
  });
});
