import { useState, type ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import { useEdition } from '../../hooks/useEdition';
import {
  exportProgress,
  importProgress,
  markModuleDone,
  moduleCounts,
  resetModule,
  setStep,
  useProgress,
  type ModuleState,
} from '../../progress/store';
import styles from './styles.module.css';

function useModuleNumber(): number {
  const { frontMatter } = useDoc();
  return Number((frontMatter as { module?: number }).module);
}

/** The checkbox at an exercise step. Rendered in the browser only: without JavaScript a step reads as plain text. */
export function ExerciseStep({ id, number }: { id: string; number: string }): ReactNode {
  const isBrowser = useIsBrowser();
  const progress = useProgress();
  const edition = useEdition();
  const module = useModuleNumber();
  if (!isBrowser) return null;
  const checked = id in (progress.editions[edition]?.[module]?.steps ?? {});
  return (
    <label className={clsx(styles.step, checked && styles.stepDone)} data-exercise-step={id}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => setStep(edition, module, id, event.target.checked)}
        aria-label={`Step ${number} done`}
      />
      <span aria-hidden="true">Done</span>
    </label>
  );
}

/** A module's progress under its "Exercises" heading: how many steps are done, and two shortcuts. */
export function ExerciseProgress({ steps }: { steps: string }): ReactNode {
  const isBrowser = useIsBrowser();
  const progress = useProgress();
  const edition = useEdition();
  const module = useModuleNumber();
  if (!isBrowser) return null;
  const ids = steps.split(' ');
  const { done, total } = moduleCounts(progress, edition, module, ids);
  return (
    <div className={styles.progress} data-exercise-progress>
      <progress className={styles.bar} max={total} value={done} aria-label="Exercise steps done" />
      <p className={styles.count} role="status">
        {done} of {total} steps done
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={done === total}
          onClick={() => markModuleDone(edition, module, ids)}
        >
          Mark module done
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          disabled={done === 0}
          onClick={() => resetModule(edition, module)}
        >
          Reset this module
        </button>
        <Link to="/pages/course_map/#your-progress" className={styles.more}>
          Export or import your progress
        </Link>
      </div>
    </div>
  );
}

const marks: Record<ModuleState, string> = { 'not started': '○', 'in progress': '◐', done: '●' };

/** A module's state as a symbol and its words (the words for screen readers, or shown). */
export function ProgressMark({ state, showText = false }: { state: ModuleState; showText?: boolean }): ReactNode {
  return (
    <span className={clsx(styles.mark, state === 'done' && styles.markDone)} data-progress-state={state}>
      <span aria-hidden="true">{marks[state]}</span>
      <span className={showText ? undefined : styles.visuallyHidden}>{showText ? ` ${state}` : `(${state})`}</span>
    </span>
  );
}

/** The state of one module, for the sidebar and cards; nothing on the server, where no progress is known. */
export function ModuleProgressMark({
  module,
  steps,
  showText,
}: {
  module: number;
  steps: readonly string[];
  showText?: boolean;
}): ReactNode {
  const isBrowser = useIsBrowser();
  const progress = useProgress();
  const edition = useEdition();
  if (!isBrowser || steps.length === 0) return null;
  return <ProgressMark state={moduleCounts(progress, edition, module, steps).state} showText={showText} />;
}

/** "2 of 4 modules done" for a session, as on landing pages, the home page and the time plan. */
export function SessionProgress({
  modules,
}: {
  modules: readonly { module: number; steps: readonly string[] }[];
}): ReactNode {
  const isBrowser = useIsBrowser();
  const progress = useProgress();
  const edition = useEdition();
  if (!isBrowser) return null;
  const counted = modules
    .filter((m) => m.steps.length > 0)
    .map((m) => moduleCounts(progress, edition, m.module, m.steps));
  const modulesDone = counted.filter((c) => c.state === 'done').length;
  const stepsDone = counted.reduce((sum, c) => sum + c.done, 0);
  const steps = counted.reduce((sum, c) => sum + c.total, 0);
  return (
    <span className={styles.session} data-session-progress>
      {modulesDone} of {counted.length} modules done · {stepsDone} of {steps} steps
    </span>
  );
}

/** Export of all progress to a file, and import of such a file, for moving to another browser. */
export function ProgressTransfer(): ReactNode {
  const isBrowser = useIsBrowser();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  if (!isBrowser) {
    return <p>Exporting and importing your progress needs JavaScript.</p>;
  }
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportProgress()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'mlops-course-progress.json';
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ text: 'Your progress was saved as mlops-course-progress.json.', error: false });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const added = importProgress(await file.text());
      setMessage({ text: `Imported: ${added} ${added === 1 ? 'tick was' : 'ticks were'} new here.`, error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  return (
    <div className={styles.transfer} data-progress-transfer>
      <button type="button" className="button button--primary" onClick={download}>
        Export your progress
      </button>
      <label className={styles.importLabel}>
        Import a progress file
        <input type="file" accept="application/json,.json" onChange={(event) => void upload(event.target.files?.[0])} />
      </label>
      <p role="status" className={message?.error ? styles.error : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
