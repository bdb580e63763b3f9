import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Alert } from '../../ui/alert';
import { choose, toAnswerInput, unanswered, type Answers } from './answers';

export const QuizForm_quiz = graphql(`
  fragment QuizForm_quiz on Quiz {
    id
    questions {
      id
      kind
      prompt
      choices {
        id
        text
      }
    }
  }
`);

interface QuizFormProps {
  quiz: FragmentType<typeof QuizForm_quiz>;
  submitting: boolean;
  onSubmit(answers: { questionId: string; choiceIds: string[] }[]): void;
}

/** One fieldset per question, its prompt as the legend; nothing is sent until every question has an answer. */
export function QuizForm({ submitting, onSubmit, ...props }: QuizFormProps) {
  const { t } = useTranslation();
  const quiz = useFragment(QuizForm_quiz, props.quiz);
  const [answers, setAnswers] = useState<Answers>({});
  const [showMissing, setShowMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const questionIds = quiz.questions.map((q) => q.id);
  const missing = unanswered(questionIds, answers);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (missing.length > 0) {
      setShowMissing(true);
      formRef.current?.querySelector<HTMLInputElement>(`#question-${CSS.escape(missing[0])} input`)?.focus();
      return;
    }
    onSubmit(toAnswerInput(questionIds, answers));
  }

  return (
    <form ref={formRef} className="quiz-form" onSubmit={submit} noValidate>
      {quiz.questions.map((question, index) => {
        const isMissing = showMissing && missing.includes(question.id);
        const hintId = `question-${question.id}-hint`;
        return (
          <fieldset
            key={question.id}
            id={`question-${question.id}`}
            className={`question card${isMissing ? ' question--missing' : ''}`}
            aria-describedby={hintId}
            aria-invalid={isMissing || undefined}
          >
            <legend className="question__legend">
              <span className="question__number">{t('quiz.questionNumber', { number: index + 1, total: quiz.questions.length })}</span>
              <span className="question__prompt">{question.prompt}</span>
            </legend>
            <p id={hintId} className={`question__hint${isMissing ? ' question__hint--error' : ''}`}>
              {isMissing ? t('quiz.answerThis') : question.kind === 'MULTIPLE' ? t('quiz.chooseAll') : t('quiz.chooseOne')}
            </p>
            <div className="choices">
              {question.choices.map((choice) => {
                const inputId = `choice-${question.id}-${choice.id}`;
                const checked = answers[question.id]?.includes(choice.id) ?? false;
                return (
                  <div key={choice.id} className={`choice${checked ? ' choice--checked' : ''}`}>
                    <input
                      id={inputId}
                      type={question.kind === 'MULTIPLE' ? 'checkbox' : 'radio'}
                      name={question.id}
                      value={choice.id}
                      checked={checked}
                      onChange={(event) => setAnswers((a) => choose(a, question.id, choice.id, question.kind, event.target.checked))}
                    />
                    <label htmlFor={inputId}>{choice.text}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div className="quiz-form__footer">
        {showMissing && missing.length > 0 && (
          <Alert tone="error" title={t('quiz.unanswered', { count: missing.length })} />
        )}
        <p className="muted">{t('quiz.answeredCount', { answered: questionIds.length - missing.length, total: questionIds.length })}</p>
        <button type="submit" className="button button--primary button--large" disabled={submitting}>
          {submitting ? t('quiz.submitting') : t('quiz.submit')}
        </button>
      </div>
    </form>
  );
}
