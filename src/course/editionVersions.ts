import fs from 'node:fs';
import path from 'node:path';
import type { Schedule } from '../data/schedule';
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

const schedules = new Map<string, Schedule>();

/** The schedule of an edition, from `pages/schedule.ts` in its docs folder. */
export function editionSchedule(contentDir: string): Schedule {
  const file = path.join(contentDir, 'pages', 'schedule.ts');
  let schedule = schedules.get(file);
  if (!schedule) {
    schedule = loadDataModule(file, 'schedule') as Schedule;
    schedules.set(file, schedule);
  }
  return schedule;
}

/** Finds the edition a page belongs to among the content folders and returns its schedule. */
export function scheduleForLesson(contentDirs: readonly string[]) {
  return (lessonPath: string): Schedule => {
    const dir = contentDirs.find((d) => path.resolve(lessonPath).startsWith(path.resolve(d) + path.sep));
    return editionSchedule(dir ?? contentDirs[0]);
  };
}
