import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import SearchField from '@site/src/components/Search/SearchField';
import SearchResults, { moveFocus } from '@site/src/components/Search/SearchResults';
import EditionChoice from '@site/src/components/Search/EditionChoice';
import { useCourseSearch } from '@site/src/components/Search/useCourseSearch';
import { useSearchEdition } from '@site/src/components/Search/useSearchEdition';
import styles from '@site/src/components/Search/styles.module.css';

/** Full-page search at /search/?q=...: the address keeps the query, so results can be shared. */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The address is only known in the browser: the prerendered page, and hydration, start
  // empty. Until the reader types, the query is the one in the address.
  const ready = useIsBrowser();
  const [typed, setTyped] = useState<string | null>(null);
  const term = typed ?? (ready ? (new URLSearchParams(location.search).get('q') ?? '') : '');
  const inputRef = useRef<HTMLInputElement>(null);
  const edition = useSearchEdition(ready && new URLSearchParams(location.search).get('editions') === 'all');
  const state = useCourseSearch(term, ready, 30, edition.filter);

  useEffect(() => inputRef.current?.focus(), []);

  useEffect(() => {
    if (typed === null) return;
    const search = term.trim() ? `?${new URLSearchParams({ q: term.trim() })}` : '';
    if (search !== location.search) history.replace({ search });
  }, [term, typed, history, location.search]);

  return (
    <Layout title="Search" description="Search every session and module of the Machine Learning Operations course.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <div className="row">
          <div className="col col--8 col--offset-2" onKeyDown={(event) => moveFocus(event, event.currentTarget)}>
            <h1>Search the course</h1>
            <form
              role="search"
              onSubmit={(event) => {
                // Results follow the typing; submitting takes the reader to the first one.
                event.preventDefault();
                event.currentTarget.parentElement?.querySelector<HTMLAnchorElement>('[data-search-result]')?.focus();
              }}
            >
              <SearchField
                id="search-page-input"
                inputRef={inputRef}
                placeholder="e.g. docker, dvc, pytest"
                value={term}
                onChange={setTyped}
              />
            </form>
            <EditionChoice edition={edition} />
            <SearchResults term={term} state={state} showEdition={edition.all} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
