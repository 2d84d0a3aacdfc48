import { useSyncExternalStore } from 'react';

/**
 * Whether the phone menu has been opened on this visit. What only the phone menu shows (its
 * panel, the course sidebar inside it) is rendered from then on, not on every page load:
 * see src/theme/Navbar/MobileSidebar and src/theme/DocSidebar/Mobile.
 */
let opened = false;
const listeners = new Set<() => void>();

export function markPhoneMenuOpened(): void {
  if (opened) return;
  opened = true;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function usePhoneMenuOpened(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => opened,
    () => false,
  );
}
