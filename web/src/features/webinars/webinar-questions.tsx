import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDateTime } from '../../ui/format';
import { ArrowUpIcon } from '../../ui/icons';
import { ProblemMessage } from '../../ui/problem-message';
import { useTimeZone } from '../settings/use-time-zone';
import { webinarStatus } from './webinar-status';

const QUESTION_MAX_LENGTH = 500;

export const WebinarQuestions_webinar = graphql(`
  fragment WebinarQuestions_webinar on Webinar {
    id
    startsAt
    durationMinutes
    cancelledAt
    questions {
      id
      text
      votes
      votedByMe
      mine
      createdAt
    }
  }
`);

const AskWebinarQuestionDocument = graphql(`
  mutation AskWebinarQuestion($webinarId: ID!, $text: String!) {
    askWebinarQuestion(webinarId: $webinarId, text: $text) {
      id
      text
      votes
      votedByMe
      mine
      createdAt
    }
  }
`);

const VoteWebinarQuestionDocument = graphql(`
  mutation VoteWebinarQuestion($questionId: ID!, $up: Boolean!) {
    voteWebinarQuestion(questionId: $questionId, up: $up) {
      id
      text
      votes
      votedByMe
      mine
      createdAt
    }
  }
`);

interface WebinarQuestionsProps {
  webinar: FragmentType<typeof WebinarQuestions_webinar>;
  /** Enrolled trainees and staff take part; others see an invitation instead. */
  canTakePart: boolean;
  /** The instructor's view: the ranking without voting or asking. */
  readOnly?: boolean;
}

/** Questions asked ahead of the webinar, most voted first, each with a vote toggle; a form to ask until it starts. */
export function WebinarQuestions({ canTakePart, readOnly = false, ...props }: WebinarQuestionsProps) {
  const { t } = useTranslation();
  const webinar = useFragment(WebinarQuestions_webinar, props.webinar);
  const language = currentLanguage();
  const zone = useTimeZone();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState(false);
  const fieldId = useId();
  const counterId = useId();

  const [ask, askState] = useMutation(AskWebinarQuestionDocument, {
    update(cache, { data }) {
      if (!data) return;
      // A new question has no votes, so it ranks last.
      cache.modify({
        id: cache.identify({ __typename: 'Webinar', id: webinar.id }),
        fields: { questions: (existing, { toReference }) => [...(Array.isArray(existing) ? existing : []), toReference(data.askWebinarQuestion)] },
      });
    },
  });
  const [vote, voteState] = useMutation(VoteWebinarQuestionDocument, {
    update(cache, { data }) {
      if (!data) return;
      // The server answers with the whole list, ranked again.
      cache.modify({
        id: cache.identify({ __typename: 'Webinar', id: webinar.id }),
        fields: { questions: (_existing, { toReference }) => data.voteWebinarQuestion.map((question) => toReference(question)) },
      });
    },
  });

  const canAsk = canTakePart && !readOnly && webinarStatus(webinar) === 'upcoming';
  const trimmed = text.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!trimmed) return;
    setAsked(false);
    const result = await ask({ variables: { webinarId: webinar.id, text: trimmed } }).catch(() => undefined);
    if (result?.data) {
      setText('');
      setAsked(true);
    }
  }

  return (
    <section className="webinar-questions" aria-labelledby="webinar-questions-title">
      <h2 id="webinar-questions-title">{t('webinar.questions.title')}</h2>
      <p className="muted">{readOnly ? t('webinar.questions.staffLead') : t('webinar.questions.lead')}</p>
      {!canTakePart ? (
        <p className="muted">{t('webinar.questions.participantsOnly')}</p>
      ) : webinar.questions.length === 0 ? (
        <p className="muted">{readOnly ? t('webinar.questions.emptyStaff') : t('webinar.questions.empty')}</p>
      ) : (
        <ol className="question-list">
          {webinar.questions.map((question) => (
            <li key={question.id} className="question-item">
              {readOnly ? (
                <span className="vote vote--static">
                  <span className="vote__count" aria-hidden="true">
                    {question.votes}
                  </span>
                  <span className="visually-hidden">{t('webinar.questions.votes', { count: question.votes })}</span>
                </span>
              ) : (
              <button
                type="button"
                className={`vote${question.votedByMe ? ' vote--on' : ''}`}
                aria-pressed={question.votedByMe}
                aria-describedby={`question-text-${question.id}`}
                disabled={voteState.loading}
                onClick={() => void vote({ variables: { questionId: question.id, up: !question.votedByMe } }).catch(() => undefined)}
              >
                <ArrowUpIcon />
                <span className="visually-hidden">{t('webinar.questions.vote')}</span>
                <span className="vote__count">{question.votes}</span>
              </button>
              )}
              <div className="question-item__body">
                <p id={`question-text-${question.id}`} className="question-item__text">
                  {question.text}
                </p>
                <p className="question-item__meta">
                  <time dateTime={question.createdAt}>{formatDateTime(question.createdAt, language, zone)}</time>
                  {question.mine && <Badge>{t('webinar.questions.mine')}</Badge>}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      {voteState.error && <ProblemMessage error={voteState.error} />}

      {canAsk && (
        <form className="form ask-form" onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={fieldId}>{t('webinar.questions.ask')}</label>
            <textarea
              id={fieldId}
              rows={3}
              maxLength={QUESTION_MAX_LENGTH}
              required
              aria-describedby={counterId}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setAsked(false);
              }}
            />
            <p id={counterId} className="field__hint field__counter">
              {t('webinar.questions.counter', { length: text.length, max: QUESTION_MAX_LENGTH })}
            </p>
          </div>
          {askState.error && <ProblemMessage error={askState.error} />}
          <p className="form__status" role="status">
            {asked ? t('webinar.questions.asked') : ''}
          </p>
          <div>
            <button type="submit" className="button button--primary" disabled={askState.loading || !trimmed}>
              {askState.loading ? t('webinar.questions.sending') : t('webinar.questions.send')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
