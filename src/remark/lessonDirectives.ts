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

const containerNames = [...Object.keys(collapsibleKinds), 'tabs', 'tab', 'quiz', ...admonitionKinds];
const leafNames = ['modules'];

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
    return jsxElement('TabItem', { value: choice.value, label: choice.label }, content);
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

/**
 * Turns the lesson directives (collapsible blocks, tab sets, quizzes, the session's
 * module cards) into the site's components, and rejects directives it does not know,
 * with the file, line and what to write instead.
 */
export const lessonDirectives: Plugin<[], Root> = () => (tree, file) => {
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
        parent.children[index] = jsxElement('SessionModules', {}) as never;
      }
    }
    return undefined;
  });
};
