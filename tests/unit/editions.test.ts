import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstMondayOfJanuary, moveSchedule, startEdition } from '../../src/course/editionTools';
import { editionsToBuild, readEditions } from '../../src/course/editions';

const scheduleSource = (year: number, first: string, last: string) =>
  [
    "import type { Schedule } from '../../src/data/schedule';",
    '',
    `/** The January ${year} edition, day by day. */`,
    'export const schedule = {',
    `  edition: ${year},`,
    "  startTime: '09:00',",
    '  days: [',
    `    { date: '${first}', weekday: 'Monday', kind: 'exercise', frameworks: [], link: { session: 1 } },`,
    `    { date: '${last}', weekday: 'Friday', kind: 'project', frameworks: [], link: { page: '/pages/projects/' } },`,
    '  ],',
    '} satisfies Schedule;',
    '',
  ].join('\n');

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function site(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editions-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'docs/pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'docs/pages/schedule.ts'), scheduleSource(2027, '2027-01-04', '2027-01-22'));
  fs.writeFileSync(path.join(dir, 'docs/pages/faq.mdx'), '---\ntitle: FAQ\n---\n');
  return dir;
}

describe('editions', () => {
  it('finds the first Monday of January', () => {
    expect(firstMondayOfJanuary(2026)).toBe('2026-01-05');
    expect(firstMondayOfJanuary(2027)).toBe('2027-01-04');
    expect(firstMondayOfJanuary(2028)).toBe('2028-01-03');
  });

  it('moves a schedule to another January, keeping every weekday', () => {
    const moved = moveSchedule(scheduleSource(2027, '2027-01-04', '2027-01-22'), 2028);
    expect(moved).toContain("date: '2028-01-03'");
    expect(moved).toContain("date: '2028-01-21'");
    expect(moved).toContain('edition: 2028');
    expect(moved).toContain('The January 2028 edition');
    expect(() => moveSchedule(scheduleSource(2027, '2027-01-04', '2027-01-22'), 2028, '2028-01-04')).toThrow(
      /is a Tuesday/,
    );
  });

  it('archives the current edition and starts the next, and refuses to do it twice', () => {
    const dir = site();
    const dry = startEdition(dir, 2028, { dryRun: true });
    expect(dry).toMatchObject({ archivedYear: 2027, newYear: 2028, firstDay: '2028-01-03', lastDay: '2028-01-21' });
    expect(fs.existsSync(path.join(dir, 'versioned_docs'))).toBe(false);

    startEdition(dir, 2028);
    expect(fs.readFileSync(path.join(dir, 'versioned_docs/version-2027/pages/schedule.ts'), 'utf8')).toContain(
      'edition: 2027',
    );
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8'))).toEqual(['2027']);
    const editions = readEditions(dir);
    expect(editions.map((e) => [e.version, e.year, e.urlPrefix])).toEqual([
      ['current', 2028, ''],
      ['2027', 2027, '/2027'],
    ]);
    expect(editionsToBuild(editions, 'current').map((e) => e.year)).toEqual([2028]);
    expect(() => startEdition(dir, 2028)).toThrow(/the current edition is 2028; the next one must be a later year/);
    fs.writeFileSync(path.join(dir, 'docs/pages/schedule.ts'), scheduleSource(2027, '2027-01-04', '2027-01-22'));
    expect(() => startEdition(dir, 2028)).toThrow(/the 2027 edition is archived already/);
  });

  it('the command prints the dates to confirm and changes nothing in a dry run', () => {
    const dir = site();
    const output = execFileSync('npx', ['tsx', path.resolve('scripts/new-edition.ts'), '2028', '--dry-run'], {
      env: { ...process.env, SITE_DIR: dir },
      encoding: 'utf8',
    });
    expect(output).toContain('Would start the January 2028 edition: 2028-01-03 (Monday) to 2028-01-21 (Friday).');
    expect(output).toContain('--dry-run: nothing was written.');
    expect(fs.readFileSync(path.join(dir, 'docs/pages/schedule.ts'), 'utf8')).toContain('edition: 2027');
  }, 60_000);
});
