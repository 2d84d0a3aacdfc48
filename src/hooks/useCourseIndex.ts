import { useActiveDocContext } from '@docusaurus/plugin-content-docs/client';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { CourseIndexData, EditionIndex } from '../plugins/courseIndex';

/** Every edition the site was built with, by docs version. */
export function useEditions(): CourseIndexData['editions'] {
  return (usePluginData('course-index') as CourseIndexData).editions;
}

/** The docs version of the page being read: an archived edition's year under its prefix, else "current". */
export function useActiveVersionName(): string {
  return useActiveDocContext(undefined).activeVersion?.name ?? 'current';
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
