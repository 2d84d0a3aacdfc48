/** The browser's side of `./index.ts`: the same two functions, with the block in its own chunk. */
import type { HighlightingCodeBlock } from './index';

let loaded: HighlightingCodeBlock | undefined;
let loading: Promise<HighlightingCodeBlock> | undefined;

export const loadedCodeBlock = (): HighlightingCodeBlock | undefined => loaded;

export function loadCodeBlock(): Promise<HighlightingCodeBlock> {
  loading ??= import(/* webpackChunkName: "code-highlighting" */ './withLanguages').then((module) => {
    loaded = module.default;
    return loaded;
  });
  return loading;
}
