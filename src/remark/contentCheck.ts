import path from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { checkLesson, formatProblem } from '../course/checkContent';
import { LessonError } from './errors';

export interface ContentCheckOptions {
  /** The content folders whose lessons are checked (docs/ and archived editions). */
  contentDirs: string[];
}

/**
 * Runs the content check on each lesson as the site compiles it, so that `npm start` and
 * `npm run build` stop at a contributor's mistake (a wrong front matter key, a module in
 * the wrong session, a missing file) with the same one-line message as `check:content`.
 */
export const contentCheck: Plugin<[ContentCheckOptions], Root> = (options) => (_tree, file) => {
  if (!file.path) return;
  const lesson = path.resolve(file.path);
  const contentDir = options.contentDirs.map((d) => path.resolve(d)).find((d) => lesson.startsWith(d + path.sep));
  if (!contentDir) return;
  const problems = checkLesson(contentDir, lesson);
  if (problems.length === 0) return;
  const shown = problems.map((p) => ({ ...p, file: path.relative(process.cwd(), path.join(contentDir, p.file)) }));
  const [first] = shown;
  const error = new LessonError(`${first.file}:${first.line}`, first.problem, first.fix);
  error.message = shown.map(formatProblem).join('\n');
  throw error;
};
