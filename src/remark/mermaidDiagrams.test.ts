import path from 'node:path';
import type { Image, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { DiagramSyntaxError, type RenderDiagram } from '../diagrams/mermaidRenderer';
import { accessibleText, mermaidDiagrams } from './mermaidDiagrams';
import { elementNames, fixturesDir } from './testing';

const siteDir = path.resolve(fixturesDir, '..');
const diagram = '```mermaid\nflowchart LR\n  accTitle: Pipe\n  accDescr: Data flows from a to b\n  a --> b\n```';

async function run(markdown: string, render: RenderDiagram): Promise<Root> {
  const file = new VFile({ path: path.join(fixturesDir, 'lesson.mdx'), value: markdown });
  const processor = unified().use(remarkParse).use(remarkMdx).use(mermaidDiagrams, { render, siteDir });
  return (await processor.run(processor.parse(file), file)) as Root;
}

const fakeRender: RenderDiagram = async () => ({
  files: { light: path.join(siteDir, 'cache', 'x-light.svg'), dark: path.join(siteDir, 'cache', 'x-dark.svg') },
});

describe('mermaidDiagrams', () => {
  it('replaces a Mermaid fence with a light and a dark picture carrying the accessible text', async () => {
    const tree = await run(`Text.\n\n${diagram}`, fakeRender);
    expect(elementNames(tree)).toEqual(['MermaidDiagram']);
    const images: Image[] = [];
    visit(tree, 'image', (image: Image) => void images.push(image));
    expect(images.map((image) => image.url)).toEqual(['@site/cache/x-light.svg', '@site/cache/x-dark.svg']);
    expect(images.map((image) => image.alt)).toEqual(Array(2).fill('Pipe. Data flows from a to b.'));
  });

  it('leaves other code blocks alone', async () => {
    const tree = await run('```python\nprint(1)\n```', fakeRender);
    expect(elementNames(tree)).toEqual([]);
  });

  it('reports a diagram that does not parse with its file, line and where to check the syntax', async () => {
    const failing: RenderDiagram = async () => {
      throw new DiagramSyntaxError('Parse error on line 2:\nExpecting NODE');
    };
    await expect(run(`# Title\n\n${diagram}`, failing)).rejects.toThrow(
      /lesson\.mdx:3:1: the Mermaid diagram does not parse: Parse error on line 2: Expecting NODE\n {2}Write instead: .*mermaid\.js\.org/,
    );
  });
});

describe('accessibleText', () => {
  it('joins the title and a one-line or block description into sentences', () => {
    expect(accessibleText('flowchart LR\n  accTitle: A loop\n  accDescr: Three steps repeat.')).toBe(
      'A loop. Three steps repeat.',
    );
    expect(accessibleText('flowchart LR\n  accTitle: A loop\n  accDescr {\n    Three steps\n    repeat\n  }')).toBe(
      'A loop. Three steps repeat.',
    );
  });
});
