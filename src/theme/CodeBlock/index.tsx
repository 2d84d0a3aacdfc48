// Wraps the theme's code block: keeps the server's HTML during hydration, renders the block
// (copy and wrap buttons included) once it nears the screen or the keyboard reaches it.
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type { WrapperProps } from '@docusaurus/types';
import { isHydratingServerHtml, whenIdle } from '@site/src/hydration';

type Props = WrapperProps<typeof CodeBlockType>;

const focusableElements = (root: HTMLElement | null) =>
  root ? [...root.querySelectorAll<HTMLElement>('pre, button, a[href], [tabindex]')] : [];

/**
 * Hydrating highlighted code means tokenising it again and building thousands of spans the
 * server already sent; on a phone that blocked long lessons for over a second. A block
 * far from the screen stays as the server wrote it (readable, selectable, searchable) and
 * is rendered in idle time when it comes within reach, one block per idle moment.
 */
export default function CodeBlockWrapper(props: Props) {
  const [live, setLive] = useState(() => !isHydratingServerHtml());
  const island = useRef<HTMLDivElement>(null);
  /** Which focusable element had focus when the block was replaced, to give it back. */
  const focused = useRef<number>(-1);

  const rememberFocus = () => {
    focused.current = focusableElements(island.current).findIndex((element) => element === document.activeElement);
  };

  useEffect(() => {
    const element = island.current;
    if (live || !element) return undefined;
    let cancelIdle: (() => void) | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        cancelIdle = whenIdle(() => {
          rememberFocus();
          startTransition(() => setLive(true));
        });
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelIdle?.();
    };
  }, [live]);

  useLayoutEffect(() => {
    // Set here, not rendered: hydration keeps the server's attributes, which say nothing of this.
    if (island.current) island.current.dataset.codeBlock = live ? 'live' : 'static';
    if (!live) return;
    const elements = focusableElements(island.current);
    if (focused.current >= 0) elements[focused.current]?.focus();
    focused.current = -1;
  }, [live]);

  if (live) {
    return (
      <div key="live" ref={island}>
        <CodeBlock {...props} />
      </div>
    );
  }
  return (
    // Keeps the server's HTML untouched during hydration; see above.
    <div
      key="static"
      ref={island}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: '' }}
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        // Keyboard focus only: a click's focus would move the pointer's target mid-click.
        if (!event.target.matches(':focus-visible')) return;
        rememberFocus();
        setLive(true);
      }}
    />
  );
}
