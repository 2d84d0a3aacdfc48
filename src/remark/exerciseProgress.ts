import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { exerciseSteps } from '../course/exerciseSteps';
import { jsxElement } from './jsx';

/**
 * Lets students tick off the numbered steps of a lesson's exercises: a checkbox at each
 * step, and the module's progress under the "## Exercises" heading. Ticks stay in the
 * reader's browser; without JavaScript none of this is rendered.
 */
export const exerciseProgress: Plugin<[], Root> = () => (tree) => {
  const { heading, steps } = exerciseSteps(tree);
  if (steps.length === 0) return;
  for (const step of steps) {
    step.item.children.unshift(jsxElement('ExerciseStep', { id: step.id, number: String(step.number) }, []) as never);
  }
  tree.children.splice(
    heading + 1,
    0,
    jsxElement('ExerciseProgress', { steps: steps.map((s) => s.id).join(' ') }, []) as RootContent,
  );
};
