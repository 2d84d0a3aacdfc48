import fs from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { attributesOf, fixturesDir, transform } from './testing';

const trainPy = fs.readFileSync(path.join(fixturesDir, 'exercise_files/train.py'), 'utf8');

function codeNode(markdown: string): Code {
  const tree = transform(markdown);
  let found: Code | undefined;
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'code') found = node as Code;
    (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk(tree as never);
  if (!found) throw new Error('no code node');
  return found;
}

describe('code from files', () => {
  it("fills the block with the file's content and titles it with the file name", () => {
    const code = codeNode('```python file=exercise_files/train.py\n```');
    expect(code.value).toBe(trainPy.replace(/\n$/, ''));
    expect(code.meta).toBe('title="train.py"');
    expect(code.lang).toBe('python');
  });

  it('links to the same file under the content URL for download', () => {
    const tree = transform('```python file=exercise_files/train.py\n```');
    expect(attributesOf(tree, 'CodeFile')).toEqual([
      { href: '/lessons/__fixtures__/exercise_files/train.py', name: 'train.py' },
    ]);
  });

  it('shows only the requested line range and keeps other meta', () => {
    const code = codeNode('```python file=exercise_files/train.py lines=3-5 showLineNumbers\n```');
    expect(code.value).toBe('EPOCHS = 3\n\nprint(f"training for {EPOCHS} epochs")');
    expect(code.meta).toBe('showLineNumbers title="train.py"');
  });

  it('fails on a missing file, naming the lesson and the path', () => {
    expect(() => transform('```python file=exercise_files/missing.py\n```')).toThrow(
      /lesson\.mdx:1:1: the file "exercise_files\/missing\.py" does not exist/,
    );
  });

  it('fails on a range past the end of the file, saying how long it is', () => {
    expect(() => transform('```python file=exercise_files/train.py lines=2-40\n```')).toThrow(
      /"lines=2-40" goes past the end of exercise_files\/train\.py, which has 5 lines\n {2}Write instead: lines=2-5/,
    );
  });

  it('fails on a malformed range', () => {
    expect(() => transform('```python file=exercise_files/train.py lines=5-2\n```')).toThrow(/is not a line range/);
  });

  it('fails when the block also has content of its own', () => {
    expect(() => transform('```python file=exercise_files/train.py\nprint(1)\n```')).toThrow(
      /also has its own content/,
    );
  });
});
