import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The file the service worker reads at install time: what to keep offline besides the pages. */
export const offlineListFile = 'offline-extras.json';

export interface OfflineList {
  /** Changes whenever any listed file changes, so an update replaces the cache. */
  version: string;
  urls: string[];
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * Lists the built site's exercise-file downloads, the search index and the calendar files,
 * which the page precache of @docusaurus/plugin-pwa leaves out, for the course's own
 * service-worker code (src/offline/serviceWorker.js). Archived editions are left out:
 * offline is for the edition being taught.
 */
export function writeOfflineList(outDir: string, skipDirs: readonly string[] = []): OfflineList {
  const files = walk(outDir)
    .map((file) => path.relative(outDir, file).split(path.sep).join('/'))
    .filter((file) => !skipDirs.some((dir) => file.startsWith(`${dir}/`)))
    .filter((file) => file.includes('/exercise_files/') || file.startsWith('pagefind/') || file.endsWith('.ics'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(fs.readFileSync(path.join(outDir, file)));
  const list: OfflineList = { version: hash.digest('hex').slice(0, 16), urls: files };
  fs.writeFileSync(path.join(outDir, offlineListFile), JSON.stringify(list));
  return list;
}
