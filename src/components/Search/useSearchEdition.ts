import { useState } from 'react';
import { useCourseIndex, useEditions } from '../../hooks/useCourseIndex';

export interface SearchEdition {
  /** The edition label search is limited to, or undefined when it searches them all. */
  filter: string | undefined;
  /** The edition of the page being read, e.g. "January 2027". */
  label: string;
  /** More than one edition is online, so the reader can widen the search. */
  choice: boolean;
  all: boolean;
  setAll: (all: boolean) => void;
}

/** Search finds pages of the edition being read, unless the reader asks for every edition. */
export function useSearchEdition(initialAll = false): SearchEdition {
  const { label } = useCourseIndex();
  const choice = Object.keys(useEditions()).length > 1;
  // Until the reader chooses, the default applies: the search page learns ?editions=all only
  // in the browser, after its first render.
  const [chosen, setAll] = useState<boolean | null>(null);
  const all = chosen ?? initialAll;
  return { filter: choice && !all ? label : undefined, label, choice, all, setAll };
}
