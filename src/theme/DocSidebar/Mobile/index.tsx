import type { ReactNode } from 'react';
import Mobile from '@theme-original/DocSidebar/Mobile';
import type MobileType from '@theme/DocSidebar/Mobile';
import type { WrapperProps } from '@docusaurus/types';
import { usePhoneMenuOpened } from '@site/src/hooks/usePhoneMenuOpened';

type Props = WrapperProps<typeof MobileType>;

/** The course sidebar inside the phone menu, rendered once the menu first opens (see the hook). */
export default function DocSidebarMobileWrapper(props: Props): ReactNode {
  return usePhoneMenuOpened() ? <Mobile {...props} /> : null;
}
