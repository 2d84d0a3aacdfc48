import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { schedule } from '../../docs/pages/schedule';
import { checkContent, formatProblem } from '../../src/course/checkContent';
import { weekdayOf, weeksOf } from '../../src/data/schedule';

const landing = [
  '---',
  'title: Development environment',
  'session: 1',
  'description: The tools every later session builds on, set up once.',
  '---',
  '',
  'Intro.',
  '',
].join('\n');

const page = (title: string, extra = '', body = 'Some text.\n') =>
  ['---', `title: ${title}`, 'description: A course page with a sentence of description.', extra, '---', '', body]
    .filter((line) => line !== '')
    .join('\n');

/** A schedule module with the given days, written as a contributor would. */
const scheduleSource = (days: string[]) =>
  [
    "import type { Schedule } from '../../src/data/schedule';",
    '',
    'export const schedule = {',
    '  edition: 2027,',
    "  startTime: '09:00',",
    '  days: [',
    ...days.map((day) => `    ${day},`),
    '  ],',
    '} satisfies Schedule;',
    '',
  ].join('\n');

const day = (date: string, weekday: string, link = '{ session: 1 }', kind = 'exercise') =>
  `{ date: '${date}', weekday: '${weekday}', kind: '${kind}', frameworks: [], link: ${link} }`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function check(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'));
  dirs.push(dir);
  const all = {
    's1_development_environment/index.mdx': landing,
    'pages/projects.mdx': page('Projects'),
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return checkContent(dir).map(formatProblem);
}

describe('course pages in docs/pages/', () => {
  it('pass with a title and a description only, and need no module sections', () => {
    expect(check({ 'pages/faq.mdx': page('Frequently asked questions', '', '## When?\n\nIn January.\n') })).toEqual([]);
  });

  it('reject module keys, saying a course page is not part of a session', () => {
    expect(check({ 'pages/faq.mdx': page('FAQ', 'module: 3') })).toEqual([
      'pages/faq.mdx:4: unknown front matter key "module" (a page in docs/pages/ is a course page, not part of a session)\n  Write instead: only title, description: remove "module"',
    ]);
  });

  it('name a missing description with an example', () => {
    expect(check({ 'pages/faq.mdx': '---\ntitle: FAQ\n---\n\nText.\n' })).toEqual([
      'pages/faq.mdx:1: front matter is missing "description"\n  Write instead: description: One sentence for search results, cards and social previews.',
    ]);
  });

  it('are checked for directives and links like lessons', () => {
    const [problem] = check({ 'pages/projects.mdx': page('Projects', '', ':::checklist\n- [ ] Do it.\n:::\n') });
    expect(problem).toBe(
      'pages/projects.mdx:5: a checklist needs an id\n  Write instead: :::checklist{id=week1} (the browser remembers the ticks under this id; keep it once chosen)',
    );
  });
});

describe('the schedule check', () => {
  const good = [day('2027-01-04', 'Monday'), day('2027-01-05', 'Tuesday', "{ page: '/pages/projects/' }", 'project')];

  it('passes a schedule of weekdays that link to a session and an existing page', () => {
    expect(check({ 'pages/schedule.ts': scheduleSource(good) })).toEqual([]);
  });

  it('rejects a weekend date, naming the day and the weekdays around it', () => {
    expect(check({ 'pages/schedule.ts': scheduleSource([...good, day('2027-01-09', 'Saturday')]) })).toEqual([
      'pages/schedule.ts:9: the day 2027-01-09: falls on a Saturday; course days are Monday to Friday\n  Write instead: the date of a weekday, e.g. 2027-01-08 (Friday) or 2027-01-11 (Monday)',
    ]);
  });

  it('rejects a weekday name that does not match the date', () => {
    expect(check({ 'pages/schedule.ts': scheduleSource([day('2027-01-04', 'Tuesday')]) })).toEqual([
      'pages/schedule.ts:7: the day 2027-01-04: is a Monday, but "weekday" says "Tuesday"\n  Write instead: weekday: \'Monday\'',
    ]);
  });

  it('rejects a date that repeats, pointing to the first one', () => {
    expect(check({ 'pages/schedule.ts': scheduleSource([...good, day('2027-01-04', 'Monday')]) })).toEqual([
      'pages/schedule.ts:9: the day 2027-01-04: appears twice (first on line 7)\n  Write instead: each course day once; remove one of the two, or correct its date',
    ]);
  });

  it('rejects a link to a session the course does not have', () => {
    const [problem] = check({ 'pages/schedule.ts': scheduleSource([day('2027-01-04', 'Monday', '{ session: 12 }')]) });
    expect(problem).toBe(
      'pages/schedule.ts:7: the day 2027-01-04: links to session 12, which the course does not have\n  Write instead: link: { session: 3 } (sessions 1 to 10)',
    );
  });

  it('rejects a link to a page that does not exist, listing the pages that do', () => {
    const [problem] = check({
      'pages/schedule.ts': scheduleSource([day('2027-01-04', 'Monday', "{ page: '/pages/project/' }", 'project')]),
    });
    expect(problem).toBe(
      'pages/schedule.ts:7: the day 2027-01-04: links to the page "/pages/project/", which does not exist\n  Write instead: link: { page: \'/pages/projects/\' } (pages: /pages/projects/)',
    );
  });

  it('rejects a malformed date and days out of order', () => {
    const problems = check({
      'pages/schedule.ts': scheduleSource([
        day('2027-01-05', 'Tuesday'),
        day('2027-01-04', 'Monday'),
        day('4/1/2027', 'Monday'),
      ]),
    });
    expect(problems).toEqual([
      'pages/schedule.ts:8: the day 2027-01-04: comes after 2027-01-05\n  Write instead: the days in date order',
      'pages/schedule.ts:9: the day 4/1/2027: "date" is not a date of the form YYYY-MM-DD\n  Write instead: date: \'2027-01-04\'',
    ]);
  });

  it('reports a schedule that imports code at run time', () => {
    const source = `import { helper } from './helper';\n${scheduleSource(good)}\nhelper();\n`;
    const [problem] = check({ 'pages/schedule.ts': source });
    expect(problem).toMatch(/^pages\/schedule\.ts:1: the schedule cannot be read: it imports "\.\/helper" at run time/);
  });
});

describe('the January 2027 schedule', () => {
  it('runs Monday 4 to Friday 22 January in three weeks shaped as the outline says', () => {
    const weeks = weeksOf(schedule.days);
    expect(weeks.map((week) => week.map((d) => (d.kind === 'exercise' ? 'E' : 'P')).join(' '))).toEqual([
      'E E E E P',
      'E E E P P',
      'E E P P P',
    ]);
    expect(schedule.days[0].date).toBe('2027-01-04');
    expect(schedule.days.at(-1)?.date).toBe('2027-01-22');
    for (const d of schedule.days) expect(weekdayOf(d.date)).toBe(d.weekday);
  });

  it('teaches sessions 1 to 9 in order on the exercise days', () => {
    const sessions = schedule.days.flatMap((d) => ('session' in d.link ? [d.link.session] : []));
    expect(sessions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
