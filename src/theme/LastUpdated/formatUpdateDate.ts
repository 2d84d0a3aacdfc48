const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A page's update date the way the theme writes it in English ("Dec 1, 2026", in UTC), the
 * same on the server and in the browser, without constructing an `Intl.DateTimeFormat`.
 */
export function formatUpdateDate(date: Date): string {
  return `${months[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}
