import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { BlockContent, DefinitionContent } from 'mdast';

type FlowChild = MdxJsxFlowElement['children'][number] | BlockContent | DefinitionContent;

/** Builds a JSX flow element with string attributes (undefined ones are left out). */
export function jsxElement(
  name: string,
  attributes: Record<string, string | undefined>,
  children: FlowChild[] = [],
): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children } as MdxJsxFlowElement;
}
