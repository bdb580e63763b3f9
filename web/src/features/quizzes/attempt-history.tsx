import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDateTime, formatPercent } from '../../ui/format';

export const AttemptHistory_quiz = graphql(`
  fragment AttemptHistory_quiz on Quiz {
    id
    myAttempts {
      id
      startedAt
      submittedAt
      scorePercent
      passed
    }
  }
`);

interface AttemptHistoryProps {
  quiz: FragmentType<typeof AttemptHistory_quiz>;
  viewingId?: string;
  onReview(attemptId: string): void;
}

/** Submitted attempts, newest first, each one open for review. */
export function AttemptHistory({ viewingId, onReview, ...props }: AttemptHistoryProps) {
  const { t } = useTranslation();
  const quiz = useFragment(AttemptHistory_quiz, props.quiz);
  const language = currentLanguage();
  const submitted = quiz.myAttempts.filter((a) => a.submittedAt);
  return (
    <section className="attempt-history" aria-labelledby="attempt-history-title">
      <h2 id="attempt-history-title">{t('quiz.history.title')}</h2>
      {submitted.length === 0 ? (
        <p className="muted">{t('quiz.history.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('quiz.history.attempt')}</th>
              <th scope="col">{t('quiz.history.date')}</th>
              <th scope="col">{t('quiz.history.score')}</th>
              <th scope="col">{t('quiz.history.result')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('quiz.history.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {submitted.map((attempt, index) => {
              const number = submitted.length - index;
              return (
                <tr key={attempt.id} aria-current={attempt.id === viewingId || undefined}>
                  <td>{number}</td>
                  <td>{formatDateTime(attempt.submittedAt!, language)}</td>
                  <td>{formatPercent(attempt.scorePercent ?? 0, language)}</td>
                  <td>{attempt.passed ? <Badge tone="success">{t('quiz.passed')}</Badge> : <Badge tone="danger">{t('quiz.failed')}</Badge>}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => onReview(attempt.id)}
                      aria-label={t('quiz.history.reviewAttempt', { number })}
                    >
                      {t('quiz.history.review')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
