import Link from '@docusaurus/Link';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Card, { CardGrid } from '../Card';
import CoreBadge from '../CoreBadge';
import { ModuleProgressMark, SessionProgress } from '../Progress';
import { moduleLabel } from '../../data/labels';
import { printRoute } from '../../data/routes';
import { useCourseIndex } from '../../hooks/useCourseIndex';
import styles from './styles.module.css';

/** The modules of the session whose landing page this is, as cards, from the modules' front matter. */
export default function SessionModules() {
  const { frontMatter } = useDoc();
  const { sessions, urlPrefix } = useCourseIndex();
  const sessionNumber = (frontMatter as { session?: number }).session;
  const session = sessions.find((s) => s.session === sessionNumber);
  if (!session) {
    throw new Error('"::modules" belongs on a session landing page (index.mdx with "session:" in its front matter)');
  }
  const core = session.modules.filter((m) => m.core).length;
  return (
    <>
      <p className={styles.summary}>
        {session.modules.length} modules, {core} of them core. <SessionProgress modules={session.modules} />
      </p>
      <CardGrid>
        {session.modules.map((module) => (
          <Card
            key={module.module}
            to={module.route}
            title={moduleLabel(module.module, module.title)}
            description={module.description}
            footer={
              <>
                <CoreBadge core={module.core} compact />
                <ModuleProgressMark module={module.module} steps={module.steps} showText />
                {module.tools.length > 0 && <span className={styles.tools}>{module.tools.join(' · ')}</span>}
              </>
            }
            data={{ 'data-module-card': module.module }}
          />
        ))}
      </CardGrid>
      <p className={styles.print}>
        <Link to={printRoute(session.route, urlPrefix)} data-print-link>
          Print this session
        </Link>{' '}
        (its landing page and all {session.modules.length} modules on one page, to print or save as PDF)
      </p>
    </>
  );
}
