import { createContext, useContext, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { UncolouredCode } from '@site/src/codeHighlighting/uncolouredCode';
import { pageHasHydrated } from '@site/src/hydration';
import styles from './styles.module.css';

export type CollapsibleKind = 'example' | 'solution' | 'hint';

const kindNames: Record<CollapsibleKind, string> = {
  example: 'Example',
  solution: 'Solution',
  hint: 'Hint',
};

function KindIcon({ kind }: { kind: CollapsibleKind }) {
  const paths: Record<CollapsibleKind, ReactNode> = {
    example: <path d="M8 6 3 12l5 6M16 6l5 6-5 6M14 4l-4 16" />,
    solution: <path d="M4 12.5 9.5 18 20 6.5" />,
    hint: (
      <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.6 10.8c.8.6 1.1 1.3 1.1 2.2h5c0-.9.3-1.6 1.1-2.2A6 6 0 0 0 12 3Z" />
    ),
  };
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {paths[kind]}
    </svg>
  );
}

export interface CollapsibleProps {
  kind: CollapsibleKind;
  title?: string;
  children: ReactNode;
}

/**
 * Makes every block hydrate with the page: for the printable session, whose blocks all open
 * at once, and whose own script then works on the rendered blocks.
 */
export const HydrateAllBlocks = createContext(false);

/**
 * A closed-by-default block for example code, a solution or a hint; native <details>, so it
 * works without JavaScript.
 *
 * A closed block is not hydrated with the page: its server-rendered HTML stays as it is
 * (readable when opened, printed, searched) and React takes it over when the reader first
 * opens it. Solutions are most of a lesson's code, and hydrating thousands of highlighted
 * spans nobody has asked to see is what kept long lessons busy for seconds on phones. For the
 * same reason the server sends the code in it uncoloured (UncolouredCode): React renders it
 * again, coloured, on opening, so the colours would only have been parsed to be thrown away.
 */
export default function Collapsible({ kind, title, children }: CollapsibleProps) {
  const kindName = kindNames[kind];
  const ownTitle = title && title !== kindName ? title : undefined;
  const hydrateAll = useContext(HydrateAllBlocks);
  const [live, setLive] = useState(() => hydrateAll || pageHasHydrated());
  const onServer = typeof window === 'undefined';
  return (
    // Solutions stay out of the search index, so result excerpts never give one away.
    <details
      className={clsx(styles.block, styles[kind])}
      data-collapsible={kind}
      data-pagefind-ignore={kind === 'solution' ? 'all' : undefined}
      onToggle={(event) => {
        if (event.currentTarget.open) setLive(true);
      }}
    >
      <summary className={styles.summary}>
        <KindIcon kind={kind} />
        <span className={styles.kind}>{kindName}</span>
        {ownTitle && <span className={styles.title}>{ownTitle}</span>}
      </summary>
      {onServer || live ? (
        <div key="live" className={styles.body}>
          {onServer && !hydrateAll ? <UncolouredCode value>{children}</UncolouredCode> : children}
        </div>
      ) : (
        // Keeps the server's HTML untouched during hydration; see above.
        <div key="static" className={styles.body} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
      )}
    </details>
  );
}
