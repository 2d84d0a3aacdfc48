import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import { withHighlight } from './pagefind';
import { minimumQueryLength, type SearchState } from './useCourseSearch';
import styles from './styles.module.css';

export interface SearchResultsProps {
  term: string;
  state: SearchState;
  /** Called when the reader follows a result, e.g. to close the search dialog. */
  onNavigate?: () => void;
  /** Name each result's edition, when results come from several. */
  showEdition?: boolean;
}

function statusText(term: string, state: SearchState): string {
  switch (state.status) {
    case 'idle':
      return term.trim().length > 0 ? `Type at least ${minimumQueryLength} letters.` : '';
    case 'searching':
      return 'Searching…';
    case 'unavailable':
      return state.reason;
    case 'done':
      return state.results.length === 0
        ? `No lesson mentions “${term.trim()}”. Try another word or a tool's name.`
        : `${state.results.length === 1 ? 'One page matches' : `${state.results.length} pages match`} “${term.trim()}”.`;
  }
}

/** Moves focus between results with the arrow keys; Enter follows the focused one. */
export function moveFocus(event: KeyboardEvent<HTMLElement>, container: HTMLElement | null): void {
  if (!container || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const links = Array.from(container.querySelectorAll<HTMLAnchorElement>('[data-search-result]'));
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index <= 0 ? -1 : index - 1;
  if (next === -1) container.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  else links[next].focus();
}

interface ResultLinkProps {
  hit: { title: string; url: string; excerpt: string; edition?: string };
  showEdition?: boolean;
  term: string;
  onFollow: (event: MouseEvent<HTMLAnchorElement>) => void;
  titleClass: string;
}

function ResultLink({ hit, term, onFollow, titleClass, showEdition }: ResultLinkProps): ReactNode {
  return (
    <a href={withHighlight(hit.url, term)} className={styles.resultLink} onClick={onFollow} data-search-result>
      <span className={titleClass}>
        {hit.title}
        {showEdition && hit.edition && <span className={styles.edition}> · {hit.edition}</span>}
      </span>
      <span className={styles.excerpt} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
    </a>
  );
}

/** The status line (read out by screen readers) and the matching pages with their sections. */
export default function SearchResults({ term, state, onNavigate, showEdition }: SearchResultsProps): ReactNode {
  const results = state.status === 'done' || state.status === 'searching' ? state.results : [];
  const history = useHistory();
  // Plain links rather than <Link>: Link prefetches every page it shows, and a list of
  // results would download eight lessons' code before the reader picks one.
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onNavigate?.();
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.push(event.currentTarget.getAttribute('href') ?? '/');
  };
  return (
    <>
      <p className={styles.status} role="status">
        {statusText(term, state)}
      </p>
      {results.length > 0 && (
        <ul className={styles.results}>
          {results.map((result) => (
            <li key={result.url} className={styles.result}>
              <ResultLink
                hit={result}
                term={term}
                onFollow={follow}
                titleClass={styles.resultTitle}
                showEdition={showEdition}
              />
              {result.sections.length > 0 && (
                <ul className={styles.sections}>
                  {result.sections.map((section) => (
                    <li key={section.url}>
                      <ResultLink hit={section} term={term} onFollow={follow} titleClass={styles.sectionTitle} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
