import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../routing/router';

/** Sign in or sign up, then come back to this page. */
export function SignInLinks() {
  const { t } = useTranslation();
  const next = encodeURIComponent(useLocation().pathname);
  return (
    <div className="button-row">
      <Link to={`/signin?next=${next}`} className="button button--primary">
        {t('nav.signIn')}
      </Link>
      <Link to={`/signup?next=${next}`} className="button button--secondary">
        {t('nav.signUp')}
      </Link>
    </div>
  );
}

/** A page that shows a visitor's own records: what it is, why to sign in, and the way to. */
export function SignInRequired({ id, title, message }: { id: string; title: string; message: string }) {
  return (
    <section className="narrow-page card" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p>{message}</p>
      <SignInLinks />
    </section>
  );
}
