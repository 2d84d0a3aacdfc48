import fs from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { chromiumHowTo, diagramHash } from '../../src/diagrams/mermaidRenderer';

const renderedDir = 'src/diagrams/rendered';

function lessons(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'exercise_files' ? [] : lessons(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every Mermaid diagram of the site's pages, with where it is written. */
function diagrams(): { where: string; hash: string }[] {
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);
  return [...lessons('docs'), ...lessons('src/pages')].flatMap((file) => {
    const found: { where: string; hash: string }[] = [];
    visit(parser.parse(fs.readFileSync(file, 'utf8')), 'code', (code: Code) => {
      if (code.lang === 'mermaid') {
        found.push({ where: `${file}:${code.position?.start.line}`, hash: diagramHash(code.value) });
      }
    });
    return found;
  });
}

describe('diagrams drawn and kept in the repository', () => {
  const all = diagrams();
  const files = new Set(fs.readdirSync(renderedDir));

  it('has a light and a dark drawing for every diagram, so building needs no browser', () => {
    const missing = all.filter(({ hash }) => !files.has(`${hash}-light.svg`) || !files.has(`${hash}-dark.svg`));
    expect(
      missing.map(({ where }) => where),
      `Draw these with \`npm run build\` (it needs Chromium once: ${chromiumHowTo.join('; ')}) and commit ${renderedDir}/`,
    ).toEqual([]);
  });

  it('keeps no drawing of a diagram that no page has any more', () => {
    const used = new Set(all.flatMap(({ hash }) => [`${hash}-light.svg`, `${hash}-dark.svg`]));
    const stale = [...files].filter((name) => !used.has(name));
    expect(stale, `Delete these from ${renderedDir}/: their diagrams changed or are gone`).toEqual([]);
  });
});
