import { Children, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface MermaidDiagramProps {
  /** The picture for the light theme, then the one for the dark theme. */
  children: ReactNode;
}

/** A diagram drawn at build time; CSS shows the picture that matches the colour theme. */
export default function MermaidDiagram({ children }: MermaidDiagramProps) {
  const [light, dark] = Children.toArray(children);
  return (
    <div className={styles.diagram}>
      <div className={styles.light}>{light}</div>
      <div className={styles.dark}>{dark}</div>
    </div>
  );
}
