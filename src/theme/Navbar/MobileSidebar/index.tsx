import { useLayoutEffect, type ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { markPhoneMenuOpened, usePhoneMenuOpened } from '@site/src/hooks/usePhoneMenuOpened';

/**
 * The theme renders the phone menu, closed, as soon as a page has hydrated on a narrow
 * screen, with the whole course sidebar inside it. On a phone that was the largest piece of
 * work after hydration (the sidebar's first render also sets up the browser's collation
 * data), for a menu most visits never open. It is rendered the first time it opens and
 * kept from then on.
 *
 * Whether the menu is open is the theme's state, exposed only through its internal API; the
 * navbar shows it as the `navbar-sidebar--show` class, read here after each render (the
 * navbar renders this component again whenever that state changes).
 */
export default function MobileSidebarWrapper(): ReactNode {
  const opened = usePhoneMenuOpened();
  useLayoutEffect(() => {
    if (!opened && document.querySelector('.navbar.navbar-sidebar--show')) markPhoneMenuOpened();
  });
  return opened ? <MobileSidebar /> : null;
}
