import { addDays, type ResolvedDay, type Schedule } from '../data/schedule';

export interface CalendarOptions {
  /** The site's absolute address including its base URL, e.g. `https://example.org/dtu_mlops/`. */
  siteUrl: string;
  /** The docs route of the time plan, where days without a page of their own link. */
  timePlanRoute: string;
  /** Host name that makes the event UIDs globally unique. */
  uidDomain: string;
  /** When the file was generated (DTSTAMP). */
  generatedAt: Date;
  courseCode: string;
  courseName: string;
}

const crlf = '\r\n';

/** Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545, 3.1): the
 * continuation lines start with one space, and a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${crlf} `);
}

const compactDate = (date: string) => date.replace(/-/g, '');
const utcStamp = (date: Date) => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

function summaryOf(day: ResolvedDay, courseCode: string): string {
  if (day.kind === 'project') return `MLOps ${courseCode}: project day${day.lecture ? ` (${day.lecture})` : ''}`;
  return `MLOps ${courseCode}: ${day.linkLabel}`;
}

function descriptionOf(day: ResolvedDay, schedule: Schedule): string {
  const lines = [
    day.kind === 'exercise'
      ? `Exercise day. Lecture at ${schedule.startTime}: ${day.lecture ?? day.linkLabel}, then exercises.`
      : `Project day: group work on your project.${day.lecture ? ` Lecture at ${schedule.startTime}: ${day.lecture}.` : ''}`,
  ];
  if (day.frameworks.length > 0) lines.push(`Frameworks: ${day.frameworks.join(', ')}.`);
  return lines.join('\n');
}

/**
 * The schedule as an iCalendar file (RFC 5545): one all-day event per course day, with
 * a stable UID, so importing the file again updates the events instead of doubling them.
 */
export function toICalendar(schedule: Schedule & { days: readonly ResolvedDay[] }, options: CalendarOptions): string {
  const siteUrl = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  const absolute = (route: string) => new URL(route.replace(/^\//, ''), siteUrl).toString();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//DTU ${options.courseCode}//${escapeText(options.courseName)} ${schedule.edition}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${options.courseName} ${schedule.edition}`)}`,
    'X-WR-TIMEZONE:Europe/Copenhagen',
  ];
  for (const day of schedule.days) {
    const url = absolute(day.href ?? options.timePlanRoute);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compactDate(day.date)}-mlops-${options.courseCode}@${options.uidDomain}`,
      `DTSTAMP:${utcStamp(options.generatedAt)}`,
      `DTSTART;VALUE=DATE:${compactDate(day.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(day.date, 1))}`,
      `SUMMARY:${escapeText(summaryOf(day, options.courseCode))}`,
      `DESCRIPTION:${escapeText(`${descriptionOf(day, schedule)}\n${url}`)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(crlf) + crlf;
}

/** The calendar file's name for an edition; part of a stable public address. */
export const calendarFileName = (edition: number): string => `mlops-${edition}.ics`;
