/**
 * Runs a Docusaurus command with every edition of the course, on any system:
 *
 *   npm run build:all    (tsx scripts/docusaurus.ts build --all-editions)
 *   npm run start:all
 *
 * Plain `npm start` and `npm run build` include the current edition only (see
 * src/course/editions.ts); the tests and the deployment build them all.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const all = args.includes('--all-editions');
const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
const result = spawnSync(process.execPath, [docusaurus, ...args.filter((a) => a !== '--all-editions')], {
  stdio: 'inherit',
  env: { ...process.env, ...(all ? { COURSE_EDITIONS: 'all' } : {}) },
});
process.exit(result.status ?? 1);
