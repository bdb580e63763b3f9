import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatPercent } from '../../ui/format';

export const QuizIntro_quiz = graphql(`
  fragment QuizIntro_quiz on Quiz {
    id
    passPercent
    maxAttempts
    attemptsUsed
    bestScorePercent
    passed
    questions {
      id
    }
  }
`);

/** Pass mark, attempts and best score at a glance. */
export function QuizIntro(props: { quiz: FragmentType<typeof QuizIntro_quiz> }) {
  const { t } = useTranslation();
  const quiz = useFragment(QuizIntro_quiz, props.quiz);
  const language = currentLanguage();
  return (
    <dl className="stats">
      <div className="stats__item">
        <dt>{t('quiz.questions')}</dt>
        <dd>{quiz.questions.length}</dd>
      </div>
      <div className="stats__item">
        <dt>{t('quiz.passMarkLabel')}</dt>
        <dd>{formatPercent(quiz.passPercent, language)}</dd>
      </div>
      <div className="stats__item">
        <dt>{t('quiz.attemptsLabel')}</dt>
        <dd>
          {quiz.maxAttempts == null ? t('quiz.attemptsUsedUnlimited', { used: quiz.attemptsUsed }) : t('quiz.attemptsUsedOf', { used: quiz.attemptsUsed, max: quiz.maxAttempts })}
        </dd>
      </div>
      <div className="stats__item">
        <dt>{t('quiz.bestScoreLabel')}</dt>
        <dd>
          {quiz.bestScorePercent == null ? '—' : formatPercent(quiz.bestScorePercent, language)}
          {quiz.passed && (
            <>
              {' '}
              <Badge tone="success">{t('quiz.passed')}</Badge>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
