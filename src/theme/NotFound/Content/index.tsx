import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Content from '@theme-original/NotFound/Content';
import type ContentType from '@theme/NotFound/Content';
import type { WrapperProps } from '@docusaurus/types';
import { sessionLabel } from '@site/src/data/labels';
import { useCourseIndex } from '@site/src/hooks/useCourseIndex';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/** The theme's "page not found" text, then a search form and the list of sessions, each a landmark of its own. */
export default function NotFoundContentWrapper(props: Props): ReactNode {
  const { sessions } = useCourseIndex();
  const searchUrl = useBaseUrl('/search/');
  return (
    <>
      <Content {...props} />
      <div className="container margin-bottom--xl">
        <div className="row">
          <div className="col col--6 col--offset-3">
            <form className={styles.search} action={searchUrl} method="get" role="search">
              <label htmlFor="not-found-search">Search the course</label>
              <div className={styles.searchRow}>
                <input id="not-found-search" name="q" type="search" placeholder="e.g. docker, dvc, pytest" />
                <button type="submit" className="button button--primary">
                  Search
                </button>
              </div>
            </form>
            <nav aria-labelledby="not-found-sessions">
              <h2 id="not-found-sessions" className={styles.heading}>
                Or start from a session
              </h2>
              <ul className={styles.sessions} data-session-list>
                {sessions.map((session) => (
                  <li key={session.session}>
                    <Link to={session.route}>{sessionLabel(session.session, session.title)}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </div>
    </>
  );
}
