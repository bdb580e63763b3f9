import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { graphql } from '../gql';
import { Alert } from '../ui/alert';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

/** Where a one-time link from an invitation or a reset leads: choose a password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { signedIn, signOut } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);
  useDocumentTitle(t('auth.reset.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await reset({ variables: { token, password } }).catch(() => undefined);
    if (!result?.data) return;
    // A new password ends every session, this browser's too.
    if (signedIn) await signOut();
    navigate('/signin', { replace: true, state: { passwordSet: true } });
  }

  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('auth.reset.title')}</h1>
        {!token ? (
          <Alert tone="error" title={t('auth.reset.noToken')}>
            <p>{t('auth.reset.noTokenLead')}</p>
          </Alert>
        ) : (
          <>
            <p className="muted">{t('auth.reset.lead')}</p>
            <form className="form" onSubmit={(event) => void submit(event)}>
              <div className="field">
                <label htmlFor="reset-password">{t('auth.reset.password')}</label>
                <input
                  id="reset-password"
                  type="password"
                  autoComplete="new-password"
                  required
                  minLength={12}
                  maxLength={128}
                  aria-describedby="reset-password-hint"
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />
                <p id="reset-password-hint" className="field__hint">
                  {t('auth.passwordRules')}
                </p>
              </div>
              <div className="field">
                <label htmlFor="reset-repeat">{t('auth.reset.repeat')}</label>
                <input
                  id="reset-repeat"
                  type="password"
                  autoComplete="new-password"
                  required
                  aria-invalid={mismatch || undefined}
                  aria-describedby={mismatch ? 'reset-mismatch' : undefined}
                  value={repeat}
                  onChange={(event) => setRepeat(event.target.value)}
                />
                {mismatch && (
                  <p id="reset-mismatch" className="field__error">
                    {t('auth.reset.mismatch')}
                  </p>
                )}
              </div>
              {error && <ProblemMessage error={error} title={t('auth.reset.failed')} />}
              <button type="submit" className="button button--primary button--block" disabled={loading}>
                {loading ? t('auth.reset.submitting') : t('auth.reset.submit')}
              </button>
            </form>
          </>
        )}
        <p className="auth-card__switch">
          <Link to="/signin">{t('auth.reset.backToSignIn')}</Link>
        </p>
      </section>
    </div>
  );
}
