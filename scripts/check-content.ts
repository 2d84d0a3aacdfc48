import path from 'node:path';
import { checkContent, formatProblem } from '../src/course/checkContent';

const contentDir = path.resolve(process.argv[2] ?? 'docs');
const problems = checkContent(contentDir);
for (const problem of problems)
  console.error(formatProblem({ ...problem, file: path.join(path.relative(process.cwd(), contentDir), problem.file) }));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${path.relative(process.cwd(), contentDir)}/`);
  process.exit(1);
}
console.log(`Content check passed: ${path.relative(process.cwd(), contentDir)}/ has no problems.`);
