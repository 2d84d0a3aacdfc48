import { describe, expect, it } from 'vitest';
import { formatUpdateDate } from './formatUpdateDate';

describe('formatUpdateDate', () => {
  const theme = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

  it('writes what the theme wrote with Intl, for every day of a leap year and its edges', () => {
    const start = Date.UTC(2028, 0, 1);
    for (let day = 0; day < 366; day++) {
      // Late in the UTC day: a local-time formatter would already show the next date east of UTC.
      const date = new Date(start + day * 86_400_000 + 23 * 3_600_000 + 59 * 60_000);
      expect(formatUpdateDate(date)).toBe(theme.format(date));
    }
  });

  it('writes a December date as the page footers show it', () => {
    expect(formatUpdateDate(new Date(Date.UTC(2026, 11, 1, 2, 0)))).toBe('Dec 1, 2026');
  });
});
