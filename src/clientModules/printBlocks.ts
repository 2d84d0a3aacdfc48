/** Printed pages show every collapsible block open; they close again after printing. */
if (typeof window !== 'undefined') {
  const openedForPrint = new Set<HTMLDetailsElement>();
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((details) => {
      details.open = true;
      openedForPrint.add(details);
    });
  });
  window.addEventListener('afterprint', () => {
    openedForPrint.forEach((details) => {
      details.open = false;
    });
    openedForPrint.clear();
  });
}

export {};
