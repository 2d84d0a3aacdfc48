import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { loadSearch } from './pagefind';
import SearchField from './SearchField';
import SearchResults, { moveFocus } from './SearchResults';
import EditionChoice from './EditionChoice';
import { useCourseSearch } from './useCourseSearch';
import { useSearchEdition } from './useSearchEdition';
import styles from './styles.module.css';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The navbar's search: a button (or "/", Ctrl+K, Cmd+K) opens a dialog that searches
 * as the reader types. Nothing of the search is downloaded until it is first opened.
 */
export default function SearchDialog(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [term, setTerm] = useState('');
  const edition = useSearchEdition();
  const state = useCourseSearch(term, open, undefined, edition.filter);
  const location = useLocation();
  const history = useHistory();

  const openSearch = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    setOpen(true);
    inputRef.current?.select();
    loadSearch(siteConfig.baseUrl).catch(() => undefined);
  }, [siteConfig.baseUrl]);
  const close = useCallback(() => dialogRef.current?.close(), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!slash && !commandK) return;
      event.preventDefault();
      openSearch();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openSearch]);

  // Following a result changes the route; the dialog must not stay over the new page.
  useEffect(() => close(), [location.pathname, close]);

  const fullResults = `/search/?${new URLSearchParams({ q: term.trim(), ...(edition.all ? { editions: 'all' } : {}) })}`;

  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        onClick={openSearch}
        // Named even on small screens, where only the magnifier shows.
        aria-label="Search"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className={styles.triggerLabel}>Search</span>
        <kbd className={styles.shortcut} aria-hidden="true">
          /
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-label="Search the course"
        onClose={() => setOpen(false)}
        onClick={(event) => event.target === dialogRef.current && close()}
      >
        <div
          className={styles.panel}
          onKeyDown={(event) => {
            // A search field eats the first Escape to clear itself; the dialog should close at once.
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            } else moveFocus(event, event.currentTarget);
          }}
        >
          <form
            role="search"
            className={styles.form}
            action={`${siteConfig.baseUrl}search/`}
            onSubmit={(event) => {
              // Enter opens the first result, or the search page while there is none yet.
              event.preventDefault();
              const first = event.currentTarget.parentElement?.querySelector<HTMLAnchorElement>('[data-search-result]');
              if (first) first.click();
              else if (term.trim()) history.push(fullResults);
            }}
          >
            <SearchField
              id="course-search"
              inputRef={inputRef}
              placeholder="Search the lessons, e.g. docker, dvc, pytest"
              value={term}
              onChange={setTerm}
            />
            <button type="button" className={styles.closeButton} onClick={close}>
              Close
            </button>
          </form>
          <EditionChoice edition={edition} />
          <div className={styles.body}>
            <SearchResults term={term} state={state} onNavigate={close} showEdition={edition.all} />
          </div>
          <p className={styles.footer}>
            {term.trim() ? (
              <Link to={fullResults} onClick={close}>
                All results on the search page
              </Link>
            ) : (
              <span>Tip: press / anywhere to search.</span>
            )}
            <span aria-hidden="true">↑ ↓ move · Enter opens · Esc closes</span>
          </p>
        </div>
      </dialog>
    </>
  );
}
