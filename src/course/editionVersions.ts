import fs from 'node:fs';
import path from 'node:path';
import { versionsFile, type ToolVersions } from '../data/versions';
import { loadDataModule } from './loadDataModule';

const cache = new Map<string, ToolVersions>();

/** The tool versions of an edition, from `pages/versions.ts` in its docs folder. */
export function editionVersions(contentDir: string): ToolVersions {
  const file = path.join(contentDir, versionsFile);
  const cached = cache.get(file);
  if (cached) return cached;
  const loaded = fs.existsSync(file) ? ((loadDataModule(file, 'versions') as ToolVersions | undefined) ?? {}) : {};
  cache.set(file, loaded);
  return loaded;
}

/** Finds the edition a lesson belongs to among the content folders and returns its versions. */
export function versionsForLesson(contentDirs: readonly string[]) {
  return (lessonPath: string): ToolVersions => {
    const dir = contentDirs.find((d) => path.resolve(lessonPath).startsWith(path.resolve(d) + path.sep));
    return editionVersions(dir ?? contentDirs[0]);
  };
}
