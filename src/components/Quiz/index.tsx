import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import clsx from 'clsx';
import styles from './styles.module.css';

type Mode = 'single' | 'multiple' | 'open';

interface QuestionState {
  mode: Mode;
  name: string;
  promptId: string;
  correct: Set<number>;
  selected: Set<number>;
  checked: boolean;
  revealed: boolean;
  toggle: (index: number) => void;
  check: () => void;
  setRevealed: (open: boolean) => void;
}

const QuestionContext = createContext<QuestionState | null>(null);

function useQuestion(): QuestionState {
  const state = useContext(QuestionContext);
  if (!state) throw new Error('Quiz parts must sit inside a QuizQuestion (write quizzes with ":::quiz")');
  return state;
}

const letter = (index: number) => String.fromCharCode(65 + index);

/** A knowledge check: numbered questions, each answered and checked on its own. */
export function Quiz({ title, children }: { title?: string; children: ReactNode }) {
  const { metadata } = useDoc();
  const shown = title || 'Test yourself';
  return (
    // Named after its lesson too, so regions stay distinct where lessons share a page (printing a session).
    <section className={styles.quiz} aria-label={`${shown}: ${metadata.title}`}>
      <p className={styles.quizTitle}>{shown}</p>
      <ol className={styles.questions}>{children}</ol>
    </section>
  );
}

export function QuizQuestion({
  number,
  mode,
  correct,
  children,
}: {
  number: string;
  mode: Mode;
  correct: string;
  children: ReactNode;
}) {
  const name = useId();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [checked, setChecked] = useState(false);
  const [revealed, setRevealed] = useState(false);

  const state: QuestionState = {
    mode,
    name,
    promptId: `${name}-prompt`,
    correct: new Set(correct ? correct.split(',').map(Number) : []),
    selected,
    checked,
    revealed,
    toggle: (index) => {
      setChecked(false);
      setSelected((current) => {
        if (mode === 'single') return new Set([index]);
        const next = new Set(current);
        if (next.has(index)) next.delete(index);
        else next.add(index);
        return next;
      });
    },
    check: () => {
      setChecked(true);
      setRevealed(true);
    },
    setRevealed,
  };

  return (
    <li className={styles.question} data-quiz-question={number} data-mode={mode}>
      <QuestionContext.Provider value={state}>
        <div role="group" aria-labelledby={state.promptId}>
          {children}
        </div>
      </QuestionContext.Provider>
    </li>
  );
}

export function QuizPrompt({ children }: { children: ReactNode }) {
  const { promptId, mode } = useQuestion();
  return (
    <div id={promptId} className={styles.prompt}>
      {children}
      {mode === 'multiple' && <p className={styles.instruction}>Select all that apply.</p>}
    </div>
  );
}

export function QuizOptions({ children }: { children: ReactNode }) {
  const { selected, checked, correct, check } = useQuestion();
  const isRight = selected.size === correct.size && [...selected].every((i) => correct.has(i));
  return (
    <>
      <ul className={styles.options}>{children}</ul>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={selected.size === 0}
          onClick={check}
        >
          Check answer
        </button>
        <p className={clsx(styles.feedback, checked && (isRight ? styles.right : styles.wrong))} role="status">
          {checked && (isRight ? '✓ Correct.' : '✗ Not quite. Read the explanation, then try again.')}
        </p>
      </div>
    </>
  );
}

export function QuizOption({ index, children }: { index: string; children: ReactNode }) {
  const { mode, name, selected, checked, correct, toggle } = useQuestion();
  const position = Number(index);
  const isSelected = selected.has(position);
  const verdict = checked && isSelected ? (correct.has(position) ? 'right' : 'wrong') : undefined;
  return (
    <li className={clsx(styles.option, verdict && styles[verdict])}>
      <label className={styles.optionLabel}>
        <input
          type={mode === 'single' ? 'radio' : 'checkbox'}
          name={name}
          value={position}
          checked={isSelected}
          onChange={() => toggle(position)}
        />
        <span className={styles.letter} aria-hidden="true">
          {letter(position)}
        </span>
        <span className={styles.optionText}>{children}</span>
        {verdict && <span className={styles.verdict}>{verdict === 'right' ? '✓ right' : '✗ wrong'}</span>}
      </label>
    </li>
  );
}

export function QuizExplanation({ children }: { children: ReactNode }) {
  const { mode, correct, revealed, setRevealed } = useQuestion();
  const answer = [...correct]
    .sort((a, b) => a - b)
    .map(letter)
    .join(', ');
  return (
    <details className={styles.explanation} open={revealed} onToggle={(event) => setRevealed(event.currentTarget.open)}>
      <summary>{mode === 'open' ? 'Show a model answer' : 'Show the answer and explanation'}</summary>
      <div className={styles.explanationBody}>
        {mode !== 'open' && <p className={styles.answer}>Answer: {answer}</p>}
        {children}
      </div>
    </details>
  );
}
