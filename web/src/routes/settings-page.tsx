import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { CalendarFeed } from '../features/settings/calendar-feed';
import { ChangePasswordForm } from '../features/settings/change-password-form';
import { PreferencesForm } from '../features/settings/preferences-form';
import { YourData } from '../features/settings/your-data';
import { graphql } from '../gql';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const SettingsPageQuery = graphql(`
  query SettingsPage {
    me {
      id
      name
      email
      ...PreferencesForm_user
      ...YourData_user
    }
  }
`);

export function SettingsPage() {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(SettingsPageQuery, { skip: !signedIn });
  useDocumentTitle(t('settings.title'));

  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!data?.me) {
    if (loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error} onRetry={() => void refetch()} />;
  }

  return (
    <div className="settings-page">
      <header className="page-hero">
        <h1>{t('settings.title')}</h1>
        <p className="page-hero__lead">{t('settings.lead', { name: data.me.name, email: data.me.email })}</p>
      </header>
      <section className="card settings-section" aria-labelledby="settings-preferences-title">
        <h2 id="settings-preferences-title">{t('settings.preferencesTitle')}</h2>
        <PreferencesForm user={data.me} />
      </section>
      <section className="card settings-section" aria-labelledby="settings-feed-title">
        <h2 id="settings-feed-title">{t('settings.feed.title')}</h2>
        <CalendarFeed />
      </section>
      <section className="card settings-section" aria-labelledby="settings-password-title">
        <h2 id="settings-password-title">{t('settings.password.title')}</h2>
        <ChangePasswordForm />
      </section>
      <section className="card settings-section" aria-labelledby="settings-data-title">
        <h2 id="settings-data-title">{t('settings.data.title')}</h2>
        <YourData user={data.me} />
      </section>
    </div>
  );
}
