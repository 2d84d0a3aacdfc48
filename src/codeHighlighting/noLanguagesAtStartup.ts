/**
 * Stands in for the theme's start-up module that registers Prism's extra languages, in the
 * browser build only: `./withLanguages.ts` registers them when the highlighting chunk loads.
 */
export {};
