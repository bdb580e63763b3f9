import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/format';
import { countryNamer } from '../auth/countries';
import { useTimeZone } from '../settings/use-time-zone';

export const UserTable_user = graphql(`
  fragment UserTable_user on User {
    id
    name
    email
    role
    country
    post
    focalPointCountry
    deactivatedAt
    deletionRequestedAt
    createdAt
  }
`);

interface UserTableProps {
  users: FragmentType<typeof UserTable_user>[];
  onManage(userId: string): void;
  busy: boolean;
}

/** One page of accounts; those who asked for deletion or were deactivated stand out. */
export function UserTable({ onManage, busy, ...props }: UserTableProps) {
  const { t } = useTranslation();
  const users = useFragment(UserTable_user, props.users);
  const language = currentLanguage();
  const zone = useTimeZone();
  const country = countryNamer(language);

  return (
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0} aria-busy={busy}>
      <table className="table table--keep user-table">
        <caption id="users-caption" className="visually-hidden">
          {t('admin.users.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.person')}</th>
            <th scope="col">{t('admin.users.role')}</th>
            <th scope="col">{t('admin.report.country')}</th>
            <th scope="col">{t('admin.users.post')}</th>
            <th scope="col">{t('admin.users.joined')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.deactivatedAt ? 'user-table__row--inactive' : undefined}>
              <th scope="row">
                {/* The name opens the person's actions: always in view, however narrow the screen. */}
                <button type="button" className="user-table__name" onClick={() => onManage(user.id)} aria-label={t('admin.users.manageNamed', { name: user.name })}>
                  {user.name}
                </button>
                <span className="progress-table__email">{user.email}</span>
                {user.deletionRequestedAt && (
                  <Badge tone="danger">{t('admin.users.deletionRequested', { date: formatDate(user.deletionRequestedAt, language, zone) })}</Badge>
                )}
                {user.deactivatedAt && <Badge>{t('admin.users.deactivated')}</Badge>}
              </th>
              <td>
                {t(`admin.roles.${user.role}`)}
                {user.focalPointCountry && (
                  <span className="user-table__focal">
                    <Badge tone="accent">{t('admin.users.focalPointOf', { country: country(user.focalPointCountry) })}</Badge>
                  </span>
                )}
              </td>
              <td>{country(user.country)}</td>
              <td>{user.post || '—'}</td>
              <td className="nowrap">{formatDate(user.createdAt, language, zone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
