import type { Plugin } from '@docusaurus/types';

/** V8's explicit compile hint: compile every function in this file when the script loads. */
export const compileHintComment = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the start-up scripts (`runtime~main` and `main`) for eager compilation.
 *
 * Almost all of `main.js` (React DOM, the router, the theme's layout) runs before a page is
 * live, but V8 compiles a function lazily, on the main thread, the first time it is called:
 * on a phone that was a third of the page's longest task. With the hint, Chromium (136 and
 * later) compiles them up front, off the main thread while the script streams in; other
 * browsers read a comment. See https://v8.dev/blog/explicit-compile-hints. Chunks loaded
 * later (a lesson's content, the highlighter, search) are left to V8's own judgement.
 *
 * The comment is added after minification, which would strip it, and before the content
 * hash, so a file's name still changes with its content.
 */
export default function compileHintsPlugin(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            apply(compiler) {
              const { Compilation, sources } = compiler.webpack;
              compiler.hooks.thisCompilation.tap('compile-hints', (compilation) => {
                compilation.hooks.processAssets.tap(
                  { name: 'compile-hints', stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING },
                  () => {
                    for (const chunk of compilation.chunks) {
                      if (!chunk.canBeInitial()) continue;
                      for (const file of chunk.files) {
                        if (!file.endsWith('.js')) continue;
                        compilation.updateAsset(file, (source) => new sources.ConcatSource(compileHintComment, source));
                      }
                    }
                  },
                );
              });
            },
          },
        ],
      };
    },
  };
}
