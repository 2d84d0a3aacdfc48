import { describe, expect, it } from 'vitest';
import { attributesOf, elementNames, transform } from './testing';

describe('figures', () => {
  it('makes an image with a title into a zoomable figure with that caption', () => {
    const tree = transform('![Three boxes in a loop](./loop.svg "The MLOps loop")');
    expect(attributesOf(tree, 'Figure')).toEqual([{ caption: 'The MLOps loop', zoom: 'true' }]);
  });

  it('leaves an image without a title as an image', () => {
    expect(elementNames(transform('![Three boxes in a loop](./loop.svg)'))).toEqual([]);
  });

  it('rejects an image without alt text', () => {
    expect(() => transform('Text.\n\n![](./loop.svg "A loop")')).toThrow(
      /lesson\.mdx:3:1: the image "\.\/loop\.svg" has no alt text\n {2}Write instead: !\[what the image shows/,
    );
  });

  it('captions a Mermaid diagram as a zoomable figure that has an accessible title and description', () => {
    const tree = transform(
      '```mermaid caption="A pipe"\nflowchart LR\n  accTitle: Pipe\n  accDescr: a to b\n  a --> b\n```',
    );
    expect(attributesOf(tree, 'Figure')).toEqual([{ caption: 'A pipe', zoom: 'true' }]);
  });

  it('rejects a Mermaid diagram without accTitle and accDescr', () => {
    expect(() => transform('```mermaid\nflowchart LR\n  a --> b\n```')).toThrow(/no accessible title and description/);
  });
});
