import type { Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ToolVersions } from '../data/versions';
import { closest, lessonError } from './errors';

export interface VersionsOptions {
  /** The versions of the edition a lesson belongs to, by the lesson's path. */
  versionsFor: (lessonPath: string) => ToolVersions;
}

const codeMarker = /\{\{version:([^}]*)\}\}/g;

function versionOf(table: ToolVersions, key: string, write: (key: string) => string, file: VFile, node: Node): string {
  const tool = table[key];
  if (tool) return tool.version;
  const keys = Object.keys(table);
  return lessonError(
    file,
    node,
    key ? `unknown tool "${key}" in ${write(key)}` : `${write('')} names no tool`,
    `${write(closest(key, keys) ?? keys[0])} (tools: ${keys.join(', ')}; a new tool goes into pages/versions.ts first)`,
  );
}

/**
 * Writes the edition's tool versions into a lesson: `:version[uv]` in prose and
 * `{{version:uv}}` inside code, so that each version is typed once, in `pages/versions.ts`.
 */
export const versions: Plugin<[VersionsOptions], Root> = (options) => (tree, file) => {
  const table = () => options.versionsFor(String(file.path));
  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective' && (node as TextDirective).name === 'version') {
      const key = toString(node).trim();
      const value = versionOf(table(), key, (k) => `:version[${k}]`, file, node);
      if (parent && index !== undefined) parent.children[index] = { type: 'text', value } satisfies Text;
      return;
    }
    if ((node.type === 'code' || node.type === 'inlineCode') && node.value.includes('{{version:')) {
      node.value = node.value.replace(codeMarker, (_, key: string) =>
        versionOf(table(), key.trim(), (k) => `{{version:${k}}}`, file, node),
      );
    }
  });
};
