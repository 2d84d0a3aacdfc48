import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface CardProps {
  to: string;
  title: string;
  description: string;
  footer: ReactNode;
  /** Data attributes that tests and styles can select on. */
  data?: Record<`data-${string}`, string | number>;
}

/** A card in a grid: the title links to the page and the whole card is clickable. */
export default function Card({ to, title, description, footer, data }: CardProps) {
  return (
    <li className={styles.card} {...data}>
      <Link to={to} className={styles.link} data-card-link>
        <span className={styles.title}>{title}</span>
      </Link>
      <p className={styles.description}>{description}</p>
      <div className={styles.meta}>{footer}</div>
    </li>
  );
}

export function CardGrid({ children }: { children: ReactNode }) {
  return <ul className={styles.grid}>{children}</ul>;
}
