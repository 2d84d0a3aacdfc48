import type { ReactNode } from 'react';
import Token from '@theme-original/CodeBlock/Line/Token';
import type { Props } from '@theme/CodeBlock/Line/Token';

/**
 * Plain text between highlighted tokens goes into the page as text, not as a span of its
 * own: the site's code theme gives plain tokens no style (their colour is the block's), and
 * on long lessons these spans were a third of all elements and a quarter of the HTML.
 */
export default function TokenWrapper(props: Props): ReactNode {
  if (props.className === 'token plain' && props.style === undefined) return props.children;
  return <Token {...props} />;
}
