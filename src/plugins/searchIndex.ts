import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { writeOfflineList } from '../offline/offlineList';

/**
 * Indexes the built pages with Pagefind (https://pagefind.app) into `build/pagefind/`.
 * Only elements marked `data-pagefind-body` (lesson and course-page content) are indexed;
 * the browser fetches the index in small chunks when a reader searches.
 */
export interface SearchIndexOptions {
  /** Folders of the build (archived editions, "/2026") the offline list leaves out. */
  offlineSkip: string[];
}

export default function searchIndexPlugin(context: LoadContext, options: SearchIndexOptions): Plugin {
  return {
    name: 'search-index',
    postBuild({ outDir }) {
      // Pagefind's npm package runs its platform binary; its Node API is ESM-only.
      const runner = path.join(context.siteDir, 'node_modules/pagefind/lib/runner/bin.cjs');
      // Tab labels and buttons are interface, not lesson text: keep them out of excerpts.
      const notContent = ['[role="tablist"]', 'button', '.hash-link'].join(', ');
      execFileSync(
        process.execPath,
        [runner, '--site', outDir, '--output-subdir', 'pagefind', '--exclude-selectors', notContent, '--quiet'],
        { stdio: 'inherit' },
      );
      // Pagefind also writes ready-made interfaces; the course has its own, so they would only be dead weight.
      const bundle = path.join(outDir, 'pagefind');
      for (const file of fs.readdirSync(bundle)) {
        if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) fs.rmSync(path.join(bundle, file));
      }
      // The offline service worker keeps the index and the downloads; it can list them only now.
      writeOfflineList(
        outDir,
        options.offlineSkip.map((prefix) => prefix.replace(/^\//, '')),
      );
    },
  };
}
