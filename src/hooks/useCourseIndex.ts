import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useActiveDocContext } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { CourseIndexData, EditionIndex } from '../plugins/courseIndex';

/** Every edition the site was built with, by docs version. */
export function useEditions(): CourseIndexData['editions'] {
  return (usePluginData('course-index') as CourseIndexData).editions;
}

const ActiveVersionName = createContext<string | null>(null);

/**
 * Works out once per page which docs version is being read, for every component below.
 * The theme's `useActiveDocContext` matches the address against every page of every
 * edition; each sidebar link asking for itself made that thousands of matches per render.
 * Mounted by src/theme/Root.tsx.
 */
export function ActiveVersionProvider({ children }: { children: ReactNode }): ReactNode {
  const name = useActiveDocContext(undefined).activeVersion?.name ?? 'current';
  return createElement(ActiveVersionName.Provider, { value: name }, children);
}

/** The docs version of the page being read: an archived edition's year under its prefix, else "current". */
export function useActiveVersionName(): string {
  const name = useContext(ActiveVersionName);
  if (name === null) throw new Error('useActiveVersionName needs ActiveVersionProvider above it (src/theme/Root.tsx).');
  return name;
}

/**
 * Sessions and modules of the edition being read, as the course-index plugin read them
 * from front matter: the archived edition under its prefix, the current one elsewhere.
 */
export function useCourseIndex(): EditionIndex {
  const editions = useEditions();
  const version = useActiveVersionName();
  return editions[version] ?? editions.current;
}
