/**
 * The theme's highlighting code block, as the code block wrapper (src/theme/CodeBlock) gets
 * it. This file serves the server build, which renders every block highlighted. The browser
 * build gets `./lazy` in its place (src/plugins/codeHighlighting.ts): Prism and its grammars
 * stay out of the start-up script and arrive in their own chunk when a block needs them.
 */
import CodeBlock from '@theme-original/CodeBlock';

export type HighlightingCodeBlock = typeof CodeBlock;

/** The highlighting code block if it is loaded, else undefined. */
export const loadedCodeBlock = (): HighlightingCodeBlock | undefined => CodeBlock;

/** Loads the highlighting code block (once) and resolves with it. */
export const loadCodeBlock = (): Promise<HighlightingCodeBlock> => Promise.resolve(CodeBlock);
