import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { resultLimit, searchCourse, type SearchResult } from './pagefind';

export type SearchState =
  | { status: 'idle' }
  /** Earlier results stay on screen while the next query runs. */
  | { status: 'searching'; results: SearchResult[] }
  | { status: 'done'; results: SearchResult[] }
  | { status: 'unavailable'; reason: string };

/** Shortest query worth sending: one letter matches most of the course. */
export const minimumQueryLength = 2;

const unavailableReason =
  process.env.NODE_ENV === 'development'
    ? 'Search uses the index that the production build writes. Run `npm run build` and then `npm run serve` to try it locally.'
    : 'Search could not be loaded. Check your connection and try again.';

/** Searches the course as the reader types; only the newest query's answer is kept. */
export function useCourseSearch(term: string, enabled = true, limit = resultLimit, edition?: string): SearchState {
  const { siteConfig } = useDocusaurusContext();
  const [answer, setAnswer] = useState<{ query: string; state: SearchState } | null>(null);
  const query = term.trim();
  const key = `${edition ?? 'all'}\u0000${query}`;
  const active = enabled && query.length >= minimumQueryLength;

  useEffect(() => {
    if (!active) return undefined;
    let current = true;
    searchCourse(siteConfig.baseUrl, query, limit, edition).then(
      (results) => {
        if (current && results) setAnswer({ query: key, state: { status: 'done', results } });
      },
      () => {
        if (current) setAnswer({ query: key, state: { status: 'unavailable', reason: unavailableReason } });
      },
    );
    return () => {
      current = false;
    };
  }, [active, query, key, limit, edition, siteConfig.baseUrl]);

  if (!active) return { status: 'idle' };
  if (answer?.query === key) return answer.state;
  return { status: 'searching', results: answer?.state.status === 'done' ? answer.state.results : [] };
}
