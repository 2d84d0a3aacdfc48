import path from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { codeFromFile } from './codeFromFile';
import { figures } from './figures';
import { lessonDirectives } from './lessonDirectives';
import { versions } from './versions';

/** The versions fixture lessons name. */
export const fixtureVersions = {
  uv: { name: 'uv', version: '0.12', source: 'https://docs.astral.sh/uv/' },
  torch: { name: 'PyTorch', version: '2.14', source: 'https://pytorch.org/' },
};

export const fixturesDir = path.join(__dirname, '__fixtures__');

/** Runs the lesson plugins the way the site does, on a lesson that lives in the fixtures folder. */
export function transform(markdown: string, fileName = 'lesson.mdx'): Root {
  const file = new VFile({ path: path.join(fixturesDir, fileName), value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(versions, { versionsFor: () => fixtureVersions })
    .use(lessonDirectives)
    .use(codeFromFile, { roots: [{ dir: path.dirname(fixturesDir), url: '/lessons' }] })
    .use(figures);
  return processor.runSync(processor.parse(file), file) as Root;
}

/** The names of the JSX elements in a tree, depth first, for compact assertions. */
export function elementNames(node: { type: string; name?: string | null; children?: unknown[] }): string[] {
  const own = node.type === 'mdxJsxFlowElement' && node.name ? [node.name] : [];
  const children = (node.children ?? []) as { type: string; name?: string | null; children?: unknown[] }[];
  return [...own, ...children.flatMap(elementNames)];
}

export function attributesOf(root: Root, name: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: {
    type: string;
    name?: string;
    attributes?: { name: string; value: unknown }[];
    children?: unknown[];
  }) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === name) {
      found.push(Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value])));
    }
    (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(root as never);
  return found;
}
