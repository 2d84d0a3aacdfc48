import type { LoadContext, Plugin } from '@docusaurus/types';

export interface ExerciseFilesOptions {
  /** Content folders (relative to the site) and the URL each is served under. */
  roots: { dir: string; url: string }[];
}

/**
 * Serves every file under a content folder's `exercise_files/` at the same path as on
 * disk (docs/s1/exercise_files/x.py at /s1/exercise_files/x.py), in `start` and in
 * `build`, so the download links that code blocks from files carry always work.
 */
export default function exerciseFilesPlugin(context: LoadContext, options: ExerciseFilesOptions): Plugin {
  return {
    name: 'exercise-files',
    getPathsToWatch() {
      return options.roots.map((root) => `${context.siteDir}/${root.dir}/**/exercise_files/**`);
    },
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const { currentBundler } = utils;
      if (currentBundler.name !== 'rspack') {
        throw new Error('exercise-files expects the Rspack bundler (future.faster in docusaurus.config.ts)');
      }
      const CopyPlugin = (currentBundler.instance as unknown as { CopyRspackPlugin: new (options: unknown) => never })
        .CopyRspackPlugin;
      return {
        plugins: [
          new CopyPlugin({
            patterns: options.roots.map((root) => ({
              from: '**/exercise_files/**/*',
              context: `${context.siteDir}/${root.dir}`,
              to: `${root.url.replace(/^\//, '')}[path][name][ext]`,
              // Smoke runs are for the test suite, not downloads.
              globOptions: { dot: true, ignore: ['**/exercise_files/**/smoke.yaml'] },
              noErrorOnMissing: true,
            })),
          }),
        ],
      };
    },
  };
}
