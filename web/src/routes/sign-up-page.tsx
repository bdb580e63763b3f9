import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { RegisterDocument } from '../features/auth/auth.mutations';
import { countryOptions } from '../features/auth/countries';
import { safeNext } from '../features/auth/safe-next';
import { currentLanguage } from '../i18n/i18n';
import { isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, toApiLocale, type Language } from '../i18n/resources';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const MIN_PASSWORD = 12;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const { signedIn, startSession } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const uiLanguage = currentLanguage();
  const countries = useMemo(() => countryOptions(uiLanguage), [uiLanguage]);
  const [form, setForm] = useState({ name: '', email: '', password: '', country: '', post: '', language: uiLanguage as Language });
  const [register, { loading, error }] = useMutation(RegisterDocument);
  useDocumentTitle(t('auth.signUp.title'));

  if (signedIn && !loading) return <Navigate to={next} replace />;

  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      name: form.name.trim(),
      email: form.email.trim(),
      password: form.password,
      country: form.country,
      post: form.post.trim() || null,
      locale: toApiLocale(form.language),
    };
    const { data } = await register({ variables: { input } }).catch(() => ({ data: undefined }));
    if (!data) return;
    if (form.language !== i18n.resolvedLanguage) await i18n.changeLanguage(form.language);
    await startSession(data.register.token);
    navigate(next, { replace: true });
  }

  return (
    <div className="auth-page">
      <section className="card auth-card auth-card--wide" aria-labelledby="sign-up-title">
        <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
        <p className="muted">{t('auth.signUp.lead')}</p>
        <form className="form" onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="sign-up-name">{t('auth.name')}</label>
            <input id="sign-up-name" autoComplete="name" required maxLength={120} value={form.name} onChange={set('name')} />
          </div>
          <div className="field">
            <label htmlFor="sign-up-email">{t('auth.email')}</label>
            <input id="sign-up-email" type="email" autoComplete="email" required value={form.email} onChange={set('email')} />
          </div>
          <div className="field">
            <label htmlFor="sign-up-password">{t('auth.password')}</label>
            <input
              id="sign-up-password"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD}
              aria-describedby="sign-up-password-hint"
              value={form.password}
              onChange={set('password')}
            />
            <p id="sign-up-password-hint" className="field__hint">
              {t('auth.signUp.passwordHint', { count: MIN_PASSWORD })}
            </p>
          </div>
          <div className="form__row">
            <div className="field">
              <label htmlFor="sign-up-country">{t('auth.signUp.country')}</label>
              <select id="sign-up-country" required value={form.country} onChange={set('country')}>
                <option value="" disabled>
                  {t('auth.signUp.countryPlaceholder')}
                </option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="sign-up-language">{t('auth.signUp.language')}</label>
              <select
                id="sign-up-language"
                value={form.language}
                onChange={(event) => isLanguage(event.target.value) && setForm((f) => ({ ...f, language: event.target.value as Language }))}
              >
                {SUPPORTED_LANGUAGES.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {LANGUAGE_NAMES[language]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor="sign-up-post">
              {t('auth.signUp.post')} <span className="field__optional">{t('auth.optional')}</span>
            </label>
            <input id="sign-up-post" autoComplete="organization" maxLength={200} aria-describedby="sign-up-post-hint" value={form.post} onChange={set('post')} />
            <p id="sign-up-post-hint" className="field__hint">
              {t('auth.signUp.postHint')}
            </p>
          </div>
          {error && <ProblemMessage error={error} title={t('auth.signUp.failed')} />}
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
          </button>
        </form>
        <p className="auth-card__switch">
          {t('auth.signUp.haveAccount')} <Link to={`/signin${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('auth.signUp.signIn')}</Link>
        </p>
      </section>
    </div>
  );
}
