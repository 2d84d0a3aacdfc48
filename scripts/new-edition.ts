/**
 * Starts next year's edition:
 *
 *   npm run edition:new -- 2028              archive the current edition, start January 2028
 *   npm run edition:new -- 2028 --dry-run    say what would happen, change nothing
 *   npm run edition:new -- 2028 --start 2028-01-10   another first day (a Monday)
 *
 * The current edition (docs/) is archived under its year and served from /<year>/; docs/
 * stays the edition being prepared, with its time plan moved to the next January.
 */
import path from 'node:path';
import { startEdition } from '../src/course/editionTools';
import { weekdayOf } from '../src/data/schedule';

const siteDir = path.resolve(process.env.SITE_DIR ?? path.join(__dirname, '..'));
const args = process.argv.slice(2);
const year = Number(args.find((a) => /^\d{4}$/.test(a)));
const dryRun = args.includes('--dry-run');
const startIndex = args.indexOf('--start');
const start = startIndex === -1 ? undefined : args[startIndex + 1];

function fail(message: string): never {
  console.error(`${message}\n\nUsage: npm run edition:new -- 2028 [--start 2028-01-03] [--dry-run]`);
  process.exit(1);
}

if (!Number.isInteger(year)) fail('Name the year of the new edition, e.g. 2028.');
if (start !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(start) || weekdayOf(start) !== 'Monday')) {
  fail(`--start must be a Monday written YYYY-MM-DD, not ${start ?? 'nothing'}.`);
}

let plan;
try {
  plan = startEdition(siteDir, year, { start, dryRun });
} catch (error) {
  fail(`Nothing was changed: ${error instanceof Error ? error.message : String(error)}.`);
}

console.log(
  `${dryRun ? 'Would archive' : 'Archived'} the January ${plan.archivedYear} edition under /${plan.archivedYear}/.`,
);
console.log(
  `${dryRun ? 'Would start' : 'Started'} the January ${plan.newYear} edition: ` +
    `${plan.firstDay} (${weekdayOf(plan.firstDay)}) to ${plan.lastDay} (${weekdayOf(plan.lastDay)}).`,
);
console.log('Please confirm these dates with the study calendar; --start moves the first day.');
console.log(`\n${dryRun ? 'Would write' : 'Wrote'}:\n${plan.writes.map((w) => `  ${w}`).join('\n')}`);
console.log(`
Review before you publish:
  docs/pages/schedule.ts      each day's lecture and frameworks for ${plan.newYear}
  docs/pages/versions.ts      the tool versions ${plan.newYear} teaches (then follow npm run check:content)
  docs/pages/faq.mdx          the dates and answers that name a year
  docs/pages/projects.mdx     project deadlines and the exam
  the lessons                 what changes in ${plan.newYear}; the archive keeps ${plan.archivedYear} as it was taught
Then run npm run build:all and npm test.${dryRun ? '\n\n--dry-run: nothing was written.' : ''}`);
