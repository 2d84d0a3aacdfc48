import type { ReactNode, Ref } from 'react';
import styles from './styles.module.css';

export interface SearchFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The search box with its label, which only screen readers need (the box says what it is),
 * and a submit button, so the form works like any other: Enter or the button runs it.
 */
export default function SearchField({ id, value, onChange, placeholder, inputRef }: SearchFieldProps): ReactNode {
  return (
    <>
      <label htmlFor={id} className={styles.visuallyHidden}>
        Search the course
      </label>
      <input
        ref={inputRef}
        id={id}
        name="q"
        type="search"
        className={styles.input}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <button type="submit" className={styles.submitButton}>
        Search
      </button>
    </>
  );
}
