/**
 * The shape of an edition's time plan. The days themselves live with the docs
 * (`docs/pages/schedule.ts`), so that an archived edition keeps its own copy; the time
 * plan page, the calendar download and the content check all read that one list.
 */

export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export type Weekday = (typeof weekdays)[number];

/** Exercise days teach a session; project days are for group work. */
export type DayKind = 'exercise' | 'project';

/** Where a day's row links: a session by its number, or a docs page by its route. */
export type DayLink = { session: number } | { page: string };

export interface CourseDay {
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  kind: DayKind;
  /** The topic of the morning lecture; left out on days without one. */
  lecture?: string;
  /** The frameworks and tools the day works with. */
  frameworks: readonly string[];
  link: DayLink;
}

export interface Schedule {
  /** The year of the January the edition runs in; names the calendar file. */
  edition: number;
  /** When exercise days and lectures begin, local time in Copenhagen. */
  startTime: string;
  days: readonly CourseDay[];
}

/** A day with its link resolved against the docs, as the time plan and the calendar use it. */
export interface ResolvedDay extends CourseDay {
  /** The link's text, e.g. "S1 · Development environment" or "Projects". */
  linkLabel: string;
  /** The docs route the row links to; absent for a session whose pages are not published yet. */
  href?: string;
}

export const weekdayNames = ['Sunday', ...weekdays, 'Saturday'] as const;

/** The weekday of an ISO date, independent of the reader's time zone; undefined for a malformed date. */
export function weekdayOf(date: string): (typeof weekdayNames)[number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return weekdayNames[utc.getUTCDay()];
}

/** An ISO date moved by a number of days. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The Monday of the week an ISO date falls in. */
export function mondayOf(date: string): string {
  const index = weekdayNames.indexOf(weekdayOf(date) ?? 'Monday');
  return addDays(date, -((index + 6) % 7));
}

/** The days grouped into calendar weeks, in date order: week 1 is the first week with a course day. */
export function weeksOf<Day extends CourseDay>(days: readonly Day[]): Day[][] {
  const weeks = new Map<string, Day[]>();
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const monday = mondayOf(day.date);
    weeks.set(monday, [...(weeks.get(monday) ?? []), day]);
  }
  return [...weeks.values()];
}

/** Today's date in Copenhagen, where the course runs, as an ISO date. */
export function copenhagenDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
