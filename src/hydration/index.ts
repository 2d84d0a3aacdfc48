/**
 * Where a component is in the page's life. Long lessons keep parts of the server's HTML as
 * it is while React hydrates the page, and take them over later (see Collapsible and the
 * code block wrapper in src/theme/CodeBlock).
 */

/** True once the page's first hydration is over; what renders after it renders in full. */
export function pageHasHydrated(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.hasHydrated === 'true';
}

/**
 * True while React hydrates HTML the server rendered. False on the server, after the first
 * hydration (pages opened by client navigation render in full) and under `npm start`,
 * whose pages the browser renders from nothing.
 */
export function isHydratingServerHtml(): boolean {
  if (typeof document === 'undefined' || pageHasHydrated()) return false;
  return Boolean(document.getElementById('__docusaurus')?.hasChildNodes());
}

/** Runs work when the browser is idle; Safari has no requestIdleCallback. */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 50);
  return () => window.clearTimeout(handle);
}
