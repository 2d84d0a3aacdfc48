import type { Plugin } from '@docusaurus/types';
import { codeThemeCss } from '../data/codeThemes';

/**
 * Puts the code blocks' token colours for both colour modes into every page's head. A few
 * hundred bytes inline, so code is coloured from the first paint without another request.
 */
export default function codeThemePlugin(): Plugin {
  return {
    name: 'code-theme',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'style', attributes: { 'data-code-theme': 'true' }, innerHTML: codeThemeCss() }] };
    },
  };
}
