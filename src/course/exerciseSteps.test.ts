import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { exerciseSteps } from './exerciseSteps';

const ids = (markdown: string) =>
  exerciseSteps(unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(markdown)).steps.map((s) => s.id);

const page = (intro: string, steps: string[], after = '') =>
  [
    intro,
    '',
    '## Exercises',
    '',
    ...steps.map((s, i) => `${i + 1}. ${s}\n\n   More text.\n`),
    after,
    '## Knowledge check',
    '',
    'Q.',
  ].join('\n');

describe('exercise step ids', () => {
  const steps = ['Install uv.', 'Create the project.', 'Add numpy.'];
  const original = ids(page('Why it matters.', steps));

  it('gives each numbered step of the Exercises section an id', () => {
    expect(original).toHaveLength(3);
    expect(new Set(original).size).toBe(3);
  });

  it('keeps the ids when text elsewhere on the page changes, or a step is added at the end', () => {
    expect(ids(page('Why it really matters, with a typo fixed.', steps))).toEqual(original);
    expect(ids(page('Why it matters.', [...steps, 'Commit.'])).slice(0, 3)).toEqual(original);
  });

  it('keeps a step id when steps before it are added or removed', () => {
    expect(ids(page('Why it matters.', ['Open a shell.', ...steps])).slice(1)).toEqual(original);
  });

  it('changes only the id of a step whose own instruction changes', () => {
    const changed = ids(page('Why it matters.', ['Install uv.', 'Create the package project.', 'Add numpy.']));
    expect(changed[0]).toBe(original[0]);
    expect(changed[1]).not.toBe(original[1]);
    expect(changed[2]).toBe(original[2]);
  });

  it('ignores lists outside the Exercises section and pages without one', () => {
    expect(ids('## How it works\n\n1. Not a step.\n')).toEqual([]);
  });

  it('keeps two steps with the same instruction apart', () => {
    const [a, b] = ids(page('Why.', ['Run the tests.', 'Run the tests.']));
    expect(a).not.toBe(b);
  });
});
