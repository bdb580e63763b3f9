import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from '../../routing/router';
import { isAdmin } from '../admin/admin-access';
import { useAuth } from '../auth/auth-context';
import { Loading } from '../../ui/loading';
import { LogoMark } from '../../ui/icons';
import { NotificationBell } from '../notifications/notification-bell';
import { isStaff } from '../teach/staff';
import { LanguageSwitcher } from './language-switcher';

export function AppLayout() {
  const { t } = useTranslation();
  const { signedIn, viewer, signOut } = useAuth();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOut();
    navigate('/');
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <LogoMark className="brand__mark" />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav className="site-nav" aria-label={t('nav.main')}>
            <NavLink to="/" end className="site-nav__link">
              {t('nav.dashboard')}
            </NavLink>
            {isStaff(viewer?.role) && (
              <NavLink to="/teach" className="site-nav__link">
                {t('nav.teach')}
              </NavLink>
            )}
            {isAdmin(viewer) && (
              <NavLink to="/admin" className="site-nav__link">
                {t('nav.admin')}
              </NavLink>
            )}
            {signedIn && (
              <NavLink to="/settings" className="site-nav__link">
                {t('nav.settings')}
              </NavLink>
            )}
          </nav>
          <div className="site-header__tools">
            <LanguageSwitcher />
            <div className="site-header__actions">
              {signedIn ? (
                <>
                  <NotificationBell />
                  {viewer && (
                    <span className="site-header__user" title={viewer.email}>
                      {viewer.name}
                    </span>
                  )}
                  <button type="button" className="button button--on-dark button--small" onClick={() => void handleSignOut()}>
                    {t('nav.signOut')}
                  </button>
                </>
              ) : (
                <>
                  <Link to="/signin" className="site-header__link">
                    {t('nav.signIn')}
                  </Link>
                  <Link to="/signup" className="button button--on-dark button--small">
                    {t('nav.signUp')}
                  </Link>
                </>
              )}
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
