import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from '../../routing/router';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { useAuth } from '../auth/auth-context';
import { countryNamer } from '../auth/countries';
import { focalCountry, isAdmin, isFullAdmin } from './admin-access';

/** The frame of every /admin page: only administrators get past it; focal points are told their scope. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { signedIn, viewer } = useAuth();
  const location = useLocation();

  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!viewer) return <Loading label={t('common.loading')} />;
  if (!isAdmin(viewer)) return <AdminNotice message={t('admin.adminOnly')} />;

  const country = focalCountry(viewer);
  return (
    <div className="admin">
      <nav className="admin-nav" aria-label={t('admin.nav.label')}>
        <NavLink to="/admin" end className="admin-nav__link">
          {t('admin.nav.dashboard')}
        </NavLink>
        <NavLink to="/admin/users" className="admin-nav__link">
          {t('admin.nav.users')}
        </NavLink>
        {isFullAdmin(viewer) && (
          <>
            <NavLink to="/admin/certificates" className="admin-nav__link">
              {t('admin.nav.certificates')}
            </NavLink>
            <NavLink to="/admin/audit" className="admin-nav__link">
              {t('admin.nav.audit')}
            </NavLink>
          </>
        )}
      </nav>
      {country && (
        <div className="admin-scope" role="note">
          <strong>{t('admin.scope', { country: countryNamer(currentLanguage())(country) })}</strong> {t('admin.scopeDetail')}
        </div>
      )}
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <Outlet />
      </Suspense>
    </div>
  );
}

/** Said in place of a page the viewer's account may not use. */
export function AdminNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <section className="narrow-page card">
      <h1>{t('admin.title')}</h1>
      <Alert tone="info" title={t('errors.FORBIDDEN')}>
        <p>{message}</p>
      </Alert>
    </section>
  );
}
