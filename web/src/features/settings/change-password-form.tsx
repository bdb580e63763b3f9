import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../ui/problem-message';
import { useAuth } from '../auth/auth-context';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
    }
  }
`);

/** A new password; the server ends every other session and answers with this one's new token. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { renewSession } = useAuth();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useMutation(ChangePasswordDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await change({ variables: { currentPassword: current, newPassword: next } }).catch(() => undefined);
    if (!result?.data) return;
    renewSession(result.data.changePassword.token);
    setCurrent('');
    setNext('');
    setRepeat('');
    reset();
    setDone(true);
  }

  return (
    <form className="form settings-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-current`}>{t('settings.password.current')}</label>
        <input id={`${id}-current`} type="password" autoComplete="current-password" required value={current} onChange={(event) => setCurrent(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-new`}>{t('settings.password.new')}</label>
        <input
          id={`${id}-new`}
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={128}
          aria-describedby={`${id}-hint`}
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('auth.passwordRules')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{t('settings.password.repeat')}</label>
        <input
          id={`${id}-repeat`}
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={mismatch || undefined}
          aria-describedby={mismatch ? `${id}-mismatch` : undefined}
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
        />
        {mismatch && (
          <p id={`${id}-mismatch`} className="field__error">
            {t('auth.reset.mismatch')}
          </p>
        )}
      </div>
      {error && <ProblemMessage error={error} title={t('settings.password.failed')} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('settings.saving') : t('settings.password.submit')}
        </button>
        <span className="form__status" role="status">
          {done ? t('settings.password.changed') : ''}
        </span>
      </div>
    </form>
  );
}
