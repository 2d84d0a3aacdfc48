// cspell:ignore solutoin modlues sumary
import { describe, expect, it } from 'vitest';
import { attributesOf, elementNames, transform } from './testing';

const lesson = (...lines: string[]) => lines.join('\n');

describe('collapsible blocks', () => {
  it('turns each kind into a Collapsible with its default title', () => {
    const tree = transform(
      lesson(':::solution', 'Run it.', ':::', '', ':::hint', 'Look up.', ':::', '', ':::example', 'Code.', ':::'),
    );
    expect(attributesOf(tree, 'Collapsible')).toEqual([
      { kind: 'solution', title: 'Solution' },
      { kind: 'hint', title: 'Hint' },
      { kind: 'example', title: 'Example' },
    ]);
  });

  it('uses the bracketed label as the title and keeps it out of the body', () => {
    const tree = transform(lesson(':::example[Script to debug]', 'Body text.', ':::'));
    expect(attributesOf(tree, 'Collapsible')).toEqual([{ kind: 'example', title: 'Script to debug' }]);
    const [block] = tree.children as unknown as { children: unknown[] }[];
    expect(JSON.stringify(block.children)).not.toContain('Script to debug');
    expect(JSON.stringify(block.children)).toContain('Body text.');
  });

  it('works inside a numbered list item and around a tab set', () => {
    const tree = transform(
      lesson(
        '1. Install it.',
        '',
        '   :::::solution',
        '   ::::tabs{group=os}',
        '   :::tab[Linux and macOS]',
        '   `ls`',
        '   :::',
        '   :::tab[Windows]',
        '   `dir`',
        '   :::',
        '   ::::',
        '   :::::',
      ),
    );
    expect(elementNames(tree)).toEqual(['Collapsible', 'Tabs', 'TabItem', 'TabPrintLabel', 'TabItem', 'TabPrintLabel']);
  });

  it('rejects an empty block', () => {
    expect(() => transform(lesson(':::hint', ':::'))).toThrow(/lesson\.mdx:1:1: the ":::hint" block is empty/);
  });
});

describe('contributor mistakes', () => {
  it('names a misspelled directive, its line and the right spelling', () => {
    expect(() => transform(lesson('Intro.', '', ':::solutoin', 'Answer.', ':::'))).toThrow(
      /lesson\.mdx:3:1: unknown block ":::solutoin"\n {2}Write instead: :::solution/,
    );
  });

  it('reports a block that is never closed', () => {
    expect(() => transform(lesson(':::hint', 'Never closed.', '', 'More text.'))).toThrow(
      /lesson\.mdx:1:1: the ":::hint" block opened here is never closed\n {2}Write instead: a line with :::/,
    );
  });

  it('reports an outer block closed with too few colons', () => {
    expect(() => transform(lesson('::::solution', ':::hint', 'Inner.', ':::', 'Outer text.'))).toThrow(/never closed/);
  });

  it('rejects an unknown leaf directive', () => {
    expect(() => transform('::modlues')).toThrow(/unknown directive "::modlues"\n {2}Write instead: ::modules/);
  });

  it('leaves admonitions to Docusaurus', () => {
    const tree = transform(lesson(':::tip', 'A tip.', ':::'));
    expect(elementNames(tree)).toEqual([]);
    expect(tree.children[0]).toMatchObject({ type: 'containerDirective', name: 'tip' });
  });
});

describe('tab sets', () => {
  it('maps the labels of a group to stable values with a synced group id and query string', () => {
    const tree = transform(
      lesson('::::tabs{group=package-manager}', ':::tab[uv]', 'a', ':::', ':::tab[pip]', 'b', ':::', '::::'),
    );
    expect(attributesOf(tree, 'Tabs')).toEqual([{ groupId: 'package-manager', queryString: 'package-manager' }]);
    expect(attributesOf(tree, 'TabItem')).toEqual([
      { value: 'uv', label: 'uv' },
      { value: 'pip', label: 'pip' },
    ]);
  });

  it('rejects an unknown group with the closest one', () => {
    expect(() => transform(lesson('::::tabs{group=oss}', ':::tab[Windows]', 'a', ':::', '::::'))).toThrow(
      /unknown tab group "oss"\n {2}Write instead: ::::tabs\{group=os\}/,
    );
  });

  it('rejects a label that is not in the group', () => {
    expect(() =>
      transform(lesson('::::tabs{group=os}', ':::tab[Linux]', 'a', ':::', ':::tab[Windows]', 'b', ':::', '::::')),
    ).toThrow(
      /"Linux" is not a tab of the "os" group\n {2}Write instead: one of :::tab\[Linux and macOS\], :::tab\[Windows\]/,
    );
  });

  it('rejects a tab outside a tab set', () => {
    expect(() => transform(lesson(':::tab[uv]', 'a', ':::'))).toThrow(/":::tab" outside a tab set/);
  });

  it('rejects a set with a single tab', () => {
    expect(() => transform(lesson('::::tabs{group=os}', ':::tab[Windows]', 'a', ':::', '::::'))).toThrow(
      /at least two tabs/,
    );
  });
});

describe('quiz', () => {
  const quiz = lesson(
    ':::quiz',
    '1. Pick one.',
    '',
    '   - [ ] wrong',
    '   - [x] right',
    '',
    '   > Because.',
    '',
    '2. Pick several.',
    '',
    '   - [x] a',
    '   - [x] b',
    '   - [ ] c',
    '',
    '   > Both a and b.',
    '',
    '3. Explain.',
    '',
    '   > A model answer.',
    ':::',
  );

  it('derives single, multiple and open questions from the checkboxes', () => {
    expect(attributesOf(transform(quiz), 'QuizQuestion')).toEqual([
      { number: '1', mode: 'single', correct: '1' },
      { number: '2', mode: 'multiple', correct: '0,1' },
      { number: '3', mode: 'open', correct: '' },
    ]);
  });

  it('rejects a question without an explanation', () => {
    expect(() => transform(lesson(':::quiz', '1. Pick.', '', '   - [x] a', '   - [ ] b', ':::'))).toThrow(
      /question 1 of the quiz has no explanation/,
    );
  });

  it('rejects options without a correct one', () => {
    expect(() =>
      transform(lesson(':::quiz', '1. Pick.', '', '   - [ ] a', '   - [ ] b', '', '   > Why.', ':::')),
    ).toThrow(/question 1 has no correct option\n {2}Write instead: mark the right option\(s\) with "- \[x\]"/);
  });

  it('rejects an option without a checkbox', () => {
    expect(() => transform(lesson(':::quiz', '1. Pick.', '', '   - [x] a', '   - b', '', '   > Why.', ':::'))).toThrow(
      /option 2 of question 1 has no checkbox/,
    );
  });

  it('rejects a quiz that is not a numbered list', () => {
    expect(() => transform(lesson(':::quiz', 'Just text.', ':::'))).toThrow(/a quiz holds exactly one numbered list/);
  });
});

describe('session module cards', () => {
  it('turns ::modules into the SessionModules component', () => {
    expect(elementNames(transform('::modules'))).toEqual(['SessionModules']);
  });
});

describe('checklists', () => {
  const week1 = lesson(
    ':::checklist{id=week1}',
    '- [ ] Create a [repository](./git.mdx) for the group.',
    '- [ ] Pin the dependencies with `uv lock`.',
    ':::',
  );

  it('turns a task list into a Checklist whose items have ids from the list id and their words', () => {
    const tree = transform(week1);
    expect(elementNames(tree)).toEqual(['Checklist', 'ChecklistItem', 'ChecklistItem']);
    expect(attributesOf(tree, 'ChecklistItem')).toEqual([
      { id: 'week1-create-a-repository-for-the-group' },
      { id: 'week1-pin-the-dependencies-with-uv-lock' },
    ]);
    expect(attributesOf(tree, 'Checklist')).toEqual([
      { id: 'week1', items: 'week1-create-a-repository-for-the-group week1-pin-the-dependencies-with-uv-lock' },
    ]);
  });

  it('keeps the links and code of an item, without a paragraph around them', () => {
    const tree = transform(week1);
    const [list] = tree.children as unknown as { children: { children: { type: string }[] }[] }[];
    expect(list.children[0].children.map((child) => child.type)).toEqual(['text', 'link', 'text']);
  });

  it('gives an item the same id however its text is formatted', () => {
    const plain = transform(lesson(':::checklist{id=a}', '- [ ] Use Docker, then DVC.', ':::'));
    const styled = transform(lesson(':::checklist{id=a}', '- [ ] Use **Docker**, then `DVC`.', ':::'));
    expect(attributesOf(styled, 'ChecklistItem')).toEqual(attributesOf(plain, 'ChecklistItem'));
  });

  it('asks for an id, and for a well-formed one', () => {
    expect(() => transform(lesson(':::checklist', '- [ ] A.', ':::'))).toThrow(
      /lesson\.mdx:1:1: a checklist needs an id\n {2}Write instead: :::checklist\{id=week1\}/,
    );
    expect(() => transform(lesson(':::checklist{id="Week 1"}', '- [ ] A.', ':::'))).toThrow(
      /the checklist id "Week 1" is not lower-case words joined by dashes\n {2}Write instead: :::checklist\{id=week-1\}/,
    );
  });

  it('rejects two checklists with the same id on one page', () => {
    const twice = lesson(':::checklist{id=a}', '- [ ] A.', ':::', '', ':::checklist{id=a}', '- [ ] B.', ':::');
    expect(() => transform(twice)).toThrow(/lesson\.mdx:5:1: a second checklist with the id "a" on this page/);
  });

  it('rejects an item without a checkbox, a ticked item and a repeated item', () => {
    expect(() => transform(lesson(':::checklist{id=a}', '- [ ] A.', '- B.', ':::'))).toThrow(
      /lesson\.mdx:3:1: item 2 of checklist "a" has no checkbox\n {2}Write instead: "- \[ \] thing to do"/,
    );
    expect(() => transform(lesson(':::checklist{id=a}', '- [x] A.', ':::'))).toThrow(
      /item 1 of checklist "a" is ticked; the reader ticks items, the page never does/,
    );
    expect(() => transform(lesson(':::checklist{id=a}', '- [ ] A.', '- [ ] A.', ':::'))).toThrow(
      /items 1 and 2 of checklist "a" have the same text/,
    );
  });

  it('rejects anything but one bulleted task list', () => {
    expect(() => transform(lesson(':::checklist{id=a}', 'Intro.', '', '- [ ] A.', ':::'))).toThrow(
      /a checklist holds exactly one bulleted task list/,
    );
    expect(() => transform(lesson(':::checklist{id=a}', '1. [ ] A.', ':::'))).toThrow(
      /a checklist holds exactly one bulleted task list/,
    );
  });

  it('rejects an item of more than one paragraph', () => {
    expect(() => transform(lesson(':::checklist{id=a}', '- [ ] A.', '', '  More.', ':::'))).toThrow(
      /item 1 of checklist "a" is more than one paragraph/,
    );
  });
});

describe('course page directives', () => {
  it('places the module summary, the calendar download and a week of the time plan', () => {
    const tree = transform(lesson('::module-summary', '', '::add-to-calendar', '', '::timeplan{week=2}'));
    expect(elementNames(tree)).toEqual(['ModuleSummary', 'CalendarDownload', 'TimePlanWeek']);
    expect(attributesOf(tree, 'TimePlanWeek')).toEqual([{ week: '2' }]);
  });

  it('asks the time plan for a week number', () => {
    expect(() => transform('::timeplan')).toThrow(
      /the time plan directive needs the week it shows\n {2}Write instead: ::timeplan\{week=1\}/,
    );
    expect(() => transform('::timeplan{week=first}')).toThrow(/"first" is not a week number/);
  });

  it('suggests the right spelling of a misspelled summary', () => {
    expect(() => transform('::module-sumary')).toThrow(
      /unknown directive "::module-sumary"\n {2}Write instead: ::module-summary/,
    );
  });
});
