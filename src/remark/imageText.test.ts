import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { imageText } from './imageText';

const imageWith = (alt: string): Root => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        {
          type: 'mdxJsxTextElement',
          name: 'img',
          attributes: [{ type: 'mdxJsxAttribute', name: 'alt', value: alt }],
          children: [],
        },
      ],
    },
  ],
});

describe('imageText', () => {
  it('gives readers the alt text as written, not HTML-escaped', () => {
    const tree = imageWith('grep&#39;s output &amp; &quot;errors&quot; &lt;stderr&gt;');
    (imageText as () => (tree: Root) => void)()(tree);
    expect(JSON.stringify(tree)).toContain(`"value":"grep's output & \\"errors\\" <stderr>"`);
  });

  it('decodes each entity once, so a written "&amp;lt;" stays literal text', () => {
    const tree = imageWith('&amp;lt;');
    (imageText as () => (tree: Root) => void)()(tree);
    expect(JSON.stringify(tree)).toContain('"value":"&lt;"');
  });
});
