/** The parts of Pagefind's browser API (https://pagefind.app/docs/api/) the course uses. */
interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: PagefindHit[] } | null>;
}

interface PagefindHit {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string; edition?: string };
    sub_results: { title: string; url: string; excerpt: string }[];
  }>;
}

export interface SearchResult {
  title: string;
  /** The edition the page belongs to, e.g. "January 2026". */
  edition?: string;
  url: string;
  /** HTML from Pagefind: the page's text, escaped, with the matched words in <mark>. */
  excerpt: string;
  sections: { title: string; url: string; excerpt: string }[];
}

export const resultLimit = 6;
const sectionLimit = 3;

let loading: Promise<PagefindApi> | undefined;

/**
 * Pagefind's script, its WebAssembly and the index are fetched on the first search only,
 * and then a few index chunks per query, so no page pays for search until it is used.
 */
export function loadSearch(baseUrl: string): Promise<PagefindApi> {
  loading ??= (async () => {
    // `npm start` serves no index (the production build writes it): do not ask for it, so the
    // console stays free of the 404 the browser would log. The dialog explains instead.
    if (process.env.NODE_ENV === 'development') throw new Error('Search needs the production build.');
    const api = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as PagefindApi;
    // The index is small enough to search on the main thread, which spares the worker's download.
    await api.options({ baseUrl, excerptLength: 24, noWorker: true });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Matching pages, best first; null when a newer query has replaced this one. */
export async function searchCourse(
  baseUrl: string,
  term: string,
  limit = resultLimit,
  edition?: string,
): Promise<SearchResult[] | null> {
  const api = await loadSearch(baseUrl);
  // Pages carry their edition as a filter; without one, every edition is searched.
  const search = await api.debouncedSearch(term, edition ? { filters: { edition } } : {}, 150);
  if (!search) return null;
  const pages = await Promise.all(search.results.slice(0, limit).map((hit) => hit.data()));
  return pages.map((page) => ({
    title: page.meta.title ?? page.url,
    edition: page.meta.edition,
    url: page.url,
    excerpt: page.excerpt,
    sections: page.sub_results
      .filter((section) => section.url !== page.url && section.url.includes('#'))
      .slice(0, sectionLimit),
  }));
}

/** The result's address with the query, so the page marks the words that matched. */
export function withHighlight(url: string, term: string): string {
  const [path, hash] = url.split('#');
  const query = new URLSearchParams({ highlight: term.trim() });
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash ? `#${hash}` : ''}`;
}
