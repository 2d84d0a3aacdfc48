import type { ClientModule } from '@docusaurus/types';

/**
 * A page opened from a search result (`?highlight=words`) marks those words in the lesson
 * and scrolls to the first one in view. Matches inside a closed solution stay hidden:
 * the reader is scrolled to the block, which opens only if they choose.
 */
const markAttribute = 'data-search-highlight';

function removeMarks(): void {
  document.querySelectorAll(`mark[${markAttribute}]`).forEach((mark) => {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function markTerms(root: Element, words: string[]): HTMLElement[] {
  if (words.length === 0) return [];
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, button, .hash-link')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of textNodes) {
    const parts = (node.nodeValue ?? '').split(pattern);
    if (parts.length === 1) continue;
    const fragment = document.createDocumentFragment();
    parts.forEach((part, index) => {
      if (!part) return;
      if (index % 2 === 1) {
        const mark = document.createElement('mark');
        mark.setAttribute(markAttribute, '');
        mark.textContent = part;
        marks.push(mark);
        fragment.append(mark);
      } else {
        fragment.append(part);
      }
    });
    node.replaceWith(fragment);
  }
  return marks;
}

const clientModule: ClientModule = {
  onRouteUpdate() {
    removeMarks();
  },
  onRouteDidUpdate({ location }) {
    const query = new URLSearchParams(location.search).get('highlight');
    const article = document.querySelector('article .markdown');
    if (!query || !article) return;
    const words = query
      .split(/\s+/)
      .map((word) => word.trim())
      .filter((word) => word.length >= 2);
    const marks = markTerms(article, words);
    if (marks.length === 0 || location.hash) return;
    const hidden = (mark: HTMLElement) => mark.closest('details:not([open])') !== null && !mark.closest('summary');
    const target =
      marks.find((mark) => !hidden(mark)) ?? marks[0].closest('details:not([open])')?.querySelector('summary');
    requestAnimationFrame(() => target?.scrollIntoView({ block: 'center' }));
  },
};

export default clientModule;
