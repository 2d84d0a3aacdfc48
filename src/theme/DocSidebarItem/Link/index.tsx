import type { ReactNode } from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { useEdition } from '@site/src/hooks/useEdition';
import { useCourseIndex } from '@site/src/hooks/useCourseIndex';
import { moduleCounts, useProgress } from '@site/src/progress/store';

type Props = WrapperProps<typeof LinkType>;

/**
 * Marks a module's link in the sidebar with the student's progress (a class per state; the
 * symbol and its words come from custom.css), in the browser only.
 */
export default function LinkWrapper(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const progress = useProgress();
  const edition = useEdition();
  const { sessions } = useCourseIndex();
  const module = (props.item.customProps as { kind?: string; module?: number } | undefined)?.module;
  const entry =
    isBrowser && typeof module === 'number'
      ? sessions.flatMap((s) => s.modules).find((m) => m.module === module)
      : undefined;
  if (!entry || entry.steps.length === 0) return <Link {...props} />;
  const { state } = moduleCounts(progress, edition, entry.module, entry.steps);
  return (
    <Link
      {...props}
      item={{ ...props.item, className: clsx(props.item.className, `progress-${state.replace(' ', '-')}`) }}
    />
  );
}
