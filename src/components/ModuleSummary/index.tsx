import { useId, useState } from 'react';
import Link from '@docusaurus/Link';
import CoreBadge from '../CoreBadge';
import { sessionLabel } from '../../data/labels';
import { useCourseIndex } from '../../hooks/useCourseIndex';
import styles from './styles.module.css';

/**
 * Every module of the course in one table, from the modules' front matter (through the
 * course-index global data), with a switch to show only the core modules.
 */
export default function ModuleSummary() {
  const { sessions } = useCourseIndex();
  const [coreOnly, setCoreOnly] = useState(false);
  const switchId = useId();
  const modules = sessions.flatMap((session) => session.modules.map((module) => ({ module, session })));
  const core = modules.filter(({ module }) => module.core).length;
  const shown = coreOnly ? modules.filter(({ module }) => module.core) : modules;
  return (
    <div data-module-summary>
      <p className={styles.counts}>
        {modules.length} modules in {sessions.length} sessions; <strong>{core} of them are core</strong>, needed to
        pass, and the other {modules.length - core} are optional.
      </p>
      <p>
        <input
          id={switchId}
          type="checkbox"
          className={styles.switch}
          checked={coreOnly}
          onChange={(event) => setCoreOnly(event.target.checked)}
        />
        <label htmlFor={switchId}>Show core modules only</label>
      </p>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption} aria-live="polite">
            {coreOnly ? `The ${core} core modules` : `All ${modules.length} modules`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Title</th>
              <th scope="col">Session</th>
              <th scope="col">Core or optional</th>
              <th scope="col">Tools</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ module, session }) => (
              <tr key={module.module} data-module-row={module.module} data-core={module.core}>
                <th scope="row">M{module.module}</th>
                <td>
                  <Link to={module.route}>{module.title}</Link>
                </td>
                <td>
                  <Link to={session.route}>{sessionLabel(session.session, session.title)}</Link>
                </td>
                <td>
                  <CoreBadge core={module.core} compact />
                </td>
                <td>{module.tools.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
