import type { ReactNode } from 'react';
import type { SearchEdition } from './useSearchEdition';
import styles from './styles.module.css';

/** "Search all editions", shown only while more than one edition is online. */
export default function EditionChoice({ edition }: { edition: SearchEdition }): ReactNode {
  if (!edition.choice) return null;
  return (
    <label className={styles.editionChoice}>
      <input type="checkbox" checked={edition.all} onChange={(event) => edition.setAll(event.target.checked)} />
      Search all editions, not only {edition.label}
    </label>
  );
}
