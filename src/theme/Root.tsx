// The site's root (the theme has none of its own): provides the edition being read once per page.
import type { ReactNode } from 'react';
import { ActiveVersionProvider } from '@site/src/hooks/useCourseIndex';

export default function Root({ children }: { children: ReactNode }): ReactNode {
  return <ActiveVersionProvider>{children}</ActiveVersionProvider>;
}
