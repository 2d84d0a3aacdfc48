import Card, { CardGrid } from '../Card';
import { sessionLabel } from '../../data/labels';
import { useCourseIndex } from '../../hooks/useCourseIndex';
import { SessionProgress } from '../Progress';

/** Every session of the edition as a card with its module and core counts, from front matter. */
export default function SessionCards() {
  const { sessions } = useCourseIndex();
  return (
    <CardGrid>
      {sessions.map((session) => (
        <Card
          key={session.session}
          to={session.route}
          title={sessionLabel(session.session, session.title)}
          description={session.description}
          footer={
            <>
              {session.modules.length} modules · {session.modules.filter((m) => m.core).length} core{' '}
              <SessionProgress modules={session.modules} />
            </>
          }
          data={{ 'data-session-card': session.session }}
        />
      ))}
    </CardGrid>
  );
}
