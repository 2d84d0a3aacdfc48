import { useSyncExternalStore } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useCourseIndex } from '../../hooks/useCourseIndex';
import { SessionProgress } from '../Progress';
import { copenhagenDate, type ResolvedDay } from '../../data/schedule';
import styles from './styles.module.css';

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

/** "Monday 4 January", from the ISO date, the same on the server and in every browser. */
const longDate = (day: ResolvedDay) => {
  const [, month, date] = day.date.split('-').map(Number);
  return `${day.weekday} ${date} ${months[month - 1]}`;
};

/** Today's date in Copenhagen, known only after hydration so the static page never fixes it at build time. */
function useToday(): string | undefined {
  return useSyncExternalStore(
    subscribeToNothing,
    () => copenhagenDate(new Date()),
    () => undefined,
  );
}

const subscribeToNothing = () => () => undefined;

/**
 * One week of the time plan as a table; the row of today is marked while the course runs.
 * The days come with the page (src/remark/timePlanData.ts), from the edition's schedule.
 */
export function TimePlanWeek({ week, days, startTime }: { week: string; days: string; startTime: string }) {
  const { sessions } = useCourseIndex();
  const today = useToday();
  const shown = JSON.parse(days) as ResolvedDay[];
  const number = Number(week);
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-timeplan-week={number}>
        <caption className={styles.caption}>
          Week {number}: {longDate(shown[0])} to {longDate(shown[shown.length - 1])}
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Kind</th>
            <th scope="col">Lecture at {startTime}</th>
            <th scope="col">Frameworks</th>
            <th scope="col">Material</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((day) => {
            const isToday = day.date === today;
            return (
              <tr
                key={day.date}
                className={clsx(isToday && styles.today)}
                aria-current={isToday ? 'date' : undefined}
                data-day={day.date}
                data-kind={day.kind}
              >
                <th scope="row">
                  <time dateTime={day.date}>{longDate(day)}</time>
                  {isToday && <span className={styles.todayMarker}>Today</span>}
                </th>
                <td>{day.kind === 'exercise' ? 'Exercise day' : 'Project day'}</td>
                <td>{day.lecture ?? <span className={styles.none}>No lecture</span>}</td>
                <td>
                  {day.frameworks.length > 0 ? (
                    day.frameworks.join(', ')
                  ) : (
                    <span className={styles.none}>Your group&apos;s choice</span>
                  )}
                </td>
                <td>
                  {day.href ? <Link to={day.href}>{day.linkLabel}</Link> : day.linkLabel}
                  {'session' in day.link && (
                    <div>
                      <SessionProgress
                        modules={
                          sessions.find((s) => 'session' in day.link && s.session === day.link.session)?.modules ?? []
                        }
                      />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The "Add to calendar" download: the same days as an iCalendar file, written at build time. */
export function CalendarDownload({ href: path, edition, count }: { href: string; edition: string; count: string }) {
  const href = useBaseUrl(path);
  const fileName = path.split('/').pop();
  return (
    <p className={styles.download}>
      <a className="button button--primary" href={href} download={fileName} data-calendar-download>
        Add to calendar
      </a>
      <span className={styles.downloadNote}>
        {count} all-day events for January {edition}, as an <code>.ics</code> file for Google Calendar, Outlook or Apple
        Calendar. Import it again after a change: the events are updated, not doubled.
      </span>
    </p>
  );
}
