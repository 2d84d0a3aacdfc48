import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import SessionCards from '../SessionCards';
import { course } from '../../data/course';
import { useEditions } from '../../hooks/useCourseIndex';

/** The front page of an archived edition: what it is, where the current one is, and its sessions. */
export default function EditionHome({ version }: { version: string }): ReactNode {
  const editions = useEditions();
  const edition = editions[version];
  const current = editions.current;
  return (
    <Layout
      title={`${edition.label} edition`}
      description={`The ${edition.label} edition of DTU ${course.code} ${course.name}, kept as it was taught.`}
    >
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg markdown" data-edition-home={version}>
        <h1>
          {course.name}: the {edition.label} edition
        </h1>
        <p>
          These are the lessons, exercise files and time plan as they were taught in {edition.label}. The course runs
          on: the <Link to="/">{current.label} edition</Link> is the one to follow now.
        </p>
        <p>
          <Link to={`${edition.urlPrefix}/pages/timeplan/`}>Time plan of {edition.label}</Link> ·{' '}
          <Link to={`${edition.urlPrefix}/pages/overview/`}>Course summary</Link> ·{' '}
          <Link to={`${edition.urlPrefix}/pages/course_map/`}>Course map</Link>
        </p>
        <h2>Sessions</h2>
        <SessionCards />
      </main>
    </Layout>
  );
}
