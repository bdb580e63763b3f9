import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focalCountry, isFullAdmin } from '../features/admin/admin-access';
import { CohortFilter } from '../features/admin/cohort-filter';
import { CountryFilter } from '../features/admin/country-filter';
import { InviteUsers } from '../features/admin/invite-users';
import { offsetOfPage, pageOfOffset } from '../features/admin/page-param';
import { UserActionsDialog } from '../features/admin/user-actions-dialog';
import { UserTable } from '../features/admin/user-table';
import { useFilterParams } from '../features/admin/use-filter-params';
import { useAuth } from '../features/auth/auth-context';
import { graphql } from '../gql-admin';
import type { Role } from '../gql-admin/graphql';
import { Loading } from '../ui/loading';
import { Pager } from '../ui/pager';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const PAGE_SIZE = 50;
const ROLES: Role[] = ['TRAINEE', 'INSTRUCTOR', 'ADMIN'];
const isRole = (value: string | null): value is Role => ROLES.includes(value as Role);

const AdminUsersPageQuery = graphql(`
  query AdminUsersPage($filter: UserFilter, $offset: Int!, $limit: Int!) {
    users(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        ...UserTable_user
        ...UserActions_user
      }
    }
    courses {
      slug
      title
    }
  }
`);

/** Accounts: find people, manage one at a time, invite many at once. */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const [params, setFilters] = useFilterParams();
  const scope = focalCountry(viewer);
  const fullAdmin = isFullAdmin(viewer);
  const search = params.get('q') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const country = scope ? undefined : params.get('country') || undefined;
  const cohortId = params.get('cohort') || undefined;
  const includeDeactivated = params.get('deactivated') === '1';
  const offset = offsetOfPage(params.get('page'), PAGE_SIZE);
  const filter = { search: search || undefined, role, country, cohortId, includeDeactivated };
  const { data, previousData, loading, error, refetch } = useQuery(AdminUsersPageQuery, { variables: { filter, offset, limit: PAGE_SIZE } });
  const [managing, setManaging] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [draft, setDraft] = useState(search);
  const ids = useId();
  useDocumentTitle(t('admin.users.title'));

  // The box follows the address when it changes from elsewhere (back, a link).
  useEffect(() => setDraft(search), [search]);

  const shown = data ?? previousData;
  if (!shown) {
    if (loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error} onRetry={() => void refetch()} />;
  }
  const users = shown.users;
  const managed = users.items.find((user) => user.id === managing);
  const courseSlug = params.get('course') ?? shown.courses[0]?.slug;

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setFilters({ q: draft.trim(), page: undefined });
  }

  function closeDialog() {
    setManaging(null);
    // Refreshed once the dialog is closed, so the person does not vanish from under the admin's hands.
    if (changed) {
      setChanged(false);
      void refetch();
    }
  }

  return (
    <div className="admin-users">
      <header className="page-hero">
        <p className="eyebrow">{t('admin.eyebrow')}</p>
        <h1>{t('admin.users.title')}</h1>
      </header>

      <form role="search" className="admin-search" aria-label={t('admin.users.searchLabel')} onSubmit={submitSearch}>
        <div className="field admin-search__field">
          <label htmlFor={`${ids}-q`}>{t('admin.users.search')}</label>
          <input id={`${ids}-q`} type="search" value={draft} placeholder={t('admin.users.searchPlaceholder')} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <button type="submit" className="button button--primary">
          {t('admin.users.searchSubmit')}
        </button>
      </form>

      <div className="admin-filters" role="group" aria-label={t('admin.filters.label')}>
        <div className="field">
          <label htmlFor={`${ids}-role`}>{t('admin.users.role')}</label>
          <select id={`${ids}-role`} value={role ?? ''} onChange={(event) => setFilters({ role: event.target.value, page: undefined })}>
            <option value="">{t('admin.filters.allRoles')}</option>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`admin.roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {!scope && <CountryFilter value={country ?? ''} onChange={(value) => setFilters({ country: value, page: undefined })} />}
        {courseSlug && <CohortFilter courseSlug={courseSlug} value={cohortId ?? ''} onChange={(value) => setFilters({ cohort: value, page: undefined })} />}
        <label className="checkbox admin-filters__check" htmlFor={`${ids}-deactivated`}>
          <input
            id={`${ids}-deactivated`}
            type="checkbox"
            checked={includeDeactivated}
            onChange={(event) => setFilters({ deactivated: event.target.checked ? '1' : undefined, page: undefined })}
          />
          {t('admin.filters.includeDeactivated')}
        </label>
      </div>
      {error && <ProblemMessage error={error} onRetry={() => void refetch()} />}

      <section className="admin-section" aria-labelledby="admin-users-list-title">
        <h2 id="admin-users-list-title" className="admin-section__count" aria-live="polite">
          {t('admin.users.count', { count: users.total })}
        </h2>
        {users.items.length > 0 && <p className="muted admin-section__lead">{t('admin.users.manageHint')}</p>}
        {users.items.length === 0 ? (
          <p className="empty-state card">{t('admin.users.none')}</p>
        ) : (
          <>
            <UserTable users={users.items} busy={loading} onManage={setManaging} />
            <Pager offset={offset} limit={PAGE_SIZE} total={users.total} label={t('admin.users.pages')} onChange={(next) => setFilters({ page: pageOfOffset(next, PAGE_SIZE) })} />
          </>
        )}
      </section>

      <section className="admin-section" aria-labelledby="admin-invite-title">
        <h2 id="admin-invite-title">{t('admin.invite.title')}</h2>
        <div className="card admin-card">
          <p className="muted">{scope ? t('admin.invite.leadScoped') : t('admin.invite.lead')}</p>
          <InviteUsers onInvited={() => void refetch()} />
        </div>
      </section>

      {managed && viewer && (
        <UserActionsDialog user={managed} viewerId={viewer.id} fullAdmin={fullAdmin} onClose={closeDialog} onChanged={() => setChanged(true)} />
      )}
    </div>
  );
}
