import { useSyncExternalStore } from 'react';

/**
 * A student's progress through the course, kept in their own browser (localStorage) and
 * nowhere else. Ticks are grouped by edition (the year of the January the edition runs
 * in), then by module number, then by exercise step id.
 */
export interface ModuleProgress {
  /** Step id to the time it was ticked (ms since 1970). */
  steps: Record<string, number>;
}
export type EditionProgress = Record<string, ModuleProgress>;
export interface Progress {
  format: typeof progressFormat;
  version: 1;
  editions: Record<string, EditionProgress>;
}

export const progressFormat = 'mlops-course-progress';
export const storageKey = 'mlops-course-progress';
const empty: Progress = { format: progressFormat, version: 1, editions: {} };

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Progress = empty;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: progress simply is not kept
  }
}

/** The stored progress, parsed once per change of the stored text. */
function snapshot(): Progress {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    try {
      cached = raw ? validate(JSON.parse(raw)) : empty;
    } catch {
      cached = empty; // unreadable: start afresh rather than break the page
    }
  }
  return cached;
}

function write(progress: Progress) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(progress));
  } catch {
    // Storage is full or disabled; the ticks of this visit still show until reload.
  }
  cachedRaw = undefined;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the progress: localStorage fires "storage" in every other tab.
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The progress, re-rendering on every change, in this tab or another; empty on the server. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => empty);
}

function update(edition: number, module: number, change: (steps: Record<string, number>) => void) {
  const progress = structuredClone(snapshot());
  const modules = (progress.editions[edition] ??= {});
  const entry = (modules[module] ??= { steps: {} });
  change(entry.steps);
  if (Object.keys(entry.steps).length === 0) delete modules[module];
  if (Object.keys(modules).length === 0) delete progress.editions[edition];
  write(progress);
}

export function setStep(edition: number, module: number, step: string, done: boolean) {
  update(edition, module, (steps) => {
    if (done) steps[step] = Date.now();
    else delete steps[step];
  });
}

export function markModuleDone(edition: number, module: number, steps: readonly string[]) {
  update(edition, module, (ticked) => {
    for (const step of steps) ticked[step] ??= Date.now();
  });
}

export function resetModule(edition: number, module: number) {
  update(edition, module, (steps) => {
    for (const step of Object.keys(steps)) delete steps[step];
  });
}

export type ModuleState = 'not started' | 'in progress' | 'done';

/** How many of a module's steps are ticked; ticks of steps no longer on the page are not counted. */
export function moduleCounts(progress: Progress, edition: number, module: number, steps: readonly string[]) {
  const ticked = progress.editions[edition]?.[module]?.steps ?? {};
  const done = steps.filter((step) => step in ticked).length;
  const state: ModuleState =
    steps.length > 0 && done === steps.length ? 'done' : done > 0 ? 'in progress' : 'not started';
  return { done, total: steps.length, state };
}

/** The progress as a file to keep or carry to another browser. */
export function exportProgress(): string {
  return `${JSON.stringify(snapshot(), null, 2)}\n`;
}

/**
 * Checks a progress file's shape, so that a wrong file gives a clear message instead of
 * corrupting the stored progress.
 */
export function validate(value: unknown): Progress {
  const fail = (why: string): never => {
    throw new Error(`This is not a progress file of this course: ${why}.`);
  };
  if (!value || typeof value !== 'object') fail('it holds no object');
  const file = value as Partial<Progress>;
  if (file.format !== progressFormat) fail(`its "format" is not "${progressFormat}"`);
  if (file.version !== 1) fail('its version is not 1');
  if (!file.editions || typeof file.editions !== 'object') fail('it has no "editions"');
  for (const [edition, modules] of Object.entries(file.editions as object)) {
    if (!/^\d{4}$/.test(edition)) fail(`"${edition}" is not an edition year`);
    for (const [module, entry] of Object.entries(modules as object)) {
      const steps = (entry as Partial<ModuleProgress>)?.steps;
      if (!/^\d+$/.test(module) || !steps || typeof steps !== 'object') fail(`module "${module}" is malformed`);
      if (!Object.values(steps as object).every((time) => typeof time === 'number')) {
        fail(`module "${module}" has a tick without a time`);
      }
    }
  }
  return file as Progress;
}

/** Adds the ticks of an exported file to the ones here; returns how many ticks were new. */
export function importProgress(text: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('This is not a progress file of this course: it is not JSON.');
  }
  const incoming = validate(parsed);
  const progress = structuredClone(snapshot());
  let added = 0;
  for (const [edition, modules] of Object.entries(incoming.editions)) {
    for (const [module, entry] of Object.entries(modules)) {
      const target = ((progress.editions[edition] ??= {})[module] ??= { steps: {} });
      for (const [step, time] of Object.entries(entry.steps)) {
        if (!(step in target.steps)) added++;
        target.steps[step] = Math.min(target.steps[step] ?? time, time);
      }
    }
  }
  write(progress);
  return added;
}
