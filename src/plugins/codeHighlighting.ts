import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { codeThemeCss } from '../data/codeThemes';

/**
 * Code blocks that cost the browser little:
 *
 * - the token colours of both colour modes go into every page's head as a few hundred bytes
 *   of CSS, so code is coloured from the first paint and the server's HTML is right in
 *   either mode;
 * - the browser build takes Prism out of its start-up script: `src/codeHighlighting` is
 *   swapped for its lazy twin, and the theme's start-up module that registers Prism's extra
 *   languages for a module that does nothing (the chunk registers them when it loads). The
 *   server build is left as it is and still highlights every block.
 */
export default function codeHighlightingPlugin(context: LoadContext): Plugin {
  const own = (file: string) => path.join(context.siteDir, 'src/codeHighlighting', file);
  return {
    name: 'code-highlighting',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'style', attributes: { 'data-code-theme': 'true' }, innerHTML: codeThemeCss() }] };
    },
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/[\\/]src[\\/]codeHighlighting$/, own('lazy.ts')),
          new NormalModuleReplacementPlugin(
            /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
            own('noLanguagesAtStartup.ts'),
          ),
        ],
      };
    },
  };
}
