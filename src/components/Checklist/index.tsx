import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import styles from './styles.module.css';

interface ChecklistState {
  done: ReadonlySet<string>;
  toggle: (item: string, checked: boolean) => void;
  /** False until the saved state has been read, so the first render matches the static page. */
  ready: boolean;
}

const ChecklistContext = createContext<ChecklistState | null>(null);

/** Where a list's ticked items are kept; one key per list, the ticked items' ids as JSON. */
export const storageKey = (list: string) => `mlops-checklist:${list}`;
const changeEvent = 'mlops-checklist-change';

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

function readRaw(list: string): string {
  try {
    return window.localStorage.getItem(storageKey(list)) ?? '[]';
  } catch {
    return '[]';
  }
}

function parse(raw: string | null): Set<string> {
  try {
    const saved: unknown = JSON.parse(raw ?? '[]');
    return new Set(Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * A list of things to do whose ticks the browser remembers (and shares between open
 * tabs). Written as a GFM task list inside ":::checklist{id=...}"; the remark plugin
 * gives each item a stable id and lists them in `items` (space-separated), so ticks of
 * items that have since been reworded are not counted.
 */
export function Checklist({ id, items, children }: { id: string; items: string; children: ReactNode }) {
  const raw = useSyncExternalStore(
    subscribe,
    () => readRaw(id),
    () => null,
  );
  const state = useMemo<ChecklistState>(() => {
    const ids = new Set(items.split(' '));
    const done = new Set([...parse(raw)].filter((item) => ids.has(item)));
    return {
      done,
      ready: raw !== null,
      toggle: (item, checked) => {
        const next = new Set(parse(readRaw(id)));
        if (checked) next.add(item);
        else next.delete(item);
        try {
          window.localStorage.setItem(storageKey(id), JSON.stringify([...next].sort()));
        } catch {
          // Storage is blocked or full: nothing to remember the tick in.
        }
        window.dispatchEvent(new Event(changeEvent));
      },
    };
  }, [raw, id, items]);

  return (
    <ChecklistContext.Provider value={state}>
      <div className={styles.checklist} data-checklist={id}>
        <ul className={styles.items}>{children}</ul>
        <p className={styles.progress} aria-live="polite">
          {state.done.size} of {items.split(' ').length} done
          <span className={styles.note}> (remembered in this browser)</span>
        </p>
      </div>
    </ChecklistContext.Provider>
  );
}

export function ChecklistItem({ id, children }: { id: string; children: ReactNode }) {
  const state = useContext(ChecklistContext);
  if (!state) throw new Error('ChecklistItem must sit inside a Checklist (write checklists with ":::checklist")');
  const inputId = `checklist-${id}`;
  return (
    <li className={styles.item} data-checklist-item={id}>
      <input
        id={inputId}
        type="checkbox"
        className={styles.box}
        checked={state.done.has(id)}
        disabled={!state.ready}
        onChange={(event) => state.toggle(id, event.target.checked)}
      />
      <label htmlFor={inputId} className={styles.label}>
        {children}
      </label>
    </li>
  );
}
