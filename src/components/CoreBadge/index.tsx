import clsx from 'clsx';
import styles from './styles.module.css';

/** "Core module" (needed to pass) or "Optional module"; shape and text, not colour alone, tell them apart. */
export default function CoreBadge({ core, compact = false }: { core: boolean; compact?: boolean }) {
  const text = compact ? (core ? 'Core' : 'Optional') : core ? 'Core module' : 'Optional module';
  return (
    <span
      className={clsx(styles.badge, core ? styles.core : styles.optional)}
      data-core-badge={core ? 'core' : 'optional'}
    >
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {core ? (
          <path d="M8 1.5l1.9 4 4.4.5-3.3 3 .9 4.4L8 11.2l-3.9 2.2.9-4.4-3.3-3 4.4-.5z" />
        ) : (
          <circle cx="8" cy="8" r="5" />
        )}
      </svg>
      {text}
    </span>
  );
}
