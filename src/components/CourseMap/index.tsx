import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CoreBadge from '../CoreBadge';
import { ModuleProgressMark } from '../Progress';
import { moduleLabel, sessionLabel } from '../../data/labels';
import { useCourseIndex } from '../../hooks/useCourseIndex';
import styles from './styles.module.css';

interface Edge {
  from: number;
  to: number;
  path: string;
}

// Layout effects run in the browser only; on the server a plain effect keeps React quiet.
const useBrowserLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Arrows from each module to the modules it builds on, drawn over the laid-out nodes once
 * the browser knows where they are, and again when the layout changes. The nodes already
 * say the same in words, so the arrows are decoration for sighted readers.
 */
function useEdges(container: React.RefObject<HTMLDivElement | null>, pairs: { from: number; to: number }[]) {
  const [edges, setEdges] = useState<Edge[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useBrowserLayoutEffect(() => {
    const measure = () => {
      const root = container.current;
      if (!root) return;
      const box = root.getBoundingClientRect();
      const node = (module: number) => root.querySelector<HTMLElement>(`[data-map-module="${module}"]`);
      const drawn = pairs.flatMap(({ from, to }) => {
        const a = node(from)?.getBoundingClientRect();
        const b = node(to)?.getBoundingClientRect();
        if (!a || !b) return [];
        // From the bottom of the prerequisite to the top of the module that needs it.
        const x1 = a.left + a.width / 2 - box.left;
        const y1 = a.bottom - box.top;
        const x2 = b.left + b.width / 2 - box.left;
        const y2 = b.top - box.top;
        const bend = Math.max(24, (y2 - y1) / 2);
        return [{ from, to, path: `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2 - 6}` }];
      });
      setSize({ width: box.width, height: box.height });
      setEdges(drawn);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (container.current) observer.observe(container.current);
    return () => observer.disconnect();
  }, [container, pairs]);
  return { edges, size };
}

/**
 * The course as a map: each session a group, each module a node linking to its page,
 * core modules marked, and arrows to what each module builds on, from the modules' own
 * front matter ("requires"). The same graph follows as a list.
 */
export default function CourseMap(): ReactNode {
  const { sessions } = useCourseIndex();
  const isBrowser = useIsBrowser();
  const container = useRef<HTMLDivElement>(null);
  const modules = sessions.flatMap((s) => s.modules);
  const byNumber = new Map(modules.map((m) => [m.module, m]));
  const [pairs] = useState(() => modules.flatMap((m) => m.requires.map((from) => ({ from, to: m.module }))));
  const { edges, size } = useEdges(container, pairs);
  const [highlight, setHighlight] = useState<number | undefined>();
  const related = (edge: Edge) => highlight !== undefined && (edge.from === highlight || edge.to === highlight);
  const names = (numbers: number[]) =>
    numbers.map((n) => (byNumber.has(n) ? `M${n} ${byNumber.get(n)!.title}` : `M${n}`)).join(', ');

  return (
    <div data-course-map>
      <div className={styles.map} ref={container}>
        {isBrowser && size.width > 0 && (
          <svg
            className={styles.arrows}
            width={size.width}
            height={size.height}
            viewBox={`0 0 ${size.width} ${size.height}`}
            aria-hidden="true"
            focusable="false"
          >
            <defs>
              <marker
                id="map-arrow"
                viewBox="0 0 10 10"
                refX="8"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={styles.arrowHead} />
              </marker>
            </defs>
            {edges.map((edge) => (
              <path
                key={`${edge.from}-${edge.to}`}
                d={edge.path}
                className={related(edge) ? styles.edgeActive : styles.edge}
                markerEnd="url(#map-arrow)"
              />
            ))}
          </svg>
        )}
        {sessions.map((session) => (
          <section key={session.session} className={styles.session} aria-labelledby={`map-s${session.session}`}>
            <h2 id={`map-s${session.session}`} className={styles.sessionTitle}>
              <Link to={session.route}>{sessionLabel(session.session, session.title)}</Link>
            </h2>
            <ul className={styles.nodes}>
              {session.modules.map((module) => (
                <li
                  key={module.module}
                  className={module.core ? styles.nodeCore : styles.node}
                  data-map-module={module.module}
                  onMouseEnter={() => setHighlight(module.module)}
                  onMouseLeave={() => setHighlight(undefined)}
                  onFocus={() => setHighlight(module.module)}
                  onBlur={() => setHighlight(undefined)}
                >
                  <Link to={module.route} className={styles.nodeLink}>
                    {moduleLabel(module.module, module.title)}
                  </Link>
                  <span className={styles.nodeFacts}>
                    <CoreBadge core={module.core} compact />
                    <ModuleProgressMark module={module.module} steps={module.steps} showText />
                  </span>
                  <span className={styles.requires}>
                    {module.requires.length > 0
                      ? `Builds on ${module.requires.map((n) => `M${n}`).join(', ')}`
                      : 'A starting point'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>

      <h2 id="the-map-as-a-list">The map as a list</h2>
      <ol className={styles.list} data-course-map-list>
        {modules.map((module) => (
          <li key={module.module}>
            <Link to={module.route}>{moduleLabel(module.module, module.title)}</Link> (
            {module.core ? 'core' : 'optional'}, session S{module.session}):{' '}
            {module.requires.length > 0 ? `builds on ${names(module.requires)}.` : 'builds on no other module.'}
          </li>
        ))}
      </ol>
    </div>
  );
}
