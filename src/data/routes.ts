/**
 * Where a session's printable document is served: under the edition's prefix, then
 * `/print`, then the session's route within the edition, e.g. `/2026/print/s1_.../`.
 */
export function printRoute(sessionRoute: string, urlPrefix = ''): string {
  const within = urlPrefix && sessionRoute.startsWith(urlPrefix) ? sessionRoute.slice(urlPrefix.length) : sessionRoute;
  return `${urlPrefix}/print${within}`;
}
