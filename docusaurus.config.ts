import path from 'node:path';
import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import type * as Docs from '@docusaurus/plugin-content-docs';
import type { Options as PwaOptions } from '@docusaurus/plugin-pwa';
import { cssCodeTheme } from './src/data/codeThemes';
import { course } from './src/data/course';
import { coursePages } from './src/data/coursePages';
import type { CourseIndexOptions } from './src/plugins/courseIndex';
import type { PrintSessionsOptions } from './src/plugins/printSessions';
import type { SearchIndexOptions } from './src/plugins/searchIndex';
import type { ExerciseFilesOptions } from './src/plugins/exerciseFiles';
import type { TimePlanOptions } from './src/plugins/timePlan';
import { codeFromFile } from './src/remark/codeFromFile';
import { contentCheck } from './src/remark/contentCheck';
import { exerciseProgress } from './src/remark/exerciseProgress';
import { createMermaidRenderer } from './src/diagrams/mermaidRenderer';
import { figures } from './src/remark/figures';
import { imageText } from './src/remark/imageText';
import { lessonDirectives } from './src/remark/lessonDirectives';
import { mermaidDiagrams } from './src/remark/mermaidDiagrams';
import { versions } from './src/remark/versions';
import { scheduleForLesson, versionsForLesson } from './src/course/editionVersions';
import { editionFacts } from './src/remark/editionFacts';
import { timePlanData } from './src/remark/timePlanData';
import { timePlanOf } from './src/plugins/timePlan';
import { editionsToBuild, readEditions } from './src/course/editions';
import { moduleSidebarItems } from './src/sidebar/moduleSidebarItems';

/** Where the site is served; GitHub Pages deploys set BASE_URL=/dtu_mlops/. */
const baseUrl = process.env.BASE_URL ?? '/';

/** Every edition in the repository, and those this build includes (all with COURSE_EDITIONS=all). */
const editions = readEditions(path.resolve('.'));
const builtEditions = editionsToBuild(editions);
const archivedPrefixes = builtEditions.filter((edition) => !edition.current).map((edition) => edition.urlPrefix);

/** Each edition's docs folder and the URL its pages and exercise files are served under. */
const contentRoots = builtEditions.map((edition) => ({ dir: edition.docsDir, url: `${edition.urlPrefix}/` }));

/** Each lesson names the tool versions, the year and the dates of its own edition. */
const versionOptions = { versionsFor: versionsForLesson(contentRoots.map((root) => path.resolve(root.dir))) };
const editionFactOptions = { scheduleFor: scheduleForLesson(contentRoots.map((root) => path.resolve(root.dir))) };
const timePlanRoute = '/pages/timeplan/';
const timePlanOptions = {
  planFor: (pagePath: string) => {
    const edition =
      builtEditions.find((e) => path.resolve(pagePath).startsWith(path.resolve(e.docsDir) + path.sep)) ??
      builtEditions[0];
    return timePlanOf(path.resolve('.'), edition, timePlanRoute);
  },
};

/** Mermaid diagrams become SVG files, drawn once and kept in the repository by content hash. */
const diagramOptions = {
  render: createMermaidRenderer(path.resolve('src/diagrams/rendered')),
  siteDir: path.resolve('.'),
};

const docsOptions = {
  path: 'docs',
  routeBasePath: '/',
  sidebarPath: './sidebars.ts',
  sidebarItemsGenerator: moduleSidebarItems,
  editUrl: `${course.repositoryUrl}/edit/${course.editBranch}/`,
  showLastUpdateTime: true,
  exclude: ['**/exercise_files/**', '**/_*.{md,mdx}', '**/*.test.{js,ts}'],
  beforeDefaultRemarkPlugins: [
    [contentCheck, { contentDirs: contentRoots.map((root) => path.resolve(root.dir)) }],
    // Before the versions are written in: a step's id must not change when a version does.
    exerciseProgress,
    [versions, versionOptions],
    [editionFacts, editionFactOptions],
    lessonDirectives,
    [codeFromFile, { roots: contentRoots.map((root) => ({ ...root, dir: path.resolve(root.dir) })) }],
    [timePlanData, timePlanOptions],
    figures,
    [mermaidDiagrams, diagramOptions],
  ],
  remarkPlugins: [imageText],
  // The current edition at the root, so every old address opens it; archived editions under
  // their year, each with a banner pointing to the current one and kept out of search engines.
  lastVersion: 'current',
  onlyIncludeVersions: builtEditions.map((edition) => edition.version),
  versions: Object.fromEntries(
    editions.map((edition) => [
      edition.version,
      {
        label: edition.label,
        path: edition.current ? '' : String(edition.year),
        banner: edition.current ? 'none' : 'unmaintained',
        noIndex: !edition.current,
      },
    ]),
  ),
} satisfies Docs.Options;

const config = {
  title: 'Machine Learning Operations',
  tagline: `DTU course ${course.code}: organise, reproduce, test, deploy and monitor machine learning code`,
  favicon: 'img/favicon.svg',
  url: 'https://skaftenicki.github.io',
  baseUrl,
  trailingSlash: true,
  organizationName: 'SkafteNicki',
  projectName: 'dtu_mlops',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: { v4: true, faster: true },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  presets: [
    [
      'classic',
      {
        docs: docsOptions,
        blog: false,
        pages: {
          beforeDefaultRemarkPlugins: [
            [versions, versionOptions],
            lessonDirectives,
            figures,
            [mermaidDiagrams, diagramOptions],
          ],
          remarkPlugins: [imageText],
        },
        theme: { customCss: './src/css/custom.css' },
        // Printable sessions repeat their lessons; search engines should send readers to those.
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
          // Search engines should send readers to the current edition's lessons.
          ignorePatterns: ['/print/**', ...editions.filter((e) => !e.current).map((e) => `${e.urlPrefix}/**`)],
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    ['./src/plugins/searchIndex.ts', { offlineSkip: archivedPrefixes } satisfies SearchIndexOptions],
    [
      '@docusaurus/plugin-pwa',
      {
        // Every reader gets the course offline after a first visit, not only installed apps.
        offlineModeActivationStrategies: ['always'],
        swRegister: path.resolve('src/clientModules/registerServiceWorker.ts'),
        // The plugin precaches pages, scripts, styles and images; the course's own worker code
        // adds the exercise-file downloads and the search index.
        swCustom: path.resolve('src/offline/serviceWorker.js'),
        // Offline is for the edition being taught; archived editions stay online only.
        injectManifestConfig: {
          globIgnores: archivedPrefixes.map((prefix) => `${prefix.slice(1)}/**`),
        } as PwaOptions['injectManifestConfig'],
        pwaHead: [
          { tagName: 'link', rel: 'manifest', href: '/manifest.json' },
          { tagName: 'meta', name: 'theme-color', content: '#990000' },
          { tagName: 'link', rel: 'apple-touch-icon', href: '/img/apple-touch-icon.png' },
        ],
      } satisfies PwaOptions,
    ],
    './src/plugins/codeHighlighting.ts',
    './src/plugins/compileHints.ts',
    ['./src/plugins/exerciseFiles.ts', { roots: contentRoots } satisfies ExerciseFilesOptions],
    ['./src/plugins/courseIndex.ts', { editions: builtEditions } satisfies CourseIndexOptions],
    ['./src/plugins/printSessions.ts', { editions: builtEditions } satisfies PrintSessionsOptions],
    ['./src/plugins/timePlan.ts', { editions: builtEditions, timePlanRoute } satisfies TimePlanOptions],
  ],

  clientModules: ['./src/clientModules/highlightSearchTerms.ts', './src/clientModules/printBlocks.ts'],

  themeConfig: {
    metadata: [{ name: 'keywords', content: 'MLOps, machine learning operations, DTU 02476, course' }],
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    navbar: {
      title: 'MLOps',
      logo: { alt: 'MLOps course logo', src: 'img/logo.svg' },
      items: [
        // Plain links rather than doc items: doc items light up on every page of the one
        // sidebar, and the sidebar starts with the course pages, not with S1.
        { to: '/s1_development_environment/', label: 'Sessions', position: 'left', activeBaseRegex: '/s\\d+_' },
        ...coursePages.map((page) => ({ to: page.route, label: page.navbarLabel, position: 'left' as const })),
        // Editions: the same page in another year, where it exists.
        { type: 'docsVersionDropdown', position: 'right' },
        { href: course.repositoryUrl, label: 'GitHub', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Course',
          items: [
            { label: 'Sessions', to: '/s1_development_environment/' },
            { label: `DTU course ${course.code}`, href: course.courseBaseUrl },
          ],
        },
        {
          title: 'Contribute',
          items: [
            { label: 'Contributor guide', href: `${course.repositoryUrl}/blob/${course.editBranch}/CONTRIBUTING.md` },
            { label: 'Repository', href: course.repositoryUrl },
            { label: 'Report a problem', href: `${course.repositoryUrl}/issues` },
          ],
        },
      ],
      copyright: `Course material by ${course.responsible}, licensed under Apache 2.0. Built with Docusaurus.`,
    },
    prism: {
      // Colours come from CSS (src/plugins/codeHighlighting.ts), the same HTML for both modes.
      theme: cssCodeTheme,
      darkTheme: cssCodeTheme,
      additionalLanguages: ['bash', 'powershell', 'toml', 'docker', 'yaml', 'json', 'ini'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
