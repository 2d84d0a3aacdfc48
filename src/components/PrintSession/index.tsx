import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import { DocProvider } from '@docusaurus/plugin-content-docs/client';
import type { PropDocContent } from '@docusaurus/plugin-content-docs';
import { HydrateAllBlocks } from '../Collapsible';
import { moduleLabel, sessionLabel } from '../../data/labels';
import styles from './styles.module.css';

interface Props {
  lessons: { content: PropDocContent }[];
  session: number;
  title: string;
  sessionRoute: string;
}

/** Attributes that name other elements by id. */
const idReferences = ['aria-controls', 'aria-labelledby', 'aria-describedby', 'for'];

/**
 * A whole session on one page for printing or saving as PDF: the landing page and every
 * module in order, collapsible blocks open, solutions in or out as the reader chooses, tabs
 * with all their panels, and no navigation around it.
 */
export default function PrintSession({ lessons, session, title, sessionRoute }: Props): ReactNode {
  const [withSolutions, setWithSolutions] = useState(false);
  const label = sessionLabel(session, title);

  useEffect(() => {
    // Open every block for print; solutions are hidden by CSS when left out.
    document.querySelectorAll<HTMLDetailsElement>('[data-print-session] details').forEach((details) => {
      details.open = true;
    });
    // Lessons share heading ids ("exercises", "wrap-up"): give each lesson's ids its own prefix,
    // and its in-page links and id references (a tab's panel) with them, so ids stay unique
    // and links and references go to their own lesson.
    document.querySelectorAll<HTMLElement>('[data-print-lesson]').forEach((lesson, index) => {
      const prefix = `lesson${index + 1}-`;
      lesson.querySelectorAll<HTMLElement>('[id]').forEach((element) => {
        element.id = `${prefix}${element.id}`;
      });
      lesson.querySelectorAll<HTMLAnchorElement>('a[href^="#"]').forEach((link) => {
        link.setAttribute('href', `#${prefix}${link.getAttribute('href')!.slice(1)}`);
      });
      for (const attribute of idReferences) {
        lesson.querySelectorAll(`[${attribute}]`).forEach((element) => {
          const ids = element.getAttribute(attribute)!.split(/\s+/).filter(Boolean);
          element.setAttribute(attribute, ids.map((id) => `${prefix}${id}`).join(' '));
        });
      }
    });
  }, []);

  return (
    <Layout title={`${label}: printable`} description={`Session ${session} of the course on one page, for printing.`}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <HydrateAllBlocks.Provider value>
        <main
          className={`container margin-vert--lg ${styles.page}`}
          data-print-session
          data-solutions={withSolutions ? 'shown' : 'left out'}
        >
          <div className={styles.toolbar}>
            <p>
              This is <Link to={sessionRoute}>{label}</Link> on one page, to print or save as PDF. Tabs show all their
              panels, and links their addresses.
            </p>
            <label className={styles.choice}>
              <input
                type="checkbox"
                checked={withSolutions}
                onChange={(event) => setWithSolutions(event.target.checked)}
              />
              Include the solutions
            </label>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              Print this session
            </button>
          </div>
          {lessons.map(({ content: Lesson }) => {
            const Content = Lesson as unknown as ComponentType;
            const { frontMatter, metadata } = Lesson;
            const module = (frontMatter as { module?: number }).module;
            return (
              <DocProvider key={metadata.id} content={Lesson}>
                <article className={`markdown ${styles.lesson}`} data-print-lesson={metadata.id}>
                  <h1>{typeof module === 'number' ? moduleLabel(module, metadata.title) : label}</h1>
                  <MDXContent>
                    <Content />
                  </MDXContent>
                </article>
              </DocProvider>
            );
          })}
        </main>
      </HydrateAllBlocks.Provider>
    </Layout>
  );
}
