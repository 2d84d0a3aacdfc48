import { useContext, type ReactNode } from 'react';
import Line from '@theme-original/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Line';
import { UncolouredCode } from '@site/src/codeHighlighting/uncolouredCode';

/** Where code goes out uncoloured (see UncolouredCode), a line is one plain token: its text. */
export default function LineWrapper(props: Props): ReactNode {
  const uncoloured = useContext(UncolouredCode);
  if (!uncoloured) return <Line {...props} />;
  const text = props.line.map((token) => token.content).join('');
  // An empty line keeps its mark: the theme gives it a span that holds the line's height.
  const empty = props.line.length === 1 && props.line[0].empty;
  return <Line {...props} line={[{ types: ['plain'], content: text, ...(empty && { empty }) }]} />;
}
