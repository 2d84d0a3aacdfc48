import type { ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

export interface CodeFileProps {
  /** Where the exercise file is served, from the site root. */
  href: string;
  name: string;
  /** The line range shown, when the block shows only part of the file. */
  lines?: string;
  children: ReactNode;
}

/** A code block whose content came from an exercise file, with a link to download that same file. */
export default function CodeFile({ href, name, lines, children }: CodeFileProps) {
  const url = useBaseUrl(href);
  return (
    <div className={styles.codeFile} data-code-file={href}>
      {children}
      <p className={styles.download}>
        <a href={url} download={name}>
          <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 2v8m0 0 3.5-3.5M8 10 4.5 6.5M2.5 13.5h11" />
          </svg>
          Download {name}
          {lines ? ' (whole file)' : ''}
        </a>
      </p>
    </div>
  );
}
