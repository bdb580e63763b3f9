import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { CheckIcon, LockIcon, QuizIcon } from '../../ui/icons';
import { formatPercent } from '../../ui/format';

export const QuizRow_quiz = graphql(`
  fragment QuizRow_quiz on Quiz {
    id
    title
    passPercent
    maxAttempts
    attemptsUsed
    bestScorePercent
    passed
  }
`);

/** locked: the week has not opened for the viewer's cohort, so the quiz is named but not linked. */
export function QuizRow({ locked = false, ...props }: { quiz: FragmentType<typeof QuizRow_quiz>; locked?: boolean }) {
  const { t } = useTranslation();
  const quiz = useFragment(QuizRow_quiz, props.quiz);
  const language = currentLanguage();
  return (
    <li className={`outline-item outline-item--quiz${quiz.passed ? ' outline-item--done' : ''}${locked ? ' outline-item--locked' : ''}`}>
      <span className="outline-item__icon" aria-hidden="true">
        {quiz.passed ? <CheckIcon /> : locked ? <LockIcon /> : <QuizIcon />}
      </span>
      <span className="outline-item__body">
        {locked ? (
          <span className="outline-item__title">{quiz.title}</span>
        ) : (
          <Link to={`/quizzes/${quiz.id}`} className="outline-item__title">
            {quiz.title}
          </Link>
        )}
        <span className="outline-item__details">
          <span>
            {quiz.maxAttempts === null || quiz.maxAttempts === undefined
              ? t('quiz.attemptsUnlimited', { used: quiz.attemptsUsed })
              : t('quiz.attemptsOf', { used: quiz.attemptsUsed, max: quiz.maxAttempts })}
          </span>
          {quiz.bestScorePercent !== null && quiz.bestScorePercent !== undefined && (
            <span>{t('quiz.bestScore', { score: formatPercent(quiz.bestScorePercent, language) })}</span>
          )}
        </span>
      </span>
      <span className="outline-item__meta">
        {quiz.passed ? <Badge tone="success">{t('quiz.passed')}</Badge> : <Badge>{t('quiz.passMark', { percent: formatPercent(quiz.passPercent, language) })}</Badge>}
      </span>
    </li>
  );
}
