import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import MDXContent from '@theme/MDXContent';
import Layout from '@theme/Layout';
import HomeContent from './_home.mdx';
import SessionCards from '../components/SessionCards';
import { course } from '../data/course';
import { useEditions } from '../hooks/useCourseIndex';
import styles from './index.module.css';

/** How to cite the course, in the year of the edition the home page presents. */
const citationOf = (year: number) => `@misc{skafte_mlops_${year},
  author    = {Skafte Detlefsen, Nicki},
  title     = {Machine Learning Operations},
  year      = {${year}},
  publisher = {GitHub},
  url       = {${course.repositoryUrl}}
}`;

export default function Home(): ReactNode {
  const year = useEditions().current.edition;
  const citation = citationOf(year);
  return (
    <Layout
      title="Home"
      description={`Course website of DTU ${course.code} ${course.name}: organise, reproduce, test, deploy and monitor machine learning code.`}
    >
      <header className={styles.hero}>
        <div className="container">
          <p className={styles.eyebrow}>
            DTU course {course.code} · January {year}
          </p>
          <h1 className={styles.title}>{course.name}</h1>
          <p className={styles.tagline}>
            Take a machine learning model from a notebook to a maintained, tested, deployed and monitored service, with
            the tools teams use in production.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/s1_development_environment/">
              Start with session S1
            </Link>
            <Link className="button button--secondary button--lg" to="#how-the-course-is-organised">
              How the course works
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <h2 id="sessions">Sessions</h2>
        <SessionCards />
        <div className={`markdown ${styles.content}`}>
          <MDXContent>
            <HomeContent />
          </MDXContent>
          <h2 id="licence-and-citation">Licence and citation</h2>
          <p>
            The course material is free to use, change and share under the{' '}
            <a href={`${course.repositoryUrl}/blob/${course.editBranch}/LICENSE`}>Apache License 2.0</a>. If it helps
            your own teaching or research, please cite it:
          </p>
          <CodeBlock language="bibtex" title="CITATION.bib">
            {citation}
          </CodeBlock>
        </div>
      </main>
    </Layout>
  );
}
