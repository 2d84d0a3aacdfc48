import fs from 'node:fs';
import path from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';
import { exerciseSteps } from './exerciseSteps';

/** A doc file with its front matter, as read from disk (for the build and the content check). */
export interface DocFile {
  /** Path relative to the content folder, with forward slashes. */
  relativePath: string;
  absolutePath: string;
  /** The route the docs plugin serves the page at, relative to the docs' base URL. */
  route: string;
  frontMatter: Record<string, unknown>;
  /** Line of the file where each front matter key is written (for error messages). */
  keyLines: Record<string, number>;
  body: string;
  /** Line of the file where the body starts. */
  bodyStartLine: number;
  /** A YAML error in the front matter, if any. */
  frontMatterError?: { message: string; line: number };
}

export interface ModuleEntry {
  module: number;
  title: string;
  core: boolean;
  description: string;
  tools: string[];
  route: string;
  session: number;
  /** Ids of the numbered exercise steps, in order, for progress. */
  steps: string[];
  /** The modules this one builds on, by number. */
  requires: number[];
}

export interface SessionEntry {
  session: number;
  title: string;
  description: string;
  route: string;
  modules: ModuleEntry[];
}

const docExtensions = /\.mdx?$/;

function listDocFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'exercise_files' ? [] : listDocFiles(full, base);
    return docExtensions.test(entry.name) && !entry.name.startsWith('_') ? [full] : [];
  });
}

export function routeOf(relativePath: string): string {
  const withoutExtension = relativePath.replace(docExtensions, '');
  const route = withoutExtension.replace(/(^|\/)index$/, '');
  return route ? `/${route}/` : '/';
}

export function parseDocFile(absolutePath: string, contentDir: string): DocFile {
  const source = fs.readFileSync(absolutePath, 'utf8');
  const relativePath = path.relative(contentDir, absolutePath).split(path.sep).join('/');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  const doc: DocFile = {
    relativePath,
    absolutePath,
    route: routeOf(relativePath),
    frontMatter: {},
    keyLines: {},
    body: match ? source.slice(match[0].length) : source,
    bodyStartLine: match ? match[0].split('\n').length : 1,
  };
  if (!match) return doc;
  const yamlDocument = parseDocument(match[1], { prettyErrors: false });
  if (yamlDocument.errors.length > 0) {
    const [error] = yamlDocument.errors;
    const line = (error.linePos?.[0].line ?? 1) + 1;
    doc.frontMatterError = { message: error.message.split('\n')[0], line };
    return doc;
  }
  const value: unknown = yamlDocument.toJS();
  doc.frontMatter = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  match[1].split(/\r?\n/).forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !(key in doc.keyLines)) doc.keyLines[key] = index + 2;
  });
  return doc;
}

export function readDocs(contentDir: string): DocFile[] {
  return listDocFiles(contentDir)
    .sort()
    .map((file) => parseDocFile(file, contentDir));
}

/** Sessions and their modules, ordered by number, from the docs' front matter. */
export function courseIndex(docs: DocFile[]): SessionEntry[] {
  const sessions = new Map<string, SessionEntry>();
  for (const doc of docs) {
    const fm = doc.frontMatter;
    if (typeof fm.session === 'number' && doc.relativePath.endsWith('/index.mdx')) {
      sessions.set(path.posix.dirname(doc.relativePath), {
        session: fm.session,
        title: String(fm.title ?? ''),
        description: String(fm.description ?? ''),
        route: doc.route,
        modules: [],
      });
    }
  }
  for (const doc of docs) {
    const fm = doc.frontMatter;
    const session = sessions.get(path.posix.dirname(doc.relativePath));
    if (typeof fm.module !== 'number' || !session) continue;
    session.modules.push({
      module: fm.module,
      title: String(fm.title ?? ''),
      core: fm.core === true,
      description: String(fm.description ?? ''),
      tools: Array.isArray(fm.tools) ? fm.tools.map(String) : [],
      route: doc.route,
      session: session.session,
      steps: stepIds(doc),
      requires: Array.isArray(fm.requires) ? fm.requires.filter((n): n is number => Number.isInteger(n)) : [],
    });
  }
  const ordered = [...sessions.values()].sort((a, b) => a.session - b.session);
  ordered.forEach((s) => s.modules.sort((a, b) => a.module - b.module));
  return ordered;
}

const lessonParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

/** The exercise step ids of a lesson, as the site's remark plugin gives them to the page. */
export function stepIds(doc: DocFile): string[] {
  try {
    return exerciseSteps(lessonParser.parse(doc.body)).steps.map((step) => step.id);
  } catch {
    return []; // a page that does not parse is reported by the content check and the build
  }
}
