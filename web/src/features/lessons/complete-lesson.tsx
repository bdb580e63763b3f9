import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../routing/router';
import { errorCode } from '../../apollo/errors';
import { graphql } from '../../gql';
import { CheckIcon } from '../../ui/icons';
import { ProblemMessage } from '../../ui/problem-message';
import { useAuth } from '../auth/auth-context';
import { EnrollDocument } from '../courses/enroll';

const CompleteLessonDocument = graphql(`
  mutation CompleteLesson($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      courseSlug
      enrolled
      percent
      completed
      weeks {
        number
        percent
        completed
      }
    }
  }
`);

interface CompleteLessonProps {
  lessonId: string;
  courseSlug: string;
  completed: boolean;
}

/** "Mark as complete", enrolling the learner first when the server says they are not yet. */
export function CompleteLesson({ lessonId, courseSlug, completed }: CompleteLessonProps) {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const location = useLocation();
  const client = useApolloClient();
  const [complete] = useMutation(CompleteLessonDocument, { variables: { lessonId } });
  const [enroll] = useMutation(EnrollDocument, { variables: { courseSlug } });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!signedIn) {
    return (
      <div className="complete-lesson complete-lesson--anonymous">
        <p>{t('lesson.signInToTrack')}</p>
        <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`} className="button button--secondary">
          {t('nav.signIn')}
        </Link>
      </div>
    );
  }

  if (completed) {
    return (
      <div className="complete-lesson complete-lesson--done" role="status">
        <CheckIcon /> <span>{t('lesson.completed')}</span>
      </div>
    );
  }

  async function markComplete() {
    setBusy(true);
    setError(null);
    try {
      await complete().catch(async (failure: unknown) => {
        if (errorCode(failure) !== 'FORBIDDEN') throw failure;
        await enroll();
        await complete();
      });
      // The mutation answers with progress; the lesson itself is known to be done now.
      client.cache.modify({ id: client.cache.identify({ __typename: 'Lesson', id: lessonId }), fields: { completed: () => true } });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="complete-lesson">
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void markComplete()}>
        <CheckIcon /> {busy ? t('lesson.marking') : t('lesson.markComplete')}
      </button>
      {error !== null && <ProblemMessage error={error} />}
    </div>
  );
}
