import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import CoreBadge from '@site/src/components/CoreBadge';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/** Adds the module's number, core/optional badge and tools above a module page. */
export default function ContentWrapper(props: Props): ReactNode {
  const { frontMatter } = useDoc();
  const { module, core, tools } = frontMatter as { module?: number; core?: boolean; tools?: string[] };
  return (
    <>
      {typeof module === 'number' && (
        <div className={styles.moduleFacts}>
          <span className={styles.number}>Module M{module}</span>
          <CoreBadge core={core === true} />
          {tools && tools.length > 0 && <span className={styles.tools}>Tools: {tools.join(', ')}</span>}
        </div>
      )}
      <Content {...props} />
    </>
  );
}
