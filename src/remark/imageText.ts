import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Docusaurus HTML-escapes an image's alt and title when it turns the image into JSX, but
 * JSX attributes are not HTML, so "the model's input" would reach readers as
 * "the model&#39;s input". Runs after Docusaurus' own plugins and undoes the escaping.
 */
export const imageText: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'mdxJsxTextElement', (element: MdxJsxTextElement) => {
    if (element.name !== 'img') return;
    for (const attribute of element.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'alt' || attribute.name === 'title')) {
        if (typeof attribute.value === 'string') {
          attribute.value = attribute.value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity]);
        }
      }
    }
  });
};
