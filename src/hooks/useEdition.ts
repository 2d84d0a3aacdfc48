import { useCourseIndex } from './useCourseIndex';

/** The year of the January the edition being read runs in; it keys a student's progress. */
export function useEdition(): number {
  return useCourseIndex().edition;
}
