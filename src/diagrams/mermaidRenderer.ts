import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export type DiagramTheme = 'light' | 'dark';

export interface RenderedDiagram {
  /** SVG files on disk, one per colour theme. */
  files: Record<DiagramTheme, string>;
}

export type RenderDiagram = (source: string) => Promise<RenderedDiagram>;

// Resolved from the site's root: this file also runs under the config loader and Vitest.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const mermaidPackage = require('mermaid/package.json') as { version: string };
const mermaidScript = require.resolve('mermaid/dist/mermaid.min.js');

/** Fonts metric-compatible across systems, so boxes sized at build time fit the text everywhere. */
const fontFamily = 'Arial, Helvetica, "Liberation Sans", sans-serif';
const mermaidThemes: Record<DiagramTheme, string> = { light: 'neutral', dark: 'dark' };
/** Edge labels sit on the page's own background, as text does (Mermaid's default box is grey). */
const themeVariables: Record<DiagramTheme, Record<string, string>> = {
  light: { edgeLabelBackground: '#ffffff' },
  dark: { edgeLabelBackground: '#1b1b1d' },
};
const rendererVersion = 2;

export class DiagramSyntaxError extends Error {}

/** No Chromium could be started to draw a new or changed diagram. */
export class DiagramBrowserError extends Error {}

/** How to get a Chromium, per system, for the message a contributor sees. */
export const chromiumHowTo = [
  'Linux: `npx playwright install --with-deps chromium` (or `sudo apt-get install -y chromium` on Debian and Ubuntu)',
  'macOS: `npx playwright install chromium`',
  'Windows: `npx playwright install chromium` in PowerShell',
];

/**
 * The name of a diagram's files: a hash of its source and of everything that changes the
 * drawing, so that a changed diagram, Mermaid release or theme gets new files.
 */
export function diagramHash(source: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        source,
        mermaid: mermaidPackage.version,
        rendererVersion,
        fontFamily,
        mermaidThemes,
        themeVariables,
      }),
    )
    .digest('hex')
    .slice(0, 16);
}

/**
 * Draws Mermaid diagrams to SVG files at build time in a headless Chromium, so pages ship
 * pictures instead of Mermaid's 150 kB script. The files are kept in the repository by
 * content hash: a build whose diagrams are all drawn never starts a browser, so only the
 * writer of a new or changed diagram needs one.
 */
export function createMermaidRenderer(cacheDir: string): RenderDiagram {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;

  const openPage = async () => {
    browser ??= launchChromium();
    const opened = await (await browser).newPage();
    await opened.setContent('<!doctype html><html><body></body></html>');
    await opened.addScriptTag({ path: mermaidScript });
    return opened;
  };

  // Close the browser once the build stops asking, so the process can exit.
  const scheduleClose = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      const closing = browser;
      browser = undefined;
      page = undefined;
      void closing?.then((opened) => opened.close());
    }, 1500);
  };

  const draw = async (source: string, id: string, theme: DiagramTheme) => {
    page ??= openPage();
    const opened = await page;
    const result = await opened.evaluate(
      async ({ source, id, theme, themeVariables, fontFamily }) => {
        const mermaid = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme,
          themeVariables,
          fontFamily,
          htmlLabels: false,
          flowchart: { htmlLabels: false },
        });
        try {
          return { svg: (await mermaid.render(id, source)).svg };
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      },
      { source, id, theme: mermaidThemes[theme], themeVariables: themeVariables[theme], fontFamily },
    );
    if ('error' in result) throw new DiagramSyntaxError(result.error);
    return standaloneSvg(result.svg);
  };

  return async (source) => {
    const hash = diagramHash(source);
    const files = {
      light: path.join(cacheDir, `${hash}-light.svg`),
      dark: path.join(cacheDir, `${hash}-dark.svg`),
    };
    if (fs.existsSync(files.light) && fs.existsSync(files.dark)) return { files };

    const job = queue.then(async () => {
      clearTimeout(idleTimer);
      try {
        const light = await draw(source, `d${hash}l`, 'light');
        const dark = await draw(source, `d${hash}d`, 'dark');
        fs.mkdirSync(cacheDir, { recursive: true });
        fs.writeFileSync(files.light, light);
        fs.writeFileSync(files.dark, dark);
        return { files };
      } finally {
        scheduleClose();
      }
    });
    queue = job.catch(() => undefined);
    return job;
  };
}

interface MermaidGlobal {
  initialize(config: Record<string, unknown>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}

/** Mermaid sizes its SVG to its container; as a file it needs its own width and height. */
export function standaloneSvg(svg: string): string {
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  if (!viewBox || viewBox.length !== 4) return svg;
  const [, , width, height] = viewBox.map((value) => Math.ceil(value));
  return svg.replace(/<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/\sstyle="[^"]*"/, '')
      .replace('<svg', `<svg width="${width}" height="${height}"`),
  );
}

async function launchChromium(): Promise<Browser> {
  const systemChromium = '/usr/bin/chromium';
  const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    return await chromium.launch({
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: runsAsRoot ? ['--no-sandbox'] : [],
    });
  } catch (error) {
    throw new DiagramBrowserError(
      `a new or changed diagram must be drawn once, which needs a Chromium, and none could be started (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      { cause: error },
    );
  }
}
