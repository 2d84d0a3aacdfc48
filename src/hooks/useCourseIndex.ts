import { usePluginData } from '@docusaurus/useGlobalData';
import type { CourseIndexData } from '../plugins/courseIndex';

/** Sessions and modules of the current edition, as the course-index plugin read them from front matter. */
export function useCourseIndex(): CourseIndexData {
  return usePluginData('course-index') as CourseIndexData;
}
