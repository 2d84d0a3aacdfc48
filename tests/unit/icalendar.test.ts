import { describe, expect, it } from 'vitest';
import { schedule } from '../../docs/pages/schedule';
import { readDocs } from '../../src/course/readCourse';
import { escapeText, foldLine, toICalendar } from '../../src/plugins/icalendar';
import { resolveDays } from '../../src/plugins/timePlan';
import { readICalendar, textOf, type CalendarComponent } from './icalendarReader';

const generatedAt = new Date('2026-12-01T08:30:00Z');
const calendar = toICalendar(
  { ...schedule, days: resolveDays(schedule.days, readDocs('docs')) },
  {
    siteUrl: 'https://example.org/dtu_mlops/',
    timePlanRoute: '/pages/timeplan/',
    uidDomain: 'example.org',
    generatedAt,
    courseCode: '02476',
    courseName: 'Machine Learning Operations',
  },
);

const property = (component: CalendarComponent, name: string) => component.properties.find((p) => p.name === name);

describe('the course calendar file', () => {
  const components = readICalendar(calendar);
  const events = components.filter((c) => c.name === 'VEVENT');
  const vcalendar = components.find((c) => c.name === 'VCALENDAR')!;

  it('is one VCALENDAR with version 2.0 and a product id', () => {
    expect(components.filter((c) => c.name === 'VCALENDAR')).toHaveLength(1);
    expect(property(vcalendar, 'VERSION')?.value).toBe('2.0');
    expect(property(vcalendar, 'PRODID')?.value).toMatch(/^-\/\/DTU 02476\/\//);
  });

  it('has one all-day event on every day of the schedule, and no others', () => {
    const starts = events.map((event) => property(event, 'DTSTART'));
    expect(starts.map((start) => start?.params)).toEqual(events.map(() => ';VALUE=DATE'));
    expect(starts.map((start) => start?.value)).toEqual(schedule.days.map((day) => day.date.replace(/-/g, '')));
    expect(events).toHaveLength(15);
  });

  it('ends each event the next day, which all-day events need', () => {
    const ends = events.map((event) => property(event, 'DTEND')?.value);
    expect(ends[0]).toBe('20270105');
    expect(ends[4]).toBe('20270109');
  });

  it('gives every event the required unique UID and a UTC DTSTAMP', () => {
    const uids = events.map((event) => property(event, 'UID')?.value);
    expect(new Set(uids).size).toBe(events.length);
    expect(uids[0]).toBe('20270104-mlops-02476@example.org');
    for (const event of events) expect(property(event, 'DTSTAMP')?.value).toBe('20261201T083000Z');
  });

  it('names each day and links to its material on the site', () => {
    const first = events[0];
    expect(textOf(first, 'SUMMARY')).toBe('MLOps 02476: S1 · Development environment');
    expect(property(first, 'URL')?.value).toBe('https://example.org/dtu_mlops/s1_development_environment/');
    expect(textOf(first, 'DESCRIPTION')).toContain('Lecture at 09:00');
    const project = events[4];
    expect(textOf(project, 'SUMMARY')).toBe('MLOps 02476: project day (The project work)');
    expect(property(project, 'URL')?.value).toBe('https://example.org/dtu_mlops/pages/projects/');
  });

  it('rejects a file with bare LF line endings (the reader is strict)', () => {
    expect(() => readICalendar(calendar.replace(/\r\n/g, '\n'))).toThrow();
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of calendar.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(calendar).toMatch(/\r\n [^\r\n]/);
  });
});

describe('text values and folding', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the original', () => {
    const line = `SUMMARY:${'ø'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
