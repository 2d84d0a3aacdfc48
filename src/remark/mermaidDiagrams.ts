import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { RenderDiagram } from '../diagrams/mermaidRenderer';
import { chromiumHowTo, DiagramBrowserError, DiagramSyntaxError } from '../diagrams/mermaidRenderer';
import { lessonError } from './errors';
import { jsxElement } from './jsx';

export interface MermaidDiagramsOptions {
  render: RenderDiagram;
  /** The site's root: images are referenced as `@site/...` so the bundler fingerprints them. */
  siteDir: string;
}

/**
 * A Mermaid fence becomes two pictures drawn at build time, one per colour theme, whose
 * alt text is the diagram's accTitle and accDescr. Runs after `figures`, which checks both.
 */
export const mermaidDiagrams: Plugin<[MermaidDiagramsOptions], Root> =
  ({ render, siteDir }) =>
  async (tree, file) => {
    const fences: { code: Code; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, 'code', (code: Code, index, parent) => {
      if (code.lang === 'mermaid' && parent && index !== undefined) fences.push({ code, index, parent });
    });
    for (const { code, index, parent } of fences) {
      let rendered;
      try {
        rendered = await render(code.value);
      } catch (error) {
        if (error instanceof DiagramBrowserError) {
          lessonError(
            file,
            code,
            `this diagram is new or changed: ${error.message}`,
            `install Chromium once (${chromiumHowTo.join('; ')}), build again, and commit the new files in src/diagrams/rendered/`,
          );
        }
        if (!(error instanceof DiagramSyntaxError)) throw error;
        lessonError(
          file,
          code,
          `the Mermaid diagram does not parse: ${error.message.split('\n').slice(0, 3).join(' ')}`,
          'the diagram in the syntax of https://mermaid.js.org/intro/syntax-reference.html (try it at https://mermaid.live)',
        );
      }
      const alt = accessibleText(code.value);
      const picture = (theme: 'light' | 'dark') => ({
        type: 'image' as const,
        url: `@site/${path.relative(siteDir, rendered.files[theme]).split(path.sep).join('/')}`,
        alt,
      });
      // Children in theme order: the component shows the one matching the reader's theme.
      parent.children[index] = jsxElement('MermaidDiagram', {}, [
        { type: 'paragraph', children: [picture('light')] },
        { type: 'paragraph', children: [picture('dark')] },
      ]);
    }
  };

/** "Title. Description." from the diagram's accTitle and accDescr (one line or a `{ }` block). */
export function accessibleText(source: string): string {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? '';
  const description = (
    /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1] ??
    /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1] ??
    ''
  )
    .replace(/\s+/g, ' ')
    .trim();
  return [title, description]
    .filter(Boolean)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
