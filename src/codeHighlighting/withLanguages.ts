/**
 * The browser's highlighting chunk: the theme's code block and Prism, with the site's extra
 * languages (`prism.additionalLanguages`) registered as the theme would at start-up.
 */
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock;
