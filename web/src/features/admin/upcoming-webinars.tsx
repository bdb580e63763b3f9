import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { WebinarTime } from '../webinars/webinar-time';

export const UpcomingWebinars_dashboard = graphql(`
  fragment UpcomingWebinars_dashboard on CompletionDashboard {
    upcomingWebinars {
      id
      title
      week
      ...WebinarTime_webinar
    }
  }
`);

/** The next webinars, on the viewer's clock with the zone named. */
export function UpcomingWebinars(props: { dashboard: FragmentType<typeof UpcomingWebinars_dashboard> }) {
  const { t } = useTranslation();
  const { upcomingWebinars } = useFragment(UpcomingWebinars_dashboard, props.dashboard);
  if (upcomingWebinars.length === 0) return <p className="empty-state card">{t('admin.webinars.none')}</p>;
  return (
    <ul className="admin-webinars">
      {upcomingWebinars.map((webinar) => (
        <li key={webinar.id} className="card admin-webinar">
          <p className="eyebrow">{t('common.week', { number: webinar.week })}</p>
          <h3 className="admin-webinar__title">
            <Link to={`/teach/webinars/${webinar.id}`}>{webinar.title}</Link>
          </h3>
          <WebinarTime webinar={webinar} />
        </li>
      ))}
    </ul>
  );
}
