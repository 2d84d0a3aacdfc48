import type { Code, Image, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { parseMeta } from './codeFromFile';
import { lessonError } from './errors';
import { jsxElement } from './jsx';

/**
 * An image alone in its paragraph becomes a figure whose caption is the image's
 * title; a Mermaid fence with `caption="..."` becomes a captioned figure too. Every
 * image needs alt text.
 */
export const figures: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, 'image', (image: Image) => {
    if (!image.alt?.trim()) {
      lessonError(
        file,
        image,
        `the image "${image.url}" has no alt text`,
        `![what the image shows, for readers who cannot see it](${image.url})`,
      );
    }
  });
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
    const [only] = paragraph.children;
    if (paragraph.children.length !== 1 || only.type !== 'image' || !only.title) return;
    if (parent && index !== undefined) {
      parent.children[index] = jsxElement('Figure', { caption: only.title, zoom: 'true' }, [paragraph]) as never;
    }
  });
  visit(tree, 'code', (code: Code, index, parent) => {
    if (code.lang !== 'mermaid') return;
    const caption = parseMeta(code.meta ?? '').get('caption');
    if (!/accTitle\s*:/.test(code.value) || !/accDescr\s*[:{]/.test(code.value)) {
      lessonError(
        file,
        code,
        'the Mermaid diagram has no accessible title and description',
        '"accTitle: ..." and "accDescr: ..." lines at the top of the diagram',
      );
    }
    if (caption && parent && index !== undefined) {
      parent.children[index] = jsxElement('Figure', { caption, zoom: 'true' }, [code]) as never;
    }
  });
};
