/**
 * Starts a module page with valid front matter in its session's folder:
 *
 *   npm run new:module -- --session 4 --slug flame_graphs --title "Flame graphs" [--core]
 *
 * The module gets the first number of the session's outline (src/data/outline.ts) that no
 * page has yet; when every number of the session is taken, the next number after the whole
 * course, which is added to the outline. The page has the sections every module needs,
 * each with a comment saying what goes there; the content check fails until they are
 * written, so a started page cannot ship half-done.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDataModule } from '../src/course/loadDataModule';
import { readDocs } from '../src/course/readCourse';

// SITE_DIR lets the tests run the script on a copy of the site.
const siteDir = path.resolve(process.env.SITE_DIR ?? path.join(__dirname, '..'));
const docsDir = path.join(siteDir, 'docs');
const outlineFile = path.join(siteDir, 'src/data/outline.ts');
const sessionModules = loadDataModule(outlineFile, 'sessionModules') as Record<number, readonly number[]>;

function fail(message: string): never {
  console.error(
    `${message}\n\nUsage: npm run new:module -- --session 4 --slug flame_graphs --title "Flame graphs" [--core]`,
  );
  process.exit(1);
}

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index !== -1) return args[index + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const session = Number(argument('session'));
const slug = argument('slug') ?? '';
const title = argument('title') ?? '';
const core = process.argv.includes('--core');
const dryRun = process.argv.includes('--dry-run');

if (!Number.isInteger(session) || !(session in sessionModules)) {
  fail(`--session must be a session number from 1 to ${Object.keys(sessionModules).length}`);
}
if (!/^[a-z][a-z0-9_]*$/.test(slug)) {
  fail(
    '--slug must be lower-case letters, digits and underscores (it becomes the address, e.g. /s4_.../flame_graphs/)',
  );
}
if (!title.trim() || /^[MS]\d+\b/.test(title)) fail('--title is the module name without a number, e.g. "Flame graphs"');

const docs = readDocs(docsDir);
const landing = docs.find((doc) => doc.frontMatter.session === session && doc.relativePath.endsWith('/index.mdx'));
if (!landing) fail(`session ${session} has no landing page yet; add docs/s${session}_<name>/index.mdx first`);
const folder = path.join(docsDir, path.dirname(landing.relativePath));
const page = path.join(folder, `${slug}.mdx`);
if (fs.existsSync(page)) fail(`${path.relative(siteDir, page)} exists already`);

const taken = new Set(docs.map((doc) => doc.frontMatter.module).filter(Number.isInteger) as number[]);
const free = sessionModules[session].find((number) => !taken.has(number));
const allNumbers = Object.values(sessionModules).flat();
const number = free ?? Math.max(...allNumbers) + 1;

const frontMatter = [
  '---',
  `title: ${/[:#]/.test(title) ? JSON.stringify(title) : title}`,
  `module: ${number}`,
  `core: ${core}`,
  'description: ',
  'tools: []',
  'requires: []',
  '---',
].join('\n');

const body = `
{/* Why: what goes wrong in an ML project without this tool or practice, in a few short
paragraphs. A diagram where a picture explains faster (Mermaid with accTitle and accDescr). */}

## How it works

{/* One or more "##" sections that build the mental model, with short code. */}

## Exercises

{/* 6 to 15 numbered steps in the running project. Say first which module's state the
project starts from. Each step: what to do, and "You know it worked when ...". */}

## Knowledge check

{/* :::quiz with 3 to 6 numbered questions, options "- [x]" / "- [ ]" and a "> " explanation. */}

## Wrap-up

{/* 3 to 5 bullets to remember, then links to the official documentation. */}
`;

const outlineChange = free === undefined;
console.log(`M${number} · ${title} (${core ? 'core' : 'optional'}) in session S${session}`);
console.log(`  page:           ${path.relative(siteDir, page)}`);
console.log(`  exercise files: ${path.relative(siteDir, path.join(folder, 'exercise_files', slug))}/`);
if (outlineChange) console.log(`  outline:        module ${number} added to session ${session} in src/data/outline.ts`);
if (dryRun) {
  console.log('\n--dry-run: nothing written.');
  process.exit(0);
}

fs.writeFileSync(page, `${frontMatter}\n${body}`);
fs.mkdirSync(path.join(folder, 'exercise_files', slug), { recursive: true });
if (outlineChange) {
  const source = fs.readFileSync(outlineFile, 'utf8');
  const line = new RegExp(`^(\\s*${session}: \\[)([^\\]]*)(\\],)$`, 'm');
  if (!line.test(source))
    fail(`could not find session ${session}'s line in src/data/outline.ts; add ${number} by hand`);
  fs.writeFileSync(
    outlineFile,
    source.replace(line, (_, open, numbers, close) => `${open}${numbers}, ${number}${close}`),
  );
}
console.log(
  '\nNext: write the description, tools and every section (CONTRIBUTING.md explains the format), then `npm run check:content`.',
);
