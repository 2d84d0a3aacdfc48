import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import CoreBadge from '@site/src/components/CoreBadge';
import { moduleLabel, sessionLabel } from '@site/src/data/labels';
import { useCourseIndex } from '@site/src/hooks/useCourseIndex';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/**
 * Adds the module's number, core/optional badge and tools above a module page, and marks
 * the content for the search index under the page's course label ("M1 · ...").
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter, metadata } = useDoc();
  const { label: edition } = useCourseIndex();
  const { module, session, core, tools } = frontMatter as {
    module?: number;
    session?: number;
    core?: boolean;
    tools?: string[];
  };
  const searchTitle =
    typeof module === 'number'
      ? moduleLabel(module, metadata.title)
      : typeof session === 'number'
        ? sessionLabel(session, metadata.title)
        : metadata.title;
  return (
    // The title goes through an attribute: Pagefind splits inline meta values on commas.
    // The edition is a search filter (results of the edition being read) and shown with results.
    <div
      data-pagefind-body
      data-pagefind-meta="title[data-search-title], edition[data-edition]"
      data-pagefind-filter="edition[data-edition]"
      data-search-title={searchTitle}
      data-edition={edition}
    >
      {typeof module === 'number' && (
        <div className={styles.moduleFacts} data-pagefind-ignore="all">
          <span className={styles.number}>Module M{module}</span>
          <CoreBadge core={core === true} />
          {tools && tools.length > 0 && <span className={styles.tools}>Tools: {tools.join(', ')}</span>}
        </div>
      )}
      <Content {...props} />
    </div>
  );
}
