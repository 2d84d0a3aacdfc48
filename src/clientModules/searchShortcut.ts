/** "/" focuses the search box, as on most documentation sites, unless the reader is typing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

if (typeof window !== 'undefined') {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const box = document.querySelector<HTMLInputElement>('.navbar__search-input');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
}

export {};
