import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { SignInDocument } from '../features/auth/auth.mutations';
import { safeNext } from '../features/auth/safe-next';
import { currentLanguage } from '../i18n/i18n';
import { fromApiLocale, isLanguage } from '../i18n/resources';
import { Alert } from '../ui/alert';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { signedIn, startSession } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // Set by the password page after a one-time link was used.
  const passwordSet = (location.state as { passwordSet?: boolean } | null)?.passwordSet === true;
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  useDocumentTitle(t('auth.signIn.title'));

  if (signedIn && !loading) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await signIn({ variables: { email: email.trim(), password } }).catch(() => ({ data: undefined }));
    if (!data) return;
    // The interface takes the account's saved language before the session starts, so the
    // queries the new session fetches are asked in it once, not once more when it switches.
    const saved = fromApiLocale(data.signIn.user.locale);
    if (isLanguage(saved) && saved !== currentLanguage()) await i18n.changeLanguage(saved);
    await startSession(data.signIn.token);
    navigate(next, { replace: true });
  }

  return (
    <div className="auth-page">
      <section className="card auth-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
        {passwordSet ? <Alert tone="success" title={t('auth.signIn.passwordSet')} /> : <p className="muted">{t('auth.signIn.lead')}</p>}
        <form className="form" onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="sign-in-email">{t('auth.email')}</label>
            <input id="sign-in-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t('auth.password')}</label>
            <input id="sign-in-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          {error && <ProblemMessage error={error} title={t('auth.signIn.failed')} />}
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
          </button>
        </form>
        <p className="auth-card__switch">
          {t('auth.signIn.noAccount')} <Link to={`/signup${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.signIn.createAccount')}</Link>
        </p>
      </section>
    </div>
  );
}
