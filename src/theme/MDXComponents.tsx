import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import CodeFile from '@site/src/components/CodeFile';
import Collapsible from '@site/src/components/Collapsible';
import Figure from '@site/src/components/Figure';
import { Quiz, QuizExplanation, QuizOption, QuizOptions, QuizPrompt, QuizQuestion } from '@site/src/components/Quiz';
import SessionModules from '@site/src/components/SessionModules';

/** The components that lesson directives (src/remark) turn into; contributors never write them by hand. */
export default {
  ...MDXComponents,
  Tabs,
  TabItem,
  Collapsible,
  CodeFile,
  Figure,
  Quiz,
  QuizQuestion,
  QuizPrompt,
  QuizOptions,
  QuizOption,
  QuizExplanation,
  SessionModules,
};
