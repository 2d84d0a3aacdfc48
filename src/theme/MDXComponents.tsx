import type { ComponentProps } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import { Checklist, ChecklistItem } from '@site/src/components/Checklist';
import CodeFile from '@site/src/components/CodeFile';
import Collapsible from '@site/src/components/Collapsible';
import Figure from '@site/src/components/Figure';
import MermaidDiagram from '@site/src/components/MermaidDiagram';
import ModuleSummary from '@site/src/components/ModuleSummary';
import CourseMap from '@site/src/components/CourseMap';
import { ExerciseProgress, ExerciseStep, ProgressTransfer } from '@site/src/components/Progress';
import { Quiz, QuizExplanation, QuizOption, QuizOptions, QuizPrompt, QuizQuestion } from '@site/src/components/Quiz';
import SessionModules from '@site/src/components/SessionModules';
import { TabItem, Tabs } from '@site/src/components/Tabs';
import { CalendarDownload, TimePlanWeek } from '@site/src/components/TimePlan';

/** Names a tab's panel on paper, where all panels of a tab set are printed (see custom.css). */
function TabPrintLabel({ label }: { label: string }) {
  return <p className="tab-print-label">{label}</p>;
}

/**
 * Wide tables scroll sideways inside the page (Infima makes them scroll boxes); a tab stop
 * lets keyboard readers scroll them too.
 */
function Table(props: ComponentProps<'table'>) {
  return <table tabIndex={0} {...props} />;
}

/** The components that lesson directives (src/remark) turn into; contributors never write them by hand. */
export default {
  ...MDXComponents,
  table: Table,
  Tabs,
  TabItem,
  TabPrintLabel,
  Collapsible,
  CodeFile,
  Figure,
  MermaidDiagram,
  Quiz,
  QuizQuestion,
  QuizPrompt,
  QuizOptions,
  QuizOption,
  QuizExplanation,
  SessionModules,
  Checklist,
  ChecklistItem,
  ModuleSummary,
  TimePlanWeek,
  CalendarDownload,
  ExerciseStep,
  ExerciseProgress,
  CourseMap,
  ProgressTransfer,
};
