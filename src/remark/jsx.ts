import type { RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** Builds a JSX flow element with string attributes (undefined ones are left out). */
export function jsxElement(
  name: string,
  attributes: Record<string, string | undefined>,
  children: readonly RootContent[] = [],
): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children: children as MdxJsxFlowElement['children'] };
}
