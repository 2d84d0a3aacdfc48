import fs from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { lessonError } from './errors';
import { jsxElement } from './jsx';

export interface CodeFromFileOptions {
  /** Content folders and the URL each is served under, e.g. `docs` at `/`. */
  roots: { dir: string; url: string }[];
}

/** Reads `key=value` and `key="value with spaces"` pairs from a code fence's meta. */
export function parseMeta(meta: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const match of meta.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)) {
    pairs.set(match[1], match[2] ?? match[3]);
  }
  return pairs;
}

function withoutKeys(meta: string, keys: string[]): string {
  return meta
    .replace(/(\w+)=(?:"[^"]*"|\S+)/g, (pair, key: string) => (keys.includes(key) ? '' : pair))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Fills a fenced code block that has `file=path` (and optionally `lines=a-b`) with the
 * file's content at build time, titles it with the file name, and wraps it so the
 * page links to the very same file for download.
 */
export const codeFromFile: Plugin<[CodeFromFileOptions], Root> = (options) => (tree, file) => {
  visit(tree, 'code', (node: Code, index, parent) => {
    const meta = parseMeta(node.meta ?? '');
    const relative = meta.get('file');
    if (!relative) return;
    if (!file.path)
      lessonError(file, node, "a code block from a file needs the lesson's path", 'run it through the site build');
    const lessonDir = path.dirname(file.path);
    const target = path.resolve(lessonDir, relative);
    if (node.value.trim() !== '') {
      lessonError(
        file,
        node,
        `the code block with file=${relative} also has its own content`,
        'an empty block: its content comes from the file',
      );
    }
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
      lessonError(
        file,
        node,
        `the file "${relative}" does not exist (looked for ${path.relative(process.cwd(), target)})`,
        `a path relative to the lesson, e.g. file=exercise_files/<module>/<name>, or add the file`,
      );
    }
    const root = options.roots.find((r) => target.startsWith(path.resolve(r.dir) + path.sep));
    if (!root) {
      lessonError(
        file,
        node,
        `the file "${relative}" is outside the site's content folders`,
        "a file in the session's exercise_files/ folder",
      );
    }
    const content = fs.readFileSync(target, 'utf8');
    const allLines = content.replace(/\r?\n$/, '').split(/\r?\n/);
    let shown = allLines;
    const range = meta.get('lines');
    if (range) {
      const match = /^(\d+)-(\d+)$/.exec(range);
      const [first, last] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
      if (!match || first < 1 || last < first) {
        lessonError(
          file,
          node,
          `"lines=${range}" is not a line range`,
          'lines=START-END with 1 <= START <= END, e.g. lines=5-20',
        );
      }
      if (last > allLines.length) {
        lessonError(
          file,
          node,
          `"lines=${range}" goes past the end of ${relative}, which has ${allLines.length} lines`,
          `lines=${first}-${allLines.length} or a smaller range`,
        );
      }
      shown = allLines.slice(first - 1, last);
    }
    const name = path.basename(target);
    node.value = shown.join('\n');
    node.meta = [withoutKeys(node.meta ?? '', ['file', 'lines', 'title']), `title="${name}"`].filter(Boolean).join(' ');
    const urlPath = path.relative(path.resolve(root.dir), target).split(path.sep).join('/');
    const href = `${root.url.replace(/\/$/, '')}/${urlPath}`;
    if (parent && index !== undefined) {
      parent.children[index] = jsxElement('CodeFile', { href, name, lines: range }, [node]) as never;
    }
  });
};
