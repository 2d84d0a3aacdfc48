/**
 * The content check over every edition (docs/ and each archived edition in
 * versioned_docs/), or over one folder given as an argument.
 */
import path from 'node:path';
import { checkContent, formatProblem } from '../src/course/checkContent';
import { readEditions } from '../src/course/editions';

const folders = process.argv[2] ? [process.argv[2]] : readEditions(process.cwd()).map((edition) => edition.docsDir);
let total = 0;
for (const folder of folders) {
  const contentDir = path.resolve(folder);
  const shown = path.relative(process.cwd(), contentDir);
  const problems = checkContent(contentDir);
  for (const problem of problems) console.error(formatProblem({ ...problem, file: path.join(shown, problem.file) }));
  if (problems.length > 0) console.error(`\n${problems.length} problem(s) in ${shown}/`);
  else console.log(`Content check passed: ${shown}/ has no problems.`);
  total += problems.length;
}
if (total > 0) process.exit(1);
