// cspell:ignore troch uvv
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { transform } from './testing';

describe('tool versions in lessons', () => {
  it('writes the version taught in prose, code blocks and inline code', () => {
    const tree = transform(
      [
        'Install uv :version[uv] or newer.',
        '',
        '```dockerfile',
        'COPY --from=ghcr.io/astral-sh/uv:{{version:uv}} /uv /bin/',
        '```',
        '',
        'Pin `torch=={{version:torch}}.*` in CI.',
      ].join('\n'),
    );
    const text = toString(tree);
    expect(text).toContain('Install uv 0.12 or newer.');
    expect(text).toContain('COPY --from=ghcr.io/astral-sh/uv:0.12 /uv /bin/');
    expect(text).toContain('Pin torch==2.14.* in CI.');
    expect(text).not.toContain('version');
  });

  it('names an unknown tool in code with its line and the closest known key', () => {
    expect(() =>
      transform(['Intro.', '', '```bash', 'pip install torch=={{version:troch}}', '```'].join('\n')),
    ).toThrow(
      /lesson\.mdx:3:1: unknown tool "troch" in \{\{version:troch\}\}\n {2}Write instead: \{\{version:torch\}\}/,
    );
  });

  it('rejects a version directive without a tool', () => {
    expect(() => transform('Use :version[] here.')).toThrow(/:version\[\] names no tool/);
  });
});
