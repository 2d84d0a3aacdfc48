import { createHash } from 'node:crypto';
import type { Heading, List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The heading under which a module's numbered exercise steps stand. */
export const exercisesHeading = 'Exercises';

export interface ExerciseStep {
  /** Stable while the step's own instruction is unchanged, whatever else on the page changes. */
  id: string;
  number: number;
  item: ListItem;
}

/** A step's instruction: its first paragraph, in lower case, with spacing and punctuation evened out. */
function instruction(item: ListItem): string {
  const first = item.children.find((child) => child.type === 'paragraph') ?? item;
  return toString(first)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The numbered steps of a lesson's "## Exercises" section: the items of its first ordered
 * list, each with an id made from its own instruction, so that fixing a typo elsewhere or
 * adding a step at the end never changes the id of a step a student has ticked.
 */
export function exerciseSteps(tree: Root): { heading: number; steps: ExerciseStep[] } {
  const start = tree.children.findIndex(
    (node) => node.type === 'heading' && (node as Heading).depth === 2 && toString(node).trim() === exercisesHeading,
  );
  if (start === -1) return { heading: -1, steps: [] };
  let list: List | undefined;
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && (node as Heading).depth <= 2) break;
    if (node.type === 'list' && (node as List).ordered) {
      list = node as List;
      break;
    }
  }
  if (!list) return { heading: start, steps: [] };
  const seen = new Map<string, number>();
  const steps = list.children.map((item, index) => {
    // Six hex digits: ids need to differ only among the steps of one page.
    const hash = createHash('sha256').update(instruction(item)).digest('hex').slice(0, 6);
    // Two steps with the same instruction keep apart by how often it was seen before.
    const count = seen.get(hash) ?? 0;
    seen.set(hash, count + 1);
    return { id: count === 0 ? hash : `${hash}-${count + 1}`, number: index + 1, item };
  });
  return { heading: start, steps };
}
