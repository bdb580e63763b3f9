import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDateTime, formatPercent } from '../../ui/format';
import { CheckIcon, CrossIcon } from '../../ui/icons';

export const QuizResult_quiz = graphql(`
  fragment QuizResult_quiz on Quiz {
    id
    passPercent
    questions {
      id
      prompt
      choices {
        id
        text
      }
    }
  }
`);

export const QuizResult_attempt = graphql(`
  fragment QuizResult_attempt on QuizAttempt {
    id
    submittedAt
    scorePercent
    passed
    feedback {
      questionId
      correct
      explanation
      chosenChoiceIds
      correctChoiceIds
    }
  }
`);

interface QuizResultProps {
  quiz: FragmentType<typeof QuizResult_quiz>;
  attempt: FragmentType<typeof QuizResult_attempt>;
  /** 1 for the first attempt */
  attemptNumber: number;
  /** The heading, focused when a result arrives. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Score, verdict and, per question, whether it was right and why. */
export function QuizResult({ attemptNumber, headingRef, ...props }: QuizResultProps) {
  const { t } = useTranslation();
  const quiz = useFragment(QuizResult_quiz, props.quiz);
  const attempt = useFragment(QuizResult_attempt, props.attempt);
  const language = currentLanguage();
  const score = attempt.scorePercent ?? 0;
  const revealed = attempt.feedback?.some((f) => f.correctChoiceIds != null) ?? false;
  const choiceText = (questionId: string, ids: readonly string[]) => {
    const question = quiz.questions.find((q) => q.id === questionId);
    return ids.map((id) => question?.choices.find((c) => c.id === id)?.text ?? id);
  };

  return (
    <section className="quiz-result" aria-labelledby="quiz-result-title">
      <div className={`result-summary card ${attempt.passed ? 'result-summary--passed' : 'result-summary--failed'}`}>
        <div className="result-summary__score" aria-hidden="true">
          {formatPercent(score, language)}
        </div>
        <div className="result-summary__text">
          <h2 id="quiz-result-title" ref={headingRef} tabIndex={-1}>
            {attempt.passed ? t('quiz.result.passedTitle') : t('quiz.result.failedTitle')}
          </h2>
          <p>
            {t('quiz.result.score', { score: formatPercent(score, language), pass: formatPercent(quiz.passPercent, language) })}
          </p>
          <p className="muted">
            {t('quiz.attemptNumber', { number: attemptNumber })}
            {attempt.submittedAt && ` · ${formatDateTime(attempt.submittedAt, language)}`}
          </p>
        </div>
      </div>

      {!revealed && !attempt.passed && <p className="muted">{t('quiz.result.answersHidden')}</p>}

      <ol className="feedback-list">
        {(attempt.feedback ?? []).map((item, index) => {
          const question = quiz.questions.find((q) => q.id === item.questionId);
          const chosen = choiceText(item.questionId, item.chosenChoiceIds);
          return (
            <li key={item.questionId} className={`feedback card ${item.correct ? 'feedback--correct' : 'feedback--incorrect'}`}>
              <div className="feedback__header">
                <span className="question__number">{t('quiz.questionNumber', { number: index + 1, total: attempt.feedback?.length ?? 0 })}</span>
                {item.correct ? (
                  <Badge tone="success">
                    <CheckIcon /> {t('quiz.result.correct')}
                  </Badge>
                ) : (
                  <Badge tone="danger">
                    <CrossIcon /> {t('quiz.result.incorrect')}
                  </Badge>
                )}
              </div>
              <p className="feedback__prompt">{question?.prompt}</p>
              <dl className="feedback__answers">
                <div>
                  <dt>{t('quiz.result.yourAnswer')}</dt>
                  <dd>{chosen.length ? chosen.join(' · ') : t('quiz.result.noAnswer')}</dd>
                </div>
                {item.correctChoiceIds && (
                  <div>
                    <dt>{t('quiz.result.correctAnswer')}</dt>
                    <dd>{choiceText(item.questionId, item.correctChoiceIds).join(' · ')}</dd>
                  </div>
                )}
              </dl>
              <div className="feedback__explanation">
                <p className="feedback__explanation-title">{t('quiz.result.explanation')}</p>
                <p>{item.explanation}</p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
