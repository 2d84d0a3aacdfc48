import type { BlockContent, List, ListItem, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { tabGroups } from '../data/tabGroups';
import { closest, lessonError } from './errors';
import { jsxElement } from './jsx';

/** Collapsible block kinds and the title shown when the contributor gives none. */
export const collapsibleKinds = {
  example: 'Example',
  solution: 'Solution',
  hint: 'Hint',
} as const;
export type CollapsibleKind = keyof typeof collapsibleKinds;

/** Directives handled by Docusaurus itself (admonitions), left untouched. */
export const admonitionKinds = [
  'note',
  'tip',
  'info',
  'warning',
  'danger',
  'caution',
  'important',
  'success',
  'secondary',
] as const;

const containerNames = [...Object.keys(collapsibleKinds), 'tabs', 'tab', 'quiz', 'checklist', ...admonitionKinds];

/** Leaf directives ("::name" alone on a line) and the component each one places. */
const leafComponents: Record<string, string> = {
  modules: 'SessionModules',
  'module-summary': 'ModuleSummary',
  timeplan: 'TimePlanWeek',
  'add-to-calendar': 'CalendarDownload',
  'course-map': 'CourseMap',
  'progress-transfer': 'ProgressTransfer',
};
const leafNames = Object.keys(leafComponents);

function isLabel(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && Boolean((node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
}

function splitLabel(node: ContainerDirective): { label?: string; body: ContainerDirective['children'] } {
  const [first, ...rest] = node.children;
  if (first && isLabel(first)) return { label: toString(first).trim(), body: rest };
  return { body: node.children };
}

/** A block opened with N colons must be closed by a line of at least N colons. */
function assertClosed(node: ContainerDirective, file: VFile) {
  const source = String(file.value ?? '');
  const { start, end } = node.position ?? {};
  if (!start || !end || !source) return;
  const lines = source.split(/\r?\n/);
  const opening = /^[\s>]*(:{3,})/.exec(lines[start.line - 1] ?? '')?.[1].length ?? 3;
  const closing = /^[\s>]*(:{3,})\s*$/.exec(lines[end.line - 1] ?? '')?.[1].length ?? 0;
  if (end.line === start.line || closing < opening) {
    lessonError(
      file,
      node,
      `the ":::${node.name}" block opened here is never closed`,
      `a line with ${':'.repeat(opening)} (as many colons as the opening line, same indentation) after the block's content`,
    );
  }
}

function collapsible(node: ContainerDirective, file: VFile): RootContent {
  const { label, body } = splitLabel(node);
  const kind = node.name as CollapsibleKind;
  if (body.length === 0) {
    lessonError(file, node, `the ":::${kind}" block is empty`, `the ${kind}'s content between ":::${kind}" and ":::"`);
  }
  return jsxElement('Collapsible', { kind, title: label || collapsibleKinds[kind] }, body);
}

function tabs(node: ContainerDirective, file: VFile): RootContent {
  const group = node.attributes?.group ?? undefined;
  const groups = Object.keys(tabGroups);
  if (!group || !(group in tabGroups)) {
    lessonError(
      file,
      node,
      group ? `unknown tab group "${group}"` : 'a tab set needs a group',
      `::::tabs{group=${closest(group ?? '', groups) ?? groups[0]}} (groups: ${groups.join(', ')})`,
    );
  }
  const choices = tabGroups[group];
  const { body } = splitLabel(node);
  const seen = new Set<string>();
  const items = body.map((child) => {
    if (child.type !== 'containerDirective' || child.name !== 'tab') {
      lessonError(
        file,
        child,
        `a tab set may only hold ":::tab" blocks, found ${child.type === 'containerDirective' ? `":::${child.name}"` : `a ${child.type}`}`,
        `:::tab[${choices[0].label}] ... ::: around this content (tabs: ${choices.map((c) => c.label).join(', ')})`,
      );
    }
    const { label, body: content } = splitLabel(child);
    const choice = choices.find((c) => c.label === label);
    if (!choice) {
      lessonError(
        file,
        child,
        label ? `"${label}" is not a tab of the "${group}" group` : 'a tab needs a label',
        `one of ${choices.map((c) => `:::tab[${c.label}]`).join(', ')}`,
      );
    }
    if (seen.has(choice.value)) {
      lessonError(file, child, `the tab "${choice.label}" appears twice in this set`, 'each tab once per set');
    }
    seen.add(choice.value);
    // A printed page shows every panel; this names each one there (hidden on screen).
    const printLabel = jsxElement('TabPrintLabel', { label: choice.label });
    return jsxElement('TabItem', { value: choice.value, label: choice.label }, [printLabel, ...content]);
  });
  if (items.length < 2) {
    lessonError(
      file,
      node,
      'a tab set needs at least two tabs',
      choices.map((c) => `:::tab[${c.label}]`).join(' and '),
    );
  }
  return jsxElement('Tabs', { groupId: group, queryString: group }, items);
}

function quizQuestion(item: ListItem, number: number, file: VFile): RootContent {
  const children = [...item.children];
  const explanation = children.at(-1);
  if (!explanation || explanation.type !== 'blockquote') {
    lessonError(
      file,
      item,
      `question ${number} of the quiz has no explanation`,
      'a blockquote ("> ...") as the last part of the question: the explanation, or the model answer for an open question',
    );
  }
  const optionsIndex = children.findIndex(
    (child) => child.type === 'list' && child.children.some((option) => typeof option.checked === 'boolean'),
  );
  const prompt = children.slice(0, optionsIndex === -1 ? -1 : optionsIndex);
  const between = optionsIndex === -1 ? [] : children.slice(optionsIndex + 1, -1);
  if (prompt.length === 0) {
    lessonError(
      file,
      item,
      `question ${number} of the quiz has no question text`,
      'the question as the first paragraph of the list item',
    );
  }
  if (between.length > 0) {
    lessonError(
      file,
      between[0],
      `question ${number} has content between its options and its explanation`,
      'the options list directly followed by the "> ..." explanation',
    );
  }
  const parts: RootContent[] = [jsxElement('QuizPrompt', {}, prompt as BlockContent[])];
  const optionElements: RootContent[] = [];
  let mode = 'open';
  const correct: number[] = [];
  if (optionsIndex !== -1) {
    const options = children[optionsIndex] as List;
    options.children.forEach((option, index) => {
      if (typeof option.checked !== 'boolean') {
        lessonError(
          file,
          option,
          `option ${index + 1} of question ${number} has no checkbox`,
          '"- [ ] wrong option" or "- [x] right option"',
        );
      }
      if (option.checked) correct.push(index);
      optionElements.push(jsxElement('QuizOption', { index: String(index) }, option.children));
    });
    if (correct.length === 0) {
      lessonError(file, options, `question ${number} has no correct option`, 'mark the right option(s) with "- [x]"');
    }
    if (options.children.length < 2) {
      lessonError(
        file,
        options,
        `question ${number} has only one option`,
        'at least two options, or no options for an open question',
      );
    }
    mode = correct.length === 1 ? 'single' : 'multiple';
    parts.push(jsxElement('QuizOptions', {}, optionElements as BlockContent[]));
  }
  parts.push(jsxElement('QuizExplanation', {}, explanation.children));
  return jsxElement('QuizQuestion', { number: String(number), mode, correct: correct.join(',') }, parts);
}

function quiz(node: ContainerDirective, file: VFile): RootContent {
  const { label, body } = splitLabel(node);
  const list = body[0];
  if (body.length !== 1 || list.type !== 'list' || !list.ordered) {
    lessonError(
      file,
      body[0] ?? node,
      'a quiz holds exactly one numbered list of questions',
      '":::quiz", then "1. Question?" items with "- [x]"/"- [ ]" options and a "> explanation", then ":::"',
    );
  }
  const questions = list.children.map((item, index) => quizQuestion(item, index + 1, file));
  return jsxElement('Quiz', { title: label }, questions);
}

const checklistId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A stable id for a checklist item: the list's id and the item's words, lower case, joined by dashes. */
export function checklistItemId(list: string, text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${list}-${words}`;
}

function checklist(node: ContainerDirective, file: VFile, seenLists: Set<string>): RootContent {
  const id = node.attributes?.id ?? '';
  if (!checklistId.test(id)) {
    lessonError(
      file,
      node,
      id ? `the checklist id "${id}" is not lower-case words joined by dashes` : 'a checklist needs an id',
      `:::checklist{id=${id ? checklistItemId('', id).slice(1) || 'week1' : 'week1'}} (the browser remembers the ticks under this id; keep it once chosen)`,
    );
  }
  if (seenLists.has(id)) {
    lessonError(
      file,
      node,
      `a second checklist with the id "${id}" on this page`,
      'an id no other checklist of the page has',
    );
  }
  seenLists.add(id);
  const { body } = splitLabel(node);
  const list = body[0];
  if (body.length !== 1 || list.type !== 'list' || list.ordered) {
    lessonError(
      file,
      body[0] ?? node,
      'a checklist holds exactly one bulleted task list',
      `":::checklist{id=${id}}", then one "- [ ] thing to do" line per item, then ":::"`,
    );
  }
  const seenItems = new Map<string, number>();
  const items = list.children.map((item, index) => {
    const number = index + 1;
    if (item.checked !== false) {
      lessonError(
        file,
        item,
        item.checked
          ? `item ${number} of checklist "${id}" is ticked; the reader ticks items, the page never does`
          : `item ${number} of checklist "${id}" has no checkbox`,
        '"- [ ] thing to do"',
      );
    }
    const [paragraph] = item.children;
    if (item.children.length !== 1 || paragraph.type !== 'paragraph') {
      lessonError(
        file,
        item,
        `item ${number} of checklist "${id}" is more than one paragraph`,
        'one line of text per item (links and code are fine); split longer items in two',
      );
    }
    const itemId = checklistItemId(id, toString(paragraph));
    const twin = seenItems.get(itemId);
    if (twin !== undefined) {
      lessonError(
        file,
        item,
        `items ${twin} and ${number} of checklist "${id}" have the same text`,
        'each item once, or reword one of them',
      );
    }
    seenItems.set(itemId, number);
    return jsxElement('ChecklistItem', { id: itemId }, paragraph.children as unknown as RootContent[]);
  });
  return jsxElement('Checklist', { id, items: [...seenItems.keys()].join(' ') }, items);
}

function leaf(node: LeafDirective, file: VFile): RootContent {
  const component = leafComponents[node.name];
  if (node.name !== 'timeplan') return jsxElement(component, {});
  const week = node.attributes?.week ?? '';
  if (!/^[1-9]\d*$/.test(week)) {
    lessonError(
      file,
      node,
      week ? `"${week}" is not a week number` : 'the time plan directive needs the week it shows',
      '::timeplan{week=1} (weeks count from 1, the first week with a course day)',
    );
  }
  return jsxElement(component, { week });
}

/**
 * Turns the lesson directives (collapsible blocks, tab sets, quizzes, checklists, the
 * session's module cards, the course summary, the time plan) into the site's
 * components, and rejects directives it does not know, with the file, line and what
 * to write instead.
 */
export const lessonDirectives: Plugin<[], Root> = () => (tree, file) => {
  const seenLists = new Set<string>();
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (node.type === 'containerDirective') {
      const directive = node as ContainerDirective;
      if (!containerNames.includes(directive.name)) {
        const suggestion = closest(directive.name, containerNames);
        lessonError(
          file,
          directive,
          `unknown block ":::${directive.name}"`,
          suggestion ? `:::${suggestion}` : `one of ${containerNames.map((n) => `:::${n}`).join(', ')}`,
        );
      }
      assertClosed(directive, file);
      if (directive.name === 'tab') {
        lessonError(file, directive, '":::tab" outside a tab set', '"::::tabs{group=...}" around the tabs');
      }
      let replacement: RootContent | undefined;
      if (directive.name in collapsibleKinds) replacement = collapsible(directive, file);
      else if (directive.name === 'tabs') replacement = tabs(directive, file);
      else if (directive.name === 'quiz') replacement = quiz(directive, file);
      else if (directive.name === 'checklist') replacement = checklist(directive, file, seenLists);
      if (replacement && parent && index !== undefined) {
        parent.children[index] = replacement as never;
        return [SKIP, index];
      }
      return undefined;
    }
    if (node.type === 'leafDirective') {
      const directive = node as LeafDirective;
      if (!leafNames.includes(directive.name)) {
        const suggestion = closest(directive.name, leafNames);
        lessonError(
          file,
          directive,
          `unknown directive "::${directive.name}"`,
          suggestion
            ? `::${suggestion}`
            : `one of ${leafNames.map((n) => `::${n}`).join(', ')}, or escape the colons as "\\::"`,
        );
      }
      if (parent && index !== undefined) {
        parent.children[index] = leaf(directive, file) as never;
      }
    }
    return undefined;
  });
};
