import type { Options } from '@docusaurus/plugin-content-docs';
import { coursePages, coursePagesCategory } from '../data/coursePages';
import { moduleLabel, sessionLabel } from '../data/labels';

type SidebarItemsGeneratorOption = NonNullable<Options['sidebarItemsGenerator']>;
type Generated = Awaited<ReturnType<SidebarItemsGeneratorOption>>;
type Item = Generated[number];

export interface ModuleProps {
  kind: 'module';
  module: number;
  core: boolean;
  description: string;
  tools: string[];
  [key: string]: unknown;
}

export interface SessionProps {
  kind: 'session';
  session: number;
  [key: string]: unknown;
}

/** The folder of the course pages (time plan, projects, summary, FAQ). */
const pagesDir = 'pages';
const pageOrder: readonly string[] = coursePages.map((page) => page.id);

/**
 * Labels sessions "S1 · Development environment" and modules "M1 · The command
 * line" from their front matter, marks core modules, orders both by number, and
 * hands the front matter facts to the theme through `customProps`. The course pages
 * come first, under a heading, in the order of `src/data/coursePages.ts`.
 */
export const moduleSidebarItems: SidebarItemsGeneratorOption = async ({ defaultSidebarItemsGenerator, ...args }) => {
  const items = await defaultSidebarItemsGenerator(args);
  const docsById = new Map(args.docs.map((doc) => [doc.id, doc]));

  const isPagesCategory = (item: Item) =>
    item.type === 'category' && item.items.some((child) => child.type === 'doc' && child.id.startsWith(`${pagesDir}/`));

  const order = (item: Item): number => {
    if (item.type === 'doc') {
      const pageIndex = pageOrder.indexOf(item.id);
      if (pageIndex !== -1) return pageIndex;
      return Number(docsById.get(item.id)?.frontMatter.module ?? Infinity);
    }
    if (isPagesCategory(item)) return 0;
    if (item.type === 'category' && item.link?.type === 'doc') {
      return Number(docsById.get(item.link.id)?.frontMatter.session ?? Infinity);
    }
    return Infinity;
  };

  const relabel = (item: Item): Item => {
    if (item.type === 'doc') {
      const doc = docsById.get(item.id);
      const fm = doc?.frontMatter;
      if (!doc || typeof fm?.module !== 'number') return item;
      const core = fm.core === true;
      const customProps: ModuleProps = {
        kind: 'module',
        module: fm.module,
        core,
        description: String(fm.description ?? ''),
        tools: Array.isArray(fm.tools) ? fm.tools.map(String) : [],
      };
      return {
        ...item,
        label: moduleLabel(fm.module, doc.title),
        className: core ? 'sidebar-module sidebar-module--core' : 'sidebar-module',
        customProps,
      };
    }
    if (item.type === 'category') {
      const linked = item.link?.type === 'doc' ? docsById.get(item.link.id) : undefined;
      const session = linked?.frontMatter.session;
      const children = [...item.items].sort((a, b) => order(a) - order(b)).map(relabel);
      if (!linked || typeof session !== 'number') return { ...item, items: children };
      const customProps: SessionProps = { kind: 'session', session };
      return { ...item, label: sessionLabel(session, linked.title), items: children, customProps };
    }
    return item;
  };

  // The course pages are a few links under a heading, always open, rather than a
  // category: sessions stay the only categories, each labelled "S<n> · ...".
  const flattenPages = (item: Item): Item[] =>
    isPagesCategory(item) && item.type === 'category'
      ? [
          {
            type: 'html',
            value: coursePagesCategory,
            className: 'sidebar-heading',
            defaultStyle: true,
          },
          ...item.items,
          { type: 'html', value: 'Sessions', className: 'sidebar-heading', defaultStyle: true },
        ]
      : [item];

  return [...items]
    .sort((a, b) => order(a) - order(b))
    .map(relabel)
    .flatMap(flattenPages);
};
