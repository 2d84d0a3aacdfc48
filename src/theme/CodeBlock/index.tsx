// Wraps the theme's code block: keeps the server's HTML during hydration, renders the block
// (copy and wrap buttons included) once it nears the screen or the keyboard reaches it.
import {
  startTransition,
  type CSSProperties,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
} from 'react';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';
import { loadCodeBlock, loadedCodeBlock, type HighlightingCodeBlock } from '@site/src/codeHighlighting';
import { isHydratingServerHtml, whenIdle } from '@site/src/hydration';

type Props = WrapperProps<typeof CodeBlockType>;

/** How many lines a block's code has, as the theme shows it (without a final newline). */
function lineCount(code: Props['children']): number {
  return typeof code === 'string' ? code.replace(/\n$/, '').split('\n').length : 1;
}

const focusableElements = (root: HTMLElement | null) =>
  root ? [...root.querySelectorAll<HTMLElement>('pre, button, a[href], [tabindex]')] : [];

/**
 * Hydrating highlighted code means tokenising it again and building thousands of spans the
 * server already sent; on a phone that blocked long lessons for over a second. A block far
 * from the screen stays as the server wrote it (readable, selectable, searchable) and is
 * rendered in idle time when it comes within reach. The highlighter itself (Prism) loads
 * then, in its own chunk (src/codeHighlighting), not with the page.
 */
export default function CodeBlockWrapper(props: Props) {
  const keepsServerHtml = useState(isHydratingServerHtml)[0];
  /** Whether the block should be rendered by the theme (it is near the screen, or focused). */
  const [wanted, setWanted] = useState(!keepsServerHtml);
  const [Highlighting, setHighlighting] = useState<HighlightingCodeBlock | undefined>(loadedCodeBlock);
  const island = useRef<HTMLDivElement>(null);
  /** Which focusable element had focus when the block was replaced, to give it back. */
  const focused = useRef<number>(-1);
  const live = wanted && Highlighting !== undefined;

  const rememberFocus = () => {
    focused.current = focusableElements(island.current).findIndex((element) => element === document.activeElement);
  };

  useEffect(() => {
    const element = island.current;
    if (wanted || !element) return undefined;
    let cancelIdle: (() => void) | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        cancelIdle = whenIdle(() => startTransition(() => setWanted(true)));
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelIdle?.();
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted || Highlighting) return undefined;
    let current = true;
    void loadCodeBlock().then((component) => {
      if (!current) return;
      rememberFocus();
      startTransition(() => setHighlighting(() => component));
    });
    return () => {
      current = false;
    };
  }, [wanted, Highlighting]);

  useLayoutEffect(() => {
    // Set here, not rendered: hydration keeps the server's attributes, which say nothing of this.
    if (island.current) island.current.dataset.codeBlock = live ? 'live' : keepsServerHtml ? 'static' : 'plain';
    if (!live) return;
    if (focused.current >= 0) focusableElements(island.current)[focused.current]?.focus();
    focused.current = -1;
  }, [live, keepsServerHtml]);

  // Sizes the block before the browser lays it out (see `.code-block-island pre` in custom.css).
  const size = { '--code-lines': lineCount(props.children) } as CSSProperties;
  if (live) {
    return (
      <div key="live" ref={island} className="code-block-island" style={size}>
        <Highlighting {...props} />
      </div>
    );
  }
  if (!keepsServerHtml) {
    // Rendered in the browser before the highlighter has loaded (a page opened by a link in
    // the first moments): the code as plain text, highlighted a moment later.
    return (
      <div key="plain" ref={island} className="code-block-island" style={size}>
        <pre
          tabIndex={0}
          className="prism-code thin-scrollbar"
          style={{ color: 'var(--site-code-color)', background: 'var(--site-code-background)' }}
        >
          <code>{props.children}</code>
        </pre>
      </div>
    );
  }
  return (
    // Keeps the server's HTML untouched during hydration; see above.
    <div
      key="static"
      ref={island}
      className="code-block-island"
      style={size}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: '' }}
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        // Keyboard focus only: a click's focus would move the pointer's target mid-click.
        if (event.target.matches(':focus-visible')) setWanted(true);
      }}
    />
  );
}
