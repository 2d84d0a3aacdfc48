import fs from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseToml } from 'smol-toml';
import { VFile } from 'vfile';
import { sessionModules } from '../data/outline';
import { isVersionOf, versionPatterns, versionsFile, type ToolVersions } from '../data/versions';
import { weekdayOf, weekdays, type Schedule } from '../data/schedule';
import { codeFromFile } from '../remark/codeFromFile';
import { LessonError } from '../remark/errors';
import { figures } from '../remark/figures';
import { lessonDirectives } from '../remark/lessonDirectives';
import { versions } from '../remark/versions';
import { editionSchedule, editionVersions } from './editionVersions';
import { editionFacts } from '../remark/editionFacts';
import { loadDataModule } from './loadDataModule';
import { readDocs, type DocFile } from './readCourse';

export interface ContentProblem {
  file: string;
  line: number;
  problem: string;
  fix: string;
}

export const formatProblem = (p: ContentProblem): string =>
  `${p.file}:${p.line}: ${p.problem}\n  Write instead: ${p.fix}`;

const moduleKeys = ['title', 'module', 'core', 'description', 'tools', 'requires'] as const;
const sessionKeys = ['title', 'session', 'description'] as const;
const pageKeys = ['title', 'description'] as const;

/** Course pages (time plan, projects, summary, FAQ) live in this folder of the docs. */
export const pagesFolder = 'pages';
/** The edition's time plan data, relative to the docs folder. */
export const scheduleFile = `${pagesFolder}/schedule.ts`;

/** A session's landing page, a module, or a course page under docs/pages/. */
type DocKind = 'session' | 'module' | 'page';
const keysOf: Record<DocKind, readonly string[]> = { session: sessionKeys, module: moduleKeys, page: pageKeys };
const placeholderPattern = /\b(TODOs?|TBD|FIXME|lorem ipsum|lorem|coming soon|to be written)\b/i;
const requiredModuleSections = ['Exercises', 'Knowledge check', 'Wrap-up'];

type Report = (line: number, problem: string, fix: string) => void;

function checkFrontMatter(doc: DocFile, report: Report, kind: DocKind) {
  const fm = doc.frontMatter;
  const line = (key: string) => doc.keyLines[key] ?? 1;
  const expected = keysOf[kind];
  const isLanding = kind === 'session';
  for (const key of Object.keys(fm)) {
    if (!expected.includes(key)) {
      const why =
        key.startsWith('sidebar') || key === 'slug'
          ? ' (labels, order and addresses are derived from the other keys)'
          : kind === 'page' && (key === 'module' || key === 'session' || key === 'core')
            ? ` (a page in docs/${pagesFolder}/ is a course page, not part of a session)`
            : '';
      report(line(key), `unknown front matter key "${key}"${why}`, `only ${expected.join(', ')}: remove "${key}"`);
    }
  }
  for (const key of expected) {
    if (!(key in fm)) report(1, `front matter is missing "${key}"`, exampleFor(key, kind));
  }
  if ('title' in fm && (typeof fm.title !== 'string' || !fm.title.trim())) {
    report(line('title'), '"title" must be text', exampleFor('title', kind));
  } else if (typeof fm.title === 'string' && /^[MS]\d+\b/.test(fm.title)) {
    report(
      line('title'),
      `"title" starts with a number ("${fm.title}"); the number is added from "module"/"session"`,
      `title: ${fm.title.replace(/^[MS]\d+\W*/, '')}`,
    );
  }
  if ('description' in fm) {
    if (typeof fm.description !== 'string' || fm.description.trim().length < 20) {
      report(
        line('description'),
        '"description" must be one sentence of at least 20 characters',
        exampleFor('description', kind),
      );
    } else if (fm.description.length > 200) {
      report(
        line('description'),
        `"description" is ${fm.description.length} characters; cards and search results show about 200`,
        'one shorter sentence',
      );
    }
  }
  if (kind === 'page') return;
  if (isLanding) {
    if ('session' in fm && (!Number.isInteger(fm.session) || !(Number(fm.session) in sessionModules))) {
      report(
        line('session'),
        `"session" must be a session number from 1 to ${Object.keys(sessionModules).length}, not ${JSON.stringify(fm.session)}`,
        'session: 3',
      );
    }
    return;
  }
  if ('module' in fm && (!Number.isInteger(fm.module) || Number(fm.module) < 1)) {
    report(
      line('module'),
      `"module" must be a whole number, not ${JSON.stringify(fm.module)}`,
      'module: 8 (the number from the course outline, without "M")',
    );
  }
  if ('core' in fm && typeof fm.core !== 'boolean') {
    report(
      line('core'),
      `"core" must be true or false, not ${JSON.stringify(fm.core)}`,
      'core: true (core module) or core: false (optional module)',
    );
  }
  if (
    'tools' in fm &&
    (!Array.isArray(fm.tools) || fm.tools.length === 0 || !fm.tools.every((t) => typeof t === 'string' && t.trim()))
  ) {
    report(line('tools'), '"tools" must be a non-empty list of names', 'tools: [DVC, Google Cloud Storage]');
  }
  if ('requires' in fm && (!Array.isArray(fm.requires) || !fm.requires.every((n) => Number.isInteger(n)))) {
    report(line('requires'), '"requires" must be a list of module numbers', exampleFor('requires', kind));
  }
}

function exampleFor(key: string, kind: DocKind): string {
  const titles: Record<DocKind, string> = {
    session: 'title: Reproducibility',
    module: 'title: Data version control',
    page: 'title: Time plan',
  };
  const examples: Record<string, string> = {
    title: titles[kind],
    module: 'module: 8',
    core: 'core: true',
    description: 'description: One sentence for search results, cards and social previews.',
    tools: 'tools: [DVC, Google Cloud Storage]',
    requires: 'requires: [4, 6] (the modules this one builds on, by number; requires: [] for none)',
    session: 'session: 3',
  };
  return examples[key];
}

/** Text that is nothing but blank lines and JSX comments, as a started page has. */
const isEmptyText = (text: string) => text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim() === '';

/** A heading with nothing under it, or a module without its opening paragraphs, is unfinished. */
function checkEmptySections(doc: DocFile, report: Report, isModule: boolean) {
  const lines = doc.body.split(/\r?\n/);
  let inFence = false;
  const headings: { index: number; text: string }[] = [];
  lines.forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (!inFence && /^#{2,6} /.test(text)) headings.push({ index, text: text.trim() });
  });
  if (isModule && isEmptyText(lines.slice(0, headings[0]?.index ?? lines.length).join('\n'))) {
    report(
      doc.bodyStartLine,
      'the module has no opening paragraphs',
      'a few short paragraphs on why the tool or practice matters, before the first "##" section',
    );
  }
  headings.forEach((heading, i) => {
    const next = headings[i + 1];
    const level = heading.text.indexOf(' ');
    // A heading directly followed by a deeper one introduces it; only an empty leaf is unfinished.
    if (next && next.text.indexOf(' ') > level) return;
    if (isEmptyText(lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n'))) {
      report(
        doc.bodyStartLine + heading.index,
        `the section "${heading.text}" is empty`,
        'its content, or remove the heading',
      );
    }
  });
}

function checkBody(doc: DocFile, report: Report, isModule: boolean) {
  const lines = doc.body.split(/\r?\n/);
  let inFence = false;
  const sections: { name: string; line: number }[] = [];
  lines.forEach((text, index) => {
    const line = doc.bodyStartLine + index;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    const placeholder = placeholderPattern.exec(text);
    if (placeholder) {
      report(line, `placeholder text "${placeholder[0]}"`, 'the finished text; a page that exists is finished');
    }
    if (inFence) return;
    const marker = /\{\{version:([^}]*)\}\}/.exec(text.replace(/(`+)[^`]*?\1/g, ''));
    if (marker) {
      report(
        line,
        `"${marker[0]}" in prose; it works only inside code`,
        `:version[${marker[1]}] in prose, or keep {{version:${marker[1]}}} inside backticks or a code block`,
      );
    }
    if (/^# /.test(text))
      report(line, 'a "#" heading; the page title comes from front matter', `"## ${text.slice(2)}" or remove the line`);
    const h2 = /^## (.+?)\s*$/.exec(text);
    if (h2) sections.push({ name: h2[1], line });
    // A table's header row is the line before its |---| delimiter row.
    const delimiter = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?$/;
    if (index > 0 && delimiter.test(text)) {
      const cells = lines[index - 1].trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
      const empty = cells.findIndex((cell) => cell.trim() === '');
      if (empty !== -1) {
        report(
          line - 1,
          `header cell ${empty + 1} of a table is empty; screen readers announce that column without a name`,
          empty === 0 ? 'a name for the first column, such as "| Aspect | ..."' : 'a name for every column',
        );
      }
    }
  });
  checkEmptySections(doc, report, isModule);
  if (!isModule) return;
  let previous = -1;
  for (const name of requiredModuleSections) {
    const found = sections.findIndex((s) => s.name === name);
    if (found === -1) {
      report(
        doc.bodyStartLine,
        `a module page needs a "## ${name}" section`,
        `the sections ${requiredModuleSections.map((s) => `"## ${s}"`).join(', ')}, in that order, after the "how it works" sections`,
      );
    } else if (found < previous) {
      report(
        sections[found].line,
        `"## ${name}" comes before "## ${requiredModuleSections[requiredModuleSections.indexOf(name) - 1]}"`,
        `the order ${requiredModuleSections.join(', ')}`,
      );
    }
    previous = Math.max(previous, found);
  }
}

function checkLinks(doc: DocFile, report: Report) {
  const lines = doc.body.split(/\r?\n/);
  let inFence = false;
  lines.forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const withoutInlineCode = text.replace(/(`+)[^`]*?\1/g, '');
    for (const match of withoutInlineCode.matchAll(
      /\]\((?!https?:|mailto:|#|\/)([^)\s#]+)(#[^)\s]*)?(?:\s+"[^"]*")?\)/g,
    )) {
      const target = path.resolve(path.dirname(doc.absolutePath), decodeURI(match[1]));
      if (!fs.existsSync(target)) {
        report(
          doc.bodyStartLine + index,
          `the link "${match[1]}" points to a file that does not exist`,
          'a relative link to an existing lesson, e.g. ../s3_reproducibility/docker.mdx, or an existing file',
        );
      }
    }
  });
}

function runLessonPlugins(doc: DocFile, contentDir: string): ContentProblem | undefined {
  const file = new VFile({ path: doc.absolutePath, value: fs.readFileSync(doc.absolutePath, 'utf8') });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(doc.absolutePath.endsWith('.mdx') ? remarkMdx : () => undefined)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(versions, { versionsFor: () => editionVersions(contentDir) })
    .use(editionFacts, { scheduleFor: () => editionSchedule(contentDir) })
    .use(lessonDirectives)
    .use(codeFromFile, { roots: [{ dir: contentDir, url: '/' }] })
    .use(figures);
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    if (error instanceof LessonError) {
      const [, line] = /:(\d+)(?::\d+)?$/.exec(error.location) ?? [];
      return { file: doc.relativePath, line: Number(line ?? 1), problem: error.problem, fix: error.fix };
    }
    const message = error instanceof Error ? error.message : String(error);
    const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
    const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? 1;
    return {
      file: doc.relativePath,
      line,
      problem: `the page is not valid MDX: ${message}`,
      fix: 'Markdown only; put "<", "{" and "}" that are not JSX inside backticks',
    };
  }
  return undefined;
}

function checkExerciseFolders(contentDir: string, problems: ContentProblem[], table: ToolVersions) {
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const session of fs.readdirSync(contentDir, { withFileTypes: true })) {
    const exerciseDir = path.join(contentDir, session.name, 'exercise_files');
    if (!session.isDirectory() || !fs.existsSync(exerciseDir)) continue;
    for (const file of walk(exerciseDir)) {
      const lines = /\.(py|sh|toml|ya?ml|json|txt|cfg|ini|lock)$|dockerfile$|Dockerfile$/i.test(file)
        ? fs.readFileSync(file, 'utf8').split('\n')
        : [];
      for (const mismatch of versionMismatches(lines.join('\n'), table))
        problems.push({ file: path.relative(contentDir, file), ...mismatch });
      const placeholderLine = lines.findIndex((text) => /\b(TODOs?|FIXME)\b/.test(text));
      if (placeholderLine !== -1) {
        problems.push({
          file: path.relative(contentDir, file),
          line: placeholderLine + 1,
          problem: 'placeholder marker in an exercise file',
          fix: 'a "Your turn:" comment saying what the student writes, or the finished code',
        });
      }
      if (/\.mdx?$/.test(file)) {
        problems.push({
          file: path.relative(contentDir, file),
          line: 1,
          problem: 'a Markdown file among the exercise files',
          fix: 'a .txt file (exercise files are downloads, not pages), or move the text into the lesson',
        });
      }
    }
  }
}

/** Literal versions of the edition's tools in a text that are not the versions taught. */
export function versionMismatches(text: string, table: ToolVersions): Omit<ContentProblem, 'file'>[] {
  const problems: Omit<ContentProblem, 'file'>[] = [];
  for (const [key, tool] of Object.entries(table)) {
    for (const pattern of versionPatterns[key] ?? []) {
      for (const match of text.matchAll(
        new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
      )) {
        const found = match[1];
        if (isVersionOf(found, tool.version)) continue;
        const written = match[0].trim();
        // An action's major is written "@v7", so the taught "v7" replaces "7" without its "v".
        const taught = written.includes(`v${found}`) ? tool.version.replace(/^v/, '') : tool.version;
        const shown = tool.version.startsWith('v') ? `v${found}` : found;
        const line =
          text.slice(0, match.index).split('\n').length +
          match[0].slice(0, match[0].indexOf(found)).split('\n').length -
          1;
        problems.push({
          line,
          problem: `"${written}" names ${tool.name} ${shown}; this edition teaches ${tool.name} ${tool.version} (${versionsFile})`,
          fix: `${written.replace(found, taught)}, or change the version in ${versionsFile} if the course moves to ${shown}`,
        });
      }
    }
  }
  return problems;
}

/** The first place two parsed TOML values differ, as a dotted path with both values. */
/** JSON with object keys sorted, so that two tables written in another order compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

function firstDifference(expected: unknown, actual: unknown, at = ''): string | undefined {
  if (canonical(expected) === canonical(actual)) return undefined;
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected)) {
    const a = expected as Record<string, unknown>;
    const b = actual as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const where = at ? `${at}.${key}` : key;
      if (!(key in b)) return `${where} is missing (expected ${JSON.stringify(a[key])})`;
      if (!(key in a)) return `${where} is not in the previous end state`;
      const inner = firstDifference(a[key], b[key], where);
      if (inner) return inner;
    }
  }
  return `${at || 'the file'} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
}

export const projectStateFiles = { start: 'pyproject_start.toml', end: 'pyproject_end.toml' } as const;

/**
 * The running project's pyproject.toml, module by module: a module that changes it keeps
 * `pyproject_start.toml` and `pyproject_end.toml` in its exercise folder. Each start must
 * be the end state of the latest earlier module, and the page must show it.
 */
export function checkProjectStates(contentDir: string, docs: DocFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const states: { module: number; doc: DocFile; folder: string; start?: string; end?: string }[] = [];
  for (const doc of docs) {
    if (kindOf(doc) !== 'module' || !Number.isInteger(doc.frontMatter.module)) continue;
    const slug = path.posix.basename(doc.relativePath).replace(/\.mdx?$/, '');
    const folder = path.posix.join(path.posix.dirname(doc.relativePath), 'exercise_files', slug);
    const at = (name: string) =>
      fs.existsSync(path.join(contentDir, folder, name)) ? path.posix.join(folder, name) : undefined;
    const state = {
      module: Number(doc.frontMatter.module),
      doc,
      folder,
      start: at(projectStateFiles.start),
      end: at(projectStateFiles.end),
    };
    if (state.start || state.end) states.push(state);
  }
  states.sort((a, b) => a.module - b.module);
  const read = (file: string): unknown => {
    try {
      return parseToml(fs.readFileSync(path.join(contentDir, file), 'utf8'));
    } catch {
      return undefined; // the exercise file check reports TOML that does not parse
    }
  };
  let previous: { module: number; end: string } | undefined;
  for (const state of states) {
    if (state.start) {
      const shown = `file=exercise_files/${path.posix.basename(state.folder)}/${projectStateFiles.start}`;
      if (!state.doc.body.includes(shown)) {
        problems.push({
          file: state.doc.relativePath,
          line: state.doc.bodyStartLine,
          problem: `the page does not show the state the project starts from (${state.start})`,
          fix: `a collapsed block at the start of "## Exercises": :::example[pyproject.toml at the start of this module], a \`toml ${shown}\` fence, :::`,
        });
      }
      if (!previous) {
        problems.push({
          file: state.start,
          line: 1,
          problem: `M${state.module} starts from a pyproject.toml state, but no earlier module ends with one`,
          fix: `a ${projectStateFiles.end} in the exercise folder of the module that last changed pyproject.toml`,
        });
      } else {
        const difference = firstDifference(read(previous.end), read(state.start));
        if (difference) {
          problems.push({
            file: state.start,
            line: 1,
            problem: `M${state.module}'s start state differs from M${previous.module}'s end state (${previous.end}): ${difference}`,
            fix: `the same tables and values as ${previous.end} (comments may differ); change the end state there if the project really changed`,
          });
        }
      }
    }
    if (state.end) previous = { module: state.module, end: state.end };
  }
  return problems;
}

/** Which kind of page a doc is; undefined for a doc at the top of the docs folder, which the check leaves alone. */
function kindOf(doc: DocFile): DocKind | undefined {
  const [folder] = doc.relativePath.split('/');
  if (!doc.relativePath.includes('/')) return undefined;
  if (folder === pagesFolder) return 'page';
  return path.posix.basename(doc.relativePath, path.posix.extname(doc.relativePath)) === 'index' ? 'session' : 'module';
}

/** Runs the schedule module and returns what it exports as `schedule`. */
export function loadSchedule(file: string): unknown {
  return loadDataModule(file, 'schedule');
}

/** The line of the file where each day's date is written, in order, for error messages. */
function dateLines(source: string): number[] {
  return source.split(/\r?\n/).flatMap((text, index) => (/\bdate\s*:\s*['"`]/.test(text) ? [index + 1] : []));
}

/** The nearest weekdays around a date, as a suggestion for a weekend date. */
function nearbyWeekdays(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const at = (offset: number) => new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
  const before = [-1, -2].map(at).find((d) => weekdays.includes(weekdayOf(d) as never))!;
  const after = [1, 2].map(at).find((d) => weekdays.includes(weekdayOf(d) as never))!;
  return `${before} (${weekdayOf(before)}) or ${after} (${weekdayOf(after)})`;
}

/**
 * Checks an edition's schedule: each day a real weekday, written with its right name,
 * once, in date order, linking to a session of the course or an existing page.
 */
export function checkSchedule(schedule: unknown, docs: DocFile[], source = ''): Omit<ContentProblem, 'file'>[] {
  const problems: Omit<ContentProblem, 'file'>[] = [];
  const days = (schedule as Partial<Schedule> | undefined)?.days;
  if (!Array.isArray(days) || days.length === 0) {
    return [
      {
        line: 1,
        problem: 'the schedule exports no days',
        fix: "export const schedule = { edition: 2027, startTime: '09:00', days: [ ... ] } satisfies Schedule;",
      },
    ];
  }
  const lines = dateLines(source);
  const pageRoutes = docs.filter((doc) => kindOf(doc) === 'page').map((doc) => doc.route);
  const seen = new Map<string, number>();
  let previous = '';
  days.forEach((day: Record<string, unknown>, index: number) => {
    const line = lines[index] ?? 1;
    const date = String(day?.date ?? '');
    const name = `the day ${date || `number ${index + 1}`}`;
    const report = (problem: string, fix: string) => problems.push({ line, problem: `${name}: ${problem}`, fix });
    const weekday = weekdayOf(date);
    if (!weekday) {
      report('"date" is not a date of the form YYYY-MM-DD', "date: '2027-01-04'");
      return;
    }
    if (!weekdays.includes(weekday as never)) {
      report(
        `falls on a ${weekday}; course days are Monday to Friday`,
        `the date of a weekday, e.g. ${nearbyWeekdays(date)}`,
      );
    } else if (day.weekday !== weekday) {
      report(`is a ${weekday}, but "weekday" says ${JSON.stringify(day.weekday)}`, `weekday: '${weekday}'`);
    }
    const first = seen.get(date);
    if (first !== undefined) {
      report(
        `appears twice (first on line ${first})`,
        'each course day once; remove one of the two, or correct its date',
      );
    } else if (date < previous) {
      report(`comes after ${previous}`, 'the days in date order');
    }
    seen.set(date, line);
    if (date > previous) previous = date;
    if (day.kind !== 'exercise' && day.kind !== 'project') {
      report(
        `"kind" is ${JSON.stringify(day.kind)}`,
        "kind: 'exercise' (a session's day) or kind: 'project' (group work)",
      );
    }
    if (!Array.isArray(day.frameworks) || !day.frameworks.every((f) => typeof f === 'string')) {
      report('"frameworks" must be a list of names', "frameworks: ['Docker', 'Hydra'] (or [] on a project day)");
    }
    const link = day.link as { session?: unknown; page?: unknown } | undefined;
    const sessionNumbers = Object.keys(sessionModules).map(Number);
    if (link && 'session' in link) {
      if (!sessionNumbers.includes(Number(link.session)) || !Number.isInteger(link.session)) {
        report(
          `links to session ${JSON.stringify(link.session)}, which the course does not have`,
          `link: { session: 3 } (sessions ${sessionNumbers[0]} to ${sessionNumbers.at(-1)})`,
        );
      }
    } else if (link && 'page' in link) {
      if (!pageRoutes.includes(String(link.page))) {
        report(
          `links to the page ${JSON.stringify(link.page)}, which does not exist`,
          `link: { page: '${pageRoutes[0] ?? `/${pagesFolder}/projects/`}' } (pages: ${pageRoutes.join(', ') || 'none yet'})`,
        );
      }
    } else {
      report(
        'has no link',
        "link: { session: 3 } on an exercise day, link: { page: '/pages/projects/' } on a project day",
      );
    }
  });
  return problems;
}

function checkScheduleFile(contentDir: string, docs: DocFile[]): ContentProblem[] {
  const file = path.join(contentDir, scheduleFile);
  let schedule: unknown;
  try {
    schedule = loadSchedule(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        file: scheduleFile,
        line: 1,
        problem: `the schedule cannot be read: ${message}`,
        fix: 'a module that exports `schedule` and imports types only',
      },
    ];
  }
  return checkSchedule(schedule, docs, fs.readFileSync(file, 'utf8')).map((p) => ({ file: scheduleFile, ...p }));
}

interface SiteFacts {
  contentDir: string;
  table: ToolVersions;
  /** Session number of each folder, from its landing page. */
  sessions: Map<string, number>;
  /** The first page that claims each module number. */
  modules: Map<number, DocFile>;
}

function siteFacts(contentDir: string, docs: DocFile[]): SiteFacts {
  const sessions = new Map<string, number>();
  const modules = new Map<number, DocFile>();
  for (const doc of docs) {
    if (doc.frontMatterError) continue;
    const kind = kindOf(doc);
    if (kind === 'session' && Number.isInteger(doc.frontMatter.session)) {
      sessions.set(path.posix.dirname(doc.relativePath), Number(doc.frontMatter.session));
    }
    const module = doc.frontMatter.module;
    if (kind === 'module' && Number.isInteger(module) && !modules.has(Number(module))) modules.set(Number(module), doc);
  }
  return { contentDir, table: editionVersions(contentDir), sessions, modules };
}

/** The problems of one page that need no other page's content beyond front matter. */
function checkDocument(doc: DocFile, facts: SiteFacts, withLessonPlugins: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (line, problem, fix) => problems.push({ file: doc.relativePath, line, problem, fix });
  if (doc.frontMatterError) {
    report(
      doc.frontMatterError.line,
      `front matter is not valid YAML: ${doc.frontMatterError.message}`,
      '"key: value" lines between the two "---" lines; quote values that contain ": " or start with a special character',
    );
    return problems;
  }
  const kind = kindOf(doc);
  if (!kind) return problems;
  checkFrontMatter(doc, report, kind);
  checkBody(doc, report, kind === 'module');
  checkLinks(doc, report);
  for (const mismatch of versionMismatches(fs.readFileSync(doc.absolutePath, 'utf8'), facts.table))
    problems.push({ file: doc.relativePath, ...mismatch });
  if (withLessonPlugins) {
    const pluginProblem = runLessonPlugins(doc, facts.contentDir);
    if (pluginProblem) problems.push(pluginProblem);
  }
  const folder = path.posix.dirname(doc.relativePath);
  if (kind === 'session' && Number.isInteger(doc.frontMatter.session)) {
    const session = Number(doc.frontMatter.session);
    if (!folder.startsWith(`s${session}_`)) {
      report(
        doc.keyLines.session ?? 1,
        `the folder "${folder}" does not match session: ${session}`,
        `session: ${/^s(\d+)_/.exec(folder)?.[1] ?? '?'} or move the page to a folder named s${session}_...`,
      );
    }
  }
  const module = doc.frontMatter.module;
  if (kind !== 'module' || !Number.isInteger(module)) return problems;
  const line = doc.keyLines.module ?? 1;
  const first = facts.modules.get(Number(module));
  if (first && first !== doc) {
    report(
      line,
      `module ${module} is already used by ${first.relativePath}`,
      `a module number no other page has (numbers in use: ${[...facts.modules.keys()].sort((a, b) => a - b).join(', ')})`,
    );
    return problems;
  }
  checkPrerequisites(doc, facts, report);
  const session = facts.sessions.get(folder);
  if (session === undefined) {
    report(
      1,
      'a module page in a folder without a session landing page',
      'an index.mdx with "session:" front matter in this folder',
    );
  } else if (!sessionModules[session]?.includes(Number(module))) {
    const owner = Object.entries(sessionModules).find(([, numbers]) => numbers.includes(Number(module)))?.[0];
    report(
      line,
      `module ${module} does not belong to session S${session}`,
      `one of S${session}'s modules (${sessionModules[session]?.map((m) => `module: ${m}`).join(', ')}), or move the page to ${owner ? `S${owner}'s folder` : "its session's folder"} (modules are assigned to sessions in src/data/outline.ts)`,
    );
  }
  return problems;
}

/** The session a module number belongs to in the course outline. */
const sessionOfModule = (module: number) =>
  Number(Object.entries(sessionModules).find(([, numbers]) => numbers.includes(module))?.[0] ?? NaN);

/** A chain of prerequisites that leads from a module back to itself, if there is one. */
function cycleFrom(start: number, requiresOf: (module: number) => number[]): number[] | undefined {
  const path: number[] = [];
  const visiting = new Set<number>();
  const done = new Set<number>();
  const visit = (module: number): number[] | undefined => {
    if (visiting.has(module)) return module === start ? [...path, module] : undefined;
    if (done.has(module)) return undefined;
    visiting.add(module);
    path.push(module);
    for (const next of requiresOf(module)) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    visiting.delete(module);
    done.add(module);
    return undefined;
  };
  return visit(start);
}

/** A module builds only on modules that exist, come no later in the course, and do not build on it. */
function checkPrerequisites(doc: DocFile, facts: SiteFacts, report: Report) {
  const requires = doc.frontMatter.requires;
  if (!Array.isArray(requires) || !requires.every((n) => Number.isInteger(n))) return;
  const module = Number(doc.frontMatter.module);
  const line = doc.keyLines.requires ?? 1;
  const ownSession = sessionOfModule(module);
  const others = (requires as number[]).filter((n) => n !== module);
  const fixed = (without: number) => `requires: [${others.filter((n) => n !== without).join(', ')}]`;
  if (others.length !== requires.length) report(line, `M${module} requires itself`, fixed(module));
  for (const required of others) {
    const session = sessionOfModule(required);
    if (Number.isNaN(session)) {
      report(line, `M${module} requires M${required}, which the course does not have`, fixed(required));
    } else if (session > ownSession) {
      report(
        line,
        `M${module} (session S${ownSession}) requires M${required}, which comes later, in session S${session}`,
        `${fixed(required)}: a module can only build on modules of its own or an earlier session`,
      );
    }
  }
  const requiresOf = (n: number) => {
    const value = facts.modules.get(n)?.frontMatter.requires;
    return Array.isArray(value) ? value.filter((x): x is number => Number.isInteger(x) && x !== n) : [];
  };
  const cycle = cycleFrom(module, requiresOf);
  if (cycle) {
    report(
      line,
      `the prerequisites go round in a circle: ${cycle.map((n) => `M${n}`).join(' requires ')}`,
      `remove M${cycle[1]} from "requires" here, or M${module} from M${cycle[cycle.length - 2]}'s "requires"`,
    );
  }
}

/**
 * The problems of one lesson, for the site build: its own checks and where it stands among
 * the other pages (module number, session). Its directives are checked by the build itself.
 */
export function checkLesson(contentDir: string, absolutePath: string): ContentProblem[] {
  const docs = readDocs(contentDir);
  const doc = docs.find((d) => path.resolve(d.absolutePath) === path.resolve(absolutePath));
  if (!doc) return [];
  return checkDocument(doc, siteFacts(contentDir, docs), false);
}

/** Checks every doc of a content folder; returns the problems in file order. */
export function checkContent(contentDir: string): ContentProblem[] {
  const docs = readDocs(contentDir);
  const facts = siteFacts(contentDir, docs);
  const problems = docs.flatMap((doc) => checkDocument(doc, facts, true));
  checkExerciseFolders(contentDir, problems, facts.table);
  problems.push(...checkProjectStates(contentDir, docs));
  if (fs.existsSync(path.join(contentDir, scheduleFile))) problems.push(...checkScheduleFile(contentDir, docs));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
